#include "intake/statusworkflow.h"

namespace cohort {

namespace {
const QString kReceived = QStringLiteral("received");
const QString kEligible = QStringLiteral("eligible");
const QString kIneligible = QStringLiteral("ineligible");
const QString kUnderReview = QStringLiteral("under_review");
const QString kAccepted = QStringLiteral("accepted");
const QString kWaitlisted = QStringLiteral("waitlisted");
const QString kDeclined = QStringLiteral("declined");
const QString kWithdrawn = QStringLiteral("withdrawn");

// The forward steps of the workflow; every other move between two statuses is a manual
// override (a correction the committee makes, with a reason).
QList<QString> forward(const QString &from)
{
    if (from == kReceived)
        return {kEligible, kIneligible, kWithdrawn};
    if (from == kEligible)
        return {kUnderReview, kWithdrawn};
    if (from == kUnderReview)
        return {kAccepted, kWaitlisted, kDeclined, kWithdrawn};
    if (from == kWaitlisted)
        return {kAccepted, kDeclined, kWithdrawn};
    if (from == kIneligible || from == kAccepted || from == kDeclined)
        return {kWithdrawn};
    return {};
}
} // namespace

const QList<QString> &StatusWorkflow::statuses()
{
    static const QList<QString> all = {kReceived, kEligible,   kIneligible, kUnderReview,
                                       kAccepted, kWaitlisted, kDeclined,   kWithdrawn};
    return all;
}

QString StatusWorkflow::label(const QString &status)
{
    if (status == kReceived)
        return tr("Received");
    if (status == kEligible)
        return tr("Eligible");
    if (status == kIneligible)
        return tr("Ineligible");
    if (status == kUnderReview)
        return tr("Under review");
    if (status == kAccepted)
        return tr("Accepted");
    if (status == kWaitlisted)
        return tr("Waitlisted");
    if (status == kDeclined)
        return tr("Declined");
    if (status == kWithdrawn)
        return tr("Withdrawn");
    return status;
}

QList<QString> StatusWorkflow::next(const QString &from)
{
    if (!statuses().contains(from))
        return {};
    QList<QString> steps = forward(from);
    for (const QString &status : statuses()) {
        if (status != from && !steps.contains(status))
            steps.append(status);
    }
    return steps;
}

bool StatusWorkflow::isAllowed(const QString &from, const QString &to)
{
    return from != to && statuses().contains(from) && statuses().contains(to);
}

bool StatusWorkflow::isOverride(const QString &from, const QString &to)
{
    return isAllowed(from, to) && !forward(from).contains(to);
}

bool StatusWorkflow::needsReason(const QString &from, const QString &to)
{
    return to == kIneligible || to == kWithdrawn || isOverride(from, to);
}

} // namespace cohort
