#pragma once

#include <QIcon>
#include <QString>

namespace cohort {

// Cohort's icon set: resources/icons/<name>.svg, embedded at :/cohort/icons/. A missing drawing
// falls back to the system theme, then to a standard style icon, so a window is never iconless.
class Icons
{
public:
    static QIcon named(const QString &name);
    static QIcon application() { return named(QStringLiteral("cohort")); }
};

} // namespace cohort
