// bench_import [--rows N] [--keep DIR]: the import budget of DESIGN.md. Writes an N-row (default
// 100,000), 25-column mentee CSV in the shape of a Google Forms export (demo vocabulary), then times
//   1. `cohort-cli import` of it into a fresh program with one cycle (validate, dedupe, store), and
//   2. the sqlite3 shell's bare `.import --csv` of the same file into one table of a fresh database,
// and prints both and their ratio (budget: within 3×). For diagnosis it also times the steps
// in-process (CSV reading, checking, writing). With --keep, DIR also keeps fresh.cohort, a copy of
// the program before the import, to profile `cohort-cli import` on by hand. Not a CTest test.
#include "db/database.h"
#include "demo/demowords.h"
#include "document/programdocument.h"
#include "domain/ids.h"
#include "intake/csv.h"
#include "intake/importer.h"
#include "store/cyclestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace cohort;

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray generateCsv(int rows)
{
    QRandomGenerator random(2017);
    auto pick = [&random](const QStringList &list) {
        return list.at(random.bounded(static_cast<int>(list.size())));
    };
    const QStringList header = {
        QStringLiteral("Timestamp"),
        QStringLiteral("Email Address"),
        QStringLiteral("First Name"),
        QStringLiteral("Last Name"),
        QStringLiteral("Phone number"),
        QStringLiteral("Library or institution where you work or study"),
        QStringLiteral("Which best describes your library?"),
        QStringLiteral("Position / job title"),
        QStringLiteral("City"),
        QStringLiteral("State"),
        QStringLiteral("Country"),
        QStringLiteral("Time zone"),
        QStringLiteral("Are you a current ALSC member?"),
        QStringLiteral("Are you an ALA member?"),
        QStringLiteral("How many years have you worked in children's library service?"),
        QStringLiteral("Which best describes where you are in your career?"),
        QStringLiteral("Describe your connection to children's library service"),
        QStringLiteral("Which areas of children's library service interest you? (check all that apply)"),
        QStringLiteral("Preferred contact method(s)"),
        QStringLiteral("What languages do you speak?"),
        QStringLiteral("Why are you applying to the mentoring program, and what do you hope to gain?"),
        QStringLiteral("I would like a mentor who..."),
        QStringLiteral("Are you 18 or older?"),
        QStringLiteral("If you are under 18, do you have a parent's or guardian's permission to participate?"),
        QStringLiteral("Would you like us to consider this information when matching?")};
    const QStringList typeLabels = {QStringLiteral("Public library"), QStringLiteral("School library"),
                                    QStringLiteral("Academic library"), QStringLiteral("Special library"),
                                    QStringLiteral("Student / not currently employed")};
    const QStringList stages = {QStringLiteral("Student"), QStringLiteral("Early career (less than 5 years)"),
                                QStringLiteral("Returning to the profession"), QStringLiteral("Refining my skills")};
    const QStringList contacts = {QStringLiteral("Email"), QStringLiteral("Phone"),
                                  QStringLiteral("Video chat (Skype, Zoom)"), QStringLiteral("Online chat")};
    const QStringList years = {
        QStringLiteral("1"),         QStringLiteral("2 years"), QStringLiteral("Less than a year"),
        QStringLiteral("3-5 years"), QStringLiteral("about 4"), QStringLiteral("6")};
    const QList<DemoLibrary> &libraries = DemoWords::libraries();
    QByteArray out;
    out.reserve(qsizetype(rows) * 700);
    QStringList fields;
    for (const QString &h : header)
        fields.append(csvField(h));
    out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    const QDateTime opens(QDate(2017, 1, 9), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < rows; ++i) {
        const DemoLibrary &library = libraries.at(random.bounded(static_cast<int>(libraries.size())));
        const QString first = pick(DemoWords::firstNames());
        const QString last = pick(DemoWords::lastNames());
        const QDateTime submitted = opens.addSecs(static_cast<qint64>(i) * 40 + random.bounded(40));
        QStringList interests;
        for (int k = 0, n = 1 + random.bounded(3); k < n; ++k)
            interests.append(pick(DemoWords::interests()));
        const bool adult = random.bounded(50) != 0;
        fields = {
            submitted.toString(QStringLiteral("M/d/yyyy H:mm:ss")),
            QStringLiteral("%1.%2.%3@%4").arg(first.toLower(), last.toLower()).arg(i).arg(library.domain),
            first,
            last,
            QStringLiteral("(%1) 555-%2").arg(library.areaCode).arg(random.bounded(10000), 4, 10, QLatin1Char('0')),
            library.name,
            typeLabels.at(library.type == QLatin1String("school")     ? 1
                          : library.type == QLatin1String("academic") ? 2
                          : library.type == QLatin1String("special")  ? 3
                          : library.type == QLatin1String("none")     ? 4
                                                                      : 0),
            pick(DemoWords::menteePositions(library.type)),
            library.city,
            library.state,
            library.country,
            library.timeZone,
            random.bounded(3) == 0 ? QStringLiteral("Yes") : QStringLiteral("No"),
            random.bounded(2) == 0 ? QStringLiteral("Yes") : QStringLiteral("No"),
            pick(years),
            pick(stages),
            pick(DemoWords::menteeConnections()),
            interests.join(QStringLiteral(", ")),
            pick(contacts),
            random.bounded(4) == 0 ? QStringLiteral("English, ") + pick(DemoWords::secondLanguages())
                                   : QStringLiteral("English"),
            pick(DemoWords::menteeOpenings()) + QLatin1Char(' ') + pick(DemoWords::menteeHopes()) + QLatin1Char(' ') +
                pick(DemoWords::menteeClosings()),
            random.bounded(3) == 0 ? pick(DemoWords::mentorPreferences()) : QString(),
            adult ? QStringLiteral("Yes") : QStringLiteral("No"),
            adult ? QString() : QStringLiteral("Yes"),
            random.bounded(2) == 0 ? QStringLiteral("Yes") : QStringLiteral("No")};
        for (QString &f : fields)
            f = csvField(f);
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

bool freshProgram(const QString &path)
{
    auto doc = ProgramDocument::create(path, QStringLiteral("Import benchmark"));
    if (!doc) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(doc.error()));
        return false;
    }
    Database &db = doc.value()->database();
    Transaction transaction(db);
    Cycle cycle;
    cycle.id = newId();
    cycle.name = QStringLiteral("Spring 2017");
    cycle.season = QStringLiteral("spring");
    cycle.year = 2017;
    cycle.startsOn = QDate(2017, 1, 1);
    cycle.endsOn = QDate(2017, 12, 31);
    return CycleStore(db).insert(cycle, nowTimestamp(), QStringLiteral("bench")).ok() && transaction.commit().ok();
}

// Runs a process to its end and returns its wall time in ms, or -1.
double timeProcess(const QString &program, const QStringList &arguments, QByteArray *errors = nullptr)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (errors)
            *errors = process.readAllStandardError();
        return -1;
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double millis(QElapsedTimer &timer)
{
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    int rows = 100000;
    QString keep;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--rows") && i + 1 < args.size())
            rows = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keep = args.at(++i);
    }
    QTemporaryDir temporary;
    const QString dir = keep.isEmpty() ? temporary.path() : keep;
    const QString csvPath = dir + QStringLiteral("/mentees.csv");
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "bench_import: cannot write %s\n", qPrintable(csvPath));
            return 1;
        }
        csv.write(generateCsv(rows));
    }
    std::printf("bench_import: %s: %d rows, 25 columns, %.1f MB\n", qPrintable(csvPath), rows,
                static_cast<double>(QFileInfo(csvPath).size()) / 1048576.0);

    // 1. cohort-cli import, as a user runs it.
    const QString program = dir + QStringLiteral("/cli.cohort");
    if (!freshProgram(program))
        return 1;
    if (!keep.isEmpty()) {
        const QString fresh = dir + QStringLiteral("/fresh.cohort");
        QFile::remove(fresh);
        QFile::copy(program, fresh);
    }
    QByteArray errors;
    const double cliMs = timeProcess(QStringLiteral(COHORT_CLI_PATH),
                                     {QStringLiteral("import"), csvPath, QStringLiteral("--program"), program,
                                      QStringLiteral("--cycle"), QStringLiteral("Spring 2017"),
                                      QStringLiteral("--role"), QStringLiteral("mentee"), QStringLiteral("--json")},
                                     &errors);
    if (cliMs < 0) {
        std::fprintf(stderr, "bench_import: cohort-cli import failed: %s\n", errors.constData());
        return 1;
    }
    int imported = -1;
    {
        auto db = Database::openFile(program, true);
        if (db) {
            QSqlQuery count(db.value()->connection());
            if (count.exec(QStringLiteral("SELECT COUNT(*) FROM applications")) && count.next())
                imported = count.value(0).toInt();
        }
    }

    // 2. The sqlite3 shell's bare .import of the same file into one table.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    double shellMs = -1;
    if (sqlite3.isEmpty()) {
        std::printf("  note: the sqlite3 shell is not installed (scripts/deps.sh --test installs it); no baseline\n");
    } else {
        const QString plain = dir + QStringLiteral("/shell.db");
        QFile::remove(plain);
        shellMs = timeProcess(sqlite3, {plain, QStringLiteral(".import --csv %1 applications").arg(csvPath)}, &errors);
        if (shellMs < 0)
            std::printf("  note: sqlite3 .import failed: %s\n", errors.constData());
    }

    std::printf("  cohort-cli import (validate, dedupe, store)  %9.1f ms  (%d applications stored)\n", cliMs, imported);
    if (shellMs > 0) {
        std::printf("  sqlite3 .import --csv (one table)           %9.1f ms\n", shellMs);
        std::printf("  ratio                                        %9.2f ×  (budget: 3×)\n", cliMs / shellMs);
    }

    // Diagnosis: the same import in-process, step by step.
    const QString inProcess = dir + QStringLiteral("/inprocess.cohort");
    if (!freshProgram(inProcess))
        return 1;
    QElapsedTimer step;
    step.start();
    auto opened = Database::openFile(inProcess);
    if (!opened)
        return 1;
    const double openMs = millis(step);
    auto table = Csv::readFile(csvPath);
    const double readMs = millis(step);
    if (!table) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(table.error()));
        return 1;
    }
    ImportRequest request;
    auto cycles = CycleStore(*opened.value()).list();
    request.cycleId = cycles->constFirst().id;
    request.role = QStringLiteral("mentee");
    request.mapping = ImportFields::suggest(table->header, request.role);
    request.sourceName = QStringLiteral("mentees.csv");
    ApplicationImporter importer(*opened.value());
    auto checked = importer.check(table.value(), request);
    const double checkMs = millis(step);
    auto report = importer.run(table.value(), request);
    const double runMs = millis(step);
    if (!report || !report->committed) {
        std::fprintf(stderr, "bench_import: in-process import failed: %s\n",
                     qPrintable(report ? report->summary() : report.error()));
        return 1;
    }
    std::printf("  (diagnosis, in-process) open %.1f ms, Csv::readFile %.1f ms, check %.1f ms, run (check + "
                "write + commit) %.1f ms; %d inserted, %d likely duplicates flagged\n",
                openMs, readMs, checkMs, runMs, report->inserted, report->likelyDuplicates);
    (void)checked;
    return 0;
}
