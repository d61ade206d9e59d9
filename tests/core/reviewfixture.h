#pragma once

// A small program for the review tests: two cycles, reviewers, rubrics and applications, on a
// fresh program file (or a fresh PostgreSQL schema), and a snapshot of every review row for
// comparing stored state before and after undo/redo.

#include "db/database.h"
#include "document/programdocument.h"
#include "domain/application.h"
#include "domain/cycle.h"
#include "domain/ids.h"
#include "domain/review.h"
#include "domain/reviewer.h"
#include "store/applicationstore.h"
#include "store/cyclestore.h"
#include "store/programstore.h"
#include "store/reviewstore.h"

#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace reviewtest {

using namespace cohort;

inline const QString kMentor = QStringLiteral("mentor");
inline const QString kMentee = QStringLiteral("mentee");

struct Seeded
{
    Cycle cycle;                  // Spring 2017: the one under review
    Cycle older;                  // Spring 2016: its rubric is copied
    QList<Reviewer> reviewers;    // 0 chair (library domain), 1 gmail, 2 capacity 1, 3 inactive
    QList<Criterion> criteria;    // 2017 mentee: Experience 1–5 ×2, Motivation 1–5, Fit 1–10 N/A allowed
    QList<Criterion> oldCriteria; // 2016 mentee: Experience, Writing
    QList<Person> people;         // parallel to applications
    QList<Application> applications;
    // 2017: E-0001..E-0003 under_review, E-0004 eligible, E-0005 received+eligible verdict,
    // E-0006 withdrawn, E-0007 received+unknown; M-0001 accepted mentor (capacity 3).
};

inline Cycle makeCycle(const QString &name, int year)
{
    Cycle cycle;
    cycle.id = newId();
    cycle.name = name;
    cycle.season = QStringLiteral("spring");
    cycle.year = year;
    cycle.startsOn = QDate(year, 1, 2);
    cycle.endsOn = QDate(year + 1, 1, 1);
    cycle.sortOrder = year;
    return cycle;
}

inline Criterion makeCriterion(const Cycle &cycle, const QString &role, const QString &name, int min, int max,
                               double weight, bool na, int order)
{
    Criterion c;
    c.id = newId();
    c.cycleId = cycle.id;
    c.role = role;
    c.name = name;
    c.scaleMin = min;
    c.scaleMax = max;
    c.weight = weight;
    c.allowNotApplicable = na;
    c.sortOrder = order;
    return c;
}

inline bool seed(ProgramDocument &doc, Seeded &s)
{
    const QString now = nowTimestamp();
    const QString actor = QStringLiteral("test");
    Transaction transaction(doc.database());
    if (!transaction.started())
        return false;
    s.older = makeCycle(QStringLiteral("Spring 2016"), 2016);
    s.cycle = makeCycle(QStringLiteral("Spring 2017"), 2017);
    if (!doc.cycleStore().insert(s.older, now, actor) || !doc.cycleStore().insert(s.cycle, now, actor))
        return false;
    const struct
    {
        const char *name;
        const char *email;
        const char *role;
        int capacity;
        bool active;
    } reviewers[] = {
        {"Ann Chair", "ann@dayton.lib.oh.us", "chair", 10, true},
        {"Ben Member", "ben@gmail.com", "member", 10, true},
        {"Cy Member", "cy@metro.org", "member", 1, true},
        {"Dee Gone", "dee@metro.org", "member", 10, false},
    };
    for (const auto &r : reviewers) {
        Reviewer reviewer;
        reviewer.id = newId();
        reviewer.name = QString::fromUtf8(r.name);
        reviewer.email = QString::fromUtf8(r.email);
        reviewer.role = QString::fromUtf8(r.role);
        reviewer.capacity = r.capacity;
        reviewer.active = r.active;
        if (!doc.reviewStore().insertReviewer(reviewer, now, actor))
            return false;
        s.reviewers.append(reviewer);
    }
    s.criteria = {makeCriterion(s.cycle, kMentee, QStringLiteral("Experience"), 1, 5, 2.0, false, 0),
                  makeCriterion(s.cycle, kMentee, QStringLiteral("Motivation"), 1, 5, 1.0, false, 1),
                  makeCriterion(s.cycle, kMentee, QStringLiteral("Fit"), 1, 10, 1.0, true, 2)};
    s.oldCriteria = {makeCriterion(s.older, kMentee, QStringLiteral("Experience"), 1, 5, 2.0, false, 0),
                     makeCriterion(s.older, kMentee, QStringLiteral("Writing"), 1, 5, 1.0, false, 1)};
    for (const Criterion &c : s.criteria + s.oldCriteria) {
        if (!doc.reviewStore().insertCriterion(c, now, actor))
            return false;
    }
    const struct
    {
        const char *code;
        const char *role;
        const char *status;
        const char *eligibility;
        const char *email;
        const char *library;
    } plans[] = {
        {"E-0001", "mentee", "under_review", "eligible", "e1@dayton.lib.oh.us", "Dayton Metro Library"},
        {"E-0002", "mentee", "under_review", "eligible", "e2@gmail.com", "Dayton Metro"},
        {"E-0003", "mentee", "under_review", "eligible", "e3@yahoo.com", "Springfield Public Library"},
        {"E-0004", "mentee", "eligible", "eligible", "e4@metro.org", "Metro Library"},
        {"E-0005", "mentee", "received", "eligible", "e5@example.org", "Oak Park Library"},
        {"E-0006", "mentee", "withdrawn", "eligible", "e6@example.org", "Oak Park Library"},
        {"E-0007", "mentee", "received", "unknown", "e7@example.org", "Elm Library"},
        {"M-0001", "mentor", "accepted", "eligible", "m1@example.org", "Maple Library"},
    };
    int serial = 0;
    for (const auto &plan : plans) {
        Person person;
        person.id = newId();
        person.firstName = QStringLiteral("Applicant");
        person.lastName = QString::number(++serial);
        person.email = QString::fromUtf8(plan.email);
        Application a;
        a.id = newId();
        a.cycleId = s.cycle.id;
        a.personId = person.id;
        a.role = QString::fromUtf8(plan.role);
        a.code = QString::fromUtf8(plan.code);
        a.status = QString::fromUtf8(plan.status);
        a.eligibility = QString::fromUtf8(plan.eligibility);
        a.library = QString::fromUtf8(plan.library);
        a.capacity = a.role == kMentor ? 3 : 1;
        a.submittedAt = QDateTime(QDate(2017, 2, 1), QTime(9, serial), Qt::UTC);
        if (!doc.applicationStore().insertPerson(person, now, actor) ||
            !doc.applicationStore().insertApplication(a, now, actor))
            return false;
        s.people.append(person);
        s.applications.append(a);
    }
    return bool(transaction.commit());
}

// Rows of a query, each as "v1|v2|…", in the query's order.
inline QStringList rows(ProgramDocument &doc, const QString &sql)
{
    QStringList result;
    QSqlQuery query(doc.database().connection());
    if (!query.exec(sql)) {
        result.append(QStringLiteral("(failed) ") + sql);
        return result;
    }
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
        result.append(values.join(QLatin1Char('|')));
    }
    return result;
}

// Every review row as a user would see it (no version or timestamps of the write itself).
inline QMap<QString, QStringList> snapshot(ProgramDocument &doc)
{
    QMap<QString, QStringList> s;
    s[QStringLiteral("criteria")] =
        rows(doc, QStringLiteral("SELECT id, cycle_id, role, name, guidance, scale_min, scale_max, weight, allow_na, "
                                 "sort_order FROM rubric_criteria ORDER BY id"));
    s[QStringLiteral("reviewers")] =
        rows(doc, QStringLiteral("SELECT id, name, email, role, capacity, active FROM reviewers ORDER BY id"));
    s[QStringLiteral("conflicts")] = rows(
        doc, QStringLiteral("SELECT id, reviewer_id, person_id, source, status, reason FROM conflicts ORDER BY id"));
    s[QStringLiteral("assignments")] =
        rows(doc, QStringLiteral("SELECT id, application_id, reviewer_id, source, seed, comment, submitted_at "
                                 "FROM assignments ORDER BY id"));
    s[QStringLiteral("scores")] = rows(
        doc, QStringLiteral("SELECT id, assignment_id, criterion_id, value, not_applicable FROM scores ORDER BY id"));
    s[QStringLiteral("decisions")] =
        rows(doc, QStringLiteral(
                      "SELECT id, application_id, outcome, reason, decided_on, decided_by FROM decisions ORDER BY id"));
    s[QStringLiteral("applications")] =
        rows(doc, QStringLiteral("SELECT id, status, status_reason FROM applications ORDER BY id"));
    s[QStringLiteral("settings")] =
        rows(doc, QStringLiteral("SELECT scope, key, value FROM settings ORDER BY scope, key"));
    s[QStringLiteral("cycles")] = rows(doc, QStringLiteral("SELECT id, blind_review FROM cycles ORDER BY id"));
    return s;
}

inline int auditCount(ProgramDocument &doc, const QString &action)
{
    QSqlQuery query(doc.database().connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
    query.addBindValue(action);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

// A new program file in dir.
inline std::unique_ptr<ProgramDocument> createFile(const QTemporaryDir &dir, QString *error = nullptr)
{
    auto created = ProgramDocument::create(dir.filePath(QStringLiteral("program.cohort")), QStringLiteral("Review"));
    if (!created) {
        if (error)
            *error = created.error();
        return {};
    }
    return std::move(created).value();
}

// A new program in a fresh schema of the COHORT_TEST_PG server (empty when not configured).
inline std::unique_ptr<ProgramDocument> createPostgres(const QString &prefix, QString *schema, QString *error)
{
    const QString connection = qEnvironmentVariable("COHORT_TEST_PG");
    if (connection.isEmpty())
        return {};
    PostgresParams params = PostgresParams::fromConnectionString(connection);
    params.schema = prefix + newId().left(8);
    *schema = params.schema;
    auto opened = Database::openPostgres(params);
    if (!opened) {
        *error = opened.error();
        return {};
    }
    ProgramInfo info;
    info.id = newId();
    info.name = QStringLiteral("Postgres");
    if (Status s = ProgramStore(*opened.value()).initialize(info, QStringLiteral("00"), nowTimestamp()); !s) {
        *error = s.error();
        return {};
    }
    auto adopted = ProgramDocument::adopt(std::move(opened).value());
    if (!adopted) {
        *error = adopted.error();
        return {};
    }
    return std::move(adopted).value();
}

inline void dropSchema(ProgramDocument &doc, const QString &schema)
{
    (void)doc.database().exec(QStringLiteral("SET search_path TO public"));
    (void)doc.database().exec(QStringLiteral("DROP SCHEMA \"%1\" CASCADE").arg(schema));
}

} // namespace reviewtest
