#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QWidget;

namespace cohort {

class ProgramDocument;

// The Cycle menu: New Cycle…, Edit Phases… and Cycle Settings…. Each opens its dialog
// (NewCycleDialog, PhasesDialog, CycleSettingsDialog) and pushes one undo command
// (NewCycleCommand, SetPhasesCommand, SetCadenceSettingsCommand); a refused step is explained in
// a message box. New Cycle needs a writable program; the other two also need a selected cycle.
// After New Cycle, cycleCreated(id) lets the window select the new cycle.
class CycleActions : public QObject
{
    Q_OBJECT

public:
    explicit CycleActions(QWidget *parent);

    void setDocument(ProgramDocument *document);
    void setCycle(const QString &cycleId, const QString &cycleName);

    QAction *newCycleAction() const { return m_newCycleAction; }
    QAction *editPhasesAction() const { return m_editPhasesAction; }
    QAction *settingsAction() const { return m_settingsAction; }

public slots:
    void newCycle();
    void editPhases();
    void editSettings();
    void updateActions();

signals:
    void cycleCreated(const QString &cycleId);
    void statusMessage(const QString &message);

private:
    QWidget *m_parent;
    QPointer<ProgramDocument> m_document;
    QString m_cycleId;
    QString m_cycleName;
    QAction *m_newCycleAction;
    QAction *m_editPhasesAction;
    QAction *m_settingsAction;
};

} // namespace cohort
