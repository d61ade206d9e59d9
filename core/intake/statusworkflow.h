#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cohort {

// The status workflow of an application:
//   received → eligible / ineligible → under_review → accepted / waitlisted / declined,
//   withdrawn from any status; waitlisted → accepted / declined.
// Moving back one step (e.g. ineligible → eligible after a correction) is a manual override.
// Ineligible, withdrawn and every manual override carry a reason.
class StatusWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(cohort::StatusWorkflow)

public:
    static const QList<QString> &statuses(); // in workflow order
    static QString label(const QString &status); // "Under review" (translated)
    // The statuses reachable in one step, forward steps first.
    static QList<QString> next(const QString &from);
    static bool isAllowed(const QString &from, const QString &to); // next() or a manual override
    static bool isOverride(const QString &from, const QString &to);
    static bool needsReason(const QString &from, const QString &to);
};

} // namespace cohort
