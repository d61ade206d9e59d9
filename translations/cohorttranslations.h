#pragma once

#include <QLocale>

class QCoreApplication;

namespace cohort {

// Installs on the application the translators for `locale`: Cohort's own strings from the
// embedded :/i18n/cohort_<lang>.qm and Qt's (qtbase_<lang>.qm, for standard dialogs and buttons)
// from Qt's translations folder when it is installed. Returns false when Cohort has no
// translation for that locale; the application then stays in English, which is not an error.
//
// English has a translation too, of the plural forms only: the source strings write a count once
// for every count ("%n score(s)"), and :/i18n/cohort_en.qm turns them into "1 score" and
// "2 scores". It is installed for every locale, under the locale's own translation, so English
// (and a locale Cohort has no translation for) reads right, and so does a counted string that a
// translation lacks. cohort-cli passes QLocale(QLocale::English): it speaks English always.
bool installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());

} // namespace cohort
