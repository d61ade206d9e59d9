#include "cli.h"

#include "db/database.h"
#include "demo/demogenerator.h"
#include "store/applicationstore.h"
#include "store/cyclestore.h"
#include "store/matchstore.h"
#include "store/programstore.h"
#include "store/reviewstore.h"

#include <QCommandLineParser>
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

// Parses the arguments after the command; the parser's first argument is a program name.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    return parser.parse(QStringList{kProgram + QLatin1Char(' ') + command} + arguments);
}

} // namespace

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

} // namespace cohort
