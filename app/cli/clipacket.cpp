// cohort-cli review packet export|merge: offline review packets.

#include "cli.h"

#include "document/packetmergecommand.h"
#include "document/programdocument.h"
#include "review/packetexport.h"
#include "review/packetmerge.h"
#include "store/reviewstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cohort {

namespace {

QJsonObject itemJson(const PacketMergeItem &item)
{
    return QJsonObject{{QStringLiteral("code"), item.code},
                       {QStringLiteral("what"), item.what},
                       {QStringLiteral("base"), item.baseText()},
                       {QStringLiteral("packet"), item.packetText()},
                       {QStringLiteral("program"), item.programText()},
                       {QStringLiteral("programChangedBy"), item.programChangedBy}};
}

} // namespace

int Cli::reviewPacket(const QStringList &arguments)
{
    const QString usage =
        tr("Usage: cohort-cli review packet export FILE --cycle C [--reviewer R]... --out DIR [--json]\n"
           "       cohort-cli review packet merge FILE PACKETS... [--on-conflict "
           "keep-program|take-packet|fail] [--json]");
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("export"))
        return reviewPacketExport(arguments.mid(1), usage);
    if (sub == QLatin1String("merge"))
        return reviewPacketMerge(arguments.mid(1), usage);
    return usageError(sub.isEmpty() ? tr("review packet needs export or merge.")
                                    : tr("unknown review packet subcommand “%1”.").arg(sub),
                      usage);
}

int Cli::reviewPacketExport(const QStringList &arguments, const QString &usage)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write one review packet per reviewer (or per --reviewer, by name, email or id) into DIR: the reviewer's "
           "assigned applications without a conflict (blinded when the cycle is blind), the rubric and the "
           "reviewer's own scores, signed with the program's secret. Reviewers score offline in Cohort; "
           "review packet merge brings the scores back."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption cycleOption(QStringLiteral("cycle"), tr("The cycle, by name or id."), tr("C"));
    const QCommandLineOption reviewerOption(QStringLiteral("reviewer"), tr("A reviewer (repeat for several)."),
                                            tr("R"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The folder to write the packets into."), tr("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOptions({helpOption, cycleOption, reviewerOption, outOption, jsonOption});
    parser.addPositionalArgument(tr("FILE"), tr("The program file."));
    if (!parse(parser, QStringLiteral("review packet export"), arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("review packet export needs one program FILE."), usage);
    if (parser.value(cycleOption).isEmpty())
        return usageError(tr("review packet export needs --cycle."), usage);
    if (parser.value(outOption).isEmpty())
        return usageError(tr("review packet export needs --out with a folder."), usage);
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo::exists(path))
        return fail(tr("“%1” does not exist.").arg(path));
    auto opened = ProgramDocument::open(path);
    if (!opened)
        return fail(opened.error());
    ProgramDocument &document = *opened.value();
    if (document.isReadOnly())
        return fail(tr("The program is open read-only, so packets cannot be exported (the export is recorded)."));
    auto cycle = findCycle(document.database(), parser.value(cycleOption));
    if (!cycle)
        return fail(cycle.error());
    auto reviewers = document.reviewStore().listReviewers();
    if (!reviewers)
        return fail(reviewers.error());
    QStringList reviewerIds;
    for (const QString &wanted : parser.values(reviewerOption)) {
        QString found;
        for (const Reviewer &r : reviewers.value()) {
            if (r.id == wanted || r.email.compare(wanted, Qt::CaseInsensitive) == 0 ||
                r.name.compare(wanted, Qt::CaseInsensitive) == 0)
                found = r.id;
        }
        if (found.isEmpty())
            return fail(tr("No reviewer is called “%1” (give a name, an email or an id).").arg(wanted));
        reviewerIds.append(found);
    }
    const QString folder = parser.value(outOption);
    if (!QDir().mkpath(folder))
        return fail(tr("The folder “%1” cannot be made.").arg(folder));
    auto exported =
        PacketExporter(document.database()).exportPackets(cycle->id, reviewerIds, folder, ProgramDocument::actor());
    if (!exported)
        return fail(exported.error());
    if (parser.isSet(jsonOption)) {
        QJsonArray packets;
        for (const ExportedPacket &p : exported.value())
            packets.append(QJsonObject{{QStringLiteral("reviewer"), p.reviewerName},
                                       {QStringLiteral("file"), p.path},
                                       {QStringLiteral("packetId"), p.packetId},
                                       {QStringLiteral("applications"), p.applications},
                                       {QStringLiteral("cells"), p.cells},
                                       {QStringLiteral("scored"), p.scored}});
        print(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("cycle"), cycle->name}, {QStringLiteral("packets"), packets}})
                .toJson(QJsonDocument::Indented)));
        return Ok;
    }
    QStringList lines;
    lines << tr("Wrote %n packet(s) of %1 to %2:", nullptr, int(exported->size())).arg(cycle->name, folder);
    for (const ExportedPacket &p : exported.value())
        lines << tr("  %1: %2 applications, %3 of %4 cells scored (%5)")
                     .arg(p.reviewerName)
                     .arg(p.applications)
                     .arg(p.scored)
                     .arg(p.cells)
                     .arg(QFileInfo(p.path).fileName());
    print(lines.join(QLatin1Char('\n')));
    return Ok;
}

int Cli::reviewPacketMerge(const QStringList &arguments, const QString &usage)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Merge review packets back into the program. Each packet is checked first (its schema, its integrity, "
           "its signature, the program, cycle and rubric); a packet that fails is refused with the reason and "
           "changes nothing. Then each cell is merged three ways: changed only in the packet, it is applied; "
           "changed in the program too, to another value, it is a conflict, settled by --on-conflict (fail, the "
           "default, merges nothing of that packet). Each packet is one transaction and one audit entry."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption conflictOption(QStringLiteral("on-conflict"),
                                            tr("keep-program, take-packet, or fail (the default)."), tr("HOW"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOptions({helpOption, conflictOption, jsonOption});
    parser.addPositionalArgument(tr("FILE"), tr("The program file."));
    parser.addPositionalArgument(tr("PACKETS"), tr("The packet files."), tr("PACKETS..."));
    if (!parse(parser, QStringLiteral("review packet merge"), arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        return Ok;
    }
    if (parser.positionalArguments().size() < 2)
        return usageError(tr("review packet merge needs a program FILE and at least one packet."), usage);
    const QString how = parser.isSet(conflictOption) ? parser.value(conflictOption) : QStringLiteral("fail");
    if (how != QLatin1String("fail") && how != QLatin1String("keep-program") && how != QLatin1String("take-packet"))
        return usageError(tr("--on-conflict is keep-program, take-packet or fail."), usage);
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo::exists(path))
        return fail(tr("“%1” does not exist.").arg(path));
    auto opened = ProgramDocument::open(path);
    if (!opened)
        return fail(opened.error());
    ProgramDocument &document = *opened.value();
    if (document.isReadOnly())
        return fail(tr("The program is open read-only, so packets cannot be merged."));

    const bool json = parser.isSet(jsonOption);
    QJsonArray results;
    QStringList lines;
    int failures = 0;
    for (const QString &packetPath : parser.positionalArguments().mid(1)) {
        const QString name = QFileInfo(packetPath).fileName();
        QJsonObject result{{QStringLiteral("file"), packetPath}};
        auto plan = PacketMerge::plan(document.database(), packetPath);
        if (!plan) {
            ++failures;
            result.insert(QStringLiteral("status"), QStringLiteral("refused"));
            result.insert(QStringLiteral("reason"), plan.error());
            lines << tr("%1: refused: %2").arg(name, plan.error());
            results.append(result);
            continue;
        }
        const PacketMergePlan &p = plan.value();
        result.insert(QStringLiteral("reviewer"), p.meta.reviewerName);
        result.insert(QStringLiteral("packetId"), p.meta.packetId);
        result.insert(QStringLiteral("unchanged"), p.unchanged);
        result.insert(QStringLiteral("alreadyIn"), p.alreadyIn);
        result.insert(QStringLiteral("alreadyMerged"), p.mergedAt.has_value());
        QJsonArray conflicts;
        for (const PacketMergeItem &item : p.conflicts)
            conflicts.append(itemJson(item));
        result.insert(QStringLiteral("conflicts"), conflicts);
        QJsonArray refused;
        for (const PacketMergeRefusal &r : p.refused)
            refused.append(QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("reason"), r.reason}});
        result.insert(QStringLiteral("notApplied"), refused);
        lines << tr("%1: %2").arg(name, p.summary());
        for (const PacketMergeRefusal &r : p.refused)
            lines << QStringLiteral("  ") + r.reason;
        for (const PacketMergeItem &item : p.conflicts)
            lines << tr("  conflict: %1, %2: packet %3, program %4 (changed by %5)")
                         .arg(item.code, item.what, item.packetText(), item.programText(),
                              item.programChangedBy.isEmpty() ? tr("someone") : item.programChangedBy);
        if (!p.conflicts.isEmpty() && how == QLatin1String("fail")) {
            ++failures;
            result.insert(QStringLiteral("status"), QStringLiteral("conflicts"));
            lines << tr("  Not merged: settle the conflicts with --on-conflict keep-program or take-packet, or "
                        "merge it in the window.");
            results.append(result);
            continue;
        }
        if (p.changesNothing()) {
            result.insert(QStringLiteral("status"),
                          p.mergedAt ? QStringLiteral("already-merged") : QStringLiteral("nothing-to-merge"));
            result.insert(QStringLiteral("applied"), 0);
            results.append(result);
            continue;
        }
        const QList<bool> take(p.conflicts.size(), how == QLatin1String("take-packet"));
        auto *command = new MergePacketCommand(document, p, take);
        const Status status = document.execute(command);
        if (!status) {
            ++failures;
            result.insert(QStringLiteral("status"), QStringLiteral("failed"));
            result.insert(QStringLiteral("reason"), status.error());
            lines << tr("  Not merged: %1").arg(status.error());
            results.append(result);
            continue;
        }
        result.insert(QStringLiteral("status"), QStringLiteral("merged"));
        result.insert(QStringLiteral("applied"), command->writtenCells() + command->writtenComments());
        result.insert(QStringLiteral("submitted"), command->submittedAssignments());
        lines << tr("  Merged: %1 scores, %2 comments written; %3 assignments submitted.")
                     .arg(command->writtenCells())
                     .arg(command->writtenComments())
                     .arg(command->submittedAssignments());
        results.append(result);
    }
    if (json)
        print(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("packets"), results}}).toJson(QJsonDocument::Indented)));
    else
        print(lines.join(QLatin1Char('\n')));
    if (failures > 0)
        return fail(tr("%n packet(s) not merged.", nullptr, failures));
    return Ok;
}

} // namespace cohort
