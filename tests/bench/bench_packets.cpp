// bench_packets [--folder DIR]
// Offline review packets at the size issue 5 names: 50 reviewers × 200 applications × 6
// criteria (5,000 mentee applications, 2 reviewers each, nothing scored yet). Times the export of
// the 50 packets, then — after every cell of every packet is scored through PacketEditor, as
// reviewers would — the checks and plans of all 50 (PacketMerge::plan) and their merge as one
// transaction and undo step (PacketMergeWriter::mergeAll on its own connection, as the window
// does on a worker thread, then 50 MergePacketCommands; 60,000 cells), and its undo and redo. Prints figures; never
// fails on time.
#include "db/database.h"
#include "document/packetmergecommand.h"
#include "document/programdocument.h"
#include "domain/application.h"
#include "domain/cycle.h"
#include "domain/ids.h"
#include "review/packetexport.h"
#include "review/packetfile.h"
#include "review/packetmerge.h"
#include "review/packetmergewriter.h"
#include "store/applicationstore.h"
#include "store/cyclestore.h"
#include "store/reviewstore.h"
#include "store/statementcache.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

using namespace cohort;

namespace {

constexpr int Reviewers = 50;
constexpr int Applications = 5000;
constexpr int PerApplication = 2;
constexpr int Criteria = 6;

bool makeProgram(ProgramDocument &doc, QString &cycleId)
{
    Database &db = doc.database();
    const QString now = nowTimestamp();
    const QString actor = QStringLiteral("bench");
    Transaction transaction(db);
    if (!transaction.started())
        return false;
    Cycle cycle;
    cycle.id = newId();
    cycle.name = QStringLiteral("Packets 2024");
    cycle.season = QStringLiteral("fall");
    cycle.year = 2024;
    cycle.startsOn = QDate(2024, 8, 1);
    cycle.endsOn = QDate(2025, 7, 31);
    if (!doc.cycleStore().insert(cycle, now, actor))
        return false;
    cycleId = cycle.id;
    StatementCache cache(db);
    ReviewStore &store = doc.reviewStore();
    QList<Reviewer> reviewers;
    for (int r = 0; r < Reviewers; ++r) {
        Reviewer reviewer;
        reviewer.id = newId();
        reviewer.name = QStringLiteral("Reviewer %1").arg(r + 1, 2, 10, QLatin1Char('0'));
        reviewer.email = QStringLiteral("r%1@committee.org").arg(r);
        reviewer.capacity = 400;
        if (!store.insertReviewer(reviewer, now, actor, &cache))
            return false;
        reviewers.append(reviewer);
    }
    for (int c = 0; c < Criteria; ++c) {
        Criterion criterion;
        criterion.id = newId();
        criterion.cycleId = cycle.id;
        criterion.role = QStringLiteral("mentee");
        criterion.name = QStringLiteral("Criterion %1").arg(c + 1);
        criterion.sortOrder = c;
        if (!store.insertCriterion(criterion, now, actor, &cache))
            return false;
    }
    for (int a = 0; a < Applications; ++a) {
        Person person;
        person.id = newId();
        person.firstName = QStringLiteral("Applicant");
        person.lastName = QString::number(a + 1);
        person.email = QStringLiteral("a%1@branch.org").arg(a);
        if (!doc.applicationStore().insertPerson(person, now, actor, &cache))
            return false;
        Application application;
        application.id = newId();
        application.cycleId = cycle.id;
        application.personId = person.id;
        application.role = QStringLiteral("mentee");
        application.code = QStringLiteral("E-%1").arg(a + 1, 5, 10, QLatin1Char('0'));
        application.status = QStringLiteral("under_review");
        application.eligibility = QStringLiteral("eligible");
        application.statement = QStringLiteral("I run storytimes for toddlers and want to grow our STEM programs.");
        if (!doc.applicationStore().insertApplication(application, now, actor, &cache))
            return false;
        for (int k = 0; k < PerApplication; ++k) {
            Assignment assignment;
            assignment.id = newId();
            assignment.applicationId = application.id;
            assignment.reviewerId = reviewers[(a + k * 25) % Reviewers].id;
            if (!store.insertAssignment(assignment, now, actor, &cache))
                return false;
        }
    }
    return bool(transaction.commit());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("packets"));
    QDir().mkpath(folder);
    auto created = ProgramDocument::create(dir.filePath(QStringLiteral("packets.cohort")), QStringLiteral("Packets"));
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error()));
        return 1;
    }
    ProgramDocument &doc = *created.value();
    QString cycleId;
    if (!makeProgram(doc, cycleId)) {
        std::fprintf(stderr, "could not make the program\n");
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto exported = PacketExporter(doc.database()).exportPackets(cycleId, {}, folder, QStringLiteral("bench"));
    if (!exported) {
        std::fprintf(stderr, "%s\n", qPrintable(exported.error()));
        return 1;
    }
    std::printf("export: %lld packets in %.0f ms\n", qlonglong(exported->size()), double(timer.elapsed()));

    // Reviewers score every cell offline.
    QStringList paths;
    for (const ExportedPacket &p : exported.value()) {
        PacketEditor editor;
        if (!editor.open(p.path))
            return 1;
        QList<PacketEditor::CellEdit> edits;
        int i = 0;
        for (const PacketCell &cell : editor.content().cells)
            edits.append({cell.assignmentId, cell.criterionId, double(1 + (i++ % 5)), false});
        if (!editor.setCells(edits))
            return 1;
        paths.append(p.path);
    }

    timer.restart();
    QList<PacketMergePlan> plans;
    int cells = 0;
    for (const QString &path : std::as_const(paths)) {
        auto plan = PacketMerge::plan(doc.database(), path);
        if (!plan) {
            std::fprintf(stderr, "%s\n", qPrintable(plan.error()));
            return 1;
        }
        cells += int(plan->apply.size());
        plans.append(std::move(plan).value());
    }
    const double planned = double(timer.elapsed());
    timer.restart();
    // As the window does: the merge on its own connection (a worker thread there), then one
    // undo step of commands that write nothing on their first redo.
    auto connection = doc.database().openAnotherConnection();
    if (!connection) {
        std::fprintf(stderr, "%s\n", qPrintable(connection.error()));
        return 1;
    }
    auto written = PacketMergeWriter::mergeAll(*connection.value(), plans, {}, QStringLiteral("bench"));
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error()));
        return 1;
    }
    QList<QUndoCommand *> commands;
    for (PacketMergeWrites &writes : written.value())
        commands.append(new MergePacketCommand(doc, std::move(writes)));
    if (Status s = doc.executeAsOne(QStringLiteral("Merge"), commands); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    const double merged = double(timer.elapsed());
    timer.restart();
    doc.undoStack()->undo();
    const double undone = double(timer.elapsed());
    timer.restart();
    doc.undoStack()->redo();
    const double redone = double(timer.elapsed());
    std::printf("check + plan: %lld packets, %d cells to apply, in %.0f ms\n", qlonglong(plans.size()), cells, planned);
    std::printf("merge (one transaction, one undo step): %.0f ms\n", merged);
    std::printf("undo: %.0f ms, redo: %.0f ms\n", undone, redone);
    std::printf("total: %.0f ms\n", planned + merged);
    return 0;
}
