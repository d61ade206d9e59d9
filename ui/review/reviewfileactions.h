#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QWidget;

namespace cohort {

class ProgramDocument;

// Review › Export Scores…, Import Scores… and Import Decisions…: the cycle's review work in
// spreadsheets (ReviewFiles), both roles at once. An import is checked whole first: a file with
// any problem is refused with the lines and reasons and nothing is written; otherwise the
// committee confirms the counts and the import is one undo step. The *To/*From functions do the
// work without a file dialog (the tests call them).
class ReviewFileActions : public QObject
{
    Q_OBJECT

public:
    explicit ReviewFileActions(QWidget *parent);

    void setDocument(ProgramDocument *document);
    void setCycle(const QString &cycleId, const QString &cycleName);

    QAction *exportScoresAction() const { return m_exportScoresAction; }
    QAction *importScoresAction() const { return m_importScoresAction; }
    QAction *importDecisionsAction() const { return m_importDecisionsAction; }

    bool exportScoresTo(const QString &path);
    bool importScoresFrom(const QString &path);
    bool importDecisionsFrom(const QString &path);

public slots:
    void exportScores();
    void importScores();
    void importDecisions();
    void updateActions();

signals:
    void statusMessage(const QString &message);

private:
    QString chooseCsv(const QString &title);

    QWidget *m_parent;
    QPointer<ProgramDocument> m_document;
    QString m_cycleId;
    QString m_cycleName;
    QAction *m_exportScoresAction;
    QAction *m_importScoresAction;
    QAction *m_importDecisionsAction;
};

} // namespace cohort
