#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace cohort {

struct DemoOptions
{
    int applicants = 160; // mentor + mentee applications over all cycles (about 1 mentor : 3 mentees)
    quint32 seed = 2017;
    QString programName = QStringLiteral("Mentoring Program (demo)");
};

struct DemoSummary
{
    int cycles = 0;
    int mentors = 0;
    int mentees = 0;
    int reviewers = 0;
    int scores = 0;
    int matches = 0;
    int contacts = 0;
};

// Writes a realistic, deterministic program into a new program file: the same options give the
// same content (ids, names, dates, scores), so the bundled demo, tests and benchmarks agree.
// progress(done, total) may return false to cancel; a cancelled or failed run removes the file.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(cohort::DemoGenerator)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static Result<DemoSummary> createFile(const QString &path, const DemoOptions &options, const Progress &progress = {});
};

} // namespace cohort
