#pragma once

#include "domain/reviewer.h"
#include "review/reviewcycledata.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cohort {

class ProgramDocument;

// Review › Reviewers…: the program's reviewers (name, email, chair or member, capacity per cycle,
// active) edited in place, and the selected reviewer's conflicts of interest beside them.
// "Suggest Conflicts" stores suggestions (same library, same email domain, the reviewer's own
// application) as "suggested" for a person to confirm or dismiss; only confirmed conflicts keep
// a reviewer off an application. Every change is its own undo step, stored at once.
class ReviewersDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        EmailColumn,
        ChairColumn,
        CapacityColumn,
        ActiveColumn,
        ColumnCount
    };

    ReviewersDialog(ProgramDocument &document, const QString &cycleId, const QString &role, QWidget *parent = nullptr);

    QTableWidget *reviewersTable() const { return m_reviewersTable; }
    QTableWidget *conflictsTable() const { return m_conflictsTable; }
    QString messageText() const;
    const QList<Reviewer> &reviewers() const { return m_reviewers; }
    const QList<Conflict> &conflicts() const { return m_conflicts; } // of the selected reviewer

    bool addReviewer();
    bool removeReviewer(int row);
    int suggestConflicts(); // the number of suggestions stored, -1 on failure
    bool setConflictStatus(const QList<int> &conflictRows, const QString &status);
    bool declareConflict(int reviewerRow, const QString &applicationId);

private:
    void reload();
    bool reloadCycle(); // m_cycle and m_personLabels from the file; false (with a message) on failure
    void reloadConflicts();
    void onReviewerChanged(int row, int column);
    void showMessage(const QString &message);
    void updateButtons();
    void declareConflictDialog();
    QList<int> selectedConflictRows() const;

    ProgramDocument &m_document;
    QString m_cycleId;
    QString m_role;
    ReviewCycleData m_cycle; // the applicants of this cycle and role (for conflicts)
    QHash<QString, QString> m_personLabels;
    QList<Reviewer> m_reviewers;
    QList<Conflict> m_conflicts;
    bool m_filling = false;
    QTableWidget *m_reviewersTable;
    QTableWidget *m_conflictsTable;
    QLabel *m_conflictsTitle;
    QLabel *m_messageLabel;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_suggestButton;
    QPushButton *m_declareButton;
    QPushButton *m_confirmButton;
    QPushButton *m_dismissButton;
};

} // namespace cohort
