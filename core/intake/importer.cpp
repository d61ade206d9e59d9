#include "intake/importer.h"

#include "db/database.h"
#include "domain/ids.h"
#include "intake/csv.h"
#include "intake/eligibility.h"
#include "intake/normalize.h"
#include "store/bulkwrite.h"
#include "store/importstore.h"
#include "store/programstore.h"
#include "store/statementcache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>
#include <vector>

namespace cohort {

// ---------------------------------------------------------------------------------------------
// The report

int ImportReport::errorCount() const
{
    int count = 0;
    for (const ImportProblem &problem : problems)
        count += problem.error ? 1 : 0;
    return count;
}

QString ImportReport::summary() const
{
    QStringList parts;
    const bool refused = !committed && !cancelled && errorCount() > 0 && !validOnly;
    if (cancelled)
        return ApplicationImporter::tr("The import was cancelled; nothing was imported.");
    if (refused) {
        const int invalid = rows - valid;
        return ApplicationImporter::tr("Nothing was imported: %n row(s) have errors. Correct them, or choose to import "
                                       "only the valid rows.",
                                       nullptr, invalid);
    }
    parts << (committed ? ApplicationImporter::tr("%n row(s) read:", nullptr, rows)
                        : ApplicationImporter::tr("Checked %n row(s) (nothing written yet):", nullptr, rows));
    parts << (committed ? ApplicationImporter::tr("%n application(s) imported", nullptr, inserted)
                        : ApplicationImporter::tr("%n application(s) to import", nullptr, inserted));
    if (updated > 0)
        parts << ApplicationImporter::tr("%n updated", nullptr, updated);
    if (skippedDuplicates > 0)
        parts << ApplicationImporter::tr("%n duplicate(s) skipped", nullptr, skippedDuplicates);
    if (skippedInvalid > 0)
        parts << ApplicationImporter::tr("%n invalid row(s) skipped", nullptr, skippedInvalid);
    if (linkedPeople > 0)
        parts << ApplicationImporter::tr("%n linked to people who applied before", nullptr, linkedPeople);
    if (likelyDuplicates > 0)
        parts << ApplicationImporter::tr("%n likely duplicate(s) flagged for review", nullptr, likelyDuplicates);
    const QString head = parts.takeFirst();
    QString text = head + QLatin1Char(' ') + parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (validOnly && skippedInvalid > 0)
        text += QLatin1Char(' ') + ApplicationImporter::tr("Only the valid rows were imported, as chosen.");
    return text;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray problemArray;
    for (const ImportProblem &p : problems) {
        problemArray.append(
            QJsonObject{{QStringLiteral("line"), p.line},
                        {QStringLiteral("column"), p.column},
                        {QStringLiteral("message"), p.message},
                        {QStringLiteral("severity"), p.error ? QStringLiteral("error") : QStringLiteral("warning")}});
    }
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("valid"), valid},
                       {QStringLiteral("inserted"), inserted},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("skippedDuplicates"), skippedDuplicates},
                       {QStringLiteral("skippedInvalid"), skippedInvalid},
                       {QStringLiteral("duplicatesInCycle"), duplicatesInCycle},
                       {QStringLiteral("linkedPeople"), linkedPeople},
                       {QStringLiteral("likelyDuplicates"), likelyDuplicates},
                       {QStringLiteral("errors"), errorCount()},
                       {QStringLiteral("validOnly"), validOnly},
                       {QStringLiteral("committed"), committed},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("summary"), summary()},
                       {QStringLiteral("problems"), problemArray}};
}

// ---------------------------------------------------------------------------------------------
// Planning: every row converted, checked and placed (insert, update, skip) in memory, so that
// check() and run() agree and the transaction only writes.

namespace {

enum class Target
{
    FirstName,
    LastName,
    FullName,
    Email,
    Phone,
    SubmittedAt,
    Library,
    LibraryType,
    Position,
    City,
    State,
    Country,
    TimeZone,
    AlscMember,
    AlscMemberId,
    AlaMember,
    MembershipAttested,
    YearsExperience,
    Interests,
    Connection,
    CareerStage,
    ContactMethods,
    Languages,
    Gender,
    Bipoc,
    Disability,
    UseDemographics,
    MentorPreference,
    Avoid,
    Statement,
    Offer,
    Capacity,
    Adult,
    GuardianPermission
};

std::optional<Target> targetOf(const QString &key)
{
    static const QHash<QString, Target> targets = {{QStringLiteral("first_name"), Target::FirstName},
                                                   {QStringLiteral("last_name"), Target::LastName},
                                                   {QStringLiteral("full_name"), Target::FullName},
                                                   {QStringLiteral("email"), Target::Email},
                                                   {QStringLiteral("phone"), Target::Phone},
                                                   {QStringLiteral("submitted_at"), Target::SubmittedAt},
                                                   {QStringLiteral("library"), Target::Library},
                                                   {QStringLiteral("library_type"), Target::LibraryType},
                                                   {QStringLiteral("position"), Target::Position},
                                                   {QStringLiteral("city"), Target::City},
                                                   {QStringLiteral("state"), Target::State},
                                                   {QStringLiteral("country"), Target::Country},
                                                   {QStringLiteral("time_zone"), Target::TimeZone},
                                                   {QStringLiteral("alsc_member"), Target::AlscMember},
                                                   {QStringLiteral("alsc_member_id"), Target::AlscMemberId},
                                                   {QStringLiteral("ala_member"), Target::AlaMember},
                                                   {QStringLiteral("membership_attested"), Target::MembershipAttested},
                                                   {QStringLiteral("years_experience"), Target::YearsExperience},
                                                   {QStringLiteral("interests"), Target::Interests},
                                                   {QStringLiteral("connection"), Target::Connection},
                                                   {QStringLiteral("career_stage"), Target::CareerStage},
                                                   {QStringLiteral("contact_methods"), Target::ContactMethods},
                                                   {QStringLiteral("languages"), Target::Languages},
                                                   {QStringLiteral("gender"), Target::Gender},
                                                   {QStringLiteral("bipoc"), Target::Bipoc},
                                                   {QStringLiteral("disability"), Target::Disability},
                                                   {QStringLiteral("use_demographics"), Target::UseDemographics},
                                                   {QStringLiteral("mentor_preference"), Target::MentorPreference},
                                                   {QStringLiteral("avoid"), Target::Avoid},
                                                   {QStringLiteral("statement"), Target::Statement},
                                                   {QStringLiteral("offer"), Target::Offer},
                                                   {QStringLiteral("capacity"), Target::Capacity},
                                                   {QStringLiteral("adult"), Target::Adult},
                                                   {QStringLiteral("guardian_permission"), Target::GuardianPermission}};
    const auto it = targets.constFind(key);
    if (it == targets.cend())
        return std::nullopt;
    return *it;
}

struct Column
{
    qsizetype index = 0;
    QString header;
    const ImportField *field = nullptr;
    Target target = Target::FirstName;
    bool memo = false;                     // few distinct values: remember conversions
    QHash<QString, Result<QVariant>> seen; // value → conversion, for memo columns
};

// "Ana María López" → Ana María / López; "López, Ana" → Ana / López.
void splitFullName(const QString &full, Person &person)
{
    const QString name = full.simplified();
    if (const qsizetype comma = name.indexOf(QLatin1Char(',')); comma > 0) {
        person.lastName = name.left(comma).trimmed();
        person.firstName = name.mid(comma + 1).trimmed();
        return;
    }
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    if (space < 0) {
        person.firstName = name;
        return;
    }
    person.firstName = name.left(space);
    person.lastName = name.mid(space + 1);
}

// Fills one field; an error names what is wrong with a converted value (capacity).
std::optional<QString> apply(Target target, const QVariant &v, Person &p, Application &a, QString &fullName)
{
    switch (target) {
    case Target::FirstName:
        p.firstName = v.toString();
        break;
    case Target::LastName:
        p.lastName = v.toString();
        break;
    case Target::FullName:
        fullName = v.toString();
        break;
    case Target::Email:
        p.email = v.toString();
        break;
    case Target::Phone:
        p.phone = v.toString();
        break;
    case Target::SubmittedAt:
        a.submittedAt = v.toDateTime();
        break;
    case Target::Library:
        a.library = v.toString();
        break;
    case Target::LibraryType:
        a.libraryType = v.toString();
        break;
    case Target::Position:
        a.position = v.toString();
        break;
    case Target::City:
        a.city = v.toString();
        break;
    case Target::State:
        a.state = v.toString();
        break;
    case Target::Country:
        a.country = v.toString();
        break;
    case Target::TimeZone:
        a.timeZone = v.toString();
        break;
    case Target::AlscMember:
        a.alscMember = v.toBool();
        break;
    case Target::AlscMemberId:
        a.alscMemberId = v.toString();
        break;
    case Target::AlaMember:
        a.alaMember = v.toBool();
        break;
    case Target::MembershipAttested:
        a.membershipAttested = v.toBool();
        break;
    case Target::YearsExperience:
        a.yearsExperience = v.toDouble();
        break;
    case Target::Interests:
        a.interests = v.toStringList();
        break;
    case Target::Connection:
        a.connection = v.toString();
        break;
    case Target::CareerStage:
        a.careerStage = v.toString();
        break;
    case Target::ContactMethods:
        a.contactMethods = v.toStringList();
        break;
    case Target::Languages:
        a.languages = v.toStringList();
        break;
    case Target::Gender:
        a.gender = v.toString();
        break;
    case Target::Bipoc:
        a.bipoc = v.toString();
        break;
    case Target::Disability:
        a.disability = v.toString();
        break;
    case Target::UseDemographics:
        a.useDemographics = v.toBool();
        break;
    case Target::MentorPreference:
        a.mentorPreference = v.toString();
        break;
    case Target::Avoid:
        a.avoid = v.toStringList();
        break;
    case Target::Statement:
        a.statement = v.toString();
        break;
    case Target::Offer:
        a.offer = v.toString();
        break;
    case Target::Capacity: {
        const double capacity = v.toDouble();
        if (capacity < 0 || capacity > 20 || std::floor(capacity) != capacity)
            return ApplicationImporter::tr("the number of mentees must be a whole number from 0 to 20");
        a.capacity = static_cast<int>(capacity);
        break;
    }
    case Target::Adult:
        a.adult = v.toBool();
        break;
    case Target::GuardianPermission:
        a.guardianPermission = v.toBool();
        break;
    }
    return std::nullopt;
}

// Codes continue the cycle's sequence the way ApplicationStore::nextCode does for one insert
// (the role's most recent prefix, one more than any code of the cycle with that prefix, at
// least four digits), but read once and counted on in memory for the whole file.
class CodeSequence
{
public:
    CodeSequence(const QString &role, const QList<ExistingApplication> &existing)
    {
        static const QRegularExpression pattern(QStringLiteral("^(.*\\D)?(\\d+)$"));
        struct Code
        {
            QString prefix;
            qint64 number = 0;
            qsizetype width = 0;
        };
        QList<Code> codes;
        m_prefix = role == QLatin1String("mentor") ? QStringLiteral("M-") : QStringLiteral("E-");
        qint64 roleBest = -1;
        for (const ExistingApplication &a : existing) {
            m_taken.insert(a.code);
            const QRegularExpressionMatch match = pattern.match(a.code);
            if (!match.hasMatch())
                continue;
            const Code code{match.captured(1), match.captured(2).toLongLong(), match.capturedLength(2)};
            if (a.role == role && code.number > roleBest) {
                roleBest = code.number;
                m_prefix = code.prefix;
            }
            codes.append(code);
        }
        for (const Code &code : std::as_const(codes)) {
            if (code.prefix == m_prefix) {
                m_last = std::max(m_last, code.number);
                m_width = std::max(m_width, static_cast<int>(code.width));
            }
        }
    }

    QString next()
    {
        QString code;
        do {
            code = m_prefix + QStringLiteral("%1").arg(++m_last, m_width, 10, QLatin1Char('0'));
        } while (m_taken.contains(code));
        return code;
    }

private:
    QString m_prefix;
    int m_width = 4;
    qint64 m_last = 0;
    QSet<QString> m_taken;
};

// Ids of the rows an import creates: UUIDs of version 7 (RFC 9562), a millisecond timestamp
// followed by a counter and random bits. They are UUIDs like every other key (they merge with
// other files the same way), but consecutive ones ascend, so the primary-key and person_id
// B-trees grow at their end instead of touching a random page per row (a large share of a
// 100,000-row import otherwise).
class SequentialIds
{
public:
    SequentialIds() : m_millis(static_cast<quint64>(QDateTime::currentMSecsSinceEpoch())) {}

    QString next()
    {
        const quint32 counter = m_counter++; // 26 bits: 12 in rand_a, 14 at the top of rand_b
        if (m_counter == (1u << 26)) {
            m_counter = 0;
            ++m_millis;
        }
        QRandomGenerator *random = QRandomGenerator::global();
        const quint32 low = random->generate();
        const quint32 mid = random->generate();
        const QUuid id(static_cast<uint>(m_millis >> 16), static_cast<ushort>(m_millis & 0xffff),
                       static_cast<ushort>(0x7000 | ((counter >> 14) & 0x0fff)),
                       static_cast<uchar>(0x80 | ((counter >> 8) & 0x3f)), static_cast<uchar>(counter & 0xff),
                       static_cast<uchar>(mid >> 8), static_cast<uchar>(mid), static_cast<uchar>(low >> 24),
                       static_cast<uchar>(low >> 16), static_cast<uchar>(low >> 8), static_cast<uchar>(low));
        return id.toString(QUuid::WithoutBraces);
    }

private:
    quint64 m_millis;
    quint32 m_counter = 0;
};

struct Plan
{
    ImportReport report;
    QList<Person> newPeople;
    QList<ImportedApplication> inserts;
    QList<ImportedUpdate> updates;
    QList<ImportedPersonUpdate> personUpdates;
};

constexpr int kProgressEvery = 500;

Result<Plan> makePlan(Database &db, const CsvTable &table, const ImportRequest &request,
                      const ApplicationImporter::Progress &progress, qint64 total, bool &cancelled)
{
    if (request.role != QLatin1String("mentor") && request.role != QLatin1String("mentee"))
        return Error{ApplicationImporter::tr("Choose whether the file holds mentor or mentee applications.")};
    ImportStore store(db);
    auto exists = store.cycleExists(request.cycleId);
    if (!exists)
        return Error{exists.error()};
    if (!exists.value())
        return Error{ApplicationImporter::tr("The cycle to import into does not exist.")};

    // The mapped columns, in file order.
    std::vector<Column> columns;
    QSet<Target> mapped;
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        const auto it = request.mapping.fields.constFind(table.header.at(i));
        if (it == request.mapping.fields.cend())
            continue;
        const ImportField *field = ImportFields::find(*it);
        const auto target = targetOf(*it);
        if (!field || !target || mapped.contains(*target))
            continue;
        mapped.insert(*target);
        Column column;
        column.index = i;
        column.header = table.header.at(i);
        column.field = field;
        column.target = *target;
        using K = ImportField::Kind;
        column.memo =
            field->kind == K::YesNo || field->kind == K::Choice || field->kind == K::Number || field->kind == K::List;
        columns.push_back(std::move(column));
    }
    if (!mapped.contains(Target::Email))
        return Error{ApplicationImporter::tr("No column is mapped to the email address; every application needs one.")};
    if (!mapped.contains(Target::FirstName) && !mapped.contains(Target::FullName))
        return Error{ApplicationImporter::tr("No column is mapped to the applicant's name (first name or full name).")};

    // What the program already holds, one query each, into hashes.
    auto people = store.people();
    if (!people)
        return Error{people.error()};
    QHash<QString, Person> peopleByEmail;
    peopleByEmail.reserve(people->size());
    for (const Person &p : people.value()) {
        const QString key = normalize::email(p.email);
        if (!key.isEmpty() && !peopleByEmail.contains(key))
            peopleByEmail.insert(key, p);
    }
    auto existing = store.applicationsOfCycle(request.cycleId);
    if (!existing)
        return Error{existing.error()};
    CodeSequence codes(request.role, existing.value());
    QHash<QString, ExistingApplication> sameRoleByEmail;
    // normalized name + library → who already has it, by email: an application of the cycle (its
    // code) or a line of the file. The text that names it is made only for a flagged row.
    struct Holder
    {
        QString email;
        QString code; // an application of the cycle (line 0)
        int line = 0; // a line of the file
        QString where() const
        {
            return line > 0 ? ApplicationImporter::tr("line %1").arg(line)
                            : ApplicationImporter::tr("application %1").arg(code);
        }
    };
    QHash<QString, QList<Holder>> nameAndLibrary;
    nameAndLibrary.reserve(existing->size() + table.rows.size());
    auto likelyKey = [](const QString &first, const QString &last, const QString &library) {
        const QString name = normalize::name(first + QLatin1Char(' ') + last);
        return name.isEmpty() ? QString() : name + QChar(0x1f) + normalize::library(library);
    };
    for (const ExistingApplication &a : existing.value()) {
        if (a.role != request.role)
            continue;
        const QString email = normalize::email(a.email);
        if (!sameRoleByEmail.contains(email))
            sameRoleByEmail.insert(email, a);
        const QString key = likelyKey(a.firstName, a.lastName, a.library);
        if (!key.isEmpty())
            nameAndLibrary[key].append({email, a.code, 0});
    }

    ProgramStore programStore(db);
    auto rules = Eligibility::load(programStore, request.cycleId, request.role);
    if (!rules)
        return Error{rules.error()};

    Plan plan;
    ImportReport &report = plan.report;
    report.rows = static_cast<int>(table.rows.size());
    report.validOnly = request.validOnly;
    report.cycleId = request.cycleId;
    report.sourceName = request.sourceName;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    plan.inserts.reserve(table.rows.size());
    plan.newPeople.reserve(table.rows.size());
    QHash<QString, QString> newPersonByEmail; // email → id of a person this import creates
    QHash<QString, qsizetype> insertByEmail;  // email → first planned insert of that email
    newPersonByEmail.reserve(table.rows.size());
    insertByEmail.reserve(table.rows.size());
    QHash<QString, qsizetype> updateByEmail; // email → planned update of an existing application
    QHash<QString, qsizetype> personUpdateById;
    SequentialIds ids;

    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        if (progress && r % kProgressEvery == 0 && !progress(r, total)) {
            cancelled = true;
            return plan;
        }
        const QStringList &row = table.rows.at(r);
        const int line = r < table.rowLines.size() ? table.rowLines.at(r) : static_cast<int>(r) + 2;
        Person person;
        Application a;
        a.cycleId = request.cycleId;
        a.role = request.role;
        a.source = QStringLiteral("import");
        a.status = QStringLiteral("received");
        QString fullName;
        bool invalid = false;
        QSet<Target> unreadable; // fields whose cell is reported already: not "missing" as well
        for (Column &column : columns) {
            const QString &cell = column.index < row.size() ? row.at(column.index) : QString();
            std::optional<Result<QVariant>> fresh;
            const Result<QVariant> *converted = nullptr;
            if (column.memo) {
                auto it = column.seen.find(cell);
                if (it == column.seen.end()) {
                    if (column.seen.size() > 2000)
                        column.seen.clear();
                    it = column.seen.insert(cell, ImportFields::convert(*column.field, cell));
                }
                converted = &*it;
            } else {
                fresh.emplace(ImportFields::convert(*column.field, cell));
                converted = &*fresh;
            }
            if (!converted->ok()) {
                report.problems.append({line, column.header, converted->error(), true});
                invalid = true;
                unreadable.insert(column.target);
                continue;
            }
            if (converted->value().isNull())
                continue;
            if (const auto problem = apply(column.target, converted->value(), person, a, fullName)) {
                report.problems.append({line, column.header, *problem, true});
                invalid = true;
            }
        }
        if (!fullName.isEmpty() && person.firstName.isEmpty() && person.lastName.isEmpty())
            splitFullName(fullName, person);
        if (person.firstName.isEmpty() && person.lastName.isEmpty() && !unreadable.contains(Target::FirstName) &&
            !unreadable.contains(Target::LastName) && !unreadable.contains(Target::FullName)) {
            report.problems.append({line, {}, ApplicationImporter::tr("the applicant's name is missing"), true});
            invalid = true;
        }
        if (person.email.isEmpty() && !unreadable.contains(Target::Email)) {
            report.problems.append({line, {}, ApplicationImporter::tr("the email address is missing"), true});
            invalid = true;
        }
        if (invalid)
            continue;
        ++report.valid;
        if (!a.submittedAt.isValid())
            a.submittedAt = now;
        const EligibilityVerdict verdict = Eligibility::evaluate(a, rules.value());
        a.eligibility = verdict.eligible ? QStringLiteral("eligible") : QStringLiteral("ineligible");
        a.eligibilityReason = verdict.eligible ? QString() : verdict.text();

        const QString email = normalize::email(person.email);
        // The same email already applied in this cycle and role, or earlier in this file.
        const auto existingApp = sameRoleByEmail.constFind(email);
        const bool inCycle = existingApp != sameRoleByEmail.cend();
        const auto earlierRow = insertByEmail.constFind(email);
        const bool inFile = earlierRow != insertByEmail.cend();
        if (inCycle || inFile) {
            ++report.duplicatesInCycle;
            const QString where = inCycle ? ApplicationImporter::tr("application %1").arg(existingApp->code)
                                          : ApplicationImporter::tr("line %1").arg(plan.inserts.at(*earlierRow).line);
            if (request.duplicates == DuplicatePolicy::Skip) {
                ++report.skippedDuplicates;
                report.problems.append(
                    {line,
                     {},
                     ApplicationImporter::tr("%1 already applied in this cycle (%2); skipped").arg(person.email, where),
                     false});
                continue;
            }
            if (request.duplicates == DuplicatePolicy::Update) {
                ++report.updated;
                report.problems.append(
                    {line,
                     {},
                     ApplicationImporter::tr("%1 already applied in this cycle (%2); updated").arg(person.email, where),
                     false});
                if (inFile && !inCycle) {
                    // A later row of the same applicant replaces the earlier one (a resubmitted form).
                    ImportedApplication &earlier = plan.inserts[*earlierRow];
                    a.id = earlier.application.id;
                    a.code = earlier.application.code;
                    a.personId = earlier.application.personId;
                    earlier.application = a;
                    earlier.line = line;
                    for (Person &p : plan.newPeople) {
                        if (p.id == a.personId) {
                            const QString id = p.id;
                            p = person;
                            p.id = id;
                        }
                    }
                    continue;
                }
                auto updateIt = updateByEmail.constFind(email);
                if (updateIt == updateByEmail.cend()) {
                    auto before = store.loadApplication(existingApp->id);
                    if (!before)
                        return Error{before.error()};
                    ImportedUpdate update;
                    update.before = before->application;
                    plan.updates.append(update);
                    updateIt = updateByEmail.insert(email, plan.updates.size() - 1);
                    // The person's name and phone as the form now gives them.
                    Person personAfter = before->person;
                    personAfter.firstName = person.firstName;
                    personAfter.lastName = person.lastName;
                    if (!person.phone.isEmpty())
                        personAfter.phone = person.phone;
                    if (personAfter.firstName != before->person.firstName ||
                        personAfter.lastName != before->person.lastName || personAfter.phone != before->person.phone) {
                        personAfter.version = before->person.version + 1;
                        plan.personUpdates.append({before->person, personAfter});
                        personUpdateById.insert(personAfter.id, plan.personUpdates.size() - 1);
                    }
                }
                ImportedUpdate &update = plan.updates[*updateIt];
                Application after = a;
                after.id = update.before.id;
                after.cycleId = update.before.cycleId;
                after.personId = update.before.personId;
                after.role = update.before.role;
                after.code = update.before.code;
                after.status = update.before.status;
                after.statusReason = update.before.statusReason;
                after.version = update.before.version + 1;
                update.after = after;
                continue;
            }
            // KeepBoth: a second application of the same person, below.
        }

        // The person: one this file creates, one of an earlier cycle (linked), or a new one.
        if (const auto it = newPersonByEmail.constFind(email); it != newPersonByEmail.cend()) {
            a.personId = *it;
        } else if (const auto known = peopleByEmail.constFind(email); known != peopleByEmail.cend()) {
            a.personId = known->id;
            ++report.linkedPeople;
            if (!personUpdateById.contains(known->id)) {
                // Fill what the person record lacks; never overwrite what it has.
                Person after = *known;
                if (after.firstName.isEmpty())
                    after.firstName = person.firstName;
                if (after.lastName.isEmpty())
                    after.lastName = person.lastName;
                if (after.phone.isEmpty())
                    after.phone = person.phone;
                if (after.firstName != known->firstName || after.lastName != known->lastName ||
                    after.phone != known->phone) {
                    after.version = known->version + 1;
                    plan.personUpdates.append({*known, after});
                    personUpdateById.insert(known->id, plan.personUpdates.size() - 1);
                }
            }
        } else {
            person.id = ids.next();
            a.personId = person.id;
            newPersonByEmail.insert(email, person.id);
            plan.newPeople.append(person);
        }

        // Likely duplicates: same normalized name and library, another email.
        const QString key = likelyKey(person.firstName, person.lastName, a.library);
        if (!key.isEmpty()) {
            auto &seen = nameAndLibrary[key];
            for (const Holder &other : std::as_const(seen)) {
                if (other.email != email) {
                    ++report.likelyDuplicates;
                    report.problems.append({line,
                                            {},
                                            ApplicationImporter::tr("%1 may be the same person as %2 (same "
                                                                    "name and library, another email)")
                                                .arg(person.fullName().trimmed(), other.where()),
                                            false});
                    break;
                }
            }
            seen.append({email, QString(), line});
        }

        a.id = ids.next();
        a.code = codes.next();
        if (!inFile)
            insertByEmail.insert(email, plan.inserts.size());
        plan.inserts.append({std::move(a), line});
    }
    report.inserted = static_cast<int>(plan.inserts.size());
    report.skippedInvalid = request.validOnly ? report.rows - report.valid : 0;
    return plan;
}

QString auditDetail(const ImportReport &report, const ImportRequest &request)
{
    const QJsonObject detail{{QStringLiteral("file"), request.sourceName},
                             {QStringLiteral("role"), request.role},
                             {QStringLiteral("rows"), report.rows},
                             {QStringLiteral("inserted"), report.inserted},
                             {QStringLiteral("updated"), report.updated},
                             {QStringLiteral("skippedDuplicates"), report.skippedDuplicates},
                             {QStringLiteral("skippedInvalid"), report.skippedInvalid},
                             {QStringLiteral("linkedPeople"), report.linkedPeople},
                             {QStringLiteral("likelyDuplicates"), report.likelyDuplicates},
                             {QStringLiteral("validOnly"), report.validOnly}};
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

} // namespace

Result<ImportReport> ApplicationImporter::check(const CsvTable &table, const ImportRequest &request) const
{
    bool cancelled = false;
    auto plan = makePlan(m_db, table, request, {}, 0, cancelled);
    if (!plan)
        return Error{plan.error()};
    return std::move(plan.value().report);
}

Result<ImportReport> ApplicationImporter::run(const CsvTable &table, const ImportRequest &request,
                                              const Progress &progress)
{
    // Planning reads the people and applications the writing relies on, so both happen inside
    // one IMMEDIATE transaction: no other writer can add the same email in between.
    const InMemoryStatementJournals journals(m_db); // before the transaction begins
    Transaction transaction(m_db);
    if (!transaction.started())
        return Error{transaction.started().error()};
    bool cancelled = false;
    const qint64 rows = table.rows.size();
    auto planned = makePlan(m_db, table, request, progress, rows * 2, cancelled);
    if (!planned)
        return Error{planned.error()};
    Plan &plan = planned.value();
    ImportReport &report = plan.report;
    auto stop = [&report] {
        report.cancelled = true;
        report.committed = false;
        report.inserted = report.updated = 0;
        return std::move(report);
    };
    if (cancelled)
        return stop();
    if (report.errorCount() > 0 && !request.validOnly) {
        report.inserted = report.updated = 0;
        return std::move(report); // refused: the transaction rolls back having written nothing
    }

    // 16 MB holds the pages an import keeps coming back to (the right edges of the tables and
    // indexes, the email index it inserts into at random); the rest are finished pages that
    // SQLite may as well write out early. A larger cache only costs a fresh malloc and page fault
    // per page: 100,000 rows took 0.2 s longer with 64 MB and 0.5 s longer with 512 MB.
    BulkWrite bulk(m_db, 16);
    StatementCache cache(m_db);
    ImportStore store(m_db);
    const QString timestamp = nowTimestamp();
    const qint64 total = rows + plan.newPeople.size() + plan.inserts.size();
    qint64 done = rows;
    // Rows are written in runs that end where the progress is due (every kProgressEvery rows),
    // so that a cancel lands between statements.
    auto runLength = [&done](qsizetype remaining) {
        return std::min<qsizetype>(remaining, kProgressEvery - done % kProgressEvery);
    };
    auto advance = [&](qsizetype written) {
        done += written;
        return !progress || done % kProgressEvery != 0 || progress(std::min(done, total), total);
    };
    for (qsizetype start = 0; start < plan.newPeople.size();) {
        const qsizetype count = runLength(plan.newPeople.size() - start);
        if (Status s = store.insertPeople(plan.newPeople.mid(start, count), timestamp, request.actor, &cache); !s)
            return Error{s.error()};
        start += count;
        if (!advance(count))
            return stop();
    }
    std::vector<ImportRow> batch;
    batch.reserve(kProgressEvery);
    for (qsizetype start = 0; start < plan.inserts.size();) {
        const qsizetype count = runLength(plan.inserts.size() - start);
        batch.clear();
        for (qsizetype i = start; i < start + count; ++i)
            batch.push_back({&plan.inserts.at(i).application, plan.inserts.at(i).line});
        qsizetype failed = -1;
        if (Status s = store.insertApplications(batch, timestamp, request.actor, &cache, &failed); !s) {
            if (failed < 0)
                return Error{s.error()};
            return Error{tr("Line %1: %2").arg(batch[std::size_t(failed)].importRow).arg(s.error())};
        }
        start += count;
        if (!advance(count))
            return stop();
    }
    for (ImportedUpdate &update : plan.updates) {
        auto version = store.updateApplication(update.after, update.before.version, request.actor);
        if (!version)
            return Error{version.error()};
        update.after.version = version.value();
    }
    for (ImportedPersonUpdate &update : plan.personUpdates) {
        auto version = store.updatePerson(update.after, update.before.version, request.actor);
        if (!version)
            return Error{version.error()};
        update.after.version = version.value();
    }
    ProgramStore programStore(m_db);
    if (Status s = programStore.audit(request.actor, QStringLiteral("applications.import"), QStringLiteral("cycle"),
                                      request.cycleId, auditDetail(report, request));
        !s)
        return Error{s.error()};
    if (progress && !progress(total, total))
        return stop();
    if (Status s = transaction.commit(); !s)
        return Error{s.error()};

    report.committed = true;
    report.insertedApplicationIds.reserve(plan.inserts.size());
    for (const ImportedApplication &row : std::as_const(plan.inserts))
        report.insertedApplicationIds.append(row.application.id);
    report.insertedPeople = std::move(plan.newPeople);
    report.insertedApplications = std::move(plan.inserts);
    report.updatedApplications = std::move(plan.updates);
    report.updatedPeople = std::move(plan.personUpdates);
    return std::move(report);
}

// ---------------------------------------------------------------------------------------------
// Saved mappings

Result<QList<ImportMapping>> ImportMappingStore::list() const
{
    auto rows = ImportStore(m_db).mappings();
    if (!rows)
        return Error{rows.error()};
    QList<ImportMapping> mappings;
    for (const StoredMapping &row : rows.value())
        mappings.append(ImportMapping::fromJson(row.name, row.role, row.json));
    return mappings;
}

Result<ImportMapping> ImportMappingStore::load(const QString &name) const
{
    auto row = ImportStore(m_db).mapping(name);
    if (!row)
        return Error{row.error()};
    return ImportMapping::fromJson(row->name, row->role, row->json);
}

Status ImportMappingStore::save(const ImportMapping &mapping, const QString &actor)
{
    if (mapping.name.trimmed().isEmpty())
        return Error{tr("A saved mapping needs a name.")};
    if (!mapping.role.isEmpty() && mapping.role != QLatin1String("mentor") && mapping.role != QLatin1String("mentee"))
        return Error{tr("A mapping is for mentor or mentee applications.")};
    return ImportStore(m_db).saveMapping({mapping.name.trimmed(), mapping.role, mapping.toJson()}, actor);
}

} // namespace cohort
