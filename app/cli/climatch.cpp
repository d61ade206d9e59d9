// cohort-cli match auto|explain|export: the chair's matching without a window.

#include "cli.h"

#include "db/database.h"
#include "document/programdocument.h"
#include "intake/csv.h"
#include "matching/automatch.h"
#include "matching/compatibility.h"
#include "matching/matchexport.h"
#include "store/matchingstore.h"
#include "store/programstore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

namespace cohort {

namespace {

// A number rounded for reading and for JSON (3 decimals); NaN and infinities never leak.
double rounded(double value)
{
    return std::isfinite(value) ? std::round(value * 1000.0) / 1000.0 : 0.0;
}

QString number(double value)
{
    return QString::number(rounded(value), 'f', 2);
}

QString participantLabel(const MatchParticipant &p)
{
    return p.name.trimmed().isEmpty() ? p.code : QStringLiteral("%1 %2").arg(p.code, p.name);
}

// The mentee named by code (any case) or application id, or −1.
int findMentee(const MatchingData &data, const QString &key)
{
    const QString wanted = key.trimmed();
    if (const int i = data.menteeIndex(wanted); i >= 0)
        return i;
    for (int i = 0; i < data.mentees.size(); ++i)
        if (data.mentees.at(i).code.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QJsonObject explanationJson(const PairExplanation &explained)
{
    QJsonArray factors;
    for (const FactorScore &f : explained.factors) {
        factors.append(QJsonObject{{QStringLiteral("factor"), f.name},
                                   {QStringLiteral("value"), rounded(f.value)},
                                   {QStringLiteral("weight"), f.weight},
                                   {QStringLiteral("contribution"), rounded(f.contribution)},
                                   {QStringLiteral("explanation"), f.explanation}});
    }
    QJsonObject object{{QStringLiteral("score"), rounded(explained.score)}, {QStringLiteral("factors"), factors}};
    if (!explained.blockedReason.isEmpty())
        object.insert(QStringLiteral("blocked"), explained.blockedReason);
    return object;
}

QStringList explanationLines(const PairExplanation &explained)
{
    QStringList lines;
    int width = 0;
    for (const FactorScore &f : explained.factors)
        width = std::max(width, int(f.name.size()));
    for (const FactorScore &f : explained.factors) {
        lines << QStringLiteral("    %1  %2 × %3 → %4  %5")
                     .arg(f.name.leftJustified(width), number(f.value),
                          QString::number(f.weight, 'g', 3).leftJustified(3),
                          QString::number(rounded(f.contribution), 'f', 3), f.explanation);
    }
    if (!explained.blockedReason.isEmpty())
        lines << Cli::tr("    Not allowed: %1").arg(explained.blockedReason);
    return lines;
}

} // namespace

int Cli::match(const QStringList &arguments)
{
    const QString usage = tr("Usage: cohort-cli match auto|explain|export FILE --cycle C … (see cohort-cli match "
                             "auto --help)");
    if (arguments.isEmpty())
        return usageError(tr("match needs a subcommand: auto, explain or export."), usage);
    const QString sub = arguments.first();
    if (sub == QLatin1String("auto"))
        return matchAuto(arguments.mid(1));
    if (sub == QLatin1String("explain"))
        return matchExplain(arguments.mid(1));
    if (sub == QLatin1String("export"))
        return matchExport(arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        print(usage);
        return Ok;
    }
    return usageError(tr("unknown match subcommand “%1”.").arg(sub), usage);
}

int Cli::matchAuto(const QStringList &arguments)
{
    const QString usage = tr("Usage: cohort-cli match auto FILE --cycle C [--min-score S] "
                             "[--mode scores|participation] [--apply] [--json]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Propose matches for a cycle's accepted mentees: the best assignment to the accepted mentors' places by "
           "the compatibility model, never a pair on the same library or named on an avoid list. Locked drafts and "
           "published matches are kept; unlocked drafts may be reassigned. Nothing is written without --apply; with "
           "it the unlocked drafts are replaced by the proposal (drafts of source auto), in one transaction."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption cycleOption(QStringLiteral("cycle"), tr("The cycle, by name or id."), tr("C"));
    const QCommandLineOption minOption(
        QStringLiteral("min-score"),
        tr("Leave pairs scoring below S (0 to 1) unmatched (default: the cycle's setting)."), tr("S"));
    const QCommandLineOption modeOption(
        QStringLiteral("mode"),
        tr("scores: the best total score (default); participation: as many mentees matched as possible first."),
        tr("MODE"));
    const QCommandLineOption applyOption(QStringLiteral("apply"), tr("Write the proposal as draft matches."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the proposal as JSON."));
    parser.addOptions({helpOption, cycleOption, minOption, modeOption, applyOption, jsonOption});
    parser.addPositionalArgument(tr("FILE"), tr("The program file."));
    if (!parse(parser, QStringLiteral("match auto"), arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(parser.positionalArguments().isEmpty() ? tr("match auto needs a FILE.")
                                                                 : tr("match auto takes one FILE."),
                          usage);
    if (parser.value(cycleOption).isEmpty())
        return usageError(tr("match auto needs --cycle."), usage);
    std::optional<double> minimum;
    if (parser.isSet(minOption)) {
        bool ok = false;
        const double value = parser.value(minOption).toDouble(&ok);
        if (!ok || !(value >= 0.0 && value <= 1.0))
            return usageError(tr("--min-score needs a number from 0 to 1."), usage);
        minimum = value;
    }
    AutoMatchMode mode = AutoMatchMode::BestScores;
    if (parser.isSet(modeOption)) {
        const QString m = parser.value(modeOption);
        if (m == QLatin1String("participation"))
            mode = AutoMatchMode::MostMatched;
        else if (m != QLatin1String("scores"))
            return usageError(tr("--mode is scores or participation."), usage);
    }
    const bool apply = parser.isSet(applyOption);
    const bool json = parser.isSet(jsonOption);
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo::exists(path))
        return fail(tr("“%1” does not exist.").arg(path));

    // Without --apply the program is opened read-only: the file is never changed.
    auto opened = Database::openFile(path, !apply);
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    if (apply && db.isReadOnly())
        return fail(db.readOnlyReason().isEmpty() ? tr("The program is open read-only, so matches cannot be written.")
                                                  : db.readOnlyReason());
    auto cycle = findCycle(db, parser.value(cycleOption));
    if (!cycle)
        return fail(cycle.error());
    MatchingStore store(db);
    auto loaded = store.load(cycle->id);
    if (!loaded)
        return fail(loaded.error());
    const MatchingData &data = loaded.value();
    const Compatibility model(data);
    auto proposal = AutoMatch::propose(data, model, mode, minimum);
    if (!proposal)
        return fail(proposal.error());
    const AutoMatchProposal &p = proposal.value();
    const double minimumUsed = minimum.value_or(data.settings.minimumScore);

    AutoMatchChanges changes;
    if (apply) {
        changes = AutoMatch::changes(data, p);
        const QString actor = ProgramDocument::actor();
        Transaction transaction(db);
        if (!transaction.started())
            return fail(transaction.started().error());
        for (const Match &m : std::as_const(changes.removed))
            if (Status s = store.removeMatch(m.id, m.version); !s)
                return fail(s.error());
        for (const Match &m : std::as_const(changes.added))
            if (Status s = store.insertMatch(m, actor); !s)
                return fail(s.error());
        const QString detail =
            tr("%1; %n unlocked draft(s) replaced by %2 proposed", nullptr, int(changes.removed.size()))
                .arg(p.summary())
                .arg(changes.added.size());
        if (Status s =
                ProgramStore(db).audit(actor, QStringLiteral("match.auto"), QStringLiteral("cycle"), cycle->id, detail);
            !s)
            return fail(s.error());
        if (Status s = transaction.commit(); !s)
            return fail(s.error());
    }

    const auto mentorCode = [&data](int m) {
        return data.mentors.at(m).code;
    };
    const auto menteeCode = [&data](int e) {
        return data.mentees.at(e).code;
    };
    if (json) {
        QJsonArray kept, proposed, unmatched;
        for (const AutoMatchPair &pair : p.kept) {
            const Match *match = data.matchOfMentee(data.mentees.at(pair.mentee).applicationId);
            kept.append(QJsonObject{{QStringLiteral("mentor"), mentorCode(pair.mentor)},
                                    {QStringLiteral("mentee"), menteeCode(pair.mentee)},
                                    {QStringLiteral("score"), rounded(pair.score)},
                                    {QStringLiteral("status"), match ? match->status : QString()}});
        }
        for (const AutoMatchPair &pair : p.proposed)
            proposed.append(QJsonObject{{QStringLiteral("mentor"), mentorCode(pair.mentor)},
                                        {QStringLiteral("mentee"), menteeCode(pair.mentee)},
                                        {QStringLiteral("score"), rounded(pair.score)}});
        for (const AutoMatchUnmatched &u : p.unmatched)
            unmatched.append(
                QJsonObject{{QStringLiteral("mentee"), menteeCode(u.mentee)}, {QStringLiteral("reason"), u.reason}});
        QJsonObject root{{QStringLiteral("cycle"), cycle->name},
                         {QStringLiteral("mode"), mode == AutoMatchMode::MostMatched ? QStringLiteral("participation")
                                                                                     : QStringLiteral("scores")},
                         {QStringLiteral("minimumScore"), minimumUsed},
                         {QStringLiteral("mentees"), int(data.mentees.size())},
                         {QStringLiteral("mentors"), int(data.mentors.size())},
                         {QStringLiteral("matched"), p.matched()},
                         {QStringLiteral("meanScore"), rounded(p.meanScore())},
                         {QStringLiteral("summary"), p.summary()},
                         {QStringLiteral("kept"), kept},
                         {QStringLiteral("proposed"), proposed},
                         {QStringLiteral("unmatched"), unmatched},
                         {QStringLiteral("applied"), apply}};
        if (apply) {
            root.insert(QStringLiteral("removedDrafts"), int(changes.removed.size()));
            root.insert(QStringLiteral("addedDrafts"), int(changes.added.size()));
        }
        print(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    QStringList lines;
    lines << QStringLiteral("%1: %2").arg(cycle->name, p.summary());
    if (!p.kept.isEmpty()) {
        lines << tr("Kept, locked or published (%n; mentor, mentee, score):", nullptr, int(p.kept.size()));
        for (const AutoMatchPair &pair : p.kept)
            lines << QStringLiteral("  %1  %2  %3")
                         .arg(mentorCode(pair.mentor), menteeCode(pair.mentee), number(pair.score));
    }
    if (!p.proposed.isEmpty()) {
        lines << tr("Proposed as new drafts (%n; mentor, mentee, score):", nullptr, int(p.proposed.size()));
        for (const AutoMatchPair &pair : p.proposed)
            lines << QStringLiteral("  %1  %2  %3")
                         .arg(mentorCode(pair.mentor), menteeCode(pair.mentee), number(pair.score));
    }
    if (!p.unmatched.isEmpty()) {
        lines << tr("Unmatched (%n):", nullptr, int(p.unmatched.size()));
        for (const AutoMatchUnmatched &u : p.unmatched)
            lines << QStringLiteral("  %1  %2").arg(menteeCode(u.mentee), u.reason);
    }
    if (apply)
        lines << tr("Applied: %n unlocked draft(s) removed, %1 draft(s) added.", nullptr, int(changes.removed.size()))
                     .arg(changes.added.size());
    else
        lines << tr("Dry run: nothing was written (use --apply to write the proposal).");
    print(lines.join(QLatin1Char('\n')));
    return Ok;
}

int Cli::matchExplain(const QStringList &arguments)
{
    const QString usage = tr("Usage: cohort-cli match explain FILE --cycle C --mentee ID [--json]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Explain a mentee's current match factor by factor, and list the five best mentors who are allowed and "
           "have room, with their scores and strongest factors. For the chair: confidential answers used in "
           "matching are shown."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption cycleOption(QStringLiteral("cycle"), tr("The cycle, by name or id."), tr("C"));
    const QCommandLineOption menteeOption(QStringLiteral("mentee"), tr("The mentee, by code or application id."),
                                          tr("ID"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the explanation as JSON."));
    parser.addOptions({helpOption, cycleOption, menteeOption, jsonOption});
    parser.addPositionalArgument(tr("FILE"), tr("The program file."));
    if (!parse(parser, QStringLiteral("match explain"), arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(parser.positionalArguments().isEmpty() ? tr("match explain needs a FILE.")
                                                                 : tr("match explain takes one FILE."),
                          usage);
    if (parser.value(cycleOption).isEmpty())
        return usageError(tr("match explain needs --cycle."), usage);
    if (parser.value(menteeOption).trimmed().isEmpty())
        return usageError(tr("match explain needs --mentee."), usage);
    const bool json = parser.isSet(jsonOption);

    auto opened = Database::openFile(parser.positionalArguments().first(), true);
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    auto cycle = findCycle(db, parser.value(cycleOption));
    if (!cycle)
        return fail(cycle.error());
    auto loaded = MatchingStore(db).load(cycle->id);
    if (!loaded)
        return fail(loaded.error());
    const MatchingData &data = loaded.value();
    const int mentee = findMentee(data, parser.value(menteeOption));
    if (mentee < 0)
        return fail(tr("%1 has no accepted mentee “%2”.").arg(cycle->name, parser.value(menteeOption).trimmed()));
    const Compatibility model(data);
    const MatchParticipant &e = data.mentees.at(mentee);
    const Match *current = data.matchOfMentee(e.applicationId);
    const int currentMentor = current ? data.mentorIndex(current->mentorApplicationId) : -1;
    const QList<Compatibility::Suggestion> suggestions = model.suggestions(mentee, 5);

    if (json) {
        QJsonObject root{{QStringLiteral("cycle"), cycle->name},
                         {QStringLiteral("mentee"), QJsonObject{{QStringLiteral("code"), e.code},
                                                                {QStringLiteral("name"), e.name},
                                                                {QStringLiteral("applicationId"), e.applicationId}}}};
        if (current) {
            QJsonObject match{{QStringLiteral("status"), current->status},
                              {QStringLiteral("source"), current->source},
                              {QStringLiteral("locked"), current->locked}};
            if (current->score)
                match.insert(QStringLiteral("storedScore"), rounded(*current->score));
            if (currentMentor >= 0) {
                const MatchParticipant &m = data.mentors.at(currentMentor);
                match.insert(QStringLiteral("mentor"),
                             QJsonObject{{QStringLiteral("code"), m.code}, {QStringLiteral("name"), m.name}});
                const QJsonObject explained = explanationJson(model.explain(mentee, currentMentor, true));
                for (auto it = explained.begin(); it != explained.end(); ++it)
                    match.insert(it.key(), it.value());
            } else {
                match.insert(QStringLiteral("mentor"), QJsonValue());
                match.insert(QStringLiteral("note"), tr("The mentor's application is not accepted."));
            }
            root.insert(QStringLiteral("match"), match);
        } else {
            root.insert(QStringLiteral("match"), QJsonValue());
        }
        QJsonArray best;
        for (const Compatibility::Suggestion &s : suggestions) {
            const MatchParticipant &m = data.mentors.at(s.mentor);
            best.append(QJsonObject{{QStringLiteral("code"), m.code},
                                    {QStringLiteral("name"), m.name},
                                    {QStringLiteral("score"), rounded(s.score)},
                                    {QStringLiteral("load"), data.load(s.mentor)},
                                    {QStringLiteral("capacity"), m.capacity},
                                    {QStringLiteral("reason"), s.reason}});
        }
        root.insert(QStringLiteral("suggestions"), best);
        print(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return Ok;
    }

    QStringList lines;
    lines << tr("%1 (mentee, %2)").arg(participantLabel(e), cycle->name);
    if (!current) {
        lines << tr("Not matched.");
    } else {
        const QString state = current->locked ? tr("%1, locked, %2").arg(current->status, current->source)
                                              : tr("%1, %2").arg(current->status, current->source);
        if (currentMentor < 0) {
            lines << tr("Matched (%1) to a mentor whose application is not accepted.").arg(state);
        } else {
            const PairExplanation explained = model.explain(mentee, currentMentor, true);
            lines << tr("Matched with %1 (%2): score %3")
                         .arg(participantLabel(data.mentors.at(currentMentor)), state, number(explained.score));
            lines << explanationLines(explained);
        }
    }
    if (suggestions.isEmpty()) {
        lines << tr("No other mentor is allowed and has room.");
    } else {
        lines << tr("Best available mentors:");
        int rank = 0;
        for (const Compatibility::Suggestion &s : suggestions) {
            const MatchParticipant &m = data.mentors.at(s.mentor);
            lines << QStringLiteral("  %1. %2  %3  (%4/%5 places taken)")
                         .arg(++rank)
                         .arg(participantLabel(m), number(s.score))
                         .arg(data.load(s.mentor))
                         .arg(m.capacity);
            lines << QStringLiteral("     ") + s.reason;
        }
    }
    print(lines.join(QLatin1Char('\n')));
    return Ok;
}

int Cli::matchExport(const QStringList &arguments)
{
    const QString usage = tr("Usage: cohort-cli match export FILE --cycle C [--out CSV]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export a cycle's matches to CSV, one row per match: the mentor's and mentee's codes and names, status, "
           "source, locked, score and publication date. No confidential fields. UTF-8 with BOM; cells a "
           "spreadsheet would run as formulas are neutralized."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption cycleOption(QStringLiteral("cycle"), tr("The cycle, by name or id."), tr("C"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The CSV file to write (default: stdout)."),
                                       tr("CSV"));
    parser.addOptions({helpOption, cycleOption, outOption});
    parser.addPositionalArgument(tr("FILE"), tr("The program file."));
    if (!parse(parser, QStringLiteral("match export"), arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(parser.positionalArguments().isEmpty() ? tr("match export needs a FILE.")
                                                                 : tr("match export takes one FILE."),
                          usage);
    if (parser.value(cycleOption).isEmpty())
        return usageError(tr("match export needs --cycle."), usage);
    if (parser.isSet(outOption) && parser.value(outOption).isEmpty())
        return usageError(tr("--out needs a file name."), usage);

    auto opened = Database::openFile(parser.positionalArguments().first(), true);
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    auto cycle = findCycle(db, parser.value(cycleOption));
    if (!cycle)
        return fail(cycle.error());
    auto matches = MatchingStore(db).listMatches(cycle->id);
    if (!matches)
        return fail(matches.error());
    const QStringList header = MatchExport::header();
    const QList<QStringList> rows = MatchExport::rows(matches.value());
    if (!parser.isSet(outOption)) {
        const QByteArray bytes = Csv::write(header, rows);
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return Ok;
    }
    const QString out = parser.value(outOption);
    if (Status written = Csv::writeFile(out, header, rows); !written)
        return fail(written.error());
    print(tr("Wrote %n match(es) of %1 to %2.", nullptr, int(rows.size())).arg(cycle->name, out));
    return Ok;
}

} // namespace cohort
