#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cohort {

// One rubric criterion of a cycle for one role, scored on [scaleMin, scaleMax] and weighted.
struct Criterion
{
    QString id;
    QString cycleId;
    QString role; // mentor, mentee
    QString name;
    QString guidance;
    int scaleMin = 1;
    int scaleMax = 5;
    double weight = 1.0;
    bool allowNotApplicable = false;
    int sortOrder = 0;
    int version = 1;
};

// One reviewer reading one application. submittedAt is set once the reviewer has submitted.
struct Assignment
{
    QString id;
    QString applicationId;
    QString reviewerId;
    QString source = QStringLiteral("manual"); // manual, auto
    std::optional<qint64> seed;                // the seed of an automatic assignment
    QString comment;
    QDateTime submittedAt; // invalid while not submitted
    int version = 1;
};

// One cell of a scoring grid: value is empty while unscored.
struct Score
{
    QString id;
    QString assignmentId;
    QString criterionId;
    std::optional<double> value;
    bool notApplicable = false;
    int version = 1;
};

// The committee's outcome for one application.
struct Decision
{
    QString id;
    QString applicationId;
    QString outcome; // accepted, waitlisted, declined
    QString reason;
    QDate decidedOn;
    QString decidedBy;
    int version = 1;
};

} // namespace cohort
