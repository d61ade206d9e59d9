#include "cli.h"

#include "db/database.h"
#include "demo/demogenerator.h"
#include "document/programdocument.h"
#include "intake/csv.h"
#include "intake/exporter.h"
#include "intake/importer.h"
#include "store/applicationstore.h"
#include "store/cyclestore.h"
#include "store/matchstore.h"
#include "store/programstore.h"
#include "store/reviewstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace cohort {

namespace {

const QString kProgram = QStringLiteral("cohort-cli");

// A reason printed on one line, whatever the message it wraps.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

// Parses the arguments after the command; the parser's first argument is a program name.
bool Cli::parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    return parser.parse(QStringList{kProgram + QLatin1Char(' ') + command} + arguments);
}

// A cycle by id or by name (case-insensitive), or an error that lists the cycles there are.
Result<Cycle> Cli::findCycle(Database &db, const QString &nameOrId)
{
    auto cycles = CycleStore(db).list();
    if (!cycles)
        return Error{cycles.error()};
    QStringList names;
    for (const Cycle &cycle : cycles.value()) {
        if (cycle.id == nameOrId || cycle.name.compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0)
            return cycle;
        names.append(QStringLiteral("“%1”").arg(cycle.name));
    }
    return Error{
        names.isEmpty()
            ? Cli::tr("The program has no cycle “%1” (it has no cycles yet).").arg(nameOrId)
            : Cli::tr("The program has no cycle “%1”; it has %2.").arg(nameOrId, names.join(QStringLiteral(", ")))};
}

void Cli::print(const QString &text)
{
    writeTo(stdout, text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
}

int Cli::fail(const QString &reason)
{
    writeTo(stderr, kProgram + QStringLiteral(": ") + oneLine(reason) + QLatin1Char('\n'));
    return Failure;
}

int Cli::usageError(const QString &message, const QString &usage)
{
    writeTo(stderr, kProgram + QStringLiteral(": ") + oneLine(message) + QLatin1Char('\n') + usage + QLatin1Char('\n') +
                        tr("Try “cohort-cli --help”.") + QLatin1Char('\n'));
    return Usage;
}

QString Cli::generalHelp()
{
    return tr("Usage: cohort-cli <command> [options]\n"
              "\n"
              "Run a mentoring program file without a window.\n"
              "\n"
              "Commands:\n"
              "  demo --out FILE [--applicants N] [--seed S] [--force]\n"
              "                       Write a realistic demo program file (deterministic for a seed)\n"
              "  info FILE [--json]   Show the program, its cycles and what they hold\n"
              "  check FILE [--json]  Check a program file: integrity, schema version, foreign keys\n"
              "  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]\n"
              "         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]\n"
              "         [--valid-only] [--dry-run] [--json]\n"
              "                       Import applications from an online form's CSV export, all or nothing\n"
              "  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]\n"
              "                       Export a cycle's applications to CSV (stdout without --out)\n"
              "  review assign FILE --cycle C [--role R] [--per-application K] [--seed S] [--dry-run] [--json]\n"
              "                       Assign K reviewers to each application, within capacities and conflicts\n"
              "  review stats FILE --cycle C [--role R] [--method raw|z|offset] [--json]\n"
              "                       Rank the applications: calibrated scores, agreement, reviewers' scales\n"
              "  review scores export FILE --cycle C [--role R] [--out CSV]\n"
              "                       Export the cycle's scores to CSV, one row per scored cell\n"
              "  review scores import FILE SCORES.csv --cycle C [--dry-run] [--json]\n"
              "                       Enter scores from a CSV (the export's columns), all or nothing\n"
              "  review decide FILE --cycle C --import DECISIONS.csv [--dry-run] [--json]\n"
              "                       Record accept/waitlist/decline decisions from a CSV, all or nothing\n"
              "  review packet export FILE --cycle C [--reviewer R]... --out DIR [--json]\n"
              "                       Write one offline review packet per reviewer\n"
              "  review packet merge FILE PACKETS... [--on-conflict keep-program|take-packet|fail] [--json]\n"
              "                       Check and merge review packets back, cell by cell\n"
              "  match auto FILE --cycle C [--min-score S] [--mode scores|participation] [--apply] [--json]\n"
              "                       Propose mentor–mentee matches (write them as drafts with --apply)\n"
              "  match explain FILE --cycle C --mentee ID [--json]\n"
              "                       Explain a mentee's match and list the best available mentors\n"
              "  match export FILE --cycle C [--out CSV]\n"
              "                       Export the cycle's matches to CSV (stdout without --out)\n"
              "  timeline FILE --cycle C [--as-of DATE] [--json]\n"
              "                       Show the cycle's phases, the current phase and the next 30 days' deadlines\n"
              "  engagement FILE --cycle C [--as-of DATE] [--json [--months]]\n"
              "                       Show how each published match keeps in contact: on track, below cadence, quiet\n"
              "  contacts import FILE CONTACTS.csv [--cycle C] [--dry-run] [--json]\n"
              "                       Log contacts from a CSV, all or nothing; rows already logged are skipped\n"
              "  letters issue|check FILE --cycle C --kind KIND [--out DIR] [--combined] [--force] [--json]\n"
              "                       Write a cycle's letters of one kind as PDFs and record them (check: only check)\n"
              "\n"
              "Options:\n"
              "  -h, --help           Show this help (or a command's help: cohort-cli demo --help)\n"
              "  -v, --version        Show the version\n"
              "\n"
              "Exit codes: 0 ok, 1 failure (reason on stderr), 2 usage error.\n");
}

int Cli::run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usageError(tr("no command given."), tr("Usage: cohort-cli <command> [options]"));
    const QString command = arguments.at(1);
    const QStringList rest = arguments.mid(2);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        print(generalHelp());
        return Ok;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        print(kProgram + QLatin1Char(' ') + QCoreApplication::applicationVersion());
        return Ok;
    }
    if (command == QLatin1String("demo"))
        return demo(rest);
    if (command == QLatin1String("info"))
        return info(rest);
    if (command == QLatin1String("check"))
        return check(rest);
    if (command == QLatin1String("import"))
        return importApplications(rest);
    if (command == QLatin1String("export"))
        return exportApplications(rest);
    if (command == QLatin1String("review"))
        return review(rest);
    if (command == QLatin1String("match"))
        return match(rest);
    if (command == QLatin1String("timeline"))
        return timeline(rest);
    if (command == QLatin1String("engagement"))
        return engagement(rest);
    if (command == QLatin1String("contacts"))
        return contacts(rest);
    if (command == QLatin1String("letters"))
        return letters(rest);
    if (command.startsWith(QLatin1Char('-')))
        return usageError(tr("unknown option “%1”.").arg(command), tr("Usage: cohort-cli <command> [options]"));
    return usageError(tr("unknown command “%1”.").arg(command), tr("Usage: cohort-cli <command> [options]"));
}

int Cli::demo(const QStringList &arguments)
{
    const QString usage = tr("Usage: cohort-cli demo --out FILE [--applicants N] [--seed S] [--force]");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write a realistic, deterministic demo program file."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The program file to write."), tr("FILE"));
    const QCommandLineOption applicantsOption(
        QStringLiteral("applicants"), tr("Mentor and mentee applications over both cycles (default 160)."), tr("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("The random seed (default 2017)."), tr("S"));
    const QCommandLineOption forceOption(QStringLiteral("force"), tr("Replace FILE if it exists."));
    parser.addOptions({helpOption, outOption, applicantsOption, seedOption, forceOption});
    if (!parse(parser, QStringLiteral("demo"), arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument “%1”.").arg(parser.positionalArguments().first()), usage);
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
        return usageError(tr("demo needs --out FILE."), usage);

    DemoOptions options;
    if (parser.isSet(applicantsOption)) {
        bool ok = false;
        options.applicants = parser.value(applicantsOption).toInt(&ok);
        if (!ok || options.applicants < 8 || options.applicants > 10'000'000)
            return usageError(tr("--applicants needs a whole number from 8 to 10000000."), usage);
    }
    if (parser.isSet(seedOption)) {
        bool ok = false;
        options.seed = parser.value(seedOption).toUInt(&ok);
        if (!ok)
            return usageError(tr("--seed needs a whole number from 0 to 4294967295."), usage);
    }

    const QFileInfo target(parser.value(outOption));
    if (target.isDir())
        return fail(tr("“%1” is a folder.").arg(target.filePath()));
    if (target.exists() && !parser.isSet(forceOption))
        return fail(tr("“%1” already exists; use --force to replace it.").arg(target.filePath()));

    // Written next to the target and renamed over it at the end, so that a failed run never
    // leaves half a file and --force never loses the old file before the new one is complete.
    const QString partial = target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".part");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoGenerator::createFile(partial, options);
    if (!summary)
        return fail(summary.error());
    if (target.exists()) {
        // Stale -wal/-shm files of the old program must not be replayed onto the new one.
        QFile::remove(target.absoluteFilePath() + QStringLiteral("-wal"));
        QFile::remove(target.absoluteFilePath() + QStringLiteral("-shm"));
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target.absoluteFilePath()).constData()) !=
        0) {
        QFile::remove(partial);
        return fail(tr("Cannot write “%1”.").arg(target.filePath()));
    }
    const DemoSummary &s = summary.value();
    print(tr("Wrote %1: %2 cycles, %3 mentor and %4 mentee applications, %5 reviewers, %6 scores, %7 matches, "
             "%8 contacts (%9 s).")
              .arg(target.filePath())
              .arg(s.cycles)
              .arg(s.mentors)
              .arg(s.mentees)
              .arg(s.reviewers)
              .arg(s.scores)
              .arg(s.matches)
              .arg(s.contacts)
              .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 2));
    return Ok;
}

int Cli::info(const QStringList &arguments)
{
    const QString usage = tr("Usage: cohort-cli info FILE [--json]");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show the program a file holds: cycles, applications, reviewers, matches."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({helpOption, jsonOption});
    parser.addPositionalArgument(tr("FILE"), tr("The program file."));
    if (!parse(parser, QStringLiteral("info"), arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(
            parser.positionalArguments().isEmpty() ? tr("info needs a FILE.") : tr("info takes one FILE."), usage);
    const QString path = parser.positionalArguments().first();

    // Read-only: info never changes a file, not even to update an older format.
    auto opened = Database::openFile(path, true);
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    ProgramStore programs(db);
    CycleStore cycleStore(db);
    ApplicationStore applications(db);
    ReviewStore reviews(db);
    MatchStore matches(db);

    auto program = programs.load();
    if (!program)
        return fail(program.error());
    auto cycles = cycleStore.list();
    if (!cycles)
        return fail(cycles.error());
    auto people = applications.personCount();
    auto reviewers = reviews.reviewerCount();
    auto matchTotal = matches.count();
    auto applicationTotal = applications.count();
    for (const auto *result : {&people, &reviewers, &matchTotal, &applicationTotal}) {
        if (!*result)
            return fail(result->error());
    }

    QJsonArray cycleArray;
    QStringList lines;
    lines << tr("Program: %1").arg(program->name)
          << tr("File: %1 (file format %2; this version writes %3)")
                 .arg(QFileInfo(path).fileName())
                 .arg(db.schemaVersion())
                 .arg(Database::latestSchemaVersion())
          << tr("People: %1, applications: %2, reviewers: %3, matches: %4")
                 .arg(people.value())
                 .arg(applicationTotal.value())
                 .arg(reviewers.value())
                 .arg(matchTotal.value());
    for (const Cycle &cycle : cycles.value()) {
        auto counts = applications.countByRoleAndStatus(cycle.id);
        if (!counts)
            return fail(counts.error());
        auto matchCounts = matches.countByStatus(cycle.id);
        if (!matchCounts)
            return fail(matchCounts.error());
        QJsonObject byRole;
        QMap<QString, QStringList> roleLines;
        int cycleTotal = 0;
        for (const StatusCount &count : counts.value()) {
            QJsonObject role = byRole.value(count.role).toObject();
            role.insert(count.status, count.count);
            role.insert(QStringLiteral("total"), role.value(QStringLiteral("total")).toInt() + count.count);
            byRole.insert(count.role, role);
            roleLines[count.role].append(tr("%1 %2").arg(count.count).arg(count.status));
            cycleTotal += count.count;
        }
        QJsonObject matchObject;
        QStringList matchParts;
        int cycleMatches = 0;
        for (const MatchStatusCount &count : matchCounts.value()) {
            matchObject.insert(count.status, count.count);
            matchParts.append(tr("%1 %2").arg(count.count).arg(count.status));
            cycleMatches += count.count;
        }
        matchObject.insert(QStringLiteral("total"), cycleMatches);
        byRole.insert(QStringLiteral("total"), cycleTotal);
        cycleArray.append(QJsonObject{{QStringLiteral("id"), cycle.id},
                                      {QStringLiteral("name"), cycle.name},
                                      {QStringLiteral("season"), cycle.season},
                                      {QStringLiteral("year"), cycle.year},
                                      {QStringLiteral("startsOn"), cycle.startsOn.toString(Qt::ISODate)},
                                      {QStringLiteral("endsOn"), cycle.endsOn.toString(Qt::ISODate)},
                                      {QStringLiteral("phases"), static_cast<int>(cycle.phases.size())},
                                      {QStringLiteral("applications"), byRole},
                                      {QStringLiteral("matches"), matchObject}});
        lines << tr("%1 (%2 – %3): %4 applications")
                     .arg(cycle.name, cycle.startsOn.toString(Qt::ISODate), cycle.endsOn.toString(Qt::ISODate))
                     .arg(cycleTotal);
        for (auto it = roleLines.cbegin(); it != roleLines.cend(); ++it)
            lines << QStringLiteral("  %1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
        lines << tr("  matches: %1").arg(matchParts.isEmpty() ? tr("none") : matchParts.join(QStringLiteral(", ")));
    }

    if (parser.isSet(jsonOption)) {
        const QJsonObject root{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                               {QStringLiteral("program"), program->name},
                               {QStringLiteral("programId"), program->id},
                               {QStringLiteral("organization"), program->organization},
                               {QStringLiteral("schemaVersion"), db.schemaVersion()},
                               {QStringLiteral("latestSchemaVersion"), Database::latestSchemaVersion()},
                               {QStringLiteral("people"), people.value()},
                               {QStringLiteral("applications"), applicationTotal.value()},
                               {QStringLiteral("reviewers"), reviewers.value()},
                               {QStringLiteral("matches"), matchTotal.value()},
                               {QStringLiteral("cycles"), cycleArray}};
        print(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    } else {
        print(lines.join(QLatin1Char('\n')));
    }
    return Ok;
}

int Cli::check(const QStringList &arguments)
{
    const QString usage = tr("Usage: cohort-cli check FILE [--json]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a program file: SQLite integrity, schema version and foreign keys. Never changes the file."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({helpOption, jsonOption});
    parser.addPositionalArgument(tr("FILE"), tr("The program file."));
    if (!parse(parser, QStringLiteral("check"), arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(
            parser.positionalArguments().isEmpty() ? tr("check needs a FILE.") : tr("check takes one FILE."), usage);
    const QString path = parser.positionalArguments().first();
    const bool json = parser.isSet(jsonOption);
    const QString name = QFileInfo(path).fileName();

    auto failWith = [&](const QString &reason) {
        if (json)
            print(QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                                          {QStringLiteral("ok"), false},
                                          {QStringLiteral("error"), oneLine(reason)}})
                    .toJson(QJsonDocument::Indented)));
        return fail(reason);
    };

    auto opened = Database::openFile(path, true);
    if (!opened)
        return failWith(opened.error());
    auto report = opened.value()->check(true);
    if (!report)
        return failWith(report.error());
    const CheckReport &r = report.value();

    QString schemaNote;
    if (r.schemaVersion < r.latestSchemaVersion)
        schemaNote = tr("file format %1; it will be updated to %2 when opened for writing")
                         .arg(r.schemaVersion)
                         .arg(r.latestSchemaVersion);
    else if (r.schemaVersion > r.latestSchemaVersion)
        schemaNote = tr("file format %1 is newer than this version of Cohort (%2); it opens read-only")
                         .arg(r.schemaVersion)
                         .arg(r.latestSchemaVersion);
    else
        schemaNote = tr("file format %1, the latest").arg(r.schemaVersion);

    if (json) {
        print(QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                            {QStringLiteral("ok"), r.ok()},
                            {QStringLiteral("schemaVersion"), r.schemaVersion},
                            {QStringLiteral("latestSchemaVersion"), r.latestSchemaVersion},
                            {QStringLiteral("integrityProblems"), QJsonArray::fromStringList(r.integrityProblems)},
                            {QStringLiteral("foreignKeyProblems"), QJsonArray::fromStringList(r.foreignKeyProblems)}})
                .toJson(QJsonDocument::Indented)));
    } else {
        QStringList lines;
        lines << tr("%1: %2").arg(name, r.ok() ? tr("ok") : tr("problems found"));
        lines << tr("  integrity: %1")
                     .arg(r.integrityProblems.isEmpty()
                              ? tr("ok")
                              : tr("%n problem(s)", nullptr, static_cast<int>(r.integrityProblems.size())));
        lines << tr("  foreign keys: %1")
                     .arg(r.foreignKeyProblems.isEmpty()
                              ? tr("ok")
                              : tr("%n problem(s)", nullptr, static_cast<int>(r.foreignKeyProblems.size())));
        lines << tr("  schema: %1").arg(schemaNote);
        for (const QString &problem : r.integrityProblems + r.foreignKeyProblems)
            lines << QStringLiteral("    ") + problem;
        print(lines.join(QLatin1Char('\n')));
    }
    if (!r.ok()) {
        const QString first =
            !r.integrityProblems.isEmpty() ? r.integrityProblems.first() : r.foreignKeyProblems.first();
        return fail(tr("“%1” is damaged: %n problem(s), the first: %2", nullptr,
                       static_cast<int>(r.integrityProblems.size() + r.foreignKeyProblems.size()))
                        .arg(name, first));
    }
    return Ok;
}

int Cli::importApplications(const QStringList &arguments)
{
    const QString usage =
        tr("Usage: cohort-cli import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json] "
           "[--encoding E] [--delimiter D] [--duplicates skip|update|keep-both] [--valid-only] [--dry-run] [--json]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import applications from a CSV export of an online form (Google Forms, Microsoft Forms, SurveyMonkey, "
           "JotForm, EmailMeForm) into one cycle. All rows land or none do."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption programOption(QStringLiteral("program"), tr("The program file."), tr("FILE"));
    const QCommandLineOption cycleOption(QStringLiteral("cycle"), tr("The cycle, by name or id."), tr("C"));
    const QCommandLineOption roleOption(QStringLiteral("role"), tr("mentor or mentee."), tr("R"));
    const QCommandLineOption mappingOption(
        QStringLiteral("mapping"),
        tr("A mapping saved in the program, or a JSON file ({\"fields\": {header: field}}). Without it the "
           "columns are mapped from their headers."),
        tr("NAME|FILE"));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"), tr("utf-8, utf-8-bom, utf-16le, utf-16be or windows-1252 (detected by default)."),
        tr("E"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
                                             tr("comma, semicolon or tab (detected by default)."), tr("D"));
    const QCommandLineOption duplicatesOption(
        QStringLiteral("duplicates"),
        tr("What to do with a row whose email already applied in the cycle: skip (default), update or keep-both."),
        tr("POLICY"));
    const QCommandLineOption validOnlyOption(QStringLiteral("valid-only"),
                                             tr("Import the valid rows and skip the others (recorded in the report)."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Check every row; write nothing."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the report as JSON."));
    parser.addOptions({helpOption, programOption, cycleOption, roleOption, mappingOption, encodingOption,
                       delimiterOption, duplicatesOption, validOnlyOption, dryRunOption, jsonOption});
    parser.addPositionalArgument(tr("CSV"), tr("The CSV file to import."));
    if (!parse(parser, QStringLiteral("import"), arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(parser.positionalArguments().isEmpty() ? tr("import needs a CSV file.")
                                                                 : tr("import takes one CSV file."),
                          usage);
    for (const QCommandLineOption *required : {&programOption, &cycleOption, &roleOption}) {
        if (parser.value(*required).isEmpty())
            return usageError(tr("import needs --%1.").arg(required->names().constFirst()), usage);
    }
    const QString role = parser.value(roleOption);
    if (role != QLatin1String("mentor") && role != QLatin1String("mentee"))
        return usageError(tr("--role is mentor or mentee."), usage);
    CsvOptions csvOptions;
    if (parser.isSet(encodingOption)) {
        csvOptions.encoding = encodingFromName(parser.value(encodingOption));
        if (!csvOptions.encoding)
            return usageError(tr("unknown encoding “%1”.").arg(parser.value(encodingOption)), usage);
    }
    if (parser.isSet(delimiterOption)) {
        const QString d = parser.value(delimiterOption).toLower();
        if (d == QLatin1String(",") || d == QLatin1String("comma"))
            csvOptions.delimiter = QLatin1Char(',');
        else if (d == QLatin1String(";") || d == QLatin1String("semicolon"))
            csvOptions.delimiter = QLatin1Char(';');
        else if (d == QLatin1String("tab") || d == QLatin1String("\\t") || d == QLatin1String("\t"))
            csvOptions.delimiter = QLatin1Char('\t');
        else
            return usageError(tr("--delimiter is comma, semicolon or tab."), usage);
    }
    ImportRequest request;
    request.role = role;
    const QString duplicates = parser.isSet(duplicatesOption) ? parser.value(duplicatesOption) : QStringLiteral("skip");
    if (duplicates == QLatin1String("skip"))
        request.duplicates = DuplicatePolicy::Skip;
    else if (duplicates == QLatin1String("update"))
        request.duplicates = DuplicatePolicy::Update;
    else if (duplicates == QLatin1String("keep-both"))
        request.duplicates = DuplicatePolicy::KeepBoth;
    else
        return usageError(tr("--duplicates is skip, update or keep-both."), usage);
    request.validOnly = parser.isSet(validOnlyOption);
    const bool dryRun = parser.isSet(dryRunOption);
    const bool json = parser.isSet(jsonOption);
    const QString csvPath = parser.positionalArguments().first();
    request.sourceName = QFileInfo(csvPath).fileName();
    request.actor = ProgramDocument::actor();

    // The file first: a malformed one fails before the program is even opened.
    auto table = Csv::readFile(csvPath, csvOptions);
    if (!table)
        return fail(tr("%1: %2").arg(QFileInfo(csvPath).fileName(), table.error()));
    if (!QFileInfo::exists(parser.value(programOption)))
        return fail(tr("“%1” does not exist.").arg(parser.value(programOption)));
    // A dry run opens the program read-only: it never changes the file.
    auto opened = Database::openFile(parser.value(programOption), dryRun);
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    if (!dryRun && db.isReadOnly())
        return fail(db.readOnlyReason().isEmpty() ? tr("The program is open read-only.") : db.readOnlyReason());
    auto cycle = findCycle(db, parser.value(cycleOption));
    if (!cycle)
        return fail(cycle.error());
    request.cycleId = cycle->id;

    if (parser.isSet(mappingOption)) {
        const QString mapping = parser.value(mappingOption);
        if (QFileInfo(mapping).isFile()) {
            QFile file(mapping);
            if (!file.open(QIODevice::ReadOnly))
                return fail(tr("Cannot read “%1”.").arg(mapping));
            const QByteArray bytes = file.readAll();
            QJsonParseError error;
            QJsonDocument::fromJson(bytes, &error);
            if (error.error != QJsonParseError::NoError)
                return fail(tr("“%1” is not a JSON mapping: %2").arg(mapping, error.errorString()));
            request.mapping =
                ImportMapping::fromJson(QFileInfo(mapping).completeBaseName(), role, QString::fromUtf8(bytes));
        } else {
            auto saved = ImportMappingStore(db).load(mapping);
            if (!saved)
                return fail(saved.error());
            request.mapping = saved.value();
        }
    } else {
        request.mapping = ImportFields::suggest(table->header, role);
    }

    ApplicationImporter importer(db);
    auto report = dryRun ? importer.check(table.value(), request) : importer.run(table.value(), request);
    if (!report)
        return fail(report.error());
    const ImportReport &r = report.value();
    if (json) {
        QJsonObject root = r.toJson();
        QJsonObject mapping;
        for (auto it = request.mapping.fields.cbegin(); it != request.mapping.fields.cend(); ++it)
            mapping.insert(it.key(), it.value());
        root.insert(QStringLiteral("file"), QFileInfo(csvPath).absoluteFilePath());
        root.insert(QStringLiteral("cycle"), cycle->name);
        root.insert(QStringLiteral("role"), role);
        root.insert(QStringLiteral("dryRun"), dryRun);
        root.insert(QStringLiteral("encoding"), encodingName(table->encoding));
        root.insert(QStringLiteral("mapping"), mapping);
        print(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    } else {
        QStringList lines;
        lines << tr("%1 → %2 (%3), %4")
                     .arg(QFileInfo(csvPath).fileName(), cycle->name, role, encodingLabel(table->encoding));
        lines << r.summary();
        for (const ImportProblem &p : r.problems) {
            const QString place =
                p.column.isEmpty() ? tr("line %1").arg(p.line) : tr("line %1, “%2”").arg(p.line).arg(p.column);
            lines << QStringLiteral("  %1 %2: %3").arg(p.error ? tr("error") : tr("warning"), place, p.message);
        }
        print(lines.join(QLatin1Char('\n')));
    }
    if (r.errorCount() > 0 && !request.validOnly)
        return fail(dryRun ? tr("%n row(s) have errors; the import would be refused.", nullptr, r.rows - r.valid)
                           : r.summary());
    return Ok;
}

int Cli::exportApplications(const QStringList &arguments)
{
    const QString usage =
        tr("Usage: cohort-cli export FILE --cycle C [--role mentor|mentee] [--out CSV] [--include-confidential]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export a cycle's applications to CSV (UTF-8 with BOM; cells a spreadsheet would run as formulas are "
           "neutralized). Confidential fields are left out unless asked for."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption cycleOption(QStringLiteral("cycle"), tr("The cycle, by name or id."), tr("C"));
    const QCommandLineOption roleOption(QStringLiteral("role"), tr("Only mentor or only mentee applications."),
                                        tr("R"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The CSV file to write (default: stdout)."),
                                       tr("CSV"));
    const QCommandLineOption confidentialOption(QStringLiteral("include-confidential"),
                                                tr("Include confidential fields (demographics, preferences)."));
    parser.addOptions({helpOption, cycleOption, roleOption, outOption, confidentialOption});
    parser.addPositionalArgument(tr("FILE"), tr("The program file."));
    if (!parse(parser, QStringLiteral("export"), arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(
            parser.positionalArguments().isEmpty() ? tr("export needs a FILE.") : tr("export takes one FILE."), usage);
    if (parser.value(cycleOption).isEmpty())
        return usageError(tr("export needs --cycle."), usage);
    ExportRequest request;
    request.role = parser.value(roleOption);
    if (!request.role.isEmpty() && request.role != QLatin1String("mentor") && request.role != QLatin1String("mentee"))
        return usageError(tr("--role is mentor or mentee."), usage);
    if (parser.isSet(outOption) && parser.value(outOption).isEmpty())
        return usageError(tr("--out needs a file name."), usage);
    request.includeConfidential = parser.isSet(confidentialOption);

    auto opened = Database::openFile(parser.positionalArguments().first(), true);
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    auto cycle = findCycle(db, parser.value(cycleOption));
    if (!cycle)
        return fail(cycle.error());
    request.cycleId = cycle->id;
    ApplicationExporter exporter(db);
    if (!parser.isSet(outOption)) {
        auto bytes = exporter.toCsv(request);
        if (!bytes)
            return fail(bytes.error());
        std::fwrite(bytes->constData(), 1, static_cast<size_t>(bytes->size()), stdout);
        std::fflush(stdout);
        return Ok;
    }
    const QString out = parser.value(outOption);
    auto written = exporter.writeFile(out, request);
    if (!written)
        return fail(written.error());
    print(tr("Wrote %n application(s) of %1 to %2.", nullptr, written.value()).arg(cycle->name, out));
    return Ok;
}

} // namespace cohort
