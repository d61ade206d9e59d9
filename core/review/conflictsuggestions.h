#pragma once

#include "domain/reviewer.h"
#include "review/reviewcycledata.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cohort {

// Suggested conflicts of interest between the program's reviewers and the people who applied
// to one cycle in one role, for a person to confirm or dismiss (SetConflictStatusCommand):
// - the same email (the reviewer applied themselves): source "other";
// - same library: an application's library and one of the reviewer's libraries
//   (ReviewStore::reviewerLibraries(): reviewers have no library field, so it is known from their
//   own applications, matched by email) are equal after normalize::library(); source
//   "same_library";
// - same email domain: the reviewer's and the applicant's email domains are equal
//   (case-insensitive), unless it is a common webmail domain (gmail.com, yahoo.com,
//   outlook.com, hotmail.com, icloud.com, aol.com, …: isWebmailDomain()); source "email_domain".
// Pairs that already have a conflict row (any status, ReviewCycleData::conflicts) are skipped,
// as is a second reason for the same pair (the first in the order above wins). Inactive
// reviewers are included (they may be reactivated). Each suggestion has a new id, status
// "suggested" and a reason in words ("Same library: Dayton Metro Library"). Ordered by
// reviewer (ReviewCycleData order), then application code.
class ConflictSuggestions
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ConflictSuggestions)

public:
    static QList<Conflict> suggest(const ReviewCycleData &data, const QHash<QString, QStringList> &reviewerLibraries);

    // The lower-cased part after the last '@', or empty.
    static QString emailDomain(const QString &email);
    static bool isWebmailDomain(const QString &domain);
};

} // namespace cohort
