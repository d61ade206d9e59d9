#pragma once

#include "timeline/cadence.h"

#include <QDialog>

class QDateEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace cohort {

// Cycle › Cycle Settings…: what the committee expects of the cycle's matches — contacts a
// month, after how many days without contact a match counts as quiet, how many days after the
// match its goal sheet is due — and the dates of the virtual orientation (a short list: pick a
// date, Add; select one, Remove). Nothing is stored here: settings() is the edited set for
// SetCadenceSettingsCommand. Restore Defaults brings back 2, 21 and 30 (the dates stay).
class CycleSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    CycleSettingsDialog(const QString &cycleName, const CadenceSettings &settings, QWidget *parent = nullptr);

    CadenceSettings settings() const;
    void setSettings(const CadenceSettings &settings);

    QSpinBox *contactsSpin() const { return m_contactsSpin; }
    QSpinBox *quietSpin() const { return m_quietSpin; }
    QSpinBox *goalSheetSpin() const { return m_goalSheetSpin; }
    QListWidget *orientationList() const { return m_orientationList; }
    QDateEdit *orientationDateEdit() const { return m_orientationDateEdit; }

    // Adds a date to the orientation list (kept in order, each date once); false if already there.
    bool addOrientationDate(const QDate &date);
    void removeOrientationDate(int row);

private:
    void updateButtons();

    QSpinBox *m_contactsSpin;
    QSpinBox *m_quietSpin;
    QSpinBox *m_goalSheetSpin;
    QListWidget *m_orientationList;
    QDateEdit *m_orientationDateEdit;
    QPushButton *m_addDateButton;
    QPushButton *m_removeDateButton;
};

} // namespace cohort
