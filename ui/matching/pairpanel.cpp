#include "matching/pairpanel.h"

#include "matching/matchboard.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cohort {

namespace {
constexpr int SuggestionCount = 5;
constexpr int MentorIdRole = Qt::UserRole + 1;
} // namespace

PairPanel::PairPanel(MatchBoard *board, QWidget *parent)
    : QWidget(parent), m_board(board), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_scoreLabel(new QLabel(this)), m_factors(new QWidget(this)), m_factorGrid(new QGridLayout(m_factors)),
      m_suggestionsTitle(new QLabel(this)), m_suggestions(new QListWidget(this)),
      m_matchButton(new QPushButton(tr("&Match With Selected"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_title, m_subtitle, m_scoreLabel, m_suggestionsTitle}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_factors->setObjectName(QStringLiteral("factorBox"));
    m_factors->setAccessibleName(tr("Score by factor"));
    m_factorGrid->setContentsMargins(0, 4, 0, 4);
    m_factorGrid->setHorizontalSpacing(8);
    m_factorGrid->setVerticalSpacing(2);
    m_factorGrid->setColumnStretch(1, 1);
    m_suggestions->setObjectName(QStringLiteral("suggestionList"));
    m_suggestions->setAccessibleName(tr("Best available mentors"));
    m_suggestions->setWordWrap(true);
    m_suggestions->setAlternatingRowColors(true);
    m_suggestions->setSpacing(2);
    m_matchButton->setObjectName(QStringLiteral("matchSuggestionButton"));
    connect(m_matchButton, &QPushButton::clicked, this, &PairPanel::takeSuggestion);
    connect(m_suggestions, &QListWidget::itemActivated, this, &PairPanel::takeSuggestion);
    connect(m_suggestions, &QListWidget::currentRowChanged, this,
            [this](int row) { m_matchButton->setEnabled(row >= 0 && m_board->isWritable()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_scoreLabel);
    layout->addWidget(m_factors);
    layout->addWidget(m_suggestionsTitle);
    layout->addWidget(m_suggestions, 2);
    layout->addWidget(m_matchButton, 0, Qt::AlignRight);
    layout->addStretch(1); // keeps the title at the top while the lists are hidden
    clear();
}

void PairPanel::clear()
{
    m_mentee.clear();
    m_title->setText(tr("Nothing selected"));
    m_subtitle->setText(tr("Select a mentee to see the mentors that suit them best, or a match to see why it "
                           "scores as it does."));
    m_scoreLabel->clear();
    clearFactors();
    m_factors->hide();
    m_suggestionsTitle->hide();
    m_suggestions->clear();
    m_suggestions->hide();
    m_matchButton->hide();
}

void PairPanel::showMentee(const QString &menteeApplicationId)
{
    const MatchingSnapshot *s = m_board->snapshot();
    if (!s) {
        clear();
        return;
    }
    const int mentee = s->data.menteeIndex(menteeApplicationId);
    if (mentee < 0) {
        clear();
        return;
    }
    m_mentee = menteeApplicationId;
    const Match *match = s->data.matchOfMentee(menteeApplicationId);
    const int mentor = match ? s->data.mentorIndex(match->mentorApplicationId) : -1;
    if (mentor >= 0)
        showPair(mentee, mentor);
    else
        showSuggestions(mentee);
}

void PairPanel::showPair(int mentee, int mentor)
{
    const MatchingSnapshot *s = m_board->snapshot();
    const QLocale locale;
    const PairExplanation explanation = s->model->explain(mentee, mentor, true);
    m_title->setText(tr("%1 with %2").arg(m_board->menteeName(mentee), m_board->mentorName(mentor)));
    m_subtitle->setText(tr("%1 · %2").arg(s->data.mentees.at(mentee).code, s->data.mentors.at(mentor).code));
    m_scoreLabel->setText(
        explanation.blockedReason.isEmpty()
            ? tr("Score %1 of 1").arg(locale.toString(explanation.score, 'f', 2))
            : tr("Score %1 of 1 — %2").arg(locale.toString(explanation.score, 'f', 2), explanation.blockedReason));
    clearFactors();
    int row = 0;
    for (const FactorScore &factor : explanation.factors) {
        const QString value = locale.toString(factor.value, 'f', 2);
        m_rows.append({factor.name, value, factor.explanation});
        auto *name = new QLabel(factor.name, m_factors);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        name->setToolTip(
            tr("Weight %1; adds %2 to the score")
                .arg(locale.toString(factor.weight, 'f', 1), locale.toString(factor.contribution, 'f', 2)));
        auto *bar = new QProgressBar(m_factors);
        bar->setRange(0, 100);
        bar->setValue(int(factor.value * 100 + 0.5));
        bar->setTextVisible(false);
        bar->setMaximumHeight(name->sizeHint().height() * 2 / 3);
        bar->setAccessibleName(tr("%1: %2").arg(factor.name, value));
        auto *number = new QLabel(value, m_factors);
        number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *why = new QLabel(factor.explanation, m_factors);
        why->setWordWrap(true);
        why->setTextFormat(Qt::PlainText);
        why->setForegroundRole(QPalette::PlaceholderText);
        m_factorGrid->addWidget(name, row, 0);
        m_factorGrid->addWidget(bar, row, 1);
        m_factorGrid->addWidget(number, row, 2);
        m_factorGrid->addWidget(why, row + 1, 0, 1, 3);
        m_factorGrid->setRowMinimumHeight(row + 2, 6);
        row += 3;
    }
    m_factors->show();
    m_suggestionsTitle->hide();
    m_suggestions->hide();
    m_matchButton->hide();
}

void PairPanel::showSuggestions(int mentee)
{
    const MatchingSnapshot *s = m_board->snapshot();
    const QLocale locale;
    const MatchParticipant &p = s->data.mentees.at(mentee);
    m_title->setText(m_board->menteeName(mentee));
    QStringList about{p.code};
    if (!p.library.isEmpty())
        about << p.library;
    if (!p.interests.isEmpty())
        about << p.interests.join(QStringLiteral(", "));
    m_subtitle->setText(about.join(QStringLiteral(" · ")));
    m_scoreLabel->setText(tr("Not matched yet."));
    clearFactors();
    m_factors->hide();
    m_suggestions->clear();
    const auto suggestions = s->model->suggestions(mentee, SuggestionCount);
    m_suggestionsTitle->setText(suggestions.isEmpty()
                                    ? tr("No mentor with room is open to this mentee.")
                                    : tr("The %n best mentors with room:", nullptr, int(suggestions.size())));
    for (const Compatibility::Suggestion &suggestion : suggestions) {
        const MatchParticipant &mentor = s->data.mentors.at(suggestion.mentor);
        const int load = s->load.at(std::size_t(suggestion.mentor));
        auto *item = new QListWidgetItem(
            tr("%1 — %2 (%3 of %4)\n%5")
                .arg(m_board->mentorName(suggestion.mentor), locale.toString(suggestion.score, 'f', 2))
                .arg(load)
                .arg(mentor.capacity)
                .arg(suggestion.reason),
            m_suggestions);
        item->setData(MentorIdRole, mentor.applicationId);
        item->setToolTip(suggestion.reason);
    }
    m_suggestionsTitle->show();
    m_suggestions->show();
    m_matchButton->show();
    m_matchButton->setEnabled(false);
}

void PairPanel::showMentor(const QString &mentorApplicationId)
{
    const MatchingSnapshot *s = m_board->snapshot();
    const int mentor = s ? s->data.mentorIndex(mentorApplicationId) : -1;
    if (mentor < 0) {
        clear();
        return;
    }
    m_mentee.clear();
    const MatchParticipant &p = s->data.mentors.at(mentor);
    m_title->setText(m_board->mentorName(mentor));
    QStringList about{p.code};
    if (!p.library.isEmpty())
        about << p.library;
    if (p.yearsExperience)
        about << tr("%n year(s) in children's services", nullptr, int(*p.yearsExperience));
    m_subtitle->setText(about.join(QStringLiteral(" · ")));
    const int load = s->load.at(std::size_t(mentor));
    m_scoreLabel->setText(tr("%1 of %2 mentees.").arg(load).arg(p.capacity) +
                          (p.interests.isEmpty()
                               ? QString()
                               : QLatin1Char('\n') + tr("Experience: %1").arg(p.interests.join(QStringLiteral(", ")))));
    clearFactors();
    m_factors->hide();
    m_suggestionsTitle->hide();
    m_suggestions->clear();
    m_suggestions->hide();
    m_matchButton->hide();
}

void PairPanel::takeSuggestion()
{
    const QListWidgetItem *item = m_suggestions->currentItem();
    if (!item || m_mentee.isEmpty())
        return;
    emit matchRequested(m_mentee, item->data(MentorIdRole).toString());
}

} // namespace cohort

namespace cohort {

void PairPanel::clearFactors()
{
    m_rows.clear();
    while (QLayoutItem *item = m_factorGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QList<PairPanel::FactorRow> PairPanel::factorRows() const
{
    return m_rows;
}

} // namespace cohort
