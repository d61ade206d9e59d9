#pragma once

#include <QDate>
#include <QHash>
#include <QString>

#include <memory>

namespace cohort {
class ProgramDocument;
}

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

// The demo program (seed 2017), made once per test program in its folder, and a fresh writable
// copy of it for each test function.
class DemoCopies
{
public:
    // Makes the demo program in dir; false, with a warning, when it cannot.
    bool create(const QString &dir);
    QString templatePath() const { return m_template; }
    // The id of the demo's cycle with this name ("Spring 2017"), or empty.
    QString cycleId(const QString &name) const { return m_cycleIds.value(name); }
    // A fresh writable copy of the demo (program-N.cohort beside it); empty, with a warning, when
    // it cannot be made.
    QString copy();
    // Opens a program file; null, with a warning, when it cannot.
    static std::unique_ptr<cohort::ProgramDocument> open(const QString &path, bool readOnly = false);

private:
    QString m_dir;
    QString m_template;
    QHash<QString, QString> m_cycleIds;
    int m_run = 0;
};
