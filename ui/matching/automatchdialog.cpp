#include "matching/automatchdialog.h"

#include "common/backgroundtask.h"
#include "common/messages.h"
#include "matching/matchboard.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cohort {

AutoMatchDialog::AutoMatchDialog(std::shared_ptr<const MatchingSnapshot> snapshot, QWidget *parent)
    : QDialog(parent), m_snapshot(std::move(snapshot)), m_modeGroup(new QButtonGroup(this)),
      m_minimumSpin(new QDoubleSpinBox(this)), m_summary(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Auto-Match"));
    setObjectName(QStringLiteral("autoMatchDialog"));
    auto *intro = new QLabel(tr("Cohort proposes the matches with the highest total compatibility within each "
                                "mentor's capacity. Locked and published matches stay as they are; unlocked "
                                "drafts may change. Nothing is written until you apply the proposal."),
                             this);
    intro->setWordWrap(true);
    auto *scores = new QRadioButton(tr("&Best scores: the highest total compatibility"), this);
    auto *participation =
        new QRadioButton(tr("Most &people matched: as many mentees as possible, then the best scores"), this);
    scores->setObjectName(QStringLiteral("bestScoresRadio"));
    participation->setObjectName(QStringLiteral("mostMatchedRadio"));
    m_modeGroup->addButton(scores, int(AutoMatchMode::BestScores));
    m_modeGroup->addButton(participation, int(AutoMatchMode::MostMatched));
    scores->setChecked(true);
    m_minimumSpin->setObjectName(QStringLiteral("minimumScoreSpin"));
    m_minimumSpin->setRange(0.0, 1.0);
    m_minimumSpin->setSingleStep(0.05);
    m_minimumSpin->setDecimals(2);
    m_minimumSpin->setValue(m_snapshot ? m_snapshot->data.settings.minimumScore : 0.0);
    m_minimumSpin->setToolTip(tr("Pairs scoring below this stay unmatched"));
    auto *form = new QFormLayout;
    form->addRow(tr("Aim:"), scores);
    form->addRow(QString(), participation);
    form->addRow(tr("&Minimum score:"), m_minimumSpin);

    m_summary->setObjectName(QStringLiteral("autoMatchSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_tree->setObjectName(QStringLiteral("proposalTree"));
    m_tree->setHeaderLabels({tr("Mentee"), tr("Mentor"), tr("Score")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->resizeSection(0, 220);
    m_tree->header()->resizeSection(1, 220);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *proposeButton = buttons->addButton(tr("&Propose"), QDialogButtonBox::ActionRole);
    m_applyButton = buttons->addButton(tr("&Apply Proposal"), QDialogButtonBox::AcceptRole);
    m_applyButton->setEnabled(false);
    connect(proposeButton, &QPushButton::clicked, this, &AutoMatchDialog::propose);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A changed choice makes the shown proposal stale.
    auto stale = [this] {
        m_proposal.reset();
        m_applyButton->setEnabled(false);
        m_summary->setText(tr("Press Propose to see the matches for these choices."));
    };
    connect(m_modeGroup, &QButtonGroup::idClicked, this, stale);
    connect(m_minimumSpin, &QDoubleSpinBox::valueChanged, this, stale);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(720, 560);
    // Once the dialog is up (a large cycle shows a progress dialog over it).
    QTimer::singleShot(0, this, &AutoMatchDialog::propose);
}

void AutoMatchDialog::setMode(AutoMatchMode mode)
{
    if (QAbstractButton *button = m_modeGroup->button(int(mode)))
        button->click();
}

void AutoMatchDialog::setMinimumScore(double score)
{
    m_minimumSpin->setValue(score);
}

void AutoMatchDialog::propose()
{
    m_tree->clear();
    m_proposal.reset();
    m_applyButton->setEnabled(false);
    if (!m_snapshot || !m_snapshot->model)
        return;
    // Thousands of mentees take seconds to solve: on a worker thread, so the window keeps painting.
    const auto mode = AutoMatchMode(m_modeGroup->checkedId());
    const double minimum = m_minimumSpin->value();
    const std::shared_ptr<const MatchingSnapshot> snapshot = m_snapshot;
    Result<AutoMatchProposal> proposal = Error{QString()};
    const bool finished =
        BackgroundTask::run(this, tr("Auto-Match"), tr("Working out the best matches…"), [&](TaskProgress &) {
            proposal = AutoMatch::propose(snapshot->data, *snapshot->model, mode, minimum);
        });
    if (!finished) {
        m_summary->setText(tr("Cancelled: press Propose to try again."));
        return;
    }
    if (!proposal) {
        m_summary->setText(proposal.error());
        return;
    }
    m_proposal = std::move(proposal).value();
    const MatchingData &d = m_snapshot->data;
    const QLocale locale;
    m_summary->setText(m_proposal->summary());
    auto name = [](const MatchParticipant &p) {
        return p.name.isEmpty() ? p.code : p.name;
    };
    auto addGroup = [&](const QString &title, const QList<AutoMatchPair> &pairs) {
        if (pairs.isEmpty())
            return;
        auto *group = new QTreeWidgetItem(m_tree, {title.arg(pairs.size())});
        group->setFirstColumnSpanned(true);
        for (const AutoMatchPair &pair : pairs) {
            new QTreeWidgetItem(group, {name(d.mentees.at(pair.mentee)), name(d.mentors.at(pair.mentor)),
                                        locale.toString(pair.score, 'f', 2)});
        }
        group->setExpanded(true);
    };
    addGroup(tr("Proposed (%1)"), m_proposal->proposed);
    addGroup(tr("Kept: locked or published (%1)"), m_proposal->kept);
    if (!m_proposal->unmatched.isEmpty()) {
        auto *group = new QTreeWidgetItem(m_tree, {tr("Stay unmatched (%1)").arg(m_proposal->unmatched.size())});
        group->setFirstColumnSpanned(true);
        for (const AutoMatchUnmatched &u : m_proposal->unmatched) {
            auto *item = new QTreeWidgetItem(group, {name(d.mentees.at(u.mentee)), u.reason});
            item->setFirstColumnSpanned(false);
            item->setToolTip(1, u.reason);
        }
        group->setExpanded(true);
    }
    m_applyButton->setEnabled(!m_proposal->proposed.isEmpty());
}

} // namespace cohort
