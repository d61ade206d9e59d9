// cohort-cli review assign|stats: the committee's review without a window.

#include "cli.h"

#include "db/database.h"
#include "document/programdocument.h"
#include "document/reviewcommands.h"
#include "intake/csv.h"
#include "review/autoassign.h"
#include "review/reviewfiles.h"
#include "review/reviewstatistics.h"
#include "store/reviewstore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cohort {

namespace {

const QStringList kRoles = {QStringLiteral("mentee"), QStringLiteral("mentor")};

// A number rounded for reading and for JSON (3 decimals); NaN and infinities never leak.
double rounded(double value)
{
    return std::isfinite(value) ? std::round(value * 1000.0) / 1000.0 : 0.0;
}

QJsonValue alphaJson(const KrippendorffAlpha &alpha)
{
    QJsonObject object;
    object.insert(QStringLiteral("alpha"), alpha.defined() ? QJsonValue(rounded(alpha.alpha)) : QJsonValue());
    object.insert(QStringLiteral("pairableValues"), alpha.pairableValues);
    object.insert(QStringLiteral("pairableApplications"), alpha.pairableUnits);
    object.insert(QStringLiteral("text"), alpha.text());
    return object;
}

QString methodKey(CalibrationMethod method)
{
    switch (method) {
    case CalibrationMethod::RawMean:
        return QStringLiteral("raw");
    case CalibrationMethod::ZScore:
        return QStringLiteral("z");
    case CalibrationMethod::ReviewerOffset:
        break;
    }
    return QStringLiteral("offset");
}

} // namespace

int Cli::review(const QStringList &arguments)
{
    const QString usage =
        tr("Usage: cohort-cli review assign|stats|scores export|scores import|decide|packet export|packet "
           "merge FILE … (see cohort-cli review assign --help)");
    if (arguments.isEmpty())
        return usageError(
            tr("review needs a subcommand: assign, stats, scores export, scores import, decide or packet."), usage);
    const QString sub = arguments.first();
    if (sub == QLatin1String("assign"))
        return reviewAssign(arguments.mid(1));
    if (sub == QLatin1String("stats"))
        return reviewStats(arguments.mid(1));
    if (sub == QLatin1String("scores") && arguments.value(1) == QLatin1String("export"))
        return reviewScoresExport(arguments.mid(2));
    if (sub == QLatin1String("scores") && arguments.value(1) == QLatin1String("import"))
        return reviewScoresImport(arguments.mid(2));
    if (sub == QLatin1String("decide"))
        return reviewDecide(arguments.mid(1));
    if (sub == QLatin1String("packet"))
        return reviewPacket(arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        print(usage);
        return Ok;
    }
    return usageError(tr("unknown review subcommand “%1”.").arg(sub), usage);
}

int Cli::reviewScoresExport(const QStringList &arguments)
{
    const QString usage =
        tr("Usage: cohort-cli review scores export FILE --cycle C [--role mentor|mentee] [--out CSV]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export a cycle's scores to CSV, one row per scored cell: reviewer, application (by code), role, "
           "criterion, value (a number, or N/A) and the reviewer's comment on the application. UTF-8 with BOM; "
           "cells a spreadsheet would run as formulas are neutralized."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption cycleOption(QStringLiteral("cycle"), tr("The cycle, by name or id."), tr("C"));
    const QCommandLineOption roleOption(QStringLiteral("role"), tr("Only mentor or only mentee applications."),
                                        tr("R"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The CSV file to write (default: stdout)."),
                                       tr("CSV"));
    parser.addOptions({helpOption, cycleOption, roleOption, outOption});
    parser.addPositionalArgument(tr("FILE"), tr("The program file."));
    if (!parse(parser, QStringLiteral("review scores export"), arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(parser.positionalArguments().isEmpty() ? tr("review scores export needs a FILE.")
                                                                 : tr("review scores export takes one FILE."),
                          usage);
    if (parser.value(cycleOption).isEmpty())
        return usageError(tr("review scores export needs --cycle."), usage);
    const QString role = parser.value(roleOption);
    if (!role.isEmpty() && !kRoles.contains(role))
        return usageError(tr("--role is mentor or mentee."), usage);
    if (parser.isSet(outOption) && parser.value(outOption).isEmpty())
        return usageError(tr("--out needs a file name."), usage);

    auto opened = Database::openFile(parser.positionalArguments().first(), true);
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    auto cycle = findCycle(db, parser.value(cycleOption));
    if (!cycle)
        return fail(cycle.error());
    QList<ReviewCycleData> loaded;
    for (const QString &r : role.isEmpty() ? kRoles : QStringList{role}) {
        auto data = ReviewStore(db).loadCycle(cycle->id, r);
        if (!data)
            return fail(data.error());
        loaded.append(std::move(data.value()));
    }
    const QStringList header = ReviewFiles::scoreHeader();
    const QList<QStringList> rows = ReviewFiles::scoreRows(loaded);
    if (!parser.isSet(outOption)) {
        const QByteArray bytes = Csv::write(header, rows);
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return Ok;
    }
    const QString out = parser.value(outOption);
    if (Status written = Csv::writeFile(out, header, rows); !written)
        return fail(written.error());
    print(tr("Wrote %n score(s) of %1 to %2.", nullptr, int(rows.size())).arg(cycle->name, out));
    return Ok;
}

int Cli::reviewAssign(const QStringList &arguments)
{
    const QString usage = tr("Usage: cohort-cli review assign FILE --cycle C [--role mentor|mentee] "
                             "[--per-application K] [--seed S] [--dry-run] [--json]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Assign reviewers to the cycle's applications in review: K per application (the cycle's setting, 2 by "
           "default), within each reviewer's capacity, never a reviewer with a confirmed conflict, keeping the "
           "assignments already made. The same seed gives the same assignment. Applications left short are "
           "listed with the reason."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption cycleOption(QStringLiteral("cycle"), tr("The cycle, by name or id."), tr("C"));
    const QCommandLineOption roleOption(QStringLiteral("role"), tr("Only mentor or only mentee applications."),
                                        tr("R"));
    const QCommandLineOption perOption(QStringLiteral("per-application"), tr("Reviewers per application."), tr("K"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("The seed (recorded with each assignment)."),
                                        tr("S"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Show the proposal; write nothing."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOptions({helpOption, cycleOption, roleOption, perOption, seedOption, dryRunOption, jsonOption});
    parser.addPositionalArgument(tr("FILE"), tr("The program file."));
    if (!parse(parser, QStringLiteral("review assign"), arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(parser.positionalArguments().isEmpty() ? tr("review assign needs a FILE.")
                                                                 : tr("review assign takes one FILE."),
                          usage);
    if (parser.value(cycleOption).isEmpty())
        return usageError(tr("review assign needs --cycle."), usage);
    const QString role = parser.value(roleOption);
    if (!role.isEmpty() && !kRoles.contains(role))
        return usageError(tr("--role is mentor or mentee."), usage);
    std::optional<int> perApplication;
    if (parser.isSet(perOption)) {
        bool ok = false;
        const int k = parser.value(perOption).toInt(&ok);
        if (!ok || k < 1 || k > 20)
            return usageError(tr("--per-application needs a whole number from 1 to 20."), usage);
        perApplication = k;
    }
    std::optional<qint64> seed;
    if (parser.isSet(seedOption)) {
        bool ok = false;
        const qint64 s = parser.value(seedOption).toLongLong(&ok);
        if (!ok || s < 0)
            return usageError(tr("--seed needs a whole number of 0 or more."), usage);
        seed = s;
    }
    const bool dryRun = parser.isSet(dryRunOption);
    const bool json = parser.isSet(jsonOption);
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo::exists(path))
        return fail(tr("“%1” does not exist.").arg(path));

    auto opened = ProgramDocument::open(path, dryRun);
    if (!opened)
        return fail(opened.error());
    ProgramDocument &document = *opened.value();
    if (!dryRun && document.isReadOnly())
        return fail(tr("The program is open read-only, so reviewers cannot be assigned."));
    auto cycle = findCycle(document.database(), parser.value(cycleOption));
    if (!cycle)
        return fail(cycle.error());

    QJsonArray rolesJson;
    QStringList lines;
    const QStringList roles = role.isEmpty() ? kRoles : QStringList{role};
    for (const QString &r : roles) {
        auto data = document.reviewStore().loadCycle(cycle->id, r);
        if (!data)
            return fail(data.error());
        const int k = perApplication.value_or(data->settings.perApplication);
        auto proposal = AutoAssign::propose(data.value(), k, seed);
        if (!proposal)
            return fail(proposal.error());
        if (!dryRun && !proposal->added.isEmpty()) {
            const Status applied =
                document.execute(new ChangeAssignmentsCommand(document, cycle->id, proposal->added, {}));
            if (!applied)
                return fail(applied.error());
        }
        if (json) {
            QJsonObject object;
            object.insert(QStringLiteral("role"), r);
            object.insert(QStringLiteral("perApplication"), k);
            object.insert(QStringLiteral("seed"), QString::number(proposal->seed));
            object.insert(QStringLiteral("applications"), proposal->applicationCount);
            object.insert(QStringLiteral("added"), int(proposal->added.size()));
            QJsonArray shortfalls;
            for (const AutoAssignShortfall &s : std::as_const(proposal->shortfalls)) {
                shortfalls.append(QJsonObject{{QStringLiteral("code"), s.code},
                                              {QStringLiteral("missing"), s.missing},
                                              {QStringLiteral("reason"), s.reason}});
            }
            object.insert(QStringLiteral("shortfalls"), shortfalls);
            QJsonArray loads;
            for (int i = 0; i < data->reviewers.size() && i < proposal->loads.size(); ++i) {
                loads.append(QJsonObject{{QStringLiteral("reviewer"), data->reviewers.at(i).name},
                                         {QStringLiteral("load"), proposal->loads.at(i)},
                                         {QStringLiteral("capacity"), data->reviewers.at(i).capacity}});
            }
            object.insert(QStringLiteral("loads"), loads);
            object.insert(QStringLiteral("conflictedExisting"), int(proposal->conflictedExisting.size()));
            rolesJson.append(object);
        } else {
            lines << QStringLiteral("%1 (%2): %3").arg(cycle->name, r, proposal->summary());
            for (const QString &text : proposal->shortfallTexts())
                lines << QStringLiteral("  ") + text;
        }
    }
    if (json) {
        print(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("cycle"), cycle->name},
                                                          {QStringLiteral("dryRun"), dryRun},
                                                          {QStringLiteral("roles"), rolesJson}})
                                    .toJson(QJsonDocument::Indented)));
    } else {
        if (dryRun)
            lines << tr("Dry run: nothing was written.");
        print(lines.join(QLatin1Char('\n')));
    }
    return Ok;
}

int Cli::reviewStats(const QStringList &arguments)
{
    const QString usage = tr("Usage: cohort-cli review stats FILE --cycle C [--role mentor|mentee] "
                             "[--method raw|z|offset] [--json]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Rank a cycle's applications from the reviewers' complete scores: raw means, per-reviewer z-scores and "
           "the reviewer-offset model side by side, agreement between reviewers (Krippendorff's alpha), each "
           "reviewer's scale, and the applications reviewers disagree on most. Applications appear by code."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption cycleOption(QStringLiteral("cycle"), tr("The cycle, by name or id."), tr("C"));
    const QCommandLineOption roleOption(QStringLiteral("role"), tr("mentor or mentee (default: mentee)."), tr("R"));
    const QCommandLineOption methodOption(QStringLiteral("method"),
                                          tr("The ranking: raw, z or offset (default: offset)."), tr("METHOD"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the statistics as JSON."));
    parser.addOptions({helpOption, cycleOption, roleOption, methodOption, jsonOption});
    parser.addPositionalArgument(tr("FILE"), tr("The program file."));
    if (!parse(parser, QStringLiteral("review stats"), arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(parser.positionalArguments().isEmpty() ? tr("review stats needs a FILE.")
                                                                 : tr("review stats takes one FILE."),
                          usage);
    if (parser.value(cycleOption).isEmpty())
        return usageError(tr("review stats needs --cycle."), usage);
    const QString role = parser.isSet(roleOption) ? parser.value(roleOption) : QStringLiteral("mentee");
    if (!kRoles.contains(role))
        return usageError(tr("--role is mentor or mentee."), usage);
    CalibrationMethod method = CalibrationMethod::ReviewerOffset;
    if (parser.isSet(methodOption)) {
        const QString m = parser.value(methodOption);
        if (m == QLatin1String("raw"))
            method = CalibrationMethod::RawMean;
        else if (m == QLatin1String("z"))
            method = CalibrationMethod::ZScore;
        else if (m != QLatin1String("offset"))
            return usageError(tr("--method is raw, z or offset."), usage);
    }
    const bool json = parser.isSet(jsonOption);

    auto opened = Database::openFile(parser.positionalArguments().first(), true);
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    auto cycle = findCycle(db, parser.value(cycleOption));
    if (!cycle)
        return fail(cycle.error());
    auto data = ReviewStore(db).loadCycle(cycle->id, role);
    if (!data)
        return fail(data.error());
    auto computed = ReviewStatistics::compute(data.value());
    if (!computed)
        return fail(computed.error());
    const ReviewCycleData &d = data.value();
    const ReviewStatistics &stats = computed.value();

    // Ranked applications first, by the chosen method's rank; then the unranked, by code.
    QList<int> order;
    order.reserve(stats.applications.size());
    for (int i = 0; i < stats.applications.size(); ++i) {
        if (d.applications.at(i).inReview())
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int ra = stats.applications.at(a).rank(method);
        const int rb = stats.applications.at(b).rank(method);
        if ((ra == 0) != (rb == 0))
            return ra != 0;
        return ra < rb;
    });

    if (json) {
        QJsonObject root;
        root.insert(QStringLiteral("cycle"), cycle->name);
        root.insert(QStringLiteral("role"), role);
        root.insert(QStringLiteral("method"), methodKey(method));
        root.insert(QStringLiteral("ranked"), stats.rankedCount);
        root.insert(QStringLiteral("committeeMean"), rounded(stats.committeeMean));
        root.insert(QStringLiteral("committeeSd"), rounded(stats.committeeSd));
        root.insert(QStringLiteral("progress"),
                    QJsonObject{{QStringLiteral("cellsScored"), double(stats.cellsScored)},
                                {QStringLiteral("cellsExpected"), double(stats.cellsExpected)},
                                {QStringLiteral("assignments"), stats.assignmentCount},
                                {QStringLiteral("complete"), stats.assignmentsComplete},
                                {QStringLiteral("submitted"), stats.assignmentsSubmitted}});
        QJsonArray criteria;
        for (const CriterionAgreement &c : stats.criterionAgreement) {
            QJsonObject object = alphaJson(c.alpha).toObject();
            object.insert(QStringLiteral("criterion"), d.criteria.at(c.criterion).name);
            criteria.append(object);
        }
        root.insert(QStringLiteral("agreement"), QJsonObject{{QStringLiteral("total"), alphaJson(stats.totalAgreement)},
                                                             {QStringLiteral("criteria"), criteria}});
        QJsonArray componentSizes;
        for (int size : stats.componentApplicationCounts)
            componentSizes.append(size);
        root.insert(QStringLiteral("components"), QJsonObject{{QStringLiteral("count"), stats.componentCount},
                                                              {QStringLiteral("applications"), componentSizes},
                                                              {QStringLiteral("text"), stats.componentsText()}});
        QJsonArray applications;
        for (int i : std::as_const(order)) {
            const ApplicationStatistics &a = stats.applications.at(i);
            QJsonArray totals;
            for (const ApplicationStatistics::ReviewerTotal &t : a.totals) {
                if (!t.counted)
                    continue;
                totals.append(QJsonObject{{QStringLiteral("reviewer"), d.reviewers.at(t.reviewer).name},
                                          {QStringLiteral("total"), rounded(*t.total.total)}});
            }
            QJsonObject object{{QStringLiteral("code"), d.applications.at(i).code},
                               {QStringLiteral("reviews"), a.reviewCount},
                               {QStringLiteral("rank"), a.rank(method)},
                               {QStringLiteral("rankChange"), a.rankChange(method)},
                               {QStringLiteral("rawMean"), rounded(a.rawMean)},
                               {QStringLiteral("zScore"), rounded(a.zScore)},
                               {QStringLiteral("offsetScore"), rounded(a.offsetScore)},
                               {QStringLiteral("score"), rounded(a.score(method))},
                               {QStringLiteral("spread"), rounded(a.spread)},
                               {QStringLiteral("component"), a.component},
                               {QStringLiteral("decision"), a.decision},
                               {QStringLiteral("totals"), totals}};
            applications.append(object);
        }
        root.insert(QStringLiteral("applications"), applications);
        QJsonArray reviewers;
        for (const ReviewerStatistics &r : stats.reviewers) {
            if (r.assigned == 0)
                continue;
            reviewers.append(QJsonObject{{QStringLiteral("reviewer"), d.reviewers.at(r.reviewer).name},
                                         {QStringLiteral("assigned"), r.assigned},
                                         {QStringLiteral("complete"), r.complete},
                                         {QStringLiteral("submitted"), r.submitted},
                                         {QStringLiteral("mean"), rounded(r.mean)},
                                         {QStringLiteral("sd"), rounded(r.sd)},
                                         {QStringLiteral("bias"), rounded(r.bias)},
                                         {QStringLiteral("harshness"), rounded(r.harshness)}});
        }
        root.insert(QStringLiteral("reviewers"), reviewers);
        QJsonArray disagreements;
        for (const ApplicationDisagreement &a : stats.disagreements) {
            disagreements.append(QJsonObject{{QStringLiteral("code"), d.applications.at(a.application).code},
                                             {QStringLiteral("reviews"), a.reviewCount},
                                             {QStringLiteral("mean"), rounded(a.mean)},
                                             {QStringLiteral("sd"), rounded(a.sd)},
                                             {QStringLiteral("range"), rounded(a.range)}});
        }
        root.insert(QStringLiteral("disagreements"), disagreements);
        QJsonArray comparisons;
        for (const MethodComparison &c : stats.comparisons) {
            QJsonArray changes;
            for (const AcceptanceChange &change : c.changes) {
                changes.append(
                    QJsonObject{{QStringLiteral("code"), d.applications.at(change.application).code},
                                {QStringLiteral("acceptedBy"), methodKey(change.acceptedByFirst ? c.first : c.second)},
                                {QStringLiteral("firstRank"), change.firstRank},
                                {QStringLiteral("secondRank"), change.secondRank}});
            }
            comparisons.append(QJsonObject{{QStringLiteral("first"), methodKey(c.first)},
                                           {QStringLiteral("second"), methodKey(c.second)},
                                           {QStringLiteral("changes"), changes}});
        }
        root.insert(QStringLiteral("places"), stats.places);
        root.insert(QStringLiteral("comparisons"), comparisons);
        print(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return Ok;
    }

    const QLocale c = QLocale::c();
    QStringList lines;
    lines << tr("%1, %2 applications: %3 ranked by %4.")
                 .arg(cycle->name, role, QString::number(stats.rankedCount), Calibration::methodName(method));
    lines << tr("Scored: %1 of %2 cells; %3 of %4 assignments complete, %5 submitted.")
                 .arg(stats.cellsScored)
                 .arg(stats.cellsExpected)
                 .arg(stats.assignmentsComplete)
                 .arg(stats.assignmentCount)
                 .arg(stats.assignmentsSubmitted);
    lines << tr("Agreement on the totals: %1").arg(stats.totalAgreement.text());
    for (const CriterionAgreement &a : stats.criterionAgreement)
        lines << QStringLiteral("  %1: %2").arg(d.criteria.at(a.criterion).name, a.alpha.text());
    lines << stats.componentsText();
    lines << QString();
    lines << tr("rank  change  code        reviews    raw  calibrated  spread  decision");
    for (int i : std::as_const(order)) {
        const ApplicationStatistics &a = stats.applications.at(i);
        if (a.reviewCount == 0)
            continue;
        const int change = a.rankChange(method);
        const QString changeText = change > 0   ? QStringLiteral("+%1").arg(change)
                                   : change < 0 ? QString::number(change)
                                                : QStringLiteral("=");
        lines << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                     .arg(a.rank(method), 4)
                     .arg(changeText, 6)
                     .arg(d.applications.at(i).code, -10)
                     .arg(a.reviewCount, 7)
                     .arg(c.toString(a.rawMean, 'f', 2), 5)
                     .arg(c.toString(a.score(method), 'f', 2), 10)
                     .arg(c.toString(a.spread, 'f', 2), 6)
                     .arg(a.decision);
    }
    print(lines.join(QLatin1Char('\n')));
    return Ok;
}

} // namespace cohort
