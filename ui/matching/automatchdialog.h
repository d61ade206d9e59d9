#pragma once

#include "matching/automatch.h"

#include <QDialog>

#include <memory>
#include <optional>

class QButtonGroup;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace cohort {

struct MatchingSnapshot;

// Matching › Auto-Match: the mode ("best scores" or "most people matched") and the minimum
// score, then the proposal — who goes with whom, the mean score, who stays unmatched and why —
// before anything is written. Apply Proposal replaces the unlocked drafts in one undo step.
class AutoMatchDialog : public QDialog
{
    Q_OBJECT

public:
    AutoMatchDialog(std::shared_ptr<const MatchingSnapshot> snapshot, QWidget *parent = nullptr);

    void setMode(AutoMatchMode mode);
    void setMinimumScore(double score);
    // Works out the proposal for the current choices (the Propose button).
    void propose();
    const std::optional<AutoMatchProposal> &proposal() const { return m_proposal; }
    QTreeWidget *proposalTree() const { return m_tree; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    std::shared_ptr<const MatchingSnapshot> m_snapshot;
    std::optional<AutoMatchProposal> m_proposal;
    QButtonGroup *m_modeGroup;
    QDoubleSpinBox *m_minimumSpin;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPushButton *m_applyButton;
};

} // namespace cohort
