// cohort-cli letters issue|check: the committee's letters without a window.

#include "cli.h"

#include "db/database.h"
#include "document/programdocument.h"
#include "letters/letterdata.h"
#include "letters/letterissue.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cohort {

int Cli::letters(const QStringList &arguments)
{
    const QString usage = tr("Usage: cohort-cli letters issue|check FILE --cycle C --kind KIND … (see cohort-cli "
                             "letters issue --help)");
    if (arguments.isEmpty())
        return usageError(tr("letters needs a subcommand: issue or check."), usage);
    const QString sub = arguments.first();
    if (sub == QLatin1String("issue"))
        return lettersIssue(arguments.mid(1));
    if (sub == QLatin1String("check"))
        return lettersCheck(arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        print(usage);
        return Ok;
    }
    return usageError(tr("unknown letters subcommand “%1”.").arg(sub), usage);
}

int Cli::lettersIssue(const QStringList &arguments)
{
    const QString usage = tr("Usage: cohort-cli letters issue FILE --cycle C --kind KIND [--role R] [--status S] "
                             "[--lang L] --out DIR [--combined] [--force] [--json]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a cycle's letters of one kind as PDFs and record what each person was sent. Every letter is "
           "checked first: with any problem nothing is written. Letters already issued with the same text are "
           "skipped unless --force."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption cycleOption(QStringLiteral("cycle"), tr("The cycle, by name or id."), tr("C"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        tr("The letter kind: %1.").arg(LetterKinds::all().join(u", ")), tr("KIND"));
    const QCommandLineOption roleOption(QStringLiteral("role"), tr("Only mentors or mentees."), tr("R"));
    const QCommandLineOption statusOption(QStringLiteral("status"), tr("Only applications of this status."), tr("S"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("The letters' language (default en)."), tr("L"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The folder to write the PDFs to."), tr("DIR"));
    const QCommandLineOption combinedOption(QStringLiteral("combined"), tr("One PDF with every letter."));
    const QCommandLineOption forceOption(QStringLiteral("force"), tr("Issue again letters issued already."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the report as JSON."));
    parser.addOptions({helpOption, cycleOption, kindOption, roleOption, statusOption, langOption, outOption,
                       combinedOption, forceOption, jsonOption});
    parser.addPositionalArgument(tr("FILE"), tr("The program file."));
    if (!parse(parser, QStringLiteral("letters issue"), arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(parser.positionalArguments().isEmpty() ? tr("letters issue needs a FILE.")
                                                                 : tr("letters issue takes one FILE."),
                          usage);
    if (parser.value(cycleOption).isEmpty())
        return usageError(tr("letters issue needs --cycle."), usage);
    const QString kind = parser.value(kindOption);
    if (kind.isEmpty())
        return usageError(tr("letters issue needs --kind."), usage);
    if (!LetterKinds::isKnown(kind))
        return usageError(tr("--kind is one of %1.").arg(LetterKinds::all().join(u", ")), usage);
    const QString role = parser.value(roleOption);
    if (!role.isEmpty() && role != QLatin1String("mentor") && role != QLatin1String("mentee"))
        return usageError(tr("--role is mentor or mentee."), usage);
    if (parser.value(outOption).isEmpty())
        return usageError(tr("letters issue needs --out."), usage);
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo::exists(path))
        return fail(tr("“%1” does not exist.").arg(path));
    auto opened = Database::openFile(path);
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    if (db.isReadOnly())
        return fail(db.readOnlyReason().isEmpty() ? tr("The program is open read-only, so letters cannot be recorded.")
                                                  : db.readOnlyReason());
    auto cycle = findCycle(db, parser.value(cycleOption));
    if (!cycle)
        return fail(cycle.error());
    LetterIssueOptions options;
    options.role = role;
    options.status = parser.value(statusOption);
    options.language = parser.value(langOption);
    options.outDir = parser.value(outOption);
    options.combined = parser.isSet(combinedOption);
    options.force = parser.isSet(forceOption);
    options.actor = ProgramDocument::actor();
    auto report = LetterIssue::issue(db, cycle->id, kind, options);
    if (!report)
        return fail(report.error());
    const IssueReport &r = report.value();
    if (parser.isSet(jsonOption)) {
        QJsonArray issued;
        for (const IssuedFile &f : r.issued)
            issued.append(QJsonObject{{QStringLiteral("application_id"), f.applicationId},
                                      {QStringLiteral("code"), f.code},
                                      {QStringLiteral("name"), f.name},
                                      {QStringLiteral("file"), f.fileName}});
        const QJsonObject object{{QStringLiteral("kind"), kind},
                                 {QStringLiteral("recipients"), r.recipients},
                                 {QStringLiteral("issued"), issued},
                                 {QStringLiteral("current"), QJsonArray::fromStringList(r.current)}};
        print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    QStringList lines;
    lines << tr("%1 letters for %2: %3 recipients, %4 issued, %5 already current.")
                 .arg(kind, cycle->name)
                 .arg(r.recipients)
                 .arg(r.issued.size())
                 .arg(r.current.size());
    for (const QString &file : r.files)
        lines << QStringLiteral("  ") + file;
    print(lines.join(QLatin1Char('\n')));
    return Ok;
}

int Cli::lettersCheck(const QStringList &arguments)
{
    const QString usage = tr("Usage: cohort-cli letters check FILE --cycle C --kind KIND [--role R] [--status S] "
                             "[--lang L]");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check a cycle's letters of one kind without writing anything: unknown "
                                        "placeholders in the template and values missing for a recipient. Exit 1 "
                                        "when there is any problem."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption cycleOption(QStringLiteral("cycle"), tr("The cycle, by name or id."), tr("C"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), tr("The letter kind."), tr("KIND"));
    const QCommandLineOption roleOption(QStringLiteral("role"), tr("Only mentors or mentees."), tr("R"));
    const QCommandLineOption statusOption(QStringLiteral("status"), tr("Only applications of this status."), tr("S"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("The letters' language (default en)."), tr("L"));
    parser.addOptions({helpOption, cycleOption, kindOption, roleOption, statusOption, langOption});
    parser.addPositionalArgument(tr("FILE"), tr("The program file."));
    if (!parse(parser, QStringLiteral("letters check"), arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(parser.positionalArguments().isEmpty() ? tr("letters check needs a FILE.")
                                                                 : tr("letters check takes one FILE."),
                          usage);
    if (parser.value(cycleOption).isEmpty())
        return usageError(tr("letters check needs --cycle."), usage);
    const QString kind = parser.value(kindOption);
    if (!LetterKinds::isKnown(kind))
        return usageError(kind.isEmpty() ? tr("letters check needs --kind.")
                                         : tr("--kind is one of %1.").arg(LetterKinds::all().join(u", ")),
                          usage);
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo::exists(path))
        return fail(tr("“%1” does not exist.").arg(path));
    auto opened = Database::openFile(path, true);
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    auto cycle = findCycle(db, parser.value(cycleOption));
    if (!cycle)
        return fail(cycle.error());
    LetterIssueOptions options;
    options.role = parser.value(roleOption);
    options.status = parser.value(statusOption);
    options.language = parser.value(langOption);
    auto problems = LetterIssue::check(db, cycle->id, kind, options);
    if (!problems)
        return fail(problems.error());
    if (!problems->isEmpty()) {
        print(problems->join(QLatin1Char('\n')));
        return fail(tr("%n letter problem(s) found.", nullptr, int(problems->size())));
    }
    print(tr("The %1 letters for %2 are ready to issue.").arg(kind, cycle->name));
    return Ok;
}

} // namespace cohort
