// cohort-cli review scores import | review decide --import: review work kept in spreadsheets.

#include "cli.h"

#include "document/programdocument.h"
#include "document/reviewcommands.h"
#include "intake/csv.h"
#include "review/reviewfiles.h"
#include "review/reviewstatistics.h"
#include "store/reviewstore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace cohort {

namespace {

const QStringList kRoles = {QStringLiteral("mentee"), QStringLiteral("mentor")};
constexpr int kProblemsShown = 50;

QJsonArray problemsJson(const QList<ReviewImportProblem> &problems)
{
    QJsonArray array;
    for (const ReviewImportProblem &p : problems)
        array.append(QJsonObject{{QStringLiteral("line"), p.line},
                                 {QStringLiteral("column"), p.column},
                                 {QStringLiteral("message"), p.message}});
    return array;
}

} // namespace

int Cli::parseReviewFileArguments(const QString &command, const QString &description, const QString &usage,
                                  const QStringList &arguments, bool csvPositional, ReviewFileArguments &out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption cycleOption(QStringLiteral("cycle"), tr("The cycle, by name or id."), tr("C"));
    const QCommandLineOption importOption(QStringLiteral("import"), tr("The decisions CSV file to read."), tr("CSV"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Check the file; write nothing."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOptions({helpOption, cycleOption, dryRunOption, jsonOption});
    if (!csvPositional)
        parser.addOption(importOption);
    parser.addPositionalArgument(tr("FILE"), tr("The program file."));
    if (csvPositional)
        parser.addPositionalArgument(tr("CSV"), tr("The scores CSV file to read."));
    out.helpShown = false;
    if (!parse(parser, command, arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        out.helpShown = true;
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const int expected = csvPositional ? 2 : 1;
    if (positional.size() != expected)
        return usageError(csvPositional ? tr("%1 needs a program FILE and a CSV file.").arg(command)
                                        : tr("%1 needs one program FILE.").arg(command),
                          usage);
    if (parser.value(cycleOption).isEmpty())
        return usageError(tr("%1 needs --cycle.").arg(command), usage);
    if (!csvPositional && parser.value(importOption).isEmpty())
        return usageError(tr("%1 needs --import with a CSV file.").arg(command), usage);
    out.program = positional.first();
    out.csv = csvPositional ? positional.at(1) : parser.value(importOption);
    out.cycle = parser.value(cycleOption);
    out.dryRun = parser.isSet(dryRunOption);
    out.json = parser.isSet(jsonOption);
    return Ok;
}

int Cli::reviewScoresImport(const QStringList &arguments)
{
    const QString usage = tr("Usage: cohort-cli review scores import FILE SCORES.csv --cycle C [--dry-run] [--json]");
    ReviewFileArguments args;
    if (const int parsed = parseReviewFileArguments(
            QStringLiteral("review scores import"),
            tr("Enter scores kept in a spreadsheet: one row per cell with the columns reviewer (or reviewer_email), "
               "application (the code), criterion, value (a number, N/A, or empty to leave the cell) and an "
               "optional comment — the columns review scores export writes. The whole file is checked first; any "
               "problem refuses it with the line and column, and nothing is written. The import is one undo step "
               "in the app's history of this session."),
            usage, arguments, true, args);
        parsed != Ok || args.helpShown)
        return parsed;

    auto table = Csv::readFile(args.csv);
    if (!table)
        return fail(tr("%1: %2").arg(QFileInfo(args.csv).fileName(), table.error()));
    if (!QFileInfo::exists(args.program))
        return fail(tr("“%1” does not exist.").arg(args.program));
    auto opened = ProgramDocument::open(args.program, args.dryRun);
    if (!opened)
        return fail(opened.error());
    ProgramDocument &document = *opened.value();
    if (!args.dryRun && document.isReadOnly())
        return fail(tr("The program is open read-only, so scores cannot be entered."));
    auto cycle = findCycle(document.database(), args.cycle);
    if (!cycle)
        return fail(cycle.error());
    auto loaded = document.reviewStore().loadCycleRoles(cycle->id);
    if (!loaded)
        return fail(loaded.error());
    const QList<ReviewCycleData> &data = loaded.value();
    const ScoreImportPlan plan = ReviewFiles::planScores(table.value(), data);

    bool written = false;
    if (plan.ok() && !args.dryRun) {
        const QList<QUndoCommand *> commands = scoreImportCommands(document, cycle->id, plan, data);
        if (!commands.isEmpty()) {
            const Status status = document.executeAsOne(tr("Import Scores"), commands);
            if (!status)
                return fail(status.error());
            written = true;
        }
    }
    const QString file = QFileInfo(args.csv).fileName();
    if (args.json) {
        print(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("file"), file},
                                                          {QStringLiteral("cycle"), cycle->name},
                                                          {QStringLiteral("dryRun"), args.dryRun},
                                                          {QStringLiteral("written"), written},
                                                          {QStringLiteral("rows"), plan.rows},
                                                          {QStringLiteral("changedCells"), plan.changedCells()},
                                                          {QStringLiteral("changedComments"), plan.changedComments()},
                                                          {QStringLiteral("unchanged"), plan.unchanged},
                                                          {QStringLiteral("blank"), plan.blank},
                                                          {QStringLiteral("problems"), problemsJson(plan.problems)}})
                                    .toJson(QJsonDocument::Indented)));
    } else {
        QStringList lines;
        lines << tr("%1 → %2: %n row(s) read", nullptr, plan.rows).arg(file, cycle->name);
        if (plan.ok()) {
            const QString changes = tr("%1 and %2")
                                        .arg(tr("%n score(s)", nullptr, plan.changedCells()),
                                             tr("%n comment(s)", nullptr, plan.changedComments()));
            lines << (args.dryRun ? tr("Would change %1; %2 already so, %3 left blank.")
                                  : tr("Changed %1; %2 already so, %3 left blank."))
                         .arg(changes)
                         .arg(plan.unchanged)
                         .arg(plan.blank);
        }
        for (int i = 0; i < plan.problems.size() && i < kProblemsShown; ++i)
            lines << QStringLiteral("  ") + ReviewFiles::problemText(plan.problems.at(i));
        if (plan.problems.size() > kProblemsShown)
            lines << tr("  … and %n more problem(s).", nullptr, int(plan.problems.size()) - kProblemsShown);
        print(lines.join(QLatin1Char('\n')));
    }
    if (!plan.ok())
        return fail(tr("%n problem(s) in %1; no score was entered.", nullptr, int(plan.problems.size())).arg(file));
    return Ok;
}

int Cli::reviewDecide(const QStringList &arguments)
{
    const QString usage =
        tr("Usage: cohort-cli review decide FILE --cycle C --import DECISIONS.csv [--dry-run] [--json]");
    ReviewFileArguments args;
    if (const int parsed = parseReviewFileArguments(
            QStringLiteral("review decide"),
            tr("Record decisions kept in a spreadsheet: the columns application (the code), decision (accepted, "
               "waitlisted or declined; empty leaves the application as it is) and rationale. A decision that "
               "departs from the calibrated order needs a rationale. Decisions set the applications' status. The "
               "whole file is checked first; any problem refuses it with the line, and nothing is written."),
            usage, arguments, false, args);
        parsed != Ok || args.helpShown)
        return parsed;

    auto table = Csv::readFile(args.csv);
    if (!table)
        return fail(tr("%1: %2").arg(QFileInfo(args.csv).fileName(), table.error()));
    if (!QFileInfo::exists(args.program))
        return fail(tr("“%1” does not exist.").arg(args.program));
    auto opened = ProgramDocument::open(args.program, args.dryRun);
    if (!opened)
        return fail(opened.error());
    ProgramDocument &document = *opened.value();
    if (!args.dryRun && document.isReadOnly())
        return fail(tr("The program is open read-only, so decisions cannot be recorded."));
    auto cycle = findCycle(document.database(), args.cycle);
    if (!cycle)
        return fail(cycle.error());
    auto loaded = document.reviewStore().loadCycleRoles(cycle->id);
    if (!loaded)
        return fail(loaded.error());
    const QList<ReviewCycleData> &data = loaded.value();
    QList<ReviewStatistics> statistics;
    for (const ReviewCycleData &d : data) {
        auto stats = ReviewStatistics::compute(d);
        if (!stats)
            return fail(stats.error());
        statistics.append(std::move(stats.value()));
    }
    const DecisionImportPlan plan = ReviewFiles::planDecisions(table.value(), data, statistics);

    bool written = false;
    if (plan.ok() && !args.dryRun) {
        const QList<QUndoCommand *> commands = decisionImportCommands(document, cycle->id, plan, data);
        if (!commands.isEmpty()) {
            const Status status = document.executeAsOne(tr("Import Decisions"), commands);
            if (!status)
                return fail(status.error());
            written = true;
        }
    }
    const QString file = QFileInfo(args.csv).fileName();
    if (args.json) {
        QJsonArray changes;
        for (int r = 0; r < plan.roles.size(); ++r) {
            for (const DecisionImportPlan::Change &change : plan.roles.at(r))
                changes.append(
                    QJsonObject{{QStringLiteral("line"), change.line},
                                {QStringLiteral("code"), data.at(r).applications.at(change.application).code},
                                {QStringLiteral("decision"), change.outcome},
                                {QStringLiteral("rationale"), change.rationale}});
        }
        print(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("file"), file},
                                                          {QStringLiteral("cycle"), cycle->name},
                                                          {QStringLiteral("dryRun"), args.dryRun},
                                                          {QStringLiteral("written"), written},
                                                          {QStringLiteral("rows"), plan.rows},
                                                          {QStringLiteral("changes"), changes},
                                                          {QStringLiteral("unchanged"), plan.unchanged},
                                                          {QStringLiteral("blank"), plan.blank},
                                                          {QStringLiteral("problems"), problemsJson(plan.problems)}})
                                    .toJson(QJsonDocument::Indented)));
    } else {
        QStringList lines;
        lines << tr("%1 → %2: %n row(s) read", nullptr, plan.rows).arg(file, cycle->name);
        if (plan.ok())
            lines << (args.dryRun
                          ? tr("Would record %n decision(s); %1 already so, %2 left blank.", nullptr, plan.changed())
                          : tr("Recorded %n decision(s); %1 already so, %2 left blank.", nullptr, plan.changed()))
                         .arg(plan.unchanged)
                         .arg(plan.blank);
        for (int i = 0; i < plan.problems.size() && i < kProblemsShown; ++i)
            lines << QStringLiteral("  ") + ReviewFiles::problemText(plan.problems.at(i));
        if (plan.problems.size() > kProblemsShown)
            lines << tr("  … and %n more problem(s).", nullptr, int(plan.problems.size()) - kProblemsShown);
        print(lines.join(QLatin1Char('\n')));
    }
    if (!plan.ok())
        return fail(tr("%n problem(s) in %1; no decision was recorded.", nullptr, int(plan.problems.size())).arg(file));
    return Ok;
}

} // namespace cohort
