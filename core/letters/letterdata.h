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
// The applications' status a kind goes to by default (match_introduction and goal_reminder: empty,
// the partners of published matches whatever their status).
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
    QString language = QStringLiteral("en"); // the template's language: "en" or "es" (see LetterData)
    QVariantMap values;                      // see LetterTemplate::placeholders()
};

// Reads who a letter of a kind goes to and the values for each, in a few queries (not one per
// person). Settings used: "goal_sheet_due_days", "contact_per_month", "orientation_date" (as
// TimelineStore), "letters.signature_name" and "letters.signature_title" (program or cycle
// scope; empty: absent).
//
// Who gets each kind by default (role and status can be chosen instead):
//   acceptance_mentor / acceptance_mentee   accepted mentors / mentees
//   waitlist / decline                      waitlisted / declined applicants, both roles
//   match_introduction                      both partners of the cycle's published matches
//   goal_reminder                           both partners of the published matches whose goal sheet
//                                           is not submitted yet (no sheet, or no submission date)
//   service_recognition                     accepted mentors with at least one published match
//
// Values (LetterTemplate::placeholders()): a value that would be empty is absent, so that
// {{#name}}…{{/name}} guards it. person.is_mentor / person.is_mentee are true or absent.
// match.partners lists every partner of the person's published matches (for a goal reminder, of
// those with a goal sheet still to submit), by role and code; match.partner is the first,
// match.partner_names their names joined in the letter's language ("Ann Lee and Bob Ray"), and
// match.several is true when there is more than one.
// goals.due_date is the earliest due date of those matches' goal sheets (published date plus
// "goal_sheet_due_days" when a match has no sheet); goals.overdue is true when it has passed.
// service.* is set for service_recognition only: the mentees' names joined in the letter's
// language ("Ann Lee and Bob Ray", "Ann Lee y Bob Ray") and the contacts logged in the matches.
//
// The letter's language: the language asked for; when none is, each person's — the first
// language in their application's languages list ("English; Spanish") that has letters:
// "Spanish", "Español", "Espanol" or "es" (any case) is "es"; "English" or "en" is "en"; any
// other is skipped. With none of these the language is "en". Dates are written in it.
class LetterData
{
    Q_DECLARE_TR_FUNCTIONS(cohort::LetterData)

public:
    // role and status filter the applications; empty means the kind's default. For
    // match_introduction the recipients are both partners of the cycle's published matches.
    static Result<QList<LetterRecipient>> recipients(Database &db, const QString &cycleId, const QString &kind,
                                                     const QString &role = {}, const QString &status = {},
                                                     const QString &language = {});

    // The letter language of an application's languages list (see above): "es" or "en".
    static QString languageOf(const QString &languages);

    // "Please be in touch at least twice a month." in the language ("en" or "es").
    static QString contactRule(int perMonth, const QString &language);
};

} // namespace cohort
