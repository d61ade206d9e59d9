#include "dashboard/dashboardpage.h"

#include "common/emptystate.h"
#include "common/icons.h"
#include "common/statustext.h"
#include "dashboard/applicationcountsmodel.h"
#include "dashboard/applicationschart.h"
#include "dashboard/figurecard.h"
#include "dashboard/funnelchart.h"
#include "document/programdocument.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cohort {

namespace {
QPixmap swatch(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 2, 2);
    return pixmap;
}
} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_noCycleState(new EmptyState(this)),
      m_titleLabel(new QLabel(this)), m_errorLabel(new QLabel(this)),
      m_applicationsCard(new FigureCard(tr("Applications"), this)), m_mentorsCard(new FigureCard(tr("Mentors"), this)),
      m_menteesCard(new FigureCard(tr("Mentees"), this)),
      m_ratioCard(new FigureCard(tr("Mentee : mentor ratio"), this)),
      m_matchesCard(new FigureCard(tr("Matches"), this)), m_engagementCard(new FigureCard(tr("Need attention"), this)),
      m_deadlineCard(new FigureCard(tr("Next deadline"), this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_chart(new ApplicationsChart(this)), m_countsModel(new ApplicationCountsModel(this)),
      m_countsView(new QTableView(this)), m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_today = QDate::currentDate();
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0); // several change signals in a row cost one refresh
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);

    m_noCycleState->setIcon(Icons::named(QStringLiteral("dashboard")));
    m_noCycleState->setTitle(tr("No cycles yet"));
    m_noCycleState->setText(tr("A cycle is one intake round of the program (spring or fall) with its dated phases. "
                               "Once the program has one, its figures appear here."));

    m_applicationsCard->setObjectName(QStringLiteral("applicationsCard"));
    m_mentorsCard->setObjectName(QStringLiteral("mentorsCard"));
    m_menteesCard->setObjectName(QStringLiteral("menteesCard"));
    m_ratioCard->setObjectName(QStringLiteral("ratioCard"));
    m_matchesCard->setObjectName(QStringLiteral("matchesCard"));
    m_deadlineCard->setObjectName(QStringLiteral("deadlineCard"));

    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setObjectName(QStringLiteral("dashboardTitleLabel"));

    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setObjectName(QStringLiteral("dashboardErrorLabel"));
    m_errorLabel->setVisible(false);

    auto *cards = new QGridLayout;
    const QList<FigureCard *> cardList = {m_applicationsCard, m_mentorsCard,    m_menteesCard, m_ratioCard,
                                          m_matchesCard,      m_engagementCard, m_deadlineCard};
    m_engagementCard->setObjectName(QStringLiteral("engagementCard"));
    m_applicationsCard->setClickable(tr("Open the cycle's applications"));
    m_matchesCard->setClickable(tr("Open the Matching area"));
    m_engagementCard->setClickable(tr("List the quiet matches and those below the contact cadence"));
    m_deadlineCard->setClickable(tr("Open the cycle's timeline"));
    connect(m_applicationsCard, &FigureCard::clicked, this, &DashboardPage::applicationsRequested);
    connect(m_matchesCard, &FigureCard::clicked, this, &DashboardPage::matchesRequested);
    connect(m_engagementCard, &FigureCard::clicked, this, &DashboardPage::engagementRequested);
    connect(m_deadlineCard, &FigureCard::clicked, this, &DashboardPage::timelineRequested);
    for (int i = 0; i < cardList.size(); ++i) {
        cards->addWidget(cardList.at(i), 0, i);
        cards->setColumnStretch(i, i == cardList.size() - 1 ? 2 : 1);
    }

    // Right side of the splitter: the same figures as numbers.
    m_countsView->setObjectName(QStringLiteral("applicationCountsView"));
    m_countsView->setAccessibleName(tr("Applications by status, as numbers"));
    m_countsView->setModel(m_countsModel);
    m_countsView->verticalHeader()->hide();
    m_countsView->setShowGrid(false);
    m_countsView->setAlternatingRowColors(true);
    m_countsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_countsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_countsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_countsView->horizontalHeader()->setSectionResizeMode(ApplicationCountsModel::StatusColumn, QHeaderView::Stretch);
    m_countsView->setMinimumWidth(280);
    // As tall as its rows: a few statuses should not leave an empty white box below them.
    m_countsView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_countsView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_countsView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    auto *applicationsBox = new QGroupBox(tr("Applications by status"), this);
    auto *applicationsLayout = new QVBoxLayout(applicationsBox);
    applicationsLayout->addWidget(m_countsView);

    auto *matchesBox = new QGroupBox(tr("Matches by status"), this);
    auto *matchesLayout = new QGridLayout(matchesBox);
    const int swatchSize = fontMetrics().height() * 3 / 4;
    int row = 0;
    for (const QString &status : StatusText::matchStatuses()) {
        auto *colour = new QLabel(matchesBox);
        colour->setPixmap(swatch(StatusText::matchStatusColor(status), swatchSize));
        auto *name = new QLabel(StatusText::matchStatus(status), matchesBox);
        auto *count = new QLabel(matchesBox);
        count->setObjectName(QStringLiteral("matchCount_") + status);
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        count->setTextFormat(Qt::PlainText);
        name->setBuddy(count);
        matchesLayout->addWidget(colour, row, 0);
        matchesLayout->addWidget(name, row, 1);
        matchesLayout->addWidget(count, row, 2);
        m_matchCountLabels.insert(status, count);
        ++row;
    }
    matchesLayout->setColumnStretch(1, 1);

    auto *engagementBox = new QGroupBox(tr("Matches by engagement"), this);
    engagementBox->setToolTip(tr("Published matches against the cycle's contact cadence (the Timeline area)"));
    auto *engagementLayout = new QGridLayout(engagementBox);
    const QList<std::pair<int, QString>> engagementRows = {
        {int(EngagementStatus::OnTrack), Cadence::statusName(EngagementStatus::OnTrack)},
        {int(EngagementStatus::BelowCadence), Cadence::statusName(EngagementStatus::BelowCadence)},
        {int(EngagementStatus::Quiet), Cadence::statusName(EngagementStatus::Quiet)},
        {int(EngagementStatus::Ended), Cadence::statusName(EngagementStatus::Ended)},
        {-1, tr("Goal sheets overdue")}};
    for (int r = 0; r < engagementRows.size(); ++r) {
        auto *name = new QLabel(engagementRows.at(r).second, engagementBox);
        auto *count = new QLabel(engagementBox);
        count->setObjectName(QStringLiteral("engagementCount_%1").arg(engagementRows.at(r).first));
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        count->setTextFormat(Qt::PlainText);
        name->setBuddy(count);
        engagementLayout->addWidget(name, r, 0);
        engagementLayout->addWidget(count, r, 1);
        m_engagementLabels.insert(engagementRows.at(r).first, count);
    }
    engagementLayout->setColumnStretch(0, 1);

    auto *upcomingBox = new QGroupBox(tr("In the next 30 days"), this);
    auto *upcomingLayout = new QVBoxLayout(upcomingBox);
    m_upcomingLabel = new QLabel(upcomingBox);
    m_upcomingLabel->setObjectName(QStringLiteral("upcomingLabel"));
    m_upcomingLabel->setTextFormat(Qt::PlainText);
    m_upcomingLabel->setWordWrap(true);
    upcomingLayout->addWidget(m_upcomingLabel);

    auto *numbers = new QWidget(this);
    auto *numbersLayout = new QVBoxLayout(numbers);
    numbersLayout->setContentsMargins(0, 0, 0, 0);
    numbersLayout->addWidget(applicationsBox);
    numbersLayout->addWidget(matchesBox);
    numbersLayout->addWidget(engagementBox);
    numbersLayout->addWidget(upcomingBox);
    numbersLayout->addStretch();

    m_splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    // The charts share the left side: by status, and the acceptance funnel.
    m_funnel = new FunnelChart(this);
    auto *charts = new QTabWidget(this);
    charts->setObjectName(QStringLiteral("dashboardCharts"));
    charts->setDocumentMode(true);
    charts->addTab(m_chart, tr("By status"));
    charts->addTab(m_funnel, tr("Acceptance funnel"));
    m_splitter->addWidget(charts);
    m_splitter->addWidget(numbers);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *figures = new QWidget(this);
    auto *layout = new QVBoxLayout(figures);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_errorLabel);
    layout->addLayout(cards);
    layout->addWidget(m_splitter, 1);

    m_stack->addWidget(m_noCycleState);
    m_stack->addWidget(figures);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    showFigures();
}

void DashboardPage::setDocument(ProgramDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_cycleId.clear();
    m_cycleName.clear();
    if (document) {
        connect(document, &ProgramDocument::applicationsChanged, this,
                [this](const QString &cycleId) { scheduleRefresh(cycleId); });
        connect(document, &ProgramDocument::matchesChanged, this,
                [this](const QString &cycleId) { scheduleRefresh(cycleId); });
        connect(document, &ProgramDocument::cyclesChanged, this, [this] { scheduleRefresh(); });
    }
    refresh();
}

void DashboardPage::setCycle(const QString &cycleId, const QString &cycleName)
{
    if (cycleId != m_cycleId)
        m_engagement.reset(); // until the Timeline area has worked out this cycle's
    m_cycleId = cycleId;
    m_cycleName = cycleName;
    refresh();
}

void DashboardPage::setToday(QDate today)
{
    m_today = today;
    refresh();
}

void DashboardPage::scheduleRefresh(const QString &cycleId)
{
    if (cycleId.isEmpty() || cycleId == m_cycleId)
        m_refreshTimer->start();
}

void DashboardPage::refresh()
{
    m_refreshTimer->stop();
    m_figures = (m_document && !m_cycleId.isEmpty()) ? DashboardFigures::load(*m_document, m_cycleId, m_today)
                                                     : DashboardFigures{};
    showFigures();
}

void DashboardPage::showFigures()
{
    m_stack->setCurrentIndex(m_cycleId.isEmpty() ? 0 : 1);
    const QLocale locale;
    m_titleLabel->setText(m_cycleName);
    m_errorLabel->setText(m_figures.error);
    m_errorLabel->setVisible(!m_figures.error.isEmpty());

    const int mentors = m_figures.applicationCount(QStringLiteral("mentor"));
    const int mentees = m_figures.applicationCount(QStringLiteral("mentee"));
    const int accepted = m_figures.applicationCount({}, QStringLiteral("accepted"));
    m_applicationsCard->setValue(locale.toString(mentors + mentees), tr("%n accepted", nullptr, accepted));
    m_mentorsCard->setValue(
        locale.toString(mentors),
        tr("%n accepted", nullptr, m_figures.applicationCount(QStringLiteral("mentor"), QStringLiteral("accepted"))));
    m_menteesCard->setValue(
        locale.toString(mentees),
        tr("%n accepted", nullptr, m_figures.applicationCount(QStringLiteral("mentee"), QStringLiteral("accepted"))));
    if (mentors == 0)
        m_ratioCard->setValue(tr("—"), tr("No mentor applications yet"));
    else
        m_ratioCard->setValue(tr("%1 : 1").arg(locale.toString(m_figures.menteesPerMentor(), 'f', 1)),
                              tr("Mentee applications per mentor"));

    const int matches = m_figures.matchCount();
    m_matchesCard->setValue(locale.toString(matches),
                            tr("%n published", nullptr, m_figures.matchCount(QStringLiteral("published"))));
    for (auto it = m_matchCountLabels.cbegin(); it != m_matchCountLabels.cend(); ++it)
        it.value()->setText(locale.toString(m_figures.matchCount(it.key())));

    if (m_figures.nextDeadline)
        m_deadlineCard->setValue(locale.toString(m_figures.nextDeadline->date, QLocale::LongFormat),
                                 deadlineNote(*m_figures.nextDeadline));
    else
        m_deadlineCard->setValue(tr("None ahead"), tr("Every phase of this cycle has ended."));

    for (auto it = m_engagementLabels.cbegin(); it != m_engagementLabels.cend(); ++it) {
        if (!m_engagement) {
            it.value()->setText(QStringLiteral("—"));
            continue;
        }
        const EngagementCounts &e = *m_engagement;
        int n = e.goalSheetsOverdue;
        switch (it.key()) {
        case int(EngagementStatus::OnTrack):
            n = e.onTrack;
            break;
        case int(EngagementStatus::BelowCadence):
            n = e.belowCadence;
            break;
        case int(EngagementStatus::Quiet):
            n = e.quiet;
            break;
        case int(EngagementStatus::Ended):
            n = e.ended;
            break;
        default:
            break;
        }
        it.value()->setText(locale.toString(n));
    }
    if (m_engagement) {
        const EngagementCounts &e = *m_engagement;
        QStringList parts{tr("%n quiet", nullptr, e.quiet), tr("%n below cadence", nullptr, e.belowCadence)};
        if (e.goalSheetsOverdue > 0)
            parts << tr("%n goal sheet(s) overdue", nullptr, e.goalSheetsOverdue);
        m_engagementCard->setValue(locale.toString(e.quiet + e.belowCadence), parts.join(QStringLiteral(" · ")));
    } else {
        m_engagementCard->setValue(QStringLiteral("—"), tr("No published matches yet"));
    }
    QStringList upcoming;
    for (const DashboardFigures::Upcoming &event : std::as_const(m_figures.upcoming))
        upcoming << tr("%1 — %2").arg(locale.toString(event.date, QStringLiteral("ddd d MMM")), event.text);
    m_upcomingLabel->setText(upcoming.isEmpty() ? tr("Nothing is due: no phase begins and no deadline falls in "
                                                     "the next 30 days.")
                                                : upcoming.join(QLatin1Char('\n')));
    m_countsModel->setCounts(m_figures.applications);
    m_chart->setCounts(m_figures.applications);
    m_funnel->setFigures(m_figures);
}

QString DashboardPage::deadlineNote(const Deadline &deadline) const
{
    const qint64 days = m_today.daysTo(deadline.date);
    if (days == 0)
        return tr("%1 — today").arg(deadline.phaseName);
    if (days == 1)
        return tr("%1 — tomorrow").arg(deadline.phaseName);
    // Written for n > 1, so the English source reads right without a translation loaded.
    return tr("%1 — in %n days", nullptr, static_cast<int>(days)).arg(deadline.phaseName);
}

void DashboardPage::setEngagement(const QString &cycleId, std::optional<EngagementCounts> counts)
{
    if (cycleId != m_cycleId)
        return;
    if (counts && counts->total() == 0)
        counts.reset();
    m_engagement = counts;
    showFigures();
}

} // namespace cohort
