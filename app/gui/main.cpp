#include "cohorttranslations.h"
#include "common/icons.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Cohort"));
    QApplication::setApplicationName(QStringLiteral("Cohort"));
    QApplication::setApplicationVersion(QStringLiteral(COHORT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.cohort.Cohort"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Run a mentoring program for children's librarians"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Language of the window: es, fr or en."),
                                        QStringLiteral("language"));
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A program file (.cohort) to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    const QLocale locale = parser.isSet(langOption) ? QLocale(parser.value(langOption)) : QLocale::system();
    QLocale::setDefault(locale);
    // Qt's own strings (dialog buttons, ...) and Cohort's; without a translation for the locale,
    // English stays, with its plural forms ("1 score", "2 scores").
    cohort::installTranslations(&app, locale);

    QApplication::setWindowIcon(cohort::Icons::application());
    cohort::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    window.openAtStartup(files.isEmpty() ? QString() : files.constFirst());
    return QApplication::exec();
}
