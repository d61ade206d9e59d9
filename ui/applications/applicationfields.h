#pragma once

#include "domain/application.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

#include <functional>

namespace cohort {

// Every field of an application the detail panel and New Application show (PROGRAM.md,
// "Application content"), with its group, editor kind, who it applies to and how it is read
// and written. The panel is built from this list, so a field added here appears everywhere.
struct ApplicationField
{
    enum class Group
    {
        Contact,
        Membership,
        Experience,
        Preferences,
        Statements
    };
    enum class Kind
    {
        Text,     // one line
        LongText, // several lines
        Bool,     // a check box
        Choice,   // one of `choices`
        List,     // several values, typed as "a; b; c"
        Number,   // a decimal number, may be empty (years of experience)
        Count     // a small whole number (capacity)
    };

    QString key;
    QString label;
    Group group = Group::Contact;
    Kind kind = Kind::Text;
    bool confidential = false;
    QString onlyRole;                       // "mentor" or "mentee"; empty: both
    QStringList requiredFor;                // roles for which it may not be empty
    QList<QPair<QString, QString>> choices; // code, label
    QString toolTip;
    std::function<QVariant(const Person &, const Application &)> get;
    std::function<void(Person &, Application &, const QVariant &)> set;

    bool appliesTo(const QString &role) const { return onlyRole.isEmpty() || onlyRole == role; }
};

class ApplicationFields
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ApplicationFields)

public:
    static QList<ApplicationField> all();
    static QString groupTitle(ApplicationField::Group group);
    // Empty when the value is acceptable, else a sentence naming the fix.
    static QString validate(const ApplicationField &field, const QVariant &value, const QString &role);
    static bool isEmail(const QString &text);
    // "4", "2.5", "2,5" → the number; empty text → no number; anything else → invalid (ok false).
    static std::optional<double> parseYears(const QString &text, bool *ok);
    static QStringList splitList(const QString &text);

    static QString roleLabel(const QString &role);
    static QString libraryTypeLabel(const QString &type);
    static QString eligibilityLabel(const QString &eligibility);
    static QString sourceLabel(const QString &source);
    static QList<QPair<QString, QString>> libraryTypes();
    static QList<QPair<QString, QString>> careerStages();
};

} // namespace cohort
