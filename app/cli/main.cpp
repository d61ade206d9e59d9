#include "cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cohort-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COHORT_VERSION));
    return cohort::Cli::run(QCoreApplication::arguments());
}
