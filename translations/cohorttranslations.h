#pragma once

#include <QLocale>

class QCoreApplication;

namespace cohort {

// Installs on the application the translators for `locale`: Cohort's own strings from the
// embedded :/i18n/cohort_<lang>.qm and Qt's (qtbase_<lang>.qm, for standard dialogs and buttons)
// from Qt's translations folder when it is installed. Returns false when Cohort has no
// translation for that locale; the application then stays in English, which is not an error.
bool installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());

} // namespace cohort
