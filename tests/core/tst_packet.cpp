#include "db/database.h"
#include "demo/demogenerator.h"
#include "document/packetmergecommand.h"
#include "document/programdocument.h"
#include "document/reviewcommands.h"
#include "review/packetexport.h"
#include "review/packetfile.h"
#include "review/packetmerge.h"
#include "review/packetmergewriter.h"
#include "store/cyclestore.h"
#include "store/programstore.h"
#include "store/reviewstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cohort;

// Offline review packets on real program files (the demo program): what a packet holds, the
// reviewer's edits, the three-way merge, and every way a packet is refused — each case checked
// against a hash of the program's score and assignment rows before and after.
class TestPacket : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void packetHoldsOnlyTheReviewersShare();
    void reviewerEditsMergeOnceAndUndo();
    void conflictsAreTheChairsChoice();
    void olderPacketAfterNewerConflicts();
    void reassignedApplicationIsReportedNotApplied();
    void submittedPacketSubmitsCompleteAssignments();
    void badPacketsAreRefused_data();
    void badPacketsAreRefused();
    void otherProgramsPacketIsRefused();
    void changedRubricIsRefused();
    void packetOfAGoneCycleIsRefused();
    void mergeOnAnotherConnectionIsAllOrNothing();

private:
    struct Target
    {
        QString reviewerId;
        QString assignmentId;
        QString criterionId;
        std::optional<double> value;
        int scaleMin = 1;
        int scaleMax = 5;
    };
    std::unique_ptr<ProgramDocument> open();
    QString exportPacket(ProgramDocument &doc, const QString &reviewerId, const QString &name);
    // An open (not submitted) assignment of the Fall cycle with a criterion, and its reviewer.
    Target openCell(ProgramDocument &doc);
    static QByteArray rowsHash(ProgramDocument &doc);
    static bool execOnPacket(const QString &path, const QString &sql);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_file;
    QString m_fallId;
    int m_run = 0;
};

void TestPacket::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.cohort"));
    DemoOptions options;
    options.seed = 2017;
    QVERIFY(DemoGenerator::createFile(m_template, options));
}

void TestPacket::init()
{
    m_file = m_dir.filePath(QStringLiteral("program-%1.cohort").arg(++m_run));
    QVERIFY(QFile::copy(m_template, m_file));
    QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto doc = open();
    QVERIFY(doc);
    const QList<Cycle> cycles = doc->cycleStore().list().value();
    for (const Cycle &cycle : cycles) {
        if (cycle.name == QLatin1String("Fall 2017"))
            m_fallId = cycle.id;
    }
    QVERIFY(!m_fallId.isEmpty());
}

std::unique_ptr<ProgramDocument> TestPacket::open()
{
    auto opened = ProgramDocument::open(m_file);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return nullptr;
    }
    return std::move(opened).value();
}

QString TestPacket::exportPacket(ProgramDocument &doc, const QString &reviewerId, const QString &name)
{
    const QString folder = m_dir.filePath(name);
    QDir().mkpath(folder);
    auto exported =
        PacketExporter(doc.database()).exportPackets(m_fallId, {reviewerId}, folder, QStringLiteral("chair"));
    if (!exported || exported->size() != 1) {
        qWarning("%s", exported ? "no packet" : qPrintable(exported.error()));
        return {};
    }
    return exported->first().path;
}

TestPacket::Target TestPacket::openCell(ProgramDocument &doc)
{
    auto data = doc.reviewStore().loadCycle(m_fallId, QStringLiteral("mentee"));
    if (!data)
        return {};
    for (const ReviewAssignment &a : data->assignments) {
        if (a.submittedAt.isValid() || data->isConflicted(a.application, a.reviewer))
            continue;
        const int index = data->assignmentIndex(a.id);
        for (int c = 0; c < data->criteria.size(); ++c) {
            const int cell = data->cellIndex(index, c);
            if (cell >= 0 && data->cells.at(cell).value) {
                const Criterion &k = data->criteria.at(c);
                return {a.reviewerId, a.id, k.id, data->cells.at(cell).value, k.scaleMin, k.scaleMax};
            }
        }
    }
    return {};
}

namespace {
// A value on the target's scale that is none of `avoid`.
template <typename T> double valueOtherThan(const T &target, const QList<double> &avoid)
{
    for (int v = target.scaleMin; v <= target.scaleMax; ++v) {
        if (!avoid.contains(double(v)))
            return v;
    }
    return target.scaleMin;
}
} // namespace

QByteArray TestPacket::rowsHash(ProgramDocument &doc)
{
    QSqlQuery query(doc.database().connection());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql :
         {"SELECT id, assignment_id, criterion_id, value, not_applicable, version FROM scores ORDER BY id",
          "SELECT id, reviewer_id, comment, submitted_at, version FROM assignments ORDER BY id"}) {
        if (!query.exec(QString::fromLatin1(sql)))
            return {};
        while (query.next()) {
            for (int i = 0; i < 6; ++i)
                hash.addData(QByteArray(query.value(i).toString().toUtf8() + '|'));
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

bool TestPacket::execOnPacket(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("packet"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                qWarning("%s", qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("packet"));
    return ok;
}

// The packet holds the reviewer's non-conflicted assignments with the rubric and their own
// scores, nothing of other reviewers and (the demo's Fall cycle is blind) no applicant's name;
// it is 0600 and its MAC verifies with the program's secret only.
void TestPacket::packetHoldsOnlyTheReviewersShare()
{
    auto doc = open();
    QVERIFY(doc);
    const Target target = openCell(*doc);
    QVERIFY(!target.assignmentId.isEmpty());
    const QString path = exportPacket(*doc, target.reviewerId, QStringLiteral("share"));
    QVERIFY(!path.isEmpty());
    QVERIFY(path.endsWith(QStringLiteral(".cohort-review")));
    QCOMPARE(QFile::permissions(path) &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    auto packet = PacketFile::read(path);
    QVERIFY2(packet, packet ? "" : qPrintable(packet.error()));

    QSqlQuery query(doc->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT x.id FROM assignments x JOIN applications a ON a.id = x.application_id "
                                      "WHERE a.cycle_id = '%1' AND x.reviewer_id = '%2'")
                           .arg(m_fallId, target.reviewerId)));
    QSet<QString> expected;
    while (query.next())
        expected.insert(query.value(0).toString());
    QSet<QString> got;
    for (const PacketAssignment &a : packet->assignments)
        got.insert(a.id);
    QVERIFY(!got.isEmpty());
    QVERIFY(got.size() <= expected.size());
    QVERIFY(got.contains(target.assignmentId));
    for (const QString &id : got)
        QVERIFY(expected.contains(id));
    bool targetFound = false;
    for (const PacketCell &cell : packet->cells) {
        if (cell.assignmentId == target.assignmentId && cell.criterionId == target.criterionId) {
            targetFound = true;
            QCOMPARE(cell.baseValue, target.value);
            QCOMPARE(cell.value, target.value);
            QVERIFY(cell.baseVersion >= 1);
        }
    }
    QVERIFY(targetFound);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QList<Reviewer> reviewers = doc->reviewStore().listReviewers().value();
    for (const Reviewer &r : reviewers) {
        if (r.id != target.reviewerId) {
            QVERIFY2(!bytes.contains(r.id.toUtf8()), qPrintable(r.name));
            QVERIFY2(!bytes.contains(r.name.toUtf8()), qPrintable(r.name));
        }
    }
    QVERIFY(packet->meta.blind);
    QVERIFY(query.exec(QStringLiteral("SELECT p.first_name || ' ' || p.last_name, p.email FROM people p JOIN "
                                      "applications a ON a.person_id = p.id JOIN assignments x ON x.application_id = "
                                      "a.id WHERE x.reviewer_id = '%1' AND a.cycle_id = '%2'")
                           .arg(target.reviewerId, m_fallId)));
    int names = 0;
    while (query.next()) {
        QVERIFY2(!bytes.contains(query.value(0).toString().toUtf8()), qPrintable(query.value(0).toString()));
        QVERIFY2(!bytes.contains(query.value(1).toString().toUtf8()), qPrintable(query.value(1).toString()));
        ++names;
    }
    QVERIFY(names > 0);

    auto secret = ProgramStore(doc->database()).hmacSecret();
    QVERIFY(secret);
    QVERIFY(PacketFile::verify(packet.value(), secret.value()));
    QVERIFY(!PacketFile::verify(packet.value(), QByteArray(32, 'x')));
}

void TestPacket::reviewerEditsMergeOnceAndUndo()
{
    auto doc = open();
    QVERIFY(doc);
    const Target target = openCell(*doc);
    const QString path = exportPacket(*doc, target.reviewerId, QStringLiteral("once"));
    QVERIFY(!path.isEmpty());
    const double newValue = *target.value == target.scaleMax ? target.scaleMin : *target.value + 1;
    {
        PacketEditor editor;
        QVERIFY(editor.open(path));
        QVERIFY(editor.setCells({{target.assignmentId, target.criterionId, newValue, false}}));
        QVERIFY(editor.setComment(target.assignmentId, QStringLiteral("Read on the train.")));
        // Refused as a whole: out of range.
        QVERIFY(!editor.setCells({{target.assignmentId, target.criterionId, target.scaleMax + 1.0, false}}));
    }
    // Closing and reopening keeps the work.
    auto reread = PacketFile::read(path);
    QVERIFY(reread);
    bool kept = false;
    for (const PacketCell &cell : reread->cells)
        kept = kept || (cell.assignmentId == target.assignmentId && cell.criterionId == target.criterionId &&
                        cell.value == newValue);
    QVERIFY(kept);

    const QByteArray before = rowsHash(*doc);
    auto plan = PacketMerge::plan(doc->database(), path);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error()));
    QCOMPARE(plan->apply.size(), 2);
    QCOMPARE(plan->conflicts.size(), 0);
    QVERIFY(!plan->mergedAt);
    QCOMPARE(rowsHash(*doc), before); // planning writes nothing
    QVERIFY(doc->execute(new MergePacketCommand(*doc, plan.value(), {})));
    QCOMPARE(doc->reviewStore().findScore(target.assignmentId, target.criterionId).value()->value, newValue);
    QCOMPARE(doc->reviewStore().loadAssignment(target.assignmentId)->comment, QStringLiteral("Read on the train."));
    const QByteArray merged = rowsHash(*doc);
    QVERIFY(merged != before);

    // Again: nothing to do, and the plan says it was merged.
    auto again = PacketMerge::plan(doc->database(), path);
    QVERIFY(again);
    QVERIFY(again->changesNothing());
    QVERIFY(again->mergedAt.has_value());
    QCOMPARE(again->alreadyIn, 2);
    QVERIFY(again->summary().contains(QStringLiteral("already merged")));
    QCOMPARE(rowsHash(*doc), merged);

    // Undo takes the whole merge back; the packet can be merged again.
    doc->undoStack()->undo();
    QCOMPARE(rowsHash(*doc).size(), before.size());
    QCOMPARE(doc->reviewStore().findScore(target.assignmentId, target.criterionId).value()->value, target.value);
    QCOMPARE(
        doc->reviewStore().loadAssignment(target.assignmentId)->comment,
        reread->assignments.isEmpty() ? QString() : [&] {
            for (const PacketAssignment &a : reread->assignments)
                if (a.id == target.assignmentId)
                    return a.baseComment;
            return QString();
        }());
    auto afterUndo = PacketMerge::plan(doc->database(), path);
    QVERIFY(afterUndo);
    QVERIFY(!afterUndo->mergedAt);
    QCOMPARE(afterUndo->apply.size(), 2);
    doc->undoStack()->redo();
    QCOMPARE(rowsHash(*doc).size(), merged.size());
    QCOMPARE(doc->reviewStore().findScore(target.assignmentId, target.criterionId).value()->value, newValue);
}

void TestPacket::conflictsAreTheChairsChoice()
{
    for (const bool takePacket : {false, true}) {
        init();
        auto doc = open();
        QVERIFY(doc);
        const Target target = openCell(*doc);
        const QString path = exportPacket(*doc, target.reviewerId, QStringLiteral("conflict%1").arg(takePacket));
        PacketEditor editor;
        QVERIFY(editor.open(path));
        const double packetValue = valueOtherThan(target, {*target.value});
        const double programValue = valueOtherThan(target, {*target.value, packetValue});
        QVERIFY(editor.setCells({{target.assignmentId, target.criterionId, packetValue, false}}));
        editor.close();
        // Meanwhile the program gets another value for the same cell.
        QVERIFY(doc->execute(new SetScoresCommand(
            *doc, m_fallId, {ScoreEdit{target.assignmentId, target.criterionId, programValue, false}})));
        const QByteArray before = rowsHash(*doc);
        auto plan = PacketMerge::plan(doc->database(), path);
        QVERIFY(plan);
        QCOMPARE(plan->apply.size(), 0);
        QCOMPARE(plan->conflicts.size(), 1);
        const PacketMergeItem &conflict = plan->conflicts.first();
        QCOMPARE(conflict.packetValue, std::optional<double>(packetValue));
        QCOMPARE(conflict.programValue, std::optional<double>(programValue));
        QVERIFY(conflict.programChangedAt.isValid());
        QVERIFY(doc->execute(new MergePacketCommand(*doc, plan.value(), {takePacket})));
        QCOMPARE(doc->reviewStore().findScore(target.assignmentId, target.criterionId).value()->value,
                 std::optional<double>(takePacket ? packetValue : programValue));
        if (!takePacket) {
            // Keeping the program's value changes no score (the merge is still recorded).
            auto again = PacketMerge::plan(doc->database(), path);
            QVERIFY(again && again->mergedAt);
            Q_UNUSED(before)
        }
    }
}

void TestPacket::olderPacketAfterNewerConflicts()
{
    auto doc = open();
    QVERIFY(doc);
    const Target target = openCell(*doc);
    const QString older = exportPacket(*doc, target.reviewerId, QStringLiteral("older"));
    const QString newer = exportPacket(*doc, target.reviewerId, QStringLiteral("newer"));
    QVERIFY(!older.isEmpty() && !newer.isEmpty());
    const double newerValue = valueOtherThan(target, {*target.value});
    const double olderValue = valueOtherThan(target, {*target.value, newerValue});
    PacketEditor editor;
    QVERIFY(editor.open(older));
    QVERIFY(editor.setCells({{target.assignmentId, target.criterionId, olderValue, false}}));
    QVERIFY(editor.open(newer));
    QVERIFY(editor.setCells({{target.assignmentId, target.criterionId, newerValue, false}}));
    editor.close();

    auto planNewer = PacketMerge::plan(doc->database(), newer);
    QVERIFY(planNewer);
    QCOMPARE(planNewer->apply.size(), 1);
    QVERIFY(doc->execute(new MergePacketCommand(*doc, planNewer.value(), {})));
    const QByteArray afterNewer = rowsHash(*doc);
    auto planOlder = PacketMerge::plan(doc->database(), older);
    QVERIFY(planOlder);
    QCOMPARE(planOlder->apply.size(), 0);
    QCOMPARE(planOlder->conflicts.size(), 1); // never a silent overwrite
    QCOMPARE(rowsHash(*doc), afterNewer);
}

void TestPacket::reassignedApplicationIsReportedNotApplied()
{
    auto doc = open();
    QVERIFY(doc);
    const Target target = openCell(*doc);
    const QString path = exportPacket(*doc, target.reviewerId, QStringLiteral("reassigned"));
    PacketEditor editor;
    QVERIFY(editor.open(path));
    QVERIFY(
        editor.setCells({{target.assignmentId, target.criterionId, valueOtherThan(target, {*target.value}), false}}));
    editor.close();
    const Assignment assignment = doc->reviewStore().loadAssignment(target.assignmentId).value();
    QVERIFY(doc->execute(new ChangeAssignmentsCommand(*doc, m_fallId, {}, {assignment},
                                                      ChangeAssignmentsCommand::ScoredRemoval::RemoveScores)));
    const QByteArray before = rowsHash(*doc);
    auto plan = PacketMerge::plan(doc->database(), path);
    QVERIFY(plan);
    QCOMPARE(plan->refused.size(), 1);
    QVERIFY(plan->refused.first().reason.contains(QStringLiteral("no longer assigned")));
    QVERIFY(plan->apply.isEmpty());
    QVERIFY(plan->changesNothing());
    QCOMPARE(rowsHash(*doc), before);
}

void TestPacket::submittedPacketSubmitsCompleteAssignments()
{
    auto doc = open();
    QVERIFY(doc);
    const Target target = openCell(*doc);
    const QString path = exportPacket(*doc, target.reviewerId, QStringLiteral("submitted"));
    auto packet = PacketFile::read(path);
    QVERIFY(packet);
    // Score every open cell of the target's assignment, then submit the packet.
    PacketEditor editor;
    QVERIFY(editor.open(path));
    QList<PacketEditor::CellEdit> edits;
    for (const PacketCell &cell : packet->cells) {
        if (cell.assignmentId == target.assignmentId)
            edits.append({cell.assignmentId, cell.criterionId, double(target.scaleMin), false});
    }
    QVERIFY(editor.setCells(edits));
    QVERIFY(editor.setSubmitted(true));
    QVERIFY(!editor.setCells(edits)); // a submitted packet is read-only
    editor.close();
    auto plan = PacketMerge::plan(doc->database(), path);
    QVERIFY(plan);
    QVERIFY(plan->submitted);
    auto *command = new MergePacketCommand(*doc, plan.value(), QList<bool>(plan->conflicts.size(), true));
    QVERIFY(doc->execute(command));
    QVERIFY(command->submittedAssignments() >= 1);
    QVERIFY(doc->reviewStore().loadAssignment(target.assignmentId)->submittedAt.isValid());
    doc->undoStack()->undo();
    QVERIFY(!doc->reviewStore().loadAssignment(target.assignmentId)->submittedAt.isValid());
}

void TestPacket::badPacketsAreRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("reason");
    QTest::newRow("edited reviewer id")
        << QStringLiteral("UPDATE meta SET value = 'aaaaaaaa-0000-0000-0000-000000000000' WHERE key = 'reviewer_id'")
        << QStringLiteral("altered outside Cohort");
    QTest::newRow("edited base value") << QStringLiteral("UPDATE cells SET base_value = 1, base_version = 99")
                                       << QStringLiteral("altered outside Cohort");
    QTest::newRow("extra trigger") << QStringLiteral(
                                          "CREATE TRIGGER t AFTER UPDATE ON cells BEGIN DELETE FROM meta; END")
                                   << QStringLiteral("trigger t");
    QTest::newRow("extra table") << QStringLiteral("CREATE TABLE notes (x TEXT)") << QStringLiteral("table notes");
    QTest::newRow("extra view") << QStringLiteral("CREATE VIEW v AS SELECT * FROM meta") << QStringLiteral("view v");
    QTest::newRow("extra index") << QStringLiteral("CREATE INDEX i ON cells (value)") << QStringLiteral("index i");
    QTest::newRow("bit flip") << QStringLiteral("flip") << QString();
    QTest::newRow("truncated") << QStringLiteral("truncate") << QString();
    QTest::newRow("not sqlite") << QStringLiteral("text") << QStringLiteral("not an SQLite file");
    QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("not an SQLite file");
}

void TestPacket::badPacketsAreRefused()
{
    QFETCH(QString, damage);
    QFETCH(QString, reason);
    auto doc = open();
    QVERIFY(doc);
    const Target target = openCell(*doc);
    const QString path = exportPacket(*doc, target.reviewerId, QStringLiteral("bad-%1").arg(m_run));
    QVERIFY(!path.isEmpty());
    PacketEditor editor;
    QVERIFY(editor.open(path));
    QVERIFY(
        editor.setCells({{target.assignmentId, target.criterionId, valueOtherThan(target, {*target.value}), false}}));
    editor.close();
    QFile file(path);
    if (damage == QLatin1String("flip")) {
        // A bit of the program's name, which the MAC covers.
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const qsizetype at = bytes.indexOf("Mentoring Program (demo)");
        QVERIFY(at > 0);
        bytes[at + 3] = char(bytes[at + 3] ^ 0x01);
        file.seek(0);
        file.write(bytes);
        file.close();
    } else if (damage == QLatin1String("truncate")) {
        QVERIFY(file.resize(file.size() / 2));
    } else if (damage == QLatin1String("text")) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("reviewer,application,criterion,value\n");
        file.close();
    } else if (damage == QLatin1String("empty")) {
        QVERIFY(file.resize(0));
    } else {
        QVERIFY(execOnPacket(path, damage));
    }
    const QByteArray before = rowsHash(*doc);
    auto plan = PacketMerge::plan(doc->database(), path);
    QVERIFY2(!plan, "the damaged packet was accepted");
    if (!reason.isEmpty())
        QVERIFY2(plan.error().contains(reason), qPrintable(plan.error()));
    QCOMPARE(rowsHash(*doc), before);
}

void TestPacket::otherProgramsPacketIsRefused()
{
    const QString other = m_dir.filePath(QStringLiteral("other-%1.cohort").arg(m_run));
    DemoOptions options;
    options.seed = 7;
    QVERIFY(DemoGenerator::createFile(other, options));
    QString packetPath;
    {
        auto opened = ProgramDocument::open(other);
        QVERIFY(opened);
        ProgramDocument &otherDoc = *opened.value();
        QString fall;
        const QList<Cycle> cycles = otherDoc.cycleStore().list().value();
        for (const Cycle &cycle : cycles) {
            if (cycle.name == QLatin1String("Fall 2017"))
                fall = cycle.id;
        }
        auto exported =
            PacketExporter(otherDoc.database()).exportPackets(fall, {}, m_dir.path(), QStringLiteral("other chair"));
        QVERIFY(exported && !exported->isEmpty());
        packetPath = exported->first().path;
    }
    auto doc = open();
    const QByteArray before = rowsHash(*doc);
    auto plan = PacketMerge::plan(doc->database(), packetPath);
    QVERIFY(!plan);
    QVERIFY2(plan.error().contains(QStringLiteral("another program")), qPrintable(plan.error()));
    QCOMPARE(rowsHash(*doc), before);
}

void TestPacket::changedRubricIsRefused()
{
    auto doc = open();
    QVERIFY(doc);
    const Target target = openCell(*doc);
    const QString path = exportPacket(*doc, target.reviewerId, QStringLiteral("rubric"));
    const Criterion before = doc->reviewStore().loadCriterion(target.criterionId).value();
    Criterion after = before;
    after.weight = before.weight + 1.0;
    QVERIFY(doc->execute(new EditCriterionCommand(*doc, before, after)));
    auto plan = PacketMerge::plan(doc->database(), path);
    QVERIFY(!plan);
    QVERIFY2(plan.error().contains(QStringLiteral("rubric")), qPrintable(plan.error()));
}

void TestPacket::packetOfAGoneCycleIsRefused()
{
    auto doc = open();
    QVERIFY(doc);
    const Target target = openCell(*doc);
    const QString path = exportPacket(*doc, target.reviewerId, QStringLiteral("gone"));
    QSqlQuery query(doc->database().connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM cycles WHERE id = '%1'").arg(m_fallId)));
    const QByteArray before = rowsHash(*doc);
    auto plan = PacketMerge::plan(doc->database(), path);
    QVERIFY(!plan);
    QVERIFY2(plan.error().contains(QStringLiteral("no longer has")), qPrintable(plan.error()));
    QCOMPARE(rowsHash(*doc), before);
}

// The window merges on a worker thread with its own connection (PacketMergeWriter::mergeAll),
// then pushes commands that write nothing on their first redo. A cancel or a cell changed after
// planning leaves the program as it was; undo and redo of what the worker wrote work.
void TestPacket::mergeOnAnotherConnectionIsAllOrNothing()
{
    auto doc = open();
    QVERIFY(doc);
    const Target target = openCell(*doc);
    const QString path = exportPacket(*doc, target.reviewerId, QStringLiteral("worker"));
    QVERIFY(!path.isEmpty());
    const double newValue = valueOtherThan(target, {*target.value});
    {
        PacketEditor editor;
        QVERIFY(editor.open(path));
        QVERIFY(editor.setCells({{target.assignmentId, target.criterionId, newValue, false}}));
    }
    // A second packet: another reviewer's, untouched but for its comment.
    auto data = doc->reviewStore().loadCycle(m_fallId, QStringLiteral("mentee"));
    QVERIFY(data);
    QString otherAssignment, otherReviewer;
    for (const ReviewAssignment &a : data->assignments) {
        if (a.reviewerId != target.reviewerId && !a.submittedAt.isValid() &&
            !data->isConflicted(a.application, a.reviewer)) {
            otherAssignment = a.id;
            otherReviewer = a.reviewerId;
            break;
        }
    }
    QVERIFY(!otherReviewer.isEmpty());
    const QString otherPath = exportPacket(*doc, otherReviewer, QStringLiteral("worker2"));
    {
        PacketEditor editor;
        QVERIFY(editor.open(otherPath));
        QVERIFY(editor.setComment(otherAssignment, QStringLiteral("Merged on a worker.")));
    }
    QList<PacketMergePlan> plans;
    for (const QString &p : {path, otherPath}) {
        auto plan = PacketMerge::plan(doc->database(), p);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error()));
        plans.append(plan.value());
    }
    const QByteArray before = rowsHash(*doc);
    auto connection = doc->database().openAnotherConnection();
    QVERIFY(connection);

    // Cancelled after the first packet: nothing of either is written.
    int calls = 0;
    auto cancelled = PacketMergeWriter::mergeAll(*connection.value(), plans, {}, QStringLiteral("test"),
                                                 [&calls](int done, int total) {
                                                     ++calls;
                                                     return done < total;
                                                 });
    QVERIFY(!cancelled);
    QCOMPARE(calls, 2);
    QCOMPARE(rowsHash(*doc), before);

    // The first packet's cell changed after planning: the whole merge is refused.
    QVERIFY(doc->execute(new SetScoresCommand(*doc, m_fallId,
                                              {ScoreEdit{target.assignmentId, target.criterionId,
                                                         valueOtherThan(target, {*target.value, newValue}), false}})));
    const QByteArray changed = rowsHash(*doc);
    auto refused = PacketMergeWriter::mergeAll(*connection.value(), plans, {}, QStringLiteral("test"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("changed in the program")), qPrintable(refused.error()));
    QCOMPARE(rowsHash(*doc), changed);
    doc->undoStack()->undo(); // the value is back, in a newer row version: plan again
    for (int i = 0; i < plans.size(); ++i) {
        auto plan = PacketMerge::plan(doc->database(), plans.at(i).path);
        QVERIFY(plan);
        plans[i] = plan.value();
    }

    // Merged: both packets in one transaction, one undo step in the document.
    auto written = PacketMergeWriter::mergeAll(*connection.value(), plans, {}, QStringLiteral("test"));
    QVERIFY2(written, written ? "" : qPrintable(written.error()));
    QCOMPARE(written->size(), 2);
    QList<QUndoCommand *> commands;
    for (PacketMergeWrites &writes : written.value())
        commands.append(new MergePacketCommand(*doc, std::move(writes)));
    QVERIFY(doc->executeAsOne(QStringLiteral("Merge"), commands));
    QCOMPARE(doc->reviewStore().findScore(target.assignmentId, target.criterionId).value()->value,
             std::optional<double>(newValue));
    QCOMPARE(doc->reviewStore().loadAssignment(otherAssignment)->comment, QStringLiteral("Merged on a worker."));
    const QByteArray merged = rowsHash(*doc);
    auto again = PacketMerge::plan(doc->database(), path);
    QVERIFY(again && again->mergedAt && again->changesNothing());

    doc->undoStack()->undo();
    QCOMPARE(doc->reviewStore().findScore(target.assignmentId, target.criterionId).value()->value, target.value);
    QVERIFY(doc->reviewStore().loadAssignment(otherAssignment)->comment != QStringLiteral("Merged on a worker."));
    auto afterUndo = PacketMerge::plan(doc->database(), path);
    QVERIFY(afterUndo && !afterUndo->mergedAt);
    doc->undoStack()->redo();
    QCOMPARE(doc->reviewStore().findScore(target.assignmentId, target.criterionId).value()->value,
             std::optional<double>(newValue));
    QCOMPARE(rowsHash(*doc).size(), merged.size());
}

QTEST_GUILESS_MAIN(TestPacket)
#include "tst_packet.moc"
