#include "review/agreementpanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cohort {

namespace {
QTableWidget *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName,
                        const QStringList &headers)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    // The first column (a name) takes the room left; the numbers keep their width.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return table;
}

QTableWidgetItem *textItem(const QString &text, const QString &toolTip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

QTableWidgetItem *numberItem(double value, int decimals, const QString &toolTip = {})
{
    auto *item = textItem(QLocale().toString(value, 'f', decimals), toolTip);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, value);
    return item;
}

QTableWidgetItem *countItem(qint64 value)
{
    auto *item = textItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

AgreementPanel::AgreementPanel(QWidget *parent)
    : QWidget(parent), m_overallLabel(new QLabel(this)), m_componentsLabel(new QLabel(this)),
      m_criteriaTable(makeTable(this, QStringLiteral("criteriaAgreementTable"), tr("Agreement per criterion"),
                                {tr("Criterion"), tr("α"), tr("Agreement")})),
      m_reviewersTable(
          makeTable(this, QStringLiteral("reviewersScaleTable"), tr("Reviewers' harshness and spread"),
                    {tr("Reviewer"), tr("Scored"), tr("Mean"), tr("Spread (SD)"), tr("Harshness"), tr("Offset")})),
      m_disagreementsTable(makeTable(this, QStringLiteral("disagreementsTable"), tr("Most disagreement"),
                                     {tr("Application"), tr("Reviews"), tr("Mean"), tr("SD"), tr("Range")}))
{
    setObjectName(QStringLiteral("agreementPanel"));
    for (QLabel *label : {m_overallLabel, m_componentsLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_overallLabel->setObjectName(QStringLiteral("overallAgreementLabel"));
    m_componentsLabel->setObjectName(QStringLiteral("componentsLabel"));
    // Reviewers' names stay readable: this table scrolls sideways instead of squeezing them.
    m_reviewersTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_reviewersTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_reviewersTable->horizontalHeaderItem(4)->setToolTip(
        tr("How much lower than their co-reviewers a reviewer scores the same applications, on average: positive = "
           "harsher, negative = more lenient"));
    m_reviewersTable->horizontalHeaderItem(5)->setToolTip(
        tr("The reviewer-offset model's bias: + lenient, − harsh (what calibration takes off)"));
    m_criteriaTable->horizontalHeaderItem(1)->setToolTip(
        tr("Krippendorff's alpha (interval): 1 = full agreement, 0 = no more than chance"));
    connect(m_disagreementsTable, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        const QTableWidgetItem *first = m_disagreementsTable->item(item->row(), 0);
        if (first)
            emit applicationActivated(first->data(Qt::UserRole).toInt());
    });

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_overallLabel);
    layout->addWidget(m_componentsLabel);
    layout->addWidget(heading(tr("Agreement per criterion"), content));
    layout->addWidget(m_criteriaTable);
    layout->addWidget(heading(tr("Reviewers' harshness and spread"), content));
    layout->addWidget(m_reviewersTable);
    layout->addWidget(heading(tr("Applications the reviewers disagree on most"), content));
    layout->addWidget(m_disagreementsTable);
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QString AgreementPanel::alphaWords(const KrippendorffAlpha &alpha)
{
    if (!alpha.defined())
        return tr("not enough overlapping scores");
    if (alpha.alpha >= 0.8)
        return tr("good agreement");
    if (alpha.alpha >= 0.667)
        return tr("tentative agreement");
    return tr("low agreement");
}

QString AgreementPanel::overallText() const
{
    return m_overallLabel->text();
}

void AgreementPanel::clear()
{
    m_overallLabel->clear();
    m_componentsLabel->clear();
    for (QTableWidget *table : {m_criteriaTable, m_reviewersTable, m_disagreementsTable})
        table->setRowCount(0);
}

void AgreementPanel::setReview(std::shared_ptr<const ReviewCycleData> data,
                               std::shared_ptr<const ReviewStatistics> statistics)
{
    clear();
    if (!data || !statistics)
        return;
    const KrippendorffAlpha &overall = statistics->totalAgreement;
    m_overallLabel->setText(overall.defined()
                                ? tr("Overall (on the totals): %1 — %2. Below 0.667, reviewers agree too little to "
                                     "rely on one reviewer's score.")
                                      .arg(overall.text(), alphaWords(overall))
                                : tr("Overall (on the totals): %1").arg(overall.text()));
    m_componentsLabel->setText(statistics->componentsText());

    m_criteriaTable->setRowCount(int(statistics->criterionAgreement.size()));
    for (int row = 0; row < statistics->criterionAgreement.size(); ++row) {
        const CriterionAgreement &agreement = statistics->criterionAgreement.at(row);
        m_criteriaTable->setItem(row, 0, textItem(data->criteria.at(agreement.criterion).name));
        if (agreement.alpha.defined())
            m_criteriaTable->setItem(row, 1, numberItem(agreement.alpha.alpha, 3, agreement.alpha.text()));
        else
            m_criteriaTable->setItem(row, 1, textItem(QString(), agreement.alpha.text()));
        m_criteriaTable->setItem(row, 2, textItem(alphaWords(agreement.alpha), agreement.alpha.text()));
    }

    int row = 0;
    for (const ReviewerStatistics &reviewer : statistics->reviewers) {
        if (reviewer.assigned == 0)
            continue;
        m_reviewersTable->setRowCount(row + 1);
        m_reviewersTable->setItem(row, 0, textItem(data->reviewers.at(reviewer.reviewer).name));
        auto *scored = textItem(tr("%1 of %2").arg(reviewer.complete).arg(reviewer.assigned),
                                tr("%1 complete, %2 submitted, of %3 assigned")
                                    .arg(reviewer.complete)
                                    .arg(reviewer.submitted)
                                    .arg(reviewer.assigned));
        scored->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_reviewersTable->setItem(row, 1, scored);
        if (reviewer.count > 0) {
            m_reviewersTable->setItem(row, 2, numberItem(reviewer.mean, 2));
            m_reviewersTable->setItem(row, 3, numberItem(reviewer.sd, 2));
            const QString harsh =
                reviewer.sharedCount == 0
                    ? tr("Shares no application with another reviewer")
                    : (reviewer.harshness >= 0 ? tr("%1 lower than co-reviewers on average (%n shared applications)",
                                                    nullptr, reviewer.sharedCount)
                                               : tr("%1 higher than co-reviewers on average (%n shared applications)",
                                                    nullptr, reviewer.sharedCount))
                          .arg(QLocale().toString(std::abs(reviewer.harshness), 'f', 2));
            auto *harshness = numberItem(reviewer.harshness, 2, harsh);
            harshness->setText(reviewer.harshness > 0.005    ? tr("%1 harsh").arg(harshness->text())
                               : reviewer.harshness < -0.005 ? tr("%1 lenient").arg(harshness->text())
                                                             : tr("%1 even").arg(harshness->text()));
            m_reviewersTable->setItem(row, 4, harshness);
            m_reviewersTable->setItem(row, 5, numberItem(reviewer.bias, 2));
        }
        ++row;
    }

    m_disagreementsTable->setRowCount(int(statistics->disagreements.size()));
    for (int r = 0; r < statistics->disagreements.size(); ++r) {
        const ApplicationDisagreement &d = statistics->disagreements.at(r);
        auto *label = textItem(data->applications.at(d.application).label(data->settings.blind));
        label->setData(Qt::UserRole, d.application);
        m_disagreementsTable->setItem(r, 0, label);
        m_disagreementsTable->setItem(r, 1, countItem(d.reviewCount));
        m_disagreementsTable->setItem(r, 2, numberItem(d.mean, 2));
        m_disagreementsTable->setItem(r, 3, numberItem(d.sd, 2));
        m_disagreementsTable->setItem(r, 4, numberItem(d.range, 2));
    }
}

} // namespace cohort
