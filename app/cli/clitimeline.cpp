// cohort-cli timeline | engagement | contacts import: a cycle's calendar and how its matches are doing.

#include "cli.h"

#include "db/database.h"
#include "document/programdocument.h"
#include "intake/csv.h"
#include "store/timelinestore.h"
#include "timeline/cadence.h"
#include "timeline/contactimport.h"
#include "timeline/cycletemplate.h"
#include "timeline/engagement.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace cohort {

namespace {

constexpr int kUpcomingDays = 30;
constexpr int kProblemsShown = 50;

// Writes JSON to stdout as its UTF-8 bytes (the engagement of 5,000 matches is tens of
// megabytes: a round trip through QString would double the time it takes).
void printJson(const QJsonObject &root)
{
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

QJsonValue isoOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString iso(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("—");
}

// past, current or upcoming, as of a day.
QString phaseState(const Phase &phase, QDate asOf)
{
    if (phase.endsOn.isValid() && phase.endsOn < asOf)
        return QStringLiteral("past");
    if (phase.startsOn.isValid() && phase.startsOn > asOf)
        return QStringLiteral("upcoming");
    return QStringLiteral("current");
}

QString phaseStateName(const QString &state)
{
    if (state == QLatin1String("past"))
        return Cli::tr("past");
    if (state == QLatin1String("upcoming"))
        return Cli::tr("upcoming");
    return Cli::tr("current");
}

struct Upcoming
{
    QDate date;
    QString what; // deadline, orientation
    QString name;
};

QJsonObject settingsJson(const CadenceSettings &s)
{
    QJsonArray dates;
    for (const QDate &d : s.orientationDates)
        dates.append(d.toString(Qt::ISODate));
    return QJsonObject{{QStringLiteral("contactsPerMonth"), s.contactsPerMonth},
                       {QStringLiteral("quietDays"), s.quietDays},
                       {QStringLiteral("goalSheetDueDays"), s.goalSheetDueDays},
                       {QStringLiteral("orientationDates"), dates}};
}

QJsonObject countsJson(const EngagementCounts &c)
{
    return QJsonObject{{QStringLiteral("notStarted"), c.notStarted},
                       {QStringLiteral("onTrack"), c.onTrack},
                       {QStringLiteral("belowCadence"), c.belowCadence},
                       {QStringLiteral("quiet"), c.quiet},
                       {QStringLiteral("ended"), c.ended},
                       {QStringLiteral("goalSheetsOverdue"), c.goalSheetsOverdue},
                       {QStringLiteral("total"), c.total()}};
}

QJsonArray problemsJson(const QList<ContactImportProblem> &problems)
{
    QJsonArray array;
    for (const ContactImportProblem &p : problems)
        array.append(QJsonObject{{QStringLiteral("line"), p.line},
                                 {QStringLiteral("column"), p.column},
                                 {QStringLiteral("message"), p.message}});
    return array;
}

} // namespace

int Cli::parseCycleViewArguments(const QString &command, const QString &description, const QString &usage,
                                 const QStringList &arguments, CycleViewArguments &out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption cycleOption(QStringLiteral("cycle"), tr("The cycle, by name or id."), tr("C"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        tr("The day to look from, as YYYY-MM-DD (default: today)."), tr("DATE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption monthsOption(QStringLiteral("months"),
                                          tr("With --json: each match's months (contacts, expected, met, partial)."));
    parser.addOptions({helpOption, cycleOption, asOfOption, jsonOption});
    const bool withMonths = command == QLatin1String("engagement");
    if (withMonths)
        parser.addOption(monthsOption);
    parser.addPositionalArgument(tr("FILE"), tr("The program file."));
    if (!parse(parser, command, arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        out.helpShown = true;
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(parser.positionalArguments().isEmpty() ? tr("%1 needs a FILE.").arg(command)
                                                                 : tr("%1 takes one FILE.").arg(command),
                          usage);
    if (parser.value(cycleOption).isEmpty())
        return usageError(tr("%1 needs --cycle.").arg(command), usage);
    out.asOf = QDate::currentDate();
    if (parser.isSet(asOfOption)) {
        out.asOf = QDate::fromString(parser.value(asOfOption).trimmed(), Qt::ISODate);
        if (!out.asOf.isValid())
            return usageError(tr("--as-of needs a date written YYYY-MM-DD."), usage);
    }
    out.program = parser.positionalArguments().first();
    out.cycle = parser.value(cycleOption);
    out.json = parser.isSet(jsonOption);
    out.months = withMonths && parser.isSet(monthsOption);
    if (out.months && !out.json)
        return usageError(tr("--months goes with --json."), usage);
    return Ok;
}

int Cli::timeline(const QStringList &arguments)
{
    const QString usage = tr("Usage: cohort-cli timeline FILE --cycle C [--as-of DATE] [--json]");
    CycleViewArguments args;
    if (const int parsed = parseCycleViewArguments(
            QStringLiteral("timeline"),
            tr("Show a cycle's phases (name, kind, start, end, deadline), the phase it is in and the deadlines and "
               "orientation sessions of the next 30 days."),
            usage, arguments, args);
        parsed != Ok || args.helpShown)
        return parsed;
    if (!QFileInfo::exists(args.program))
        return fail(tr("“%1” does not exist.").arg(args.program));
    auto opened = Database::openFile(args.program, true);
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    auto cycle = findCycle(db, args.cycle);
    if (!cycle)
        return fail(cycle.error());
    TimelineStore store(db);
    auto settings = store.loadSettings(cycle->id);
    if (!settings)
        return fail(settings.error());
    const QList<Phase> &phases = cycle->phases;
    const QDate asOf = args.asOf;
    const QDate horizon = asOf.addDays(kUpcomingDays);

    QStringList current;
    QList<Upcoming> upcoming;
    for (const Phase &phase : phases) {
        if (phaseState(phase, asOf) == QLatin1String("current"))
            current.append(phase.name);
        if (phase.deadline.isValid() && phase.deadline >= asOf && phase.deadline <= horizon)
            upcoming.append({phase.deadline, QStringLiteral("deadline"), phase.name});
    }
    for (const QDate &day : settings->orientationDates)
        if (day >= asOf && day <= horizon)
            upcoming.append({day, QStringLiteral("orientation"), tr("Virtual orientation")});
    std::stable_sort(upcoming.begin(), upcoming.end(),
                     [](const Upcoming &a, const Upcoming &b) { return a.date < b.date; });

    if (args.json) {
        QJsonArray phaseArray;
        for (const Phase &phase : phases)
            phaseArray.append(QJsonObject{{QStringLiteral("name"), phase.name},
                                          {QStringLiteral("kind"), phase.kind},
                                          {QStringLiteral("startsOn"), isoOrNull(phase.startsOn)},
                                          {QStringLiteral("endsOn"), isoOrNull(phase.endsOn)},
                                          {QStringLiteral("deadline"), isoOrNull(phase.deadline)},
                                          {QStringLiteral("state"), phaseState(phase, asOf)}});
        QJsonArray upcomingArray;
        for (const Upcoming &u : std::as_const(upcoming))
            upcomingArray.append(QJsonObject{{QStringLiteral("date"), u.date.toString(Qt::ISODate)},
                                             {QStringLiteral("kind"), u.what},
                                             {QStringLiteral("name"), u.name},
                                             {QStringLiteral("inDays"), int(asOf.daysTo(u.date))}});
        printJson(QJsonObject{{QStringLiteral("cycle"), cycle->name},
                              {QStringLiteral("cycleId"), cycle->id},
                              {QStringLiteral("asOf"), asOf.toString(Qt::ISODate)},
                              {QStringLiteral("startsOn"), isoOrNull(cycle->startsOn)},
                              {QStringLiteral("endsOn"), isoOrNull(cycle->endsOn)},
                              {QStringLiteral("phases"), phaseArray},
                              {QStringLiteral("current"), QJsonArray::fromStringList(current)},
                              {QStringLiteral("upcoming"), upcomingArray},
                              {QStringLiteral("settings"), settingsJson(settings.value())}});
        return Ok;
    }

    QStringList lines;
    lines << tr("%1 (%2 to %3), as of %4")
                 .arg(cycle->name, iso(cycle->startsOn), iso(cycle->endsOn), asOf.toString(Qt::ISODate));
    if (phases.isEmpty()) {
        lines << tr("The cycle has no phases.");
    } else {
        int width = 0;
        for (const Phase &phase : phases)
            width = std::max(width, int(phase.name.size()));
        lines << tr("Phases (start, end, deadline):");
        for (const Phase &phase : phases)
            lines << QStringLiteral("  %1  %2  %3  %4  %5  %6")
                         .arg(phase.name.leftJustified(width), PhaseCheck::kindName(phase.kind).leftJustified(18),
                              iso(phase.startsOn), iso(phase.endsOn), iso(phase.deadline).leftJustified(10),
                              phaseStateName(phaseState(phase, asOf)));
    }
    lines << (current.isEmpty() ? tr("Current phase: none")
                                : tr("Current phase: %1").arg(current.join(QStringLiteral(", "))));
    if (upcoming.isEmpty()) {
        lines << tr("No deadline in the next %n day(s).", nullptr, kUpcomingDays);
    } else {
        lines << tr("Upcoming in the next %n day(s):", nullptr, kUpcomingDays);
        for (const Upcoming &u : std::as_const(upcoming))
            lines << QStringLiteral("  %1  %2  %3")
                         .arg(u.date.toString(Qt::ISODate), u.name,
                              tr("(in %n day(s))", nullptr, int(asOf.daysTo(u.date))));
    }
    print(lines.join(QLatin1Char('\n')));
    return Ok;
}

int Cli::engagement(const QStringList &arguments)
{
    const QString usage = tr("Usage: cohort-cli engagement FILE --cycle C [--as-of DATE] [--json [--months]]");
    CycleViewArguments args;
    if (const int parsed = parseCycleViewArguments(
            QStringLiteral("engagement"),
            tr("Show how each published match of a cycle keeps in contact: on track, below cadence (fewer contacts "
               "than the cycle's contacts a month), quiet (no contact for more than the cycle's quiet days), ended "
               "or not started, with the reason in words, the last contact and the goal sheet; then the counts."),
            usage, arguments, args);
        parsed != Ok || args.helpShown)
        return parsed;
    if (!QFileInfo::exists(args.program))
        return fail(tr("“%1” does not exist.").arg(args.program));
    auto opened = Database::openFile(args.program, true);
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    auto cycle = findCycle(db, args.cycle);
    if (!cycle)
        return fail(cycle.error());
    auto loaded = TimelineStore(db).load(cycle->id);
    if (!loaded)
        return fail(loaded.error());
    const TimelineData &data = loaded.value();
    const QList<MatchEngagement> engagements = Engagement::evaluate(data, args.asOf);
    const EngagementCounts counts = Engagement::counts(engagements);

    if (args.json) {
        QJsonArray matches;
        for (int i = 0; i < data.matches.size(); ++i) {
            const TimelineMatch &t = data.matches.at(i);
            const MatchEngagement &e = engagements.at(i);
            QJsonObject match{
                {QStringLiteral("matchId"), t.match.id},
                {QStringLiteral("mentee"), t.menteeCode},
                {QStringLiteral("menteeName"), t.menteeName},
                {QStringLiteral("mentor"), t.mentorCode},
                {QStringLiteral("mentorName"), t.mentorName},
                {QStringLiteral("liaison"), t.liaisonName.isEmpty() ? QJsonValue() : QJsonValue(t.liaisonName)},
                {QStringLiteral("matchStatus"), t.match.status},
                {QStringLiteral("startsOn"), isoOrNull(t.match.publishedOn)},
                {QStringLiteral("endsOn"), isoOrNull(t.match.endedOn)},
                {QStringLiteral("status"), Cadence::statusKey(e.status)},
                {QStringLiteral("statusName"), Cadence::statusName(e.status)},
                {QStringLiteral("reason"), e.reason},
                {QStringLiteral("contacts"), int(t.contacts.size())},
                {QStringLiteral("lastContact"), isoOrNull(e.lastContact)},
                {QStringLiteral("daysSinceContact"), e.daysSinceContact},
                {QStringLiteral("goalSheet"),
                 QJsonObject{{QStringLiteral("state"), Cadence::goalSheetStateKey(e.goalSheet.state)},
                             {QStringLiteral("dueOn"), isoOrNull(e.goalSheet.dueOn)},
                             {QStringLiteral("submittedOn"), isoOrNull(e.goalSheet.submittedOn)},
                             {QStringLiteral("goals"), e.goalSheet.goals}}}};
            if (args.months) {
                QJsonArray months;
                for (const MonthCadence &m : e.months)
                    months.append(QJsonObject{{QStringLiteral("month"), QStringLiteral("%1-%2")
                                                                            .arg(m.year, 4, 10, QLatin1Char('0'))
                                                                            .arg(m.month, 2, 10, QLatin1Char('0'))},
                                              {QStringLiteral("contacts"), m.contacts},
                                              {QStringLiteral("expected"), m.expected},
                                              {QStringLiteral("met"), m.met},
                                              {QStringLiteral("partial"), m.partial}});
                match.insert(QStringLiteral("months"), months);
            }
            matches.append(match);
        }
        QJsonArray quiet;
        for (const int i : Engagement::quietOrder(engagements))
            quiet.append(data.matches.at(i).menteeCode);
        printJson(QJsonObject{{QStringLiteral("cycle"), cycle->name},
                              {QStringLiteral("cycleId"), cycle->id},
                              {QStringLiteral("asOf"), args.asOf.toString(Qt::ISODate)},
                              {QStringLiteral("settings"), settingsJson(data.settings)},
                              {QStringLiteral("counts"), countsJson(counts)},
                              {QStringLiteral("quietOrder"), quiet},
                              {QStringLiteral("matches"), matches}});
        return Ok;
    }

    QStringList lines;
    lines << tr("%1, as of %2: %n published or ended match(es)", nullptr, int(data.matches.size()))
                 .arg(cycle->name, args.asOf.toString(Qt::ISODate));
    lines << tr("Expected: %n contact(s) a month; quiet after %1 day(s) without contact.", nullptr,
                data.settings.contactsPerMonth)
                 .arg(data.settings.quietDays);
    int menteeWidth = 0;
    int mentorWidth = 0;
    int statusWidth = 0;
    for (int i = 0; i < data.matches.size(); ++i) {
        menteeWidth = std::max(menteeWidth, int(data.matches.at(i).menteeCode.size()));
        mentorWidth = std::max(mentorWidth, int(data.matches.at(i).mentorCode.size()));
        statusWidth = std::max(statusWidth, int(Cadence::statusName(engagements.at(i).status).size()));
    }
    for (int i = 0; i < data.matches.size(); ++i) {
        const TimelineMatch &t = data.matches.at(i);
        const MatchEngagement &e = engagements.at(i);
        lines << QStringLiteral("  %1  %2  %3  %4  %5")
                     .arg(t.menteeCode.leftJustified(menteeWidth), t.mentorCode.leftJustified(mentorWidth),
                          Cadence::statusName(e.status).leftJustified(statusWidth),
                          tr("goal sheet: %1").arg(Cadence::goalSheetStateName(e.goalSheet.state)).leftJustified(22),
                          e.reason);
    }
    lines << tr("On track %1, below cadence %2, quiet %3, ended %4, not started %5; goal sheets overdue %6.")
                 .arg(counts.onTrack)
                 .arg(counts.belowCadence)
                 .arg(counts.quiet)
                 .arg(counts.ended)
                 .arg(counts.notStarted)
                 .arg(counts.goalSheetsOverdue);
    print(lines.join(QLatin1Char('\n')));
    return Ok;
}

int Cli::contacts(const QStringList &arguments)
{
    const QString usage = tr("Usage: cohort-cli contacts import FILE CONTACTS.csv [--cycle C] [--dry-run] [--json]");
    if (arguments.isEmpty())
        return usageError(tr("contacts needs a subcommand: import."), usage);
    const QString sub = arguments.first();
    if (sub == QLatin1String("import"))
        return contactsImport(arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        print(usage);
        return Ok;
    }
    return usageError(tr("unknown contacts subcommand “%1”.").arg(sub), usage);
}

int Cli::contactsImport(const QStringList &arguments)
{
    const QString usage = tr("Usage: cohort-cli contacts import FILE CONTACTS.csv [--cycle C] [--dry-run] [--json]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Log contacts kept in a spreadsheet: one row per contact with the columns mentee (the mentee's code) or "
           "match (the match id), mentor (optional, checked), date (2017-10-13 or 10/13/2017), method (email, "
           "phone, video, chat, in person), initiated_by (mentor, mentee or liaison) and note (optional). A row "
           "identical to a logged contact is already there and is not added again, so importing a file twice "
           "changes nothing. The whole file is checked first; any problem refuses it with the line and column, "
           "and nothing is written."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption cycleOption(QStringLiteral("cycle"),
                                         tr("Look the mentees up in this cycle only (by name or id)."), tr("C"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Check the file; write nothing."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOptions({helpOption, cycleOption, dryRunOption, jsonOption});
    parser.addPositionalArgument(tr("FILE"), tr("The program file."));
    parser.addPositionalArgument(tr("CSV"), tr("The contacts CSV file to read."));
    if (!parse(parser, QStringLiteral("contacts import"), arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        return Ok;
    }
    if (parser.positionalArguments().size() != 2)
        return usageError(tr("contacts import needs a program FILE and a CSV file."), usage);
    if (parser.isSet(cycleOption) && parser.value(cycleOption).isEmpty())
        return usageError(tr("--cycle needs a cycle name or id."), usage);
    const QString program = parser.positionalArguments().at(0);
    const QString csv = parser.positionalArguments().at(1);
    const bool dryRun = parser.isSet(dryRunOption);
    const bool json = parser.isSet(jsonOption);

    auto table = Csv::readFile(csv);
    if (!table)
        return fail(tr("%1: %2").arg(QFileInfo(csv).fileName(), table.error()));
    if (!QFileInfo::exists(program))
        return fail(tr("“%1” does not exist.").arg(program));
    // A dry run opens the program read-only: it never changes the file.
    auto opened = Database::openFile(program, dryRun);
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    if (!dryRun && db.isReadOnly())
        return fail(db.readOnlyReason().isEmpty() ? tr("The program is open read-only, so contacts cannot be logged.")
                                                  : db.readOnlyReason());
    QString cycleId;
    QString cycleName;
    if (parser.isSet(cycleOption)) {
        auto cycle = findCycle(db, parser.value(cycleOption));
        if (!cycle)
            return fail(cycle.error());
        cycleId = cycle->id;
        cycleName = cycle->name;
    }
    auto planned = ContactImport::plan(db, table.value(), cycleId);
    if (!planned)
        return fail(planned.error());
    ContactImportPlan &plan = planned.value();
    const QString file = QFileInfo(csv).fileName();
    plan.sourceName = file;
    bool written = false;
    if (plan.ok() && !dryRun && !plan.added.isEmpty()) {
        if (Status s = ContactImport::apply(db, plan, ProgramDocument::actor()); !s)
            return fail(s.error());
        written = true;
    }
    if (json) {
        QJsonObject root{{QStringLiteral("file"), file},
                         {QStringLiteral("dryRun"), dryRun},
                         {QStringLiteral("written"), written},
                         {QStringLiteral("rows"), plan.rows},
                         {QStringLiteral("added"), int(plan.added.size())},
                         {QStringLiteral("alreadyThere"), plan.alreadyThere},
                         {QStringLiteral("problems"), problemsJson(plan.problems)}};
        if (!cycleName.isEmpty())
            root.insert(QStringLiteral("cycle"), cycleName);
        printJson(root);
    } else {
        QStringList lines;
        lines << tr("%1: %n row(s) read", nullptr, plan.rows).arg(file);
        if (plan.ok())
            lines << (dryRun ? tr("Would add %n contact(s); %1 already there.", nullptr, int(plan.added.size()))
                             : tr("Added %n contact(s); %1 already there.", nullptr, int(plan.added.size())))
                         .arg(plan.alreadyThere);
        for (int i = 0; i < plan.problems.size() && i < kProblemsShown; ++i)
            lines << QStringLiteral("  ") + ContactImport::problemText(plan.problems.at(i));
        if (plan.problems.size() > kProblemsShown)
            lines << tr("  … and %n more problem(s).", nullptr, int(plan.problems.size()) - kProblemsShown);
        print(lines.join(QLatin1Char('\n')));
    }
    if (!plan.ok())
        return fail(tr("%n problem(s) in %1; no contact was imported.", nullptr, int(plan.problems.size())).arg(file));
    return Ok;
}

} // namespace cohort
