#include "common/icons.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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
    // Qt's own strings (dialog buttons, ...), then Cohort's; either may be missing: English stays.
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator cohortTranslator;
    if (cohortTranslator.load(locale, QStringLiteral("cohort"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&cohortTranslator);

    QApplication::setWindowIcon(cohort::Icons::application());
    cohort::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    window.openAtStartup(files.isEmpty() ? QString() : files.constFirst());
    return QApplication::exec();
}
