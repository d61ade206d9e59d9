#include "review/assignreviewersdialog.h"

#include "document/programdocument.h"
#include "document/reviewcommands.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cohort {

AssignReviewersDialog::AssignReviewersDialog(ProgramDocument &document, std::shared_ptr<const ReviewCycleData> data,
                                             const QString &cycleName, QWidget *parent)
    : QDialog(parent), m_document(document), m_data(std::move(data)), m_perApplicationSpinBox(new QSpinBox(this)),
      m_seedEdit(new QLineEdit(this)), m_summaryLabel(new QLabel(this)), m_loadsTable(new QTableWidget(this)),
      m_shortfallEdit(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("assignReviewersDialog"));
    setWindowTitle(tr("Assign Reviewers — %1").arg(cycleName));

    auto *intro = new QLabel(tr("Gives each application that is eligible or under review k reviewers, balancing "
                                "their loads within capacity and never choosing a reviewer with a confirmed conflict. "
                                "Existing assignments are kept; the same seed gives the same proposal."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_perApplicationSpinBox->setObjectName(QStringLiteral("perApplicationSpinBox"));
    m_perApplicationSpinBox->setAccessibleName(tr("Reviewers per application"));
    m_perApplicationSpinBox->setRange(1, 10);
    m_perApplicationSpinBox->setValue(std::clamp(m_data->settings.perApplication, 1, 10));
    m_perApplicationSpinBox->setToolTip(
        tr("How many reviewers read each application (the cycle's setting: %1)").arg(m_data->settings.perApplication));
    m_seedEdit->setObjectName(QStringLiteral("seedLineEdit"));
    m_seedEdit->setAccessibleName(tr("Seed"));
    m_seedEdit->setToolTip(tr("The seed is recorded with every assignment: the same seed and data give the same "
                              "proposal"));
    m_seedEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,12}")), this));
    m_seedEdit->setText(QString::number(QRandomGenerator::global()->bounded(1, 1000000)));
    auto *newSeed = new QPushButton(tr("&New Seed"), this);
    newSeed->setToolTip(tr("Draw another seed (another, equally balanced proposal)"));
    connect(newSeed, &QPushButton::clicked, this,
            [this] { m_seedEdit->setText(QString::number(QRandomGenerator::global()->bounded(1, 1000000))); });
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seedEdit, 1);
    seedRow->addWidget(newSeed);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reviewers per application:"), m_perApplicationSpinBox);
    form->addRow(tr("&Seed:"), seedRow);

    m_summaryLabel->setObjectName(QStringLiteral("proposalSummaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    m_loadsTable->setObjectName(QStringLiteral("loadsTable"));
    m_loadsTable->setAccessibleName(tr("Reviewers' loads"));
    m_loadsTable->setColumnCount(4);
    m_loadsTable->setHorizontalHeaderLabels({tr("Reviewer"), tr("Capacity"), tr("Now"), tr("After")});
    m_loadsTable->horizontalHeaderItem(2)->setToolTip(tr("Applications assigned in this cycle now (both roles)"));
    m_loadsTable->horizontalHeaderItem(3)->setToolTip(tr("Applications assigned in this cycle after applying"));
    m_loadsTable->verticalHeader()->setVisible(false);
    m_loadsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_loadsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_shortfallEdit->setObjectName(QStringLiteral("shortfallEdit"));
    m_shortfallEdit->setAccessibleName(tr("Applications short of reviewers"));
    m_shortfallEdit->setReadOnly(true);
    m_shortfallEdit->setMaximumHeight(fontMetrics().height() * 6);

    QPushButton *applyButton = m_buttons->button(QDialogButtonBox::Apply);
    applyButton->setText(tr("&Apply"));
    applyButton->setToolTip(tr("Store the proposed assignments (one undo step)"));
    applyButton->setEnabled(false);
    connect(applyButton, &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_loadsTable, 1);
    layout->addWidget(new QLabel(tr("Short of reviewers:"), this));
    layout->addWidget(m_shortfallEdit);
    layout->addWidget(m_buttons);

    connect(&m_watcher, &QFutureWatcher<Result<AutoAssignProposal>>::finished, this,
            &AssignReviewersDialog::showProposal);
    connect(m_perApplicationSpinBox, &QSpinBox::valueChanged, this, &AssignReviewersDialog::propose);
    connect(m_seedEdit, &QLineEdit::textChanged, this, &AssignReviewersDialog::propose);
    propose();
    resize(620, 560);
}

AssignReviewersDialog::~AssignReviewersDialog()
{
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

QString AssignReviewersDialog::summaryText() const
{
    return m_summaryLabel->text();
}

QString AssignReviewersDialog::shortfallText() const
{
    return m_shortfallEdit->toPlainText();
}

void AssignReviewersDialog::propose()
{
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
    if (m_watcher.isRunning()) {
        m_proposeAgain = true;
        return;
    }
    m_proposeAgain = false;
    m_summaryLabel->setText(tr("Working out a proposal…"));
    const std::shared_ptr<const ReviewCycleData> data = m_data;
    const int k = m_perApplicationSpinBox->value();
    bool ok = false;
    const qint64 seed = m_seedEdit->text().toLongLong(&ok);
    const std::optional<qint64> chosen = ok ? std::optional<qint64>(seed) : std::nullopt;
    m_watcher.setFuture(QtConcurrent::run([data, k, chosen] { return AutoAssign::propose(*data, k, chosen); }));
}

void AssignReviewersDialog::showProposal()
{
    Result<AutoAssignProposal> result = m_watcher.future().takeResult();
    if (m_proposeAgain) {
        propose();
        return;
    }
    m_hasProposal = result.ok();
    if (!result) {
        m_summaryLabel->setText(result.error());
        m_loadsTable->setRowCount(0);
        m_shortfallEdit->clear();
        return;
    }
    m_proposal = std::move(result).value();
    QString summary = m_proposal.summary();
    if (!m_proposal.conflictedExisting.isEmpty())
        summary += QLatin1Char(' ') + tr("%n existing assignments pair a reviewer with a confirmed conflict: they are "
                                         "kept; unassign them in the committee grid.",
                                         nullptr, int(m_proposal.conflictedExisting.size()));
    m_summaryLabel->setText(summary);
    QList<int> rows;
    for (int r = 0; r < m_data->reviewers.size(); ++r) {
        const int now = int(m_data->assignmentsOfReviewer(r).size());
        if (m_data->reviewers.at(r).active || now > 0)
            rows.append(r);
    }
    m_loadsTable->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const int r = rows.at(i);
        const Reviewer &reviewer = m_data->reviewers.at(r);
        const int other = m_data->otherRoleLoads.value(r);
        const int now = int(m_data->assignmentsOfReviewer(r).size()) + other;
        const int after = m_proposal.loads.value(r) + other;
        auto *name = new QTableWidgetItem(reviewer.active ? reviewer.name : tr("%1 (inactive)").arg(reviewer.name));
        m_loadsTable->setItem(i, 0, name);
        const QList<int> numbers = {reviewer.capacity, now, after};
        for (int c = 0; c < numbers.size(); ++c) {
            auto *item = new QTableWidgetItem(QLocale().toString(numbers.at(c)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_loadsTable->setItem(i, c + 1, item);
        }
        if (after >= reviewer.capacity)
            m_loadsTable->item(i, 3)->setToolTip(tr("At capacity"));
    }
    const QStringList shortfalls = m_proposal.shortfallTexts();
    m_shortfallEdit->setPlainText(
        shortfalls.isEmpty() ? tr("None: every application gets %n reviewers.", nullptr, m_proposal.perApplication)
                             : shortfalls.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(!m_proposal.added.isEmpty() && !m_document.isReadOnly());
}

bool AssignReviewersDialog::apply()
{
    if (!m_hasProposal || m_watcher.isRunning() || m_proposal.added.isEmpty())
        return false;
    const Status status =
        m_document.execute(new ChangeAssignmentsCommand(m_document, m_data->cycleId, m_proposal.added, {}));
    if (!status) {
        m_summaryLabel->setText(status.error());
        return false;
    }
    m_appliedText = tr("Assigned %n reviews (seed %1).", nullptr, int(m_proposal.added.size())).arg(m_proposal.seed);
    return true;
}

} // namespace cohort
