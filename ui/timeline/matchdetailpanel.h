#pragma once

#include <QWidget>

#include <QDate>
#include <QList>

#include <memory>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QGridLayout;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace cohort {

class ProgramDocument;
struct TimelineSnapshot;

// The Timeline area's right column for the selected match: its engagement status and why, the
// goal sheet, the liaison, and the contact log with a quick entry line (date, method, who
// initiated, a note; Enter logs it). Every change is one undo step.
class MatchDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MatchDetailPanel(QWidget *parent = nullptr);

    void setDocument(ProgramDocument *document);
    void setSnapshot(std::shared_ptr<const TimelineSnapshot> snapshot);
    void showMatch(const QString &matchId);
    QString matchId() const { return m_matchId; }

    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *methodCombo() const { return m_method; }
    QComboBox *initiatedCombo() const { return m_initiated; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *logButton() const { return m_logButton; }
    QTreeWidget *contactList() const { return m_contacts; }
    QComboBox *liaisonCombo() const { return m_liaison; }
    QPushButton *editGoalSheetButton() const { return m_editGoalSheet; }
    QGroupBox *orientationBox() const { return m_orientation; }
    // The attendance check box of the cycle's session-th orientation date, or null.
    QCheckBox *attendanceCheck(int session, bool mentor) const;

public slots:
    // Logs the contact in the entry line; false (with the reason in statusMessage) when it cannot.
    bool logContact();
    void removeSelectedContact();
    void focusEntry();
    // Opens Edit Goal Sheet for the match; true when a change was saved.
    bool editGoalSheet();

signals:
    void statusMessage(const QString &message);

private:
    void setLiaison(int comboIndex);
    void updateEnabled();
    void showAttendance(int matchIndex);
    void setAttendance(QDate sessionOn, bool mentor, bool attended);

    ProgramDocument *m_document = nullptr;
    std::shared_ptr<const TimelineSnapshot> m_snapshot;
    QString m_matchId;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_goalSheet;
    QPushButton *m_editGoalSheet;
    QGroupBox *m_orientation;
    QGridLayout *m_orientationGrid;
    QList<QCheckBox *> m_mentorChecks;
    QList<QCheckBox *> m_menteeChecks;
    QComboBox *m_liaison;
    QTreeWidget *m_contacts;
    QPushButton *m_removeButton;
    QDateEdit *m_date;
    QComboBox *m_method;
    QComboBox *m_initiated;
    QLineEdit *m_note;
    QPushButton *m_logButton;
};

} // namespace cohort
