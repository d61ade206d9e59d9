#pragma once

#include "domain/cycle.h"
#include "store/applicationstore.h"
#include "store/matchstore.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cohort {

class ProgramDocument;

// What the Dashboard shows for one cycle. Loaded through the stores with a few GROUP BY
// queries, so it stays cheap on a program with 100,000 applications.
struct DashboardFigures
{
    QList<StatusCount> applications; // per role and status
    QList<MatchStatusCount> matches; // per status
    std::optional<Deadline> nextDeadline;
    // What happens in the next 30 days: phases that start and deadlines, by date.
    struct Upcoming
    {
        QDate date;
        QString text; // "Review and notifications begins", "Applications accepted: deadline"
    };
    QList<Upcoming> upcoming;
    MatchStore::MatchedPeople matched;

    // The acceptance funnel of a role: applied (all but withdrawn), eligible (not ruled out),
    // decided (accepted, waitlisted or declined), accepted, matched.
    QList<int> funnel(const QString &role) const;
    QString error; // a readable message when something could not be read

    int applicationCount(const QString &role = {}, const QString &status = {}) const;
    int matchCount(const QString &status = {}) const;
    // Mentee applications per mentor application; 0 when there are no mentors.
    double menteesPerMentor() const;

    static DashboardFigures load(const ProgramDocument &document, const QString &cycleId, QDate today);
};

} // namespace cohort
