#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace cohort {

class Database;

// The letter kinds the schema allows.
namespace LetterKinds {
QStringList all();
bool isKnown(const QString &kind);
// The applications' status a kind goes to by default (match_introduction: empty, published matches).
QString defaultStatus(const QString &kind);
// The role a kind goes to by default, or empty for both.
QString defaultRole(const QString &kind);
} // namespace LetterKinds

// One person a letter goes to, with the values its template is rendered with.
struct LetterRecipient
{
    QString applicationId;
    QString code;
    QString role;
    QString name;
    QString email;
    QString language = QStringLiteral("en");
    QVariantMap values; // see LetterTemplate::placeholders()
};

// Reads who a letter of a kind goes to and the values for each, in a few queries.
// Settings used: "goal_sheet_due_days", "contact_per_month", "orientation_date" (as TimelineStore),
// "letters.signature_name" and "letters.signature_title" (program or cycle scope; empty: absent).
class LetterData
{
    Q_DECLARE_TR_FUNCTIONS(cohort::LetterData)

public:
    // role and status filter the applications; empty means the kind's default. For
    // match_introduction the recipients are both partners of the cycle's published matches.
    static Result<QList<LetterRecipient>> recipients(Database &db, const QString &cycleId, const QString &kind,
                                                     const QString &role = {}, const QString &status = {},
                                                     const QString &language = {});

    // "Please be in touch at least twice a month." in the language ("en" or "es").
    static QString contactRule(int perMonth, const QString &language);
};

} // namespace cohort
