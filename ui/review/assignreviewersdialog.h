#pragma once

#include "review/autoassign.h"
#include "review/reviewcycledata.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace cohort {

class ProgramDocument;

// Review › Assign Reviewers…: k reviewers per application (the cycle's setting by default) and
// the seed that makes the proposal reproducible; a preview of the proposal — each reviewer's
// load against capacity and, in words, the applications left short and why — computed off the
// GUI thread; Apply stores it as one undo step. Nothing is written before Apply.
class AssignReviewersDialog : public QDialog
{
    Q_OBJECT

public:
    AssignReviewersDialog(ProgramDocument &document, std::shared_ptr<const ReviewCycleData> data,
                          const QString &cycleName, QWidget *parent = nullptr);

    ~AssignReviewersDialog() override;

    QSpinBox *perApplicationSpinBox() const { return m_perApplicationSpinBox; }
    QLineEdit *seedEdit() const { return m_seedEdit; }
    QTableWidget *loadsTable() const { return m_loadsTable; }
    QString summaryText() const;
    QString shortfallText() const;
    bool isProposing() const { return m_watcher.isRunning(); }
    const AutoAssignProposal &proposal() const { return m_proposal; }
    QString appliedText() const { return m_appliedText; }

    void propose();
    bool apply();

private:
    void showProposal();

    ProgramDocument &m_document;
    std::shared_ptr<const ReviewCycleData> m_data;
    AutoAssignProposal m_proposal;
    bool m_hasProposal = false;
    bool m_proposeAgain = false;
    QString m_appliedText;
    QFutureWatcher<Result<AutoAssignProposal>> m_watcher;
    QSpinBox *m_perApplicationSpinBox;
    QLineEdit *m_seedEdit;
    QLabel *m_summaryLabel;
    QTableWidget *m_loadsTable;
    QPlainTextEdit *m_shortfallEdit;
    QDialogButtonBox *m_buttons;
};

} // namespace cohort
