#include "intake/eligibility.h"

#include "db/database.h"
#include "domain/application.h"
#include "store/programstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace cohort {

namespace {
const QString kMentor = QStringLiteral("mentor");
const QString kMentee = QStringLiteral("mentee");

// The JSON keys of EligibilityRules, in the order they are written.
const QLatin1String kRequireAlscMember("requireAlscMember");
const QLatin1String kRequireAttestation("requireMembershipAttestation");
const QLatin1String kRequireExperience("requireExperience");
const QLatin1String kRequireConnection("requireConnection");
const QLatin1String kRequireAdultOrGuardian("requireAdultOrGuardian");
const QLatin1String kRequireAdult("requireAdult");

QString settingKey(const QString &role)
{
    return QStringLiteral("eligibility.") + role;
}

bool knownRole(const QString &role)
{
    return role == kMentor || role == kMentee;
}
} // namespace

QString EligibilityRules::toJson() const
{
    QJsonObject object;
    object.insert(kRequireAlscMember, requireAlscMember);
    object.insert(kRequireAttestation, requireMembershipAttestation);
    object.insert(kRequireExperience, requireExperience);
    object.insert(kRequireConnection, requireConnection);
    object.insert(kRequireAdultOrGuardian, requireAdultOrGuardian);
    object.insert(kRequireAdult, requireAdult);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

EligibilityRules EligibilityRules::fromJson(const QString &json)
{
    EligibilityRules rules;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    const auto read = [&object](QLatin1String key, bool &field) {
        const QJsonValue value = object.value(key);
        if (value.isBool())
            field = value.toBool();
    };
    read(kRequireAlscMember, rules.requireAlscMember);
    read(kRequireAttestation, rules.requireMembershipAttestation);
    read(kRequireExperience, rules.requireExperience);
    read(kRequireConnection, rules.requireConnection);
    read(kRequireAdultOrGuardian, rules.requireAdultOrGuardian);
    read(kRequireAdult, rules.requireAdult);
    return rules;
}

QString EligibilityVerdict::text() const
{
    if (eligible)
        return Eligibility::tr("Eligible");
    return Eligibility::tr("Not eligible: %1").arg(reasons.join(QStringLiteral("; ")));
}

EligibilityRules Eligibility::defaults(const QString &role)
{
    // PROGRAM.md's rules. One struct serves both roles: evaluate() reads the mentor fields for
    // mentors and the mentee fields for mentees, so the defaults do not depend on the role.
    Q_UNUSED(role)
    return EligibilityRules{};
}

EligibilityVerdict Eligibility::evaluate(const Application &application, const EligibilityRules &rules)
{
    EligibilityVerdict verdict;
    if (application.role == kMentor) {
        const bool notMember = rules.requireAlscMember && !application.alscMember;
        if (notMember)
            verdict.reasons.append(tr("not an ALSC member"));
        // The attestation is a promise to stay a member; for a non-member "not an ALSC member"
        // already says what is missing.
        if (rules.requireMembershipAttestation && !application.membershipAttested && !notMember)
            verdict.reasons.append(tr("no attestation to stay an ALSC member for the program year"));
        const bool experience =
            (application.yearsExperience && *application.yearsExperience > 0) || !application.interests.isEmpty();
        if (rules.requireExperience && !experience)
            verdict.reasons.append(tr("no experience in children's librarianship or children's literature given"));
    } else if (application.role == kMentee) {
        if (rules.requireConnection && application.connection.trimmed().isEmpty())
            verdict.reasons.append(tr("no connection to children's library service given"));
        if (rules.requireAdult && !application.adult)
            verdict.reasons.append(tr("younger than 18"));
        else if (rules.requireAdultOrGuardian && !application.adult && !application.guardianPermission)
            verdict.reasons.append(tr("younger than 18 and no parent's or guardian's permission"));
    } else {
        verdict.reasons.append(tr("no role (mentor or mentee) given"));
    }
    verdict.eligible = verdict.reasons.isEmpty();
    return verdict;
}

Result<EligibilityRules> Eligibility::load(const ProgramStore &store, const QString &cycleId, const QString &role)
{
    if (!knownRole(role))
        return Error{tr("Eligibility rules exist for mentors and mentees only, not for \"%1\".").arg(role)};
    auto stored = store.setting(cycleId, settingKey(role));
    if (!stored)
        return Error{stored.error()};
    if (stored->isEmpty())
        return defaults(role);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(stored->toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{(role == kMentor ? tr("The saved eligibility rules for mentors cannot be read (%1); save them "
                                           "again.")
                                      : tr("The saved eligibility rules for mentees cannot be read (%1); save them "
                                           "again."))
                         .arg(parseError.errorString())};
    return EligibilityRules::fromJson(stored.value());
}

Status Eligibility::save(Database &db, ProgramStore &store, const QString &cycleId, const QString &role,
                         const EligibilityRules &rules, const QString &actor)
{
    if (!knownRole(role))
        return Error{tr("Eligibility rules exist for mentors and mentees only, not for \"%1\".").arg(role)};
    // The setting and its audit entry land together or not at all.
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    if (Status s = write(store, cycleId, role, rules.toJson(), actor, QStringLiteral("eligibility.save")); !s)
        return s;
    return transaction.commit();
}

Result<QString> Eligibility::storedText(const ProgramStore &store, const QString &cycleId, const QString &role)
{
    if (!knownRole(role))
        return Error{tr("Eligibility rules exist for mentors and mentees only, not for \"%1\".").arg(role)};
    return store.setting(cycleId, settingKey(role));
}

Status Eligibility::write(ProgramStore &store, const QString &cycleId, const QString &role, const QString &storedText,
                          const QString &actor, const QString &auditAction)
{
    if (!knownRole(role))
        return Error{tr("Eligibility rules exist for mentors and mentees only, not for \"%1\".").arg(role)};
    if (Status s = store.setSetting(cycleId, settingKey(role), storedText, actor); !s)
        return s;
    return store.audit(actor, auditAction, QStringLiteral("cycle"), cycleId, role + QLatin1Char(' ') + storedText);
}

} // namespace cohort
