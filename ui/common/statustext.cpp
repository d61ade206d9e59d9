#include "common/statustext.h"

namespace cohort {

QStringList StatusText::applicationStatuses()
{
    return {QStringLiteral("received"),     QStringLiteral("eligible"), QStringLiteral("ineligible"),
            QStringLiteral("under_review"), QStringLiteral("accepted"), QStringLiteral("waitlisted"),
            QStringLiteral("declined"),     QStringLiteral("withdrawn")};
}

QString StatusText::applicationStatus(const QString &code)
{
    if (code == QLatin1String("received"))
        return tr("Received");
    if (code == QLatin1String("eligible"))
        return tr("Eligible");
    if (code == QLatin1String("ineligible"))
        return tr("Ineligible");
    if (code == QLatin1String("under_review"))
        return tr("Under review");
    if (code == QLatin1String("accepted"))
        return tr("Accepted");
    if (code == QLatin1String("waitlisted"))
        return tr("Waitlisted");
    if (code == QLatin1String("declined"))
        return tr("Declined");
    if (code == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    return code;
}

QColor StatusText::applicationStatusColor(const QString &code)
{
    if (code == QLatin1String("received"))
        return QColor(0x8c, 0x9a, 0xa8); // grey-blue: not looked at yet
    if (code == QLatin1String("eligible"))
        return QColor(0x4a, 0x90, 0xc8); // blue
    if (code == QLatin1String("ineligible"))
        return QColor(0xb0, 0x6a, 0x3b); // brown
    if (code == QLatin1String("under_review"))
        return QColor(0x8e, 0x6b, 0xbf); // violet
    if (code == QLatin1String("accepted"))
        return QColor(0x3f, 0xa3, 0x5b); // green
    if (code == QLatin1String("waitlisted"))
        return QColor(0xe0, 0xa4, 0x2a); // amber
    if (code == QLatin1String("declined"))
        return QColor(0xc9, 0x4c, 0x4c); // red
    if (code == QLatin1String("withdrawn"))
        return QColor(0x70, 0x70, 0x70); // dark grey
    return QColor(0x99, 0x99, 0x99);
}

QStringList StatusText::matchStatuses()
{
    return {QStringLiteral("draft"), QStringLiteral("published"), QStringLiteral("ended")};
}

QString StatusText::matchStatus(const QString &code)
{
    if (code == QLatin1String("draft"))
        return tr("Draft");
    if (code == QLatin1String("published"))
        return tr("Published");
    if (code == QLatin1String("ended"))
        return tr("Ended");
    return code;
}

QColor StatusText::matchStatusColor(const QString &code)
{
    if (code == QLatin1String("draft"))
        return QColor(0x8c, 0x9a, 0xa8);
    if (code == QLatin1String("published"))
        return QColor(0x3f, 0xa3, 0x5b);
    if (code == QLatin1String("ended"))
        return QColor(0x70, 0x70, 0x70);
    return QColor(0x99, 0x99, 0x99);
}

QStringList StatusText::roles()
{
    return {QStringLiteral("mentor"), QStringLiteral("mentee")};
}

QString StatusText::rolePlural(const QString &code)
{
    if (code == QLatin1String("mentor"))
        return tr("Mentors");
    if (code == QLatin1String("mentee"))
        return tr("Mentees");
    return code;
}

} // namespace cohort
