#pragma once

#include <QDate>
#include <QString>

// A small, known program file for the UI tests: two cycles ("Spring 2017" in the past, and
// "Fall <this year>" whose applications close in ten days), applications in several roles and
// statuses, and three matches in the older cycle. Built through the core stores (matches by
// SQL until the match store's insert settles), so every figure can be checked by SQL.
class ProgramFixture
{
public:
    static bool create(const QString &path, const QString &programName = QStringLiteral("Fixture Program"));
    static QDate deadline() { return QDate::currentDate().addDays(10); }
};
