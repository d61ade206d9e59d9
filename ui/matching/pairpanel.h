#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QGridLayout;

namespace cohort {

class MatchBoard;

// The board's right column. For a matched mentee: the pair's score factor by factor (each
// factor's value, weight and why, in words). For a mentee in the pool: the five best mentors
// still open to them, with scores and reasons, and Match to take one. For a mentor: who they are.
class PairPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PairPanel(MatchBoard *board, QWidget *parent = nullptr);

    void showMentee(const QString &menteeApplicationId);
    void showMentor(const QString &mentorApplicationId);
    void clear();

    // The factor rows shown (name, value, why), for tests and accessibility checks.
    struct FactorRow
    {
        QString name;
        QString value;
        QString why;
    };
    QList<FactorRow> factorRows() const;
    QListWidget *suggestionList() const { return m_suggestions; }

signals:
    // The user picked a suggested mentor for the shown mentee.
    void matchRequested(const QString &menteeApplicationId, const QString &mentorApplicationId);

private:
    void showPair(int mentee, int mentor);
    void showSuggestions(int mentee);
    void takeSuggestion();
    void clearFactors();

    MatchBoard *m_board;
    QString m_mentee;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_scoreLabel;
    QWidget *m_factors;
    QGridLayout *m_factorGrid;
    QList<FactorRow> m_rows;
    QLabel *m_suggestionsTitle;
    QListWidget *m_suggestions;
    QPushButton *m_matchButton;
};

} // namespace cohort
