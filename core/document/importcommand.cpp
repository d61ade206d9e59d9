#include "document/importcommand.h"

#include "db/database.h"
#include "document/programdocument.h"
#include "domain/ids.h"
#include "store/applicationstore.h"
#include "store/importstore.h"
#include "store/programstore.h"
#include "store/statementcache.h"

#include <QFileInfo>

namespace cohort {

ImportApplicationsCommand::ImportApplicationsCommand(ProgramDocument &document, ImportReport report)
    : m_document(document), m_report(std::move(report))
{
    for (const ImportedUpdate &update : std::as_const(m_report.updatedApplications))
        m_applicationVersions.append(update.after.version);
    for (const ImportedPersonUpdate &update : std::as_const(m_report.updatedPeople))
        m_personVersions.append(update.after.version);
    const int count = static_cast<int>(m_report.insertedApplications.size() + m_report.updatedApplications.size());
    setText(m_report.sourceName.isEmpty()
                ? tr("Import %n Application(s)", nullptr, count)
                : tr("Import %n Application(s) from “%1”", nullptr, count)
                      .arg(QFileInfo(m_report.sourceName).fileName()));
}

void ImportApplicationsCommand::redo()
{
    if (m_first) {
        // The worker committed the import already; views still need to hear of it.
        m_first = false;
        emit m_document.applicationsChanged(m_report.cycleId);
        return;
    }
    if (const Status s = apply(); !s) {
        m_document.reportFailure(s.error());
        return;
    }
    emit m_document.applicationsChanged(m_report.cycleId);
}

void ImportApplicationsCommand::undo()
{
    if (const Status s = revert(); !s) {
        m_document.reportFailure(s.error());
        return;
    }
    emit m_document.applicationsChanged(m_report.cycleId);
}

Status ImportApplicationsCommand::revert()
{
    Database &db = m_document.database();
    ImportStore store(db);
    const QString actor = ProgramDocument::actor();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    auto changed = store.changedSince(m_report.insertedApplicationIds, 1);
    if (!changed)
        return Error{changed.error()};
    if (changed.value() > 0)
        return Error{tr("The import cannot be undone: %n imported application(s) were changed since. Undo those "
                        "changes first.",
                        nullptr, changed.value())};
    QList<int> applicationVersions = m_applicationVersions;
    for (qsizetype i = 0; i < m_report.updatedApplications.size(); ++i) {
        auto version = store.updateApplication(m_report.updatedApplications.at(i).before, applicationVersions.at(i),
                                               actor);
        if (!version)
            return Error{version.error()};
        applicationVersions[i] = version.value();
    }
    QList<int> personVersions = m_personVersions;
    for (qsizetype i = 0; i < m_report.updatedPeople.size(); ++i) {
        auto version = store.updatePerson(m_report.updatedPeople.at(i).before, personVersions.at(i), actor);
        if (!version)
            return Error{version.error()};
        personVersions[i] = version.value();
    }
    if (Status s = store.removeApplications(m_report.insertedApplicationIds); !s)
        return s;
    QStringList peopleIds;
    peopleIds.reserve(m_report.insertedPeople.size());
    for (const Person &person : std::as_const(m_report.insertedPeople))
        peopleIds.append(person.id);
    // A person the import created that something added later refers to makes this fail (the
    // foreign key), and the whole undo rolls back.
    if (Status s = store.removePeople(peopleIds); !s)
        return s;
    if (Status s = ProgramStore(db).audit(actor, QStringLiteral("applications.import.undo"), QStringLiteral("cycle"),
                                          m_report.cycleId, m_report.sourceName);
        !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    m_applicationVersions = applicationVersions;
    m_personVersions = personVersions;
    return {};
}

Status ImportApplicationsCommand::apply()
{
    Database &db = m_document.database();
    ImportStore store(db);
    ApplicationStore applications(db);
    StatementCache cache(db);
    const QString actor = ProgramDocument::actor();
    const QString timestamp = nowTimestamp();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    for (const Person &person : std::as_const(m_report.insertedPeople)) {
        if (Status s = applications.insertPerson(person, timestamp, actor, &cache); !s)
            return s;
    }
    for (const ImportedApplication &row : std::as_const(m_report.insertedApplications)) {
        if (Status s = store.insertApplication(row.application, row.line, timestamp, actor, &cache); !s)
            return s;
    }
    QList<int> applicationVersions = m_applicationVersions;
    for (qsizetype i = 0; i < m_report.updatedApplications.size(); ++i) {
        auto version =
            store.updateApplication(m_report.updatedApplications.at(i).after, applicationVersions.at(i), actor);
        if (!version)
            return Error{version.error()};
        applicationVersions[i] = version.value();
    }
    QList<int> personVersions = m_personVersions;
    for (qsizetype i = 0; i < m_report.updatedPeople.size(); ++i) {
        auto version = store.updatePerson(m_report.updatedPeople.at(i).after, personVersions.at(i), actor);
        if (!version)
            return Error{version.error()};
        personVersions[i] = version.value();
    }
    if (Status s = ProgramStore(db).audit(actor, QStringLiteral("applications.import.redo"), QStringLiteral("cycle"),
                                          m_report.cycleId, m_report.sourceName);
        !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    m_applicationVersions = applicationVersions;
    m_personVersions = personVersions;
    return {};
}

} // namespace cohort
