#include "cli.h"
#include "cohorttranslations.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cohort-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COHORT_VERSION));
    // cohort-cli speaks English whatever the locale; the English translation holds only the plural
    // forms, so that "%n score(s)" reads "1 score" and "2 scores".
    cohort::installTranslations(&app, QLocale(QLocale::English));
    return cohort::Cli::run(QCoreApplication::arguments());
}
