#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace cohort {

// One mentor with one mentee. Drafts become visible to the pair only when published.
struct Match
{
    QString id;
    QString cycleId;
    QString mentorApplicationId;
    QString menteeApplicationId;
    QString status = QStringLiteral("draft");  // draft, published, ended
    QString source = QStringLiteral("manual"); // manual, auto
    bool locked = false;
    std::optional<double> score;
    QDate publishedOn; // invalid while a draft
    QDate endedOn;
    QString liaisonReviewerId; // empty when the match has no liaison
    int version = 1;
};

// A match's "contract": 1 to 3 SMART goals, due some days after the match.
struct GoalSheet
{
    QString id;
    QString matchId;
    QDate dueOn;
    QDate submittedOn; // invalid while not submitted
    int version = 1;
};

// A SMART goal written against one of the program's seven objectives.
struct Goal
{
    QString id;
    QString goalSheetId;
    int objective = 1; // 1..7
    QString title;
    QString specific;
    QString measurable;
    QString achievable;
    QString relevant;
    QString timeBound;
    int sortOrder = 0;
    int version = 1;
};

// Whether one participant attended one orientation session.
struct OrientationAttendance
{
    QString id;
    QString applicationId;
    QDate sessionOn;
    bool attended = false;
    int version = 1;
};

// One logged contact between the partners of a match.
struct ContactEntry
{
    QString id;
    QString matchId;
    QDate contactOn;
    QString method;      // email, phone, video, chat, in_person
    QString initiatedBy; // mentor, mentee, liaison
    QString note;
    int version = 1;
};

} // namespace cohort
