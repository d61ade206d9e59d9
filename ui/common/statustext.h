#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cohort {

// The words and colours for the codes stored in a program file (application and match status,
// roles). Status is always shown as text and colour together, never colour alone. The colours
// are mid-tone so they read on light and dark palettes alike.
class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(cohort::StatusText)

public:
    // Application statuses in the order an application moves through them.
    static QStringList applicationStatuses();
    static QString applicationStatus(const QString &code);
    static QColor applicationStatusColor(const QString &code);

    static QStringList matchStatuses();
    static QString matchStatus(const QString &code);
    static QColor matchStatusColor(const QString &code);

    static QStringList roles(); // mentor, mentee
    static QString rolePlural(const QString &code);
};

} // namespace cohort
