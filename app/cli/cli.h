#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace cohort {

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

    static QString generalHelp();
    static int fail(const QString &reason);
    static int usageError(const QString &message, const QString &usage);
    static void print(const QString &text);
};

} // namespace cohort
