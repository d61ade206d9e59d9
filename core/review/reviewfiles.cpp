#include "review/reviewfiles.h"

#include "intake/csv.h"
#include "review/decisionrules.h"
#include "review/reviewstatistics.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace cohort {

namespace {

// "Reviewer Email", "reviewer-email" and "reviewer_email" are one column.
QString columnKey(const QString &header)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-]+"));
    return header.trimmed().toLower().replace(separators, QStringLiteral("_"));
}

// The file's columns by the keys above (-1: absent).
class Columns
{
public:
    explicit Columns(const QStringList &header)
    {
        for (int i = 0; i < header.size(); ++i) {
            const QString key = columnKey(header.at(i));
            if (!m_index.contains(key))
                m_index.insert(key, i);
            m_header.insert(key, header.at(i));
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

// Where an application code lives: the role (index into the data list) and the application.
struct ApplicationAt
{
    int role = -1;
    int application = -1;
};

QHash<QString, ApplicationAt> applicationsByCode(const QList<ReviewCycleData> &data)
{
    QHash<QString, ApplicationAt> byCode;
    for (int r = 0; r < data.size(); ++r) {
        const ReviewCycleData &d = data.at(r);
        for (int a = 0; a < d.applications.size(); ++a)
            byCode.insert(d.applications.at(a).code.toUpper(), {r, a});
    }
    return byCode;
}

bool isNotApplicable(const QString &text)
{
    const QString t = text.toUpper();
    return t == QLatin1String("N/A") || t == QLatin1String("NA") || t == QLatin1String("N.A.");
}

// A number written with a point, or with a decimal comma (files from semicolon locales).
std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double value = QLocale::c().toDouble(text, &ok);
    if (!ok && text.count(QLatin1Char(',')) == 1 && !text.contains(QLatin1Char('.')))
        value = QLocale::c().toDouble(QString(text).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString outcomeFromText(const QString &text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("accepted") || t == QLatin1String("accept"))
        return QStringLiteral("accepted");
    if (t == QLatin1String("waitlisted") || t == QLatin1String("waitlist") || t == QLatin1String("wait-listed") ||
        t == QLatin1String("wait list") || t == QLatin1String("waiting list"))
        return QStringLiteral("waitlisted");
    if (t == QLatin1String("declined") || t == QLatin1String("decline"))
        return QStringLiteral("declined");
    return {};
}

// A header problem: the file lacks a column the import needs.
ReviewImportProblem missingColumn(const QString &column)
{
    return {1, column, ReviewFiles::tr("the file has no “%1” column.").arg(column)};
}

} // namespace

int ScoreImportPlan::changedCells() const
{
    int n = 0;
    for (const Role &role : roles)
        n += int(role.cells.size());
    return n;
}

int ScoreImportPlan::changedComments() const
{
    int n = 0;
    for (const Role &role : roles)
        n += int(role.comments.size());
    return n;
}

int DecisionImportPlan::changed() const
{
    int n = 0;
    for (const QList<Change> &role : roles)
        n += int(role.size());
    return n;
}

QStringList ReviewFiles::scoreHeader()
{
    return {QStringLiteral("reviewer"), QStringLiteral("reviewer_email"), QStringLiteral("application"),
            QStringLiteral("role"),     QStringLiteral("criterion"),      QStringLiteral("value"),
            QStringLiteral("comment")};
}

QList<QStringList> ReviewFiles::scoreRows(const QList<ReviewCycleData> &data)
{
    QList<QStringList> rows;
    const QLocale c = QLocale::c();
    for (const ReviewCycleData &d : data) {
        for (const ReviewCell &cell : std::as_const(d.cells)) {
            if (!cell.scored())
                continue;
            const ReviewAssignment &a = d.assignments.at(cell.assignment);
            const Reviewer &reviewer = d.reviewers.at(a.reviewer);
            const QString value = cell.notApplicable ? QStringLiteral("N/A")
                                                     : c.toString(*cell.value, 'g', QLocale::FloatingPointShortest);
            rows.append({reviewer.name, reviewer.email, d.applications.at(a.application).code, d.role,
                         d.criteria.at(cell.criterion).name, value, a.comment});
        }
    }
    return rows;
}

QString ReviewFiles::problemText(const ReviewImportProblem &problem)
{
    if (problem.column.isEmpty())
        return tr("Line %1: %2").arg(problem.line).arg(problem.message);
    return tr("Line %1, column “%2”: %3").arg(problem.line).arg(problem.column, problem.message);
}

ScoreImportPlan ReviewFiles::planScores(const CsvTable &table, const QList<ReviewCycleData> &data)
{
    ScoreImportPlan plan;
    plan.roles.resize(data.size());
    const Columns columns(table.header);
    const int reviewerColumn = columns.index(QStringLiteral("reviewer"));
    const int emailColumn = columns.index(QStringLiteral("reviewer_email"));
    const int applicationColumn = columns.index(QStringLiteral("application"));
    const int criterionColumn = columns.index(QStringLiteral("criterion"));
    const int valueColumn = columns.index(QStringLiteral("value"));
    const int commentColumn = columns.index(QStringLiteral("comment"));
    const int roleColumn = columns.index(QStringLiteral("role"));
    if (reviewerColumn < 0 && emailColumn < 0)
        plan.problems.append(missingColumn(QStringLiteral("reviewer")));
    for (const QString &required :
         {QStringLiteral("application"), QStringLiteral("criterion"), QStringLiteral("value")}) {
        if (columns.index(required) < 0)
            plan.problems.append(missingColumn(required));
    }
    if (!plan.problems.isEmpty() || data.isEmpty())
        return plan;

    const QHash<QString, ApplicationAt> byCode = applicationsByCode(data);
    // Reviewers are the program's, the same list in every role's data.
    const ReviewCycleData &first = data.first();
    QHash<QString, int> reviewerByEmail;
    QHash<QString, int> reviewerByName; // -2: two reviewers share the name
    for (int i = 0; i < first.reviewers.size(); ++i) {
        const Reviewer &reviewer = first.reviewers.at(i);
        if (!reviewer.email.trimmed().isEmpty())
            reviewerByEmail.insert(reviewer.email.trimmed().toLower(), i);
        const QString name = reviewer.name.simplified().toLower();
        reviewerByName.insert(name, reviewerByName.contains(name) ? -2 : i);
    }
    QList<QHash<QString, int>> criterionByName(data.size());
    for (int r = 0; r < data.size(); ++r) {
        for (int c = 0; c < data.at(r).criteria.size(); ++c)
            criterionByName[r].insert(data.at(r).criteria.at(c).name.simplified().toLower(), c);
    }
    struct Seen
    {
        int line;
        std::optional<double> value;
        bool notApplicable;
    };
    QHash<QString, Seen> seenCells;                   // role|assignment|criterion
    QHash<QString, QPair<int, QString>> seenComments; // role|assignment → line, comment
    const QLocale locale;

    for (int row = 0; row < table.rows.size(); ++row) {
        const QStringList &cells = table.rows.at(row);
        const int line = table.rowLines.value(row, row + 2);
        ++plan.rows;
        auto problem = [&](const QString &key, const QString &message) {
            plan.problems.append({line, key.isEmpty() ? QString() : columns.header(key), message});
        };

        const QString code = cellText(cells, applicationColumn);
        const auto at = byCode.constFind(code.toUpper());
        if (code.isEmpty() || at == byCode.constEnd()) {
            problem(QStringLiteral("application"),
                    code.isEmpty() ? tr("the application code is missing.")
                                   : tr("no application of this cycle has the code “%1”.").arg(code));
            continue;
        }
        const int r = at->role;
        const ReviewCycleData &d = data.at(r);
        const ReviewApplication &application = d.applications.at(at->application);
        if (const QString role = cellText(cells, roleColumn).toLower(); !role.isEmpty() && role != application.role) {
            problem(QStringLiteral("role"),
                    tr("%1 is a %2 application, not a %3 one.").arg(application.code, application.role, role));
            continue;
        }

        int reviewer = -1;
        const QString email = cellText(cells, emailColumn);
        const QString name = cellText(cells, reviewerColumn);
        if (!email.isEmpty()) {
            reviewer = reviewerByEmail.value(email.toLower(), -1);
            if (reviewer < 0) {
                problem(QStringLiteral("reviewer_email"), tr("no reviewer has the email “%1”.").arg(email));
                continue;
            }
        } else if (!name.isEmpty()) {
            reviewer = reviewerByName.value(name.simplified().toLower(), -1);
            if (reviewer == -2) {
                problem(QStringLiteral("reviewer"),
                        tr("two reviewers are called “%1”; give their email in a “reviewer_email” column.").arg(name));
                continue;
            }
            if (reviewer < 0) {
                problem(QStringLiteral("reviewer"), tr("no reviewer is called “%1”.").arg(name));
                continue;
            }
        } else {
            problem(reviewerColumn >= 0 ? QStringLiteral("reviewer") : QStringLiteral("reviewer_email"),
                    tr("the reviewer is missing."));
            continue;
        }
        // The same reviewer's index in this role's data (the lists match, but do not rely on it).
        const int reviewerHere = d.reviewerIndex(first.reviewers.at(reviewer).id);
        const int assignment = reviewerHere < 0 ? -1 : d.assignmentIndex(at->application, reviewerHere);
        if (assignment < 0) {
            problem(QString(),
                    tr("%1 is not assigned to review %2.").arg(first.reviewers.at(reviewer).name, application.code));
            continue;
        }
        const ReviewAssignment &a = d.assignments.at(assignment);
        const bool submitted = a.submittedAt.isValid();
        const QString assignmentKey = QString::number(r) + QLatin1Char('|') + QString::number(assignment);

        const QString criterionName = cellText(cells, criterionColumn);
        const int criterion = criterionByName.at(r).value(criterionName.simplified().toLower(), -1);
        if (criterion < 0) {
            problem(QStringLiteral("criterion"),
                    criterionName.isEmpty()
                        ? tr("the criterion is missing.")
                        : tr("the %1 rubric has no criterion “%2”.").arg(application.role, criterionName));
            continue;
        }
        const Criterion &c = d.criteria.at(criterion);

        const QString valueText = cellText(cells, valueColumn);
        if (valueText.isEmpty()) {
            ++plan.blank;
        } else {
            ScoreImportPlan::Cell cell{line, assignment, criterion, std::nullopt, false};
            if (isNotApplicable(valueText)) {
                if (!c.allowNotApplicable) {
                    problem(QStringLiteral("value"), tr("“%1” does not allow N/A; enter a score from %2 to %3.")
                                                         .arg(c.name)
                                                         .arg(c.scaleMin)
                                                         .arg(c.scaleMax));
                    continue;
                }
                cell.notApplicable = true;
            } else {
                cell.value = parseNumber(valueText);
                if (!cell.value) {
                    problem(QStringLiteral("value"), tr("“%1” is not a number (nor N/A).").arg(valueText));
                    continue;
                }
                if (*cell.value < c.scaleMin || *cell.value > c.scaleMax) {
                    problem(QStringLiteral("value"), tr("score %1 for “%2” is outside %3–%4.")
                                                         .arg(locale.toString(*cell.value), c.name)
                                                         .arg(c.scaleMin)
                                                         .arg(c.scaleMax));
                    continue;
                }
            }
            const QString key = assignmentKey + QLatin1Char('|') + QString::number(criterion);
            if (const auto seen = seenCells.constFind(key); seen != seenCells.constEnd()) {
                if (seen->value != cell.value || seen->notApplicable != cell.notApplicable)
                    problem(QStringLiteral("value"),
                            tr("line %1 gives %2's “%3” score for %4 another value.")
                                .arg(seen->line)
                                .arg(first.reviewers.at(reviewer).name, c.name, application.code));
                continue;
            }
            seenCells.insert(key, {line, cell.value, cell.notApplicable});
            const int stored = d.cellIndex(assignment, criterion);
            const bool same = stored >= 0 ? d.cells.at(stored).value == cell.value &&
                                                d.cells.at(stored).notApplicable == cell.notApplicable
                                          : false;
            if (same) {
                ++plan.unchanged;
            } else if (submitted) {
                problem(QStringLiteral("value"),
                        tr("%1 has submitted the scores of %2; reopen them before changing them.")
                            .arg(first.reviewers.at(reviewer).name, application.code));
                continue;
            } else {
                plan.roles[r].cells.append(cell);
            }
        }

        const QString comment = commentColumn >= 0 ? Csv::unneutralize(cells.value(commentColumn)) : QString();
        if (comment.trimmed().isEmpty())
            continue;
        if (const auto seen = seenComments.constFind(assignmentKey); seen != seenComments.constEnd()) {
            if (seen->second != comment)
                problem(QStringLiteral("comment"), tr("line %1 gives %2's comment on %3 another text.")
                                                       .arg(seen->first)
                                                       .arg(first.reviewers.at(reviewer).name, application.code));
            continue;
        }
        seenComments.insert(assignmentKey, {line, comment});
        if (comment == a.comment)
            continue;
        if (submitted) {
            problem(QStringLiteral("comment"),
                    tr("%1 has submitted the scores of %2; reopen them before changing the comment.")
                        .arg(first.reviewers.at(reviewer).name, application.code));
            continue;
        }
        plan.roles[r].comments.append({line, assignment, comment});
    }
    return plan;
}

DecisionImportPlan ReviewFiles::planDecisions(const CsvTable &table, const QList<ReviewCycleData> &data,
                                              const QList<ReviewStatistics> &statistics)
{
    DecisionImportPlan plan;
    plan.roles.resize(data.size());
    const Columns columns(table.header);
    const int applicationColumn = columns.index(QStringLiteral("application"));
    const int decisionColumn = columns.index(QStringLiteral("decision"));
    int rationaleColumn = columns.index(QStringLiteral("rationale"));
    if (rationaleColumn < 0)
        rationaleColumn = columns.index(QStringLiteral("reason"));
    if (applicationColumn < 0)
        plan.problems.append(missingColumn(QStringLiteral("application")));
    if (decisionColumn < 0)
        plan.problems.append(missingColumn(QStringLiteral("decision")));
    if (!plan.problems.isEmpty())
        return plan;

    const QHash<QString, ApplicationAt> byCode = applicationsByCode(data);
    QHash<QString, int> seen; // code → line
    for (int row = 0; row < table.rows.size(); ++row) {
        const QStringList &cells = table.rows.at(row);
        const int line = table.rowLines.value(row, row + 2);
        ++plan.rows;
        auto problem = [&](const QString &key, const QString &message) {
            plan.problems.append({line, key.isEmpty() ? QString() : columns.header(key), message});
        };
        const QString code = cellText(cells, applicationColumn);
        const auto at = byCode.constFind(code.toUpper());
        if (code.isEmpty() || at == byCode.constEnd()) {
            problem(QStringLiteral("application"),
                    code.isEmpty() ? tr("the application code is missing.")
                                   : tr("no application of this cycle has the code “%1”.").arg(code));
            continue;
        }
        const ReviewCycleData &d = data.at(at->role);
        const ReviewApplication &application = d.applications.at(at->application);
        if (const auto earlier = seen.constFind(application.code); earlier != seen.constEnd()) {
            problem(QStringLiteral("application"),
                    tr("%1 is already decided on line %2.").arg(application.code).arg(*earlier));
            continue;
        }
        seen.insert(application.code, line);
        const QString decisionText = cellText(cells, decisionColumn);
        if (decisionText.isEmpty()) {
            ++plan.blank;
            continue;
        }
        const QString outcome = outcomeFromText(decisionText);
        if (outcome.isEmpty()) {
            problem(QStringLiteral("decision"),
                    tr("“%1” is not a decision: use accepted, waitlisted or declined.").arg(decisionText));
            continue;
        }
        if (application.status == QLatin1String("withdrawn") || application.status == QLatin1String("ineligible")) {
            problem(QStringLiteral("application"),
                    application.status == QLatin1String("withdrawn")
                        ? tr("%1 was withdrawn and cannot be decided on.").arg(application.code)
                        : tr("%1 is ineligible and cannot be decided on.").arg(application.code));
            continue;
        }
        const QString rationale =
            rationaleColumn >= 0 ? Csv::unneutralize(cells.value(rationaleColumn)).trimmed() : QString();
        const int stored = d.decisionIndex(at->application);
        if (stored >= 0 && d.decisions.at(stored).outcome == outcome &&
            (rationale.isEmpty() || rationale == d.decisions.at(stored).reason)) {
            ++plan.unchanged;
            continue;
        }
        plan.roles[at->role].append({line, at->application, outcome, rationale});
    }

    // Departures from the calibrated order need a rationale, judged with the whole file applied.
    for (int r = 0; r < data.size() && r < statistics.size(); ++r) {
        const QList<DecisionImportPlan::Change> &changes = plan.roles.at(r);
        if (changes.isEmpty())
            continue;
        QList<ProposedOutcome> proposed;
        QHash<int, int> changeOf; // application → index in changes
        for (int i = 0; i < changes.size(); ++i) {
            proposed.append({changes.at(i).application, changes.at(i).outcome});
            changeOf.insert(changes.at(i).application, i);
        }
        for (const DecisionRules::Departure &departure :
             DecisionRules::departures(data.at(r), statistics.at(r), proposed)) {
            const DecisionImportPlan::Change &change = changes.at(changeOf.value(departure.application));
            if (!change.rationale.isEmpty())
                continue;
            plan.problems.append({change.line, rationaleColumn >= 0 ? table.header.at(rationaleColumn) : QString(),
                                  tr("%1 Give a rationale in a “rationale” column.").arg(departure.text)});
        }
    }
    std::stable_sort(plan.problems.begin(), plan.problems.end(),
                     [](const ReviewImportProblem &a, const ReviewImportProblem &b) { return a.line < b.line; });
    return plan;
}

} // namespace cohort
