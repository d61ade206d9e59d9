#include "timeline/contactimport.h"

#include "db/database.h"
#include "domain/ids.h"
#include "intake/csv.h"
#include "store/cyclestore.h"
#include "store/matchstore.h"
#include "store/programstore.h"
#include "store/statementcache.h"
#include "store/timelinestore.h"
#include "timeline/contactfields.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace cohort {

namespace {

// "Initiated By", "initiated-by" and "initiated_by" are one column; a few other names too.
QString columnKey(const QString &header)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-]+"));
    const QString key = header.trimmed().toLower().replace(separators, QStringLiteral("_"));
    if (key == QLatin1String("initiator") || key == QLatin1String("initiated"))
        return QStringLiteral("initiated_by");
    if (key == QLatin1String("contact_on") || key == QLatin1String("contact_date"))
        return QStringLiteral("date");
    if (key == QLatin1String("contact_method"))
        return QStringLiteral("method");
    if (key == QLatin1String("match_id"))
        return QStringLiteral("match");
    if (key == QLatin1String("mentee_code"))
        return QStringLiteral("mentee");
    if (key == QLatin1String("mentor_code"))
        return QStringLiteral("mentor");
    return key;
}

class Columns
{
public:
    explicit Columns(const QStringList &header)
    {
        for (int i = 0; i < header.size(); ++i) {
            const QString key = columnKey(header.at(i));
            if (!m_index.contains(key)) {
                m_index.insert(key, i);
                m_header.insert(key, header.at(i));
            }
        }
    }
    int index(const QString &key) const { return m_index.value(key, -1); }
    QString header(const QString &key) const { return m_header.value(key, key); }

private:
    QHash<QString, int> m_index;
    QHash<QString, QString> m_header;
};

QString cellText(const QStringList &row, int column)
{
    return column >= 0 && column < row.size() ? Csv::unneutralize(row.at(column)).trimmed() : QString();
}

QString dayText(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

// A stored or planned contact's identity for "already there".
QString contactKey(QDate day, const QString &method, const QString &initiator, const QString &note)
{
    return day.toString(Qt::ISODate) + QLatin1Char('\x1f') + method + QLatin1Char('\x1f') + initiator +
           QLatin1Char('\x1f') + note.trimmed();
}

struct MatchAt
{
    int cycle = -1;
    int match = -1;
};

} // namespace

QStringList ContactImport::header()
{
    return {QStringLiteral("mentee"), QStringLiteral("mentor"),       QStringLiteral("date"),
            QStringLiteral("method"), QStringLiteral("initiated_by"), QStringLiteral("note")};
}

std::optional<QDate> ContactImport::parseDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression us(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    const QString t = text.trimmed();
    QDate date;
    if (const auto m = iso.match(t); m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const auto u = us.match(t); u.hasMatch())
        date = QDate(u.captured(3).toInt(), u.captured(1).toInt(), u.captured(2).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString ContactImport::problemText(const ContactImportProblem &problem)
{
    if (problem.column.isEmpty())
        return tr("Line %1: %2").arg(problem.line).arg(problem.message);
    return tr("Line %1, column “%2”: %3").arg(problem.line).arg(problem.column, problem.message);
}

ContactImportPlan ContactImport::plan(const CsvTable &table, const QList<TimelineData> &cycles, QDate today)
{
    ContactImportPlan plan;
    const Columns columns(table.header);
    const int matchColumn = columns.index(QStringLiteral("match"));
    const int menteeColumn = columns.index(QStringLiteral("mentee"));
    const int mentorColumn = columns.index(QStringLiteral("mentor"));
    const int dateColumn = columns.index(QStringLiteral("date"));
    const int methodColumn = columns.index(QStringLiteral("method"));
    const int initiatorColumn = columns.index(QStringLiteral("initiated_by"));
    const int noteColumn = columns.index(QStringLiteral("note"));
    const int headerLine = 1;
    if (matchColumn < 0 && menteeColumn < 0)
        plan.problems.append({headerLine, QString(), tr("the file has no “mentee” or “match” column.")});
    for (const QString &required : {QStringLiteral("date"), QStringLiteral("method"), QStringLiteral("initiated_by")}) {
        if (columns.index(required) < 0)
            plan.problems.append({headerLine, QString(), tr("the file has no “%1” column.").arg(required)});
    }
    if (!plan.problems.isEmpty())
        return plan;

    // The matches by id and by mentee code (upper case); -2 in a code's cycle: several cycles.
    QHash<QString, MatchAt> byId;
    QHash<QString, MatchAt> byMentee;
    QHash<QString, QStringList> menteeCycles;
    for (int c = 0; c < cycles.size(); ++c) {
        const TimelineData &data = cycles.at(c);
        for (int m = 0; m < data.matches.size(); ++m) {
            const TimelineMatch &t = data.matches.at(m);
            byId.insert(t.match.id, {c, m});
            const QString code = t.menteeCode.toUpper();
            if (byMentee.contains(code) && byMentee.value(code).cycle != c)
                byMentee[code].cycle = -2;
            else
                byMentee.insert(code, {c, m});
            menteeCycles[code].append(data.cycle.name);
        }
    }
    // The stored contacts of the matches the file names, as keys with counts (built on first use).
    QHash<QString, QHash<QString, int>> stored; // match id → key → count

    for (int row = 0; row < table.rows.size(); ++row) {
        const QStringList &cells = table.rows.at(row);
        const int line = table.rowLines.value(row, row + 2);
        ++plan.rows;
        const int problemsBefore = int(plan.problems.size());
        const auto problem = [&](const QString &key, const QString &message) {
            plan.problems.append({line, key.isEmpty() ? QString() : columns.header(key), message});
        };

        // The match.
        MatchAt at;
        const QString matchId = cellText(cells, matchColumn);
        const QString mentee = cellText(cells, menteeColumn);
        if (!matchId.isEmpty()) {
            at = byId.value(matchId);
            if (at.match < 0)
                problem(QStringLiteral("match"), tr("no published or ended match has the id “%1”.").arg(matchId));
            else if (!mentee.isEmpty() &&
                     cycles.at(at.cycle).matches.at(at.match).menteeCode.compare(mentee, Qt::CaseInsensitive) != 0)
                problem(QStringLiteral("mentee"),
                        tr("the match “%1” is the match of %2, not of %3.")
                            .arg(matchId, cycles.at(at.cycle).matches.at(at.match).menteeCode, mentee));
        } else if (!mentee.isEmpty()) {
            at = byMentee.value(mentee.toUpper());
            if (at.cycle == -2) {
                at = {};
                problem(QStringLiteral("mentee"),
                        tr("the mentee code “%1” is in more than one cycle (%2); give the match id, or one cycle.")
                            .arg(mentee, menteeCycles.value(mentee.toUpper()).join(QStringLiteral(", "))));
            } else if (at.match < 0) {
                problem(QStringLiteral("mentee"), tr("no published or ended match has the mentee “%1”.").arg(mentee));
            }
        } else {
            problem(menteeColumn >= 0 ? QStringLiteral("mentee") : QStringLiteral("match"),
                    menteeColumn >= 0 ? tr("the mentee is missing.") : tr("the match is missing."));
        }
        const TimelineMatch *match = at.match >= 0 ? &cycles.at(at.cycle).matches.at(at.match) : nullptr;
        if (match) {
            const QString mentor = cellText(cells, mentorColumn);
            if (!mentor.isEmpty() && mentor.compare(match->mentorCode, Qt::CaseInsensitive) != 0)
                problem(QStringLiteral("mentor"),
                        tr("%1's mentor is %2, not %3.").arg(match->menteeCode, match->mentorCode, mentor));
        }

        // The date.
        const QString dateText = cellText(cells, dateColumn);
        QDate day;
        if (dateText.isEmpty()) {
            problem(QStringLiteral("date"), tr("the date is missing."));
        } else if (const auto parsed = parseDate(dateText); !parsed) {
            problem(QStringLiteral("date"),
                    tr("“%1” is not a date; write it as 2017-10-13 or 10/13/2017 (month first).").arg(dateText));
        } else {
            day = *parsed;
            if (today.isValid() && day > today)
                problem(QStringLiteral("date"), tr("%1 is in the future.").arg(dayText(day)));
            else if (match && match->match.publishedOn.isValid() && day < match->match.publishedOn)
                problem(
                    QStringLiteral("date"),
                    tr("%1 is before the match started on %2.").arg(dayText(day), dayText(match->match.publishedOn)));
            else if (match && match->match.endedOn.isValid() && day > match->match.endedOn)
                problem(QStringLiteral("date"),
                        tr("%1 is after the match ended on %2.").arg(dayText(day), dayText(match->match.endedOn)));
        }

        // Method and initiator.
        const QString methodText = cellText(cells, methodColumn);
        const QString method = ContactFields::parseMethod(methodText);
        if (methodText.isEmpty())
            problem(QStringLiteral("method"), tr("the method is missing."));
        else if (method.isEmpty())
            problem(QStringLiteral("method"),
                    tr("“%1” is not a contact method; use email, phone, video, chat or in person.").arg(methodText));
        const QString initiatorText = cellText(cells, initiatorColumn);
        const QString initiator = ContactFields::parseInitiator(initiatorText);
        if (initiatorText.isEmpty())
            problem(QStringLiteral("initiated_by"), tr("who started the contact is missing."));
        else if (initiator.isEmpty())
            problem(QStringLiteral("initiated_by"), tr("“%1” is not mentor, mentee or liaison.").arg(initiatorText));
        const QString note = cellText(cells, noteColumn);

        if (plan.problems.size() > problemsBefore || !match)
            continue;

        auto it = stored.find(match->match.id);
        if (it == stored.end()) {
            QHash<QString, int> keys;
            for (const ContactEntry &c : match->contacts)
                ++keys[contactKey(c.contactOn, c.method, c.initiatedBy, c.note)];
            it = stored.insert(match->match.id, keys);
        }
        const QString key = contactKey(day, method, initiator, note);
        if (int &count = (*it)[key]; count > 0) {
            --count;
            ++plan.alreadyThere;
            continue;
        }
        ContactEntry entry;
        entry.id = newId();
        entry.matchId = match->match.id;
        entry.contactOn = day;
        entry.method = method;
        entry.initiatedBy = initiator;
        entry.note = note;
        plan.added.append(entry);
        plan.addedLines.append(line);
    }
    if (!plan.ok()) {
        plan.added.clear();
        plan.addedLines.clear();
    }
    return plan;
}

Result<ContactImportPlan> ContactImport::plan(Database &db, const CsvTable &table, const QString &cycleId, QDate today)
{
    QStringList ids;
    if (!cycleId.isEmpty()) {
        ids.append(cycleId);
    } else {
        auto cycles = CycleStore(db).list();
        if (!cycles)
            return Error{cycles.error()};
        for (const Cycle &cycle : cycles.value())
            ids.append(cycle.id);
    }
    QList<TimelineData> data;
    TimelineStore store(db);
    for (const QString &id : std::as_const(ids)) {
        auto loaded = store.load(id);
        if (!loaded)
            return Error{loaded.error()};
        data.append(std::move(loaded).value());
    }
    return plan(table, data, today);
}

Status ContactImport::apply(Database &db, const ContactImportPlan &plan, const QString &actor)
{
    if (!plan.ok())
        return Error{tr("The file has %n problem(s); no contact was imported.", nullptr, int(plan.problems.size()))};
    if (plan.added.isEmpty())
        return {};
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    StatementCache cache(db);
    MatchStore matches(db);
    const QString now = nowTimestamp();
    for (const ContactEntry &entry : plan.added) {
        if (const QString problem = TimelineStore::contactProblem(entry); !problem.isEmpty())
            return Error{problem};
        if (Status s = matches.insertContactEntry(entry, now, actor, &cache); !s)
            return s;
    }
    const QString detail =
        plan.sourceName.isEmpty()
            ? tr("%n contact(s) added; %1 already there", nullptr, int(plan.added.size())).arg(plan.alreadyThere)
            : tr("%n contact(s) added from %1; %2 already there", nullptr, int(plan.added.size()))
                  .arg(plan.sourceName)
                  .arg(plan.alreadyThere);
    if (Status s = ProgramStore(db).audit(actor, QStringLiteral("contacts.import"), QStringLiteral("contact_entries"),
                                          QString(), detail);
        !s)
        return s;
    return transaction.commit();
}

} // namespace cohort
