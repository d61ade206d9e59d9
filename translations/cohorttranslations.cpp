#include "cohorttranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace cohort {

bool installTranslations(QCoreApplication *app, const QLocale &locale)
{
    // Translators are searched from the last installed to the first, so each one below overrides
    // the ones before it. Qt's own strings first, so Cohort can override them.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }

    // Then the English plural forms, whatever the locale: they are what English needs, and they
    // stand in for the counted strings that the locale's translation does not translate (yet).
    const QString english = QStringLiteral(":/i18n/cohort_en.qm");
    auto *englishTranslator = new QTranslator(app);
    if (englishTranslator->load(english))
        QCoreApplication::installTranslator(englishTranslator);
    else
        delete englishTranslator;

    auto *translator = new QTranslator(app);
    if (!translator->load(locale, QStringLiteral("cohort"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    if (translator->filePath() == english) // an English locale: installed above
        delete translator;
    else
        QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace cohort
