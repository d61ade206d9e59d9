#include "letters/letterkindtext.h"

#include <QStringList>

namespace cohort {

QString LetterKindText::name(const QString &kind)
{
    if (kind == QLatin1String("acceptance_mentor"))
        return tr("Acceptance — mentors");
    if (kind == QLatin1String("acceptance_mentee"))
        return tr("Acceptance — mentees");
    if (kind == QLatin1String("waitlist"))
        return tr("Waitlist");
    if (kind == QLatin1String("decline"))
        return tr("Decline");
    if (kind == QLatin1String("match_introduction"))
        return tr("Match introduction");
    if (kind == QLatin1String("goal_reminder"))
        return tr("Goal sheet reminder");
    if (kind == QLatin1String("service_recognition"))
        return tr("Service recognition");
    return kind;
}

QString LetterKindText::description(const QString &kind)
{
    if (kind == QLatin1String("acceptance_mentor"))
        return tr("Goes to every accepted mentor of the cycle.");
    if (kind == QLatin1String("acceptance_mentee"))
        return tr("Goes to every accepted mentee of the cycle.");
    if (kind == QLatin1String("waitlist"))
        return tr("Goes to every waitlisted applicant, mentors and mentees.");
    if (kind == QLatin1String("decline"))
        return tr("Goes to every declined applicant, mentors and mentees.");
    if (kind == QLatin1String("match_introduction"))
        return tr("Goes to both partners of every published match.");
    if (kind == QLatin1String("goal_reminder"))
        return tr("Goes to both partners of every published match whose goal sheet is not in yet.");
    if (kind == QLatin1String("service_recognition"))
        return tr("Goes to every mentor with a published match, to thank them.");
    return {};
}

QString LetterKindText::language(const QString &code)
{
    if (code == QLatin1String("en"))
        return tr("English");
    if (code == QLatin1String("es"))
        return tr("Spanish");
    return code;
}

QStringList LetterKindText::languages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

} // namespace cohort
