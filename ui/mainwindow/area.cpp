#include "mainwindow/area.h"

namespace cohort {

QList<AreaInfo> AreaInfo::all()
{
    return {
        {Area::Dashboard,
         QStringLiteral("dashboard"),
         tr("Dashboard"),
         tr("Figures for the selected cycle: applications, ratio, matches and the next deadline"),
         {},
         {}},
        {Area::Applications,
         QStringLiteral("applications"),
         tr("Applications"),
         tr("Mentor and mentee applications of the selected cycle"),
         {},
         {}},
        {Area::Review, QStringLiteral("review"), tr("Review"),
         tr("Scoring applications against the rubric, and the committee's decisions"), tr("Review"),
         tr("The working group scores each application against the rubric here, and the chair sees the committee's "
            "scores side by side to decide who is accepted, waitlisted or declined.")},
        {Area::Matching, QStringLiteral("matching"), tr("Matching"),
         tr("Pairing mentees with mentors, and publishing the matches"), tr("Matching"),
         tr("Pair each accepted mentee with a mentor by library type, interests, time zone and how they like to "
            "keep in touch, then publish the matches.")},
        {Area::Timeline, QStringLiteral("timeline"), tr("Timeline"),
         tr("The cycle's phases, goal sheets and how often each match keeps in touch"), tr("Timeline"),
         tr("Follow the cycle's phases and deadlines, the goal sheets due 30 days after matching, and which "
            "matches have gone quiet.")},
        {Area::Letters, QStringLiteral("letters"), tr("Letters"),
         tr("Acceptance, waitlist, match and recognition letters"), tr("Letters"),
         tr("Write letter templates once and issue acceptance, waitlist, decline and match introduction letters "
            "to everyone at once, as PDF.")},
    };
}

AreaInfo AreaInfo::of(Area area)
{
    return all().at(static_cast<int>(area));
}

} // namespace cohort
