#include "cohorttranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace cohort {

bool installTranslations(QCoreApplication *app, const QLocale &locale)
{
    // Qt's own strings first: they are looked up after Cohort's, so Cohort can override them.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }

    auto *translator = new QTranslator(app);
    if (!translator->load(locale, QStringLiteral("cohort"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace cohort
