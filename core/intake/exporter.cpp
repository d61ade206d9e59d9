#include "intake/exporter.h"

#include "domain/ids.h"
#include "intake/csv.h"
#include "intake/importmapping.h"
#include "store/importstore.h"

namespace cohort {

namespace {

QString yesNo(bool value)
{
    return value ? ApplicationExporter::tr("Yes") : ApplicationExporter::tr("No");
}

QString list(const QStringList &values)
{
    return values.join(QStringLiteral("; "));
}

// The value of one catalog field of a row, as the export writes it (and the import reads it back).
QString valueOf(const QString &key, const PersonApplication &row)
{
    const Person &p = row.person;
    const Application &a = row.application;
    static const QHash<QString, std::function<QString(const Person &, const Application &)>> readers = {
        {QStringLiteral("first_name"),
         [](const Person &p, const Application &) {
             return p.firstName;
         }},
        {QStringLiteral("last_name"),
         [](const Person &p, const Application &) {
             return p.lastName;
         }},
        {QStringLiteral("email"),
         [](const Person &p, const Application &) {
             return p.email;
         }},
        {QStringLiteral("phone"),
         [](const Person &p, const Application &) {
             return p.phone;
         }},
        {QStringLiteral("submitted_at"),
         [](const Person &, const Application &a) {
             return a.submittedAt.isValid() ? toTimestamp(a.submittedAt) : QString();
         }},
        {QStringLiteral("library"),
         [](const Person &, const Application &a) {
             return a.library;
         }},
        {QStringLiteral("library_type"),
         [](const Person &, const Application &a) {
             return a.libraryType;
         }},
        {QStringLiteral("position"),
         [](const Person &, const Application &a) {
             return a.position;
         }},
        {QStringLiteral("city"),
         [](const Person &, const Application &a) {
             return a.city;
         }},
        {QStringLiteral("state"),
         [](const Person &, const Application &a) {
             return a.state;
         }},
        {QStringLiteral("country"),
         [](const Person &, const Application &a) {
             return a.country;
         }},
        {QStringLiteral("time_zone"),
         [](const Person &, const Application &a) {
             return a.timeZone;
         }},
        {QStringLiteral("alsc_member"),
         [](const Person &, const Application &a) {
             return yesNo(a.alscMember);
         }},
        {QStringLiteral("alsc_member_id"),
         [](const Person &, const Application &a) {
             return a.alscMemberId;
         }},
        {QStringLiteral("ala_member"),
         [](const Person &, const Application &a) {
             return yesNo(a.alaMember);
         }},
        {QStringLiteral("membership_attested"),
         [](const Person &, const Application &a) {
             return yesNo(a.membershipAttested);
         }},
        {QStringLiteral("years_experience"),
         [](const Person &, const Application &a) {
             return a.yearsExperience ? QString::number(*a.yearsExperience) : QString();
         }},
        {QStringLiteral("interests"),
         [](const Person &, const Application &a) {
             return list(a.interests);
         }},
        {QStringLiteral("connection"),
         [](const Person &, const Application &a) {
             return a.connection;
         }},
        {QStringLiteral("career_stage"),
         [](const Person &, const Application &a) {
             return a.careerStage;
         }},
        {QStringLiteral("contact_methods"),
         [](const Person &, const Application &a) {
             return list(a.contactMethods);
         }},
        {QStringLiteral("languages"),
         [](const Person &, const Application &a) {
             return list(a.languages);
         }},
        {QStringLiteral("gender"),
         [](const Person &, const Application &a) {
             return a.gender;
         }},
        {QStringLiteral("bipoc"),
         [](const Person &, const Application &a) {
             return a.bipoc;
         }},
        {QStringLiteral("disability"),
         [](const Person &, const Application &a) {
             return a.disability;
         }},
        {QStringLiteral("use_demographics"),
         [](const Person &, const Application &a) {
             return yesNo(a.useDemographics);
         }},
        {QStringLiteral("mentor_preference"),
         [](const Person &, const Application &a) {
             return a.mentorPreference;
         }},
        {QStringLiteral("avoid"),
         [](const Person &, const Application &a) {
             return list(a.avoid);
         }},
        {QStringLiteral("statement"),
         [](const Person &, const Application &a) {
             return a.statement;
         }},
        {QStringLiteral("offer"),
         [](const Person &, const Application &a) {
             return a.offer;
         }},
        {QStringLiteral("capacity"),
         [](const Person &, const Application &a) {
             return QString::number(a.capacity);
         }},
        {QStringLiteral("adult"),
         [](const Person &, const Application &a) {
             return yesNo(a.adult);
         }},
        {QStringLiteral("guardian_permission"),
         [](const Person &, const Application &a) {
             return yesNo(a.guardianPermission);
         }},
    };
    const auto it = readers.constFind(key);
    return it == readers.cend() ? QString() : (*it)(p, a);
}

} // namespace

Result<ExportTable> ApplicationExporter::table(const ExportRequest &request) const
{
    if (!request.role.isEmpty() && request.role != QLatin1String("mentor") && request.role != QLatin1String("mentee"))
        return Error{tr("The role is mentor or mentee.")};
    ImportStore store(m_db);
    auto exists = store.cycleExists(request.cycleId);
    if (!exists)
        return Error{exists.error()};
    if (!exists.value())
        return Error{tr("The cycle to export does not exist.")};
    auto confidentialColumns = store.confidentialColumns();
    if (!confidentialColumns)
        return Error{confidentialColumns.error()};
    auto rows = store.loadApplications(request.cycleId, request.role);
    if (!rows)
        return Error{rows.error()};

    // The catalog's fields (full_name is an import-only way of filling first and last name).
    static const QSet<QString> peopleColumns = {QStringLiteral("first_name"), QStringLiteral("last_name"),
                                                QStringLiteral("email"), QStringLiteral("phone")};
    QStringList keys;
    ExportTable table;
    table.header << tr("Code") << tr("Role") << tr("Status") << tr("Status reason") << tr("Eligibility")
                 << tr("Eligibility reason") << tr("Source");
    table.keys << QStringLiteral("code") << QStringLiteral("role") << QStringLiteral("status")
               << QStringLiteral("status_reason") << QStringLiteral("eligibility")
               << QStringLiteral("eligibility_reason") << QStringLiteral("source");
    for (const ImportField &field : ImportFields::all()) {
        if (field.key == QLatin1String("full_name"))
            continue;
        const QString column =
            (peopleColumns.contains(field.key) ? QStringLiteral("people.") : QStringLiteral("applications.")) +
            field.key;
        const bool confidential = field.confidential || confidentialColumns->contains(column);
        if (confidential && !request.includeConfidential)
            continue;
        keys.append(field.key);
        table.keys.append(field.key);
        table.header.append(field.label);
    }
    table.rows.reserve(rows->size());
    for (const PersonApplication &row : rows.value()) {
        const Application &a = row.application;
        QStringList cells;
        cells.reserve(table.header.size());
        cells << a.code << a.role << a.status << a.statusReason << a.eligibility << a.eligibilityReason << a.source;
        for (const QString &key : std::as_const(keys))
            cells << valueOf(key, row);
        table.rows.append(std::move(cells));
    }
    return table;
}

Result<QByteArray> ApplicationExporter::toCsv(const ExportRequest &request) const
{
    auto exported = table(request);
    if (!exported)
        return Error{exported.error()};
    return Csv::write(exported->header, exported->rows);
}

Result<int> ApplicationExporter::writeFile(const QString &path, const ExportRequest &request) const
{
    auto exported = table(request);
    if (!exported)
        return Error{exported.error()};
    if (Status s = Csv::writeFile(path, exported->header, exported->rows); !s)
        return Error{s.error()};
    return static_cast<int>(exported->rows.size());
}

} // namespace cohort
