#include "cli.h"
#include "cohorttranslations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char **argv)
{
    // Letters are laid out with fonts, which need a QGuiApplication (offscreen: no display is
    // needed); every other command starts faster without one.
    std::unique_ptr<QCoreApplication> application;
    if (argc > 1 && std::strcmp(argv[1], "letters") == 0) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("cohort-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COHORT_VERSION));
    // cohort-cli speaks English whatever the locale; the English translation holds only the plural
    // forms, so that "%n score(s)" reads "1 score" and "2 scores".
    cohort::installTranslations(&app, QLocale(QLocale::English));
    return cohort::Cli::run(QCoreApplication::arguments());
}
