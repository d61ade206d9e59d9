#include "programfixture.h"

#include "db/database.h"
#include "demo/demogenerator.h"
#include "document/programdocument.h"
#include "domain/ids.h"
#include "store/applicationstore.h"
#include "store/cyclestore.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace cohort;

namespace {
Cycle makeCycle(const QString &name, const QString &season, QDate start, QDate applicationsClose)
{
    Cycle cycle;
    cycle.id = newId();
    cycle.name = name;
    cycle.season = season;
    cycle.year = start.year();
    cycle.startsOn = start;
    cycle.endsOn = start.addYears(1);
    Phase applications;
    applications.id = newId();
    applications.cycleId = cycle.id;
    applications.name = QStringLiteral("Applications accepted");
    applications.kind = QStringLiteral("applications");
    applications.startsOn = start;
    applications.endsOn = applicationsClose;
    applications.deadline = applicationsClose;
    Phase review;
    review.id = newId();
    review.cycleId = cycle.id;
    review.name = QStringLiteral("Review and notifications");
    review.kind = QStringLiteral("review");
    review.startsOn = applicationsClose.addDays(1);
    review.endsOn = applicationsClose.addDays(45);
    review.sortOrder = 1;
    cycle.phases = {applications, review};
    return cycle;
}

struct Planned
{
    const char *role;
    const char *status;
    int count;
};
} // namespace

bool ProgramFixture::create(const QString &path, const QString &programName)
{
    auto created = ProgramDocument::create(path, programName);
    if (!created)
        return false;
    ProgramDocument &document = *created.value();
    Database &db = document.database();
    const QString now = nowTimestamp();

    const QDate today = QDate::currentDate();
    const Cycle spring =
        makeCycle(QStringLiteral("Spring 2017"), QStringLiteral("spring"), QDate(2017, 1, 2), QDate(2017, 2, 24));
    const Cycle fall =
        makeCycle(QStringLiteral("Fall %1").arg(today.year()), QStringLiteral("fall"), today.addDays(-30), deadline());
    const QList<Planned> springPlan = {{"mentor", "accepted", 3}, {"mentor", "declined", 1},
                                       {"mentee", "accepted", 4}, {"mentee", "waitlisted", 3},
                                       {"mentee", "declined", 2}, {"mentee", "withdrawn", 1}};
    const QList<Planned> fallPlan = {{"mentor", "received", 2}, {"mentee", "received", 5}, {"mentee", "eligible", 2}};

    Transaction transaction(db);
    if (!transaction.started())
        return false;
    if (!document.cycleStore().insert(spring, now, QStringLiteral("test")) ||
        !document.cycleStore().insert(fall, now, QStringLiteral("test")))
        return false;
    int serial = 0;
    QStringList springMentors;
    QStringList springMentees;
    for (const auto &[cycle, plan] : {std::pair{spring, springPlan}, std::pair{fall, fallPlan}}) {
        for (const Planned &planned : plan) {
            for (int i = 0; i < planned.count; ++i) {
                ++serial;
                Person person;
                person.id = newId();
                person.firstName = QStringLiteral("Person");
                person.lastName = QString::number(serial);
                person.email = QStringLiteral("person%1@example.org").arg(serial);
                Application application;
                application.id = newId();
                application.cycleId = cycle.id;
                application.personId = person.id;
                application.role = QString::fromLatin1(planned.role);
                application.status = QString::fromLatin1(planned.status);
                application.code = QStringLiteral("A-%1").arg(serial, 4, 10, QLatin1Char('0'));
                application.submittedAt = cycle.startsOn.startOfDay(Qt::UTC).addSecs(serial * 60);
                if (!document.applicationStore().insertPerson(person, now, QStringLiteral("test")) ||
                    !document.applicationStore().insertApplication(application, now, QStringLiteral("test")))
                    return false;
                if (cycle.id == spring.id && application.status == QLatin1String("accepted"))
                    (application.role == QLatin1String("mentor") ? springMentors : springMentees)
                        .append(application.id);
            }
        }
    }
    // Three matches in Spring 2017: two published, one draft.
    const QStringList statuses = {QStringLiteral("published"), QStringLiteral("published"), QStringLiteral("draft")};
    for (int i = 0; i < statuses.size(); ++i) {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("INSERT INTO matches (id, cycle_id, mentor_application_id, mentee_application_id, "
                                     "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &value :
             QVariantList{newId(), spring.id, springMentors.at(i), springMentees.at(i), statuses.at(i), now, now})
            query.addBindValue(value);
        if (!query.exec())
            return false;
    }
    return bool(transaction.commit());
}

bool DemoCopies::create(const QString &dir)
{
    m_dir = dir;
    m_template = QDir(dir).filePath(QStringLiteral("template.cohort"));
    DemoOptions options;
    options.seed = 2017;
    if (!DemoGenerator::createFile(m_template, options)) {
        qWarning() << "the demo program cannot be made at" << m_template;
        return false;
    }
    auto document = open(m_template);
    if (!document)
        return false;
    auto cycles = document->cycleStore().list();
    if (!cycles) {
        qWarning() << cycles.error();
        return false;
    }
    for (const Cycle &cycle : std::as_const(cycles.value()))
        m_cycleIds.insert(cycle.name, cycle.id);
    return true;
}

QString DemoCopies::copy()
{
    const QString path = QDir(m_dir).filePath(QStringLiteral("program-%1.cohort").arg(++m_run));
    if (!QFile::copy(m_template, path)) {
        qWarning() << "cannot copy the demo program to" << path;
        return {};
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

std::unique_ptr<ProgramDocument> DemoCopies::open(const QString &path, bool readOnly)
{
    auto opened = ProgramDocument::open(path, readOnly);
    if (!opened) {
        qWarning() << opened.error();
        return nullptr;
    }
    return std::move(opened).value();
}
