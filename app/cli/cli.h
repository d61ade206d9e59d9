#pragma once

#include "domain/cycle.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace cohort {

class Database;

// cohort-cli: parses the command line, calls core, prints. Exit codes: 0 ok, 1 failure with a
// one-line reason on stderr, 2 usage error with a short hint on stderr.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(cohort::Cli)

public:
    enum ExitCode
    {
        Ok = 0,
        Failure = 1,
        Usage = 2
    };

    static int run(const QStringList &arguments);

private:
    static int demo(const QStringList &arguments);
    static int info(const QStringList &arguments);
    static int check(const QStringList &arguments);
    static int importApplications(const QStringList &arguments);
    static int exportApplications(const QStringList &arguments);
    // review assign|stats (clireview.cpp)
    static int review(const QStringList &arguments);
    static int reviewAssign(const QStringList &arguments);
    static int reviewStats(const QStringList &arguments);
    static int reviewScoresExport(const QStringList &arguments);
    // review packet export|merge (clipacket.cpp)
    static int reviewPacket(const QStringList &arguments);
    static int reviewPacketExport(const QStringList &arguments, const QString &usage);
    static int reviewPacketMerge(const QStringList &arguments, const QString &usage);
    // review scores import, review decide --import (clireviewimport.cpp)
    static int reviewScoresImport(const QStringList &arguments);
    static int reviewDecide(const QStringList &arguments);
    // match auto|explain|export (climatch.cpp)
    static int match(const QStringList &arguments);
    static int matchAuto(const QStringList &arguments);
    static int matchExplain(const QStringList &arguments);
    static int matchExport(const QStringList &arguments);
    // timeline, engagement, contacts import (clitimeline.cpp)
    static int timeline(const QStringList &arguments);
    static int engagement(const QStringList &arguments);
    static int contacts(const QStringList &arguments);
    static int contactsImport(const QStringList &arguments);
    // letters issue|check (cliletters.cpp)
    static int letters(const QStringList &arguments);
    static int lettersIssue(const QStringList &arguments);
    static int lettersCheck(const QStringList &arguments);
    // FILE --cycle C [--as-of DATE] [--json], for timeline and engagement.
    struct CycleViewArguments
    {
        QString program;
        QString cycle;
        QDate asOf;
        bool json = false;
        bool months = false; // engagement --json --months
        bool helpShown = false;
    };
    static int parseCycleViewArguments(const QString &command, const QString &description, const QString &usage,
                                       const QStringList &arguments, CycleViewArguments &out);
    struct ReviewFileArguments
    {
        QString program;
        QString csv;
        QString cycle;
        bool dryRun = false;
        bool json = false;
        bool helpShown = false;
    };
    // FILE CSV --cycle C [--dry-run] [--json] (csvPositional), or FILE --cycle C --import CSV ….
    static int parseReviewFileArguments(const QString &command, const QString &description, const QString &usage,
                                        const QStringList &arguments, bool csvPositional, ReviewFileArguments &out);

    // Parses the arguments after the command; the parser's first argument is a program name.
    static bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments);
    // A cycle by id or by name (case-insensitive), or an error that lists the cycles there are.
    static Result<Cycle> findCycle(Database &db, const QString &nameOrId);

    static QString generalHelp();
    static int fail(const QString &reason);
    static int usageError(const QString &message, const QString &usage);
    static void print(const QString &text);
};

} // namespace cohort
