#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace cohort {

// One dated step of a cycle ("Applications accepted", "Review and notifications", ...).
struct Phase
{
    QString id;
    QString cycleId;
    QString name;
    QString kind; // applications, review, notifications, goals, orientation, work, midpoint, survey, closing, other
    QDate startsOn;
    QDate endsOn;
    QDate deadline; // invalid when the phase has none
    int sortOrder = 0;
    int version = 1;
};

// One intake round of the program (Spring 2017, Fall 2017): a list of dated phases.
struct Cycle
{
    QString id;
    QString name;
    QString season; // spring, fall, other
    int year = 0;
    QDate startsOn;
    QDate endsOn;
    bool blindReview = false;
    int sortOrder = 0;
    int version = 1;
    QList<Phase> phases;
};

// A deadline or milestone date of a cycle, for "next deadline" lists.
struct Deadline
{
    QString cycleId;
    QString phaseName;
    QDate date;
};

} // namespace cohort
