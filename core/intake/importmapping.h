#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cohort {

// A field of an application (or its person) that an import column can fill.
struct ImportField
{
    enum class Kind {
        Text,     // stored as written (trimmed)
        Email,    // must look like an email address
        Phone,
        YesNo,    // yes/no, y/n, true/false, 1/0, x, checked … in English, Spanish and French
        Number,   // years of experience: "5", "5.5", "5 years", "about 10"
        DateTime, // submitted: ISO, US m/d/yyyy [h:mm[:ss] [AM|PM]], d/m/yyyy when unambiguous, Google/Microsoft/JotForm timestamps
        List,     // multi-select answers: split on ; , | or newline, trimmed, empty parts dropped
        Choice,   // one of choices (library type, career stage), matched loosely ("Public library" → public)
    };

    QString key;   // "first_name", "email", "library", … (the column of people or applications)
    QString label; // "First name" (translated)
    Kind kind = Kind::Text;
    QStringList choices;      // for Choice: the stored values
    bool confidential = false;
    bool requiredForMentor = false;
    bool requiredForMentee = false;
};

// Which field each CSV column fills, saved by name (import_mappings) for next cycle's export of
// the same form. Columns are keyed by their header text; "full_name" splits into first and last.
struct ImportMapping
{
    QString name;
    QString role;                   // "", "mentor" or "mentee"
    QHash<QString, QString> fields; // header text → field key; unmapped columns are absent

    QString toJson() const;
    static ImportMapping fromJson(const QString &name, const QString &role, const QString &json);
};

class ImportFields
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ImportFields)

public:
    // Every importable field: first_name, last_name, full_name, email, phone, submitted_at,
    // library, library_type, position, city, state, country, time_zone, alsc_member,
    // alsc_member_id, ala_member, membership_attested, years_experience, interests, connection,
    // career_stage, contact_methods, languages, gender, bipoc, disability, use_demographics,
    // mentor_preference, avoid, statement, offer, capacity, adult, guardian_permission.
    static const QList<ImportField> &all();
    static const ImportField *find(const QString &key);

    // Suggests a field for each header from the question texts that Google Forms, Microsoft
    // Forms, SurveyMonkey, JotForm and EmailMeForm write ("What is your email address?",
    // "Email Address", "Timestamp", "Start time", "Submission Date", "Name (First)", …).
    // Each field is suggested for one column at most; unknown headers stay unmapped.
    static ImportMapping suggest(const QStringList &header, const QString &role);

    // Converts one cell for a field by its kind. An empty cell is a null QVariant. Otherwise:
    // Text, Phone, Email, Choice → QString (Choice: the stored value); YesNo → bool;
    // Number → double; DateTime → QDateTime (UTC; a time without zone is taken as written);
    // List → QStringList. A value that does not fit is an error a committee member can read
    // ("“maybe” is not a yes or a no").
    static Result<QVariant> convert(const ImportField &field, const QString &value);
};

} // namespace cohort
