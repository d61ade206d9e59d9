#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

// cohort-cli match auto|explain|export as the chair runs it: dry runs leave the file alone,
// --apply writes drafts the export then shows, exit codes 0/1/2.
class TestCliMatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void autoDryRunChangesNothing();
    void autoApplyWritesDraftsThatExportShows();
    void autoMinimumScoreAndMode();
    void explainByCode();
    void exportWritesEveryMatchWithoutConfidentialFields();
    void failures_data();
    void failures();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run cli(const QStringList &arguments);
    static QByteArray sha256(const QString &path);
    static QList<QStringList> select(const QString &program, const QString &sql, bool write = false);
    QString copyOfProgram(const QString &name) const;
    static QJsonObject json(const Run &run);

    QTemporaryDir m_dir;
    QString m_program; // a demo whose Spring 2017 has mentees to match
    const QString m_cycle = QStringLiteral("Spring 2017");
};

TestCliMatch::Run TestCliMatch::cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(COHORT_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray TestCliMatch::sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QList<QStringList> TestCliMatch::select(const QString &program, const QString &sql, bool write)
{
    QList<QStringList> rows;
    const QString connection = QStringLiteral("tst_cli_match");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(program);
        if (!write)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (write)
                query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            if (!query.exec(sql))
                qWarning("%s", qPrintable(query.lastError().text()));
            while (query.next()) {
                QStringList row;
                for (int i = 0; i < query.record().count(); ++i)
                    row.append(query.value(i).toString());
                rows.append(row);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return rows;
}

QString TestCliMatch::copyOfProgram(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_program, path) ? path : QString();
}

QJsonObject TestCliMatch::json(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

void TestCliMatch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_program = m_dir.filePath(QStringLiteral("program.cohort"));
    const Run run = cli({QStringLiteral("demo"), QStringLiteral("--out"), m_program, QStringLiteral("--applicants"),
                         QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("9")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // The demo matched every accepted mentee of Spring 2017 and published the matches; take ten
    // of them back (with their goal sheets and contacts) so that there is matching to do.
    select(m_program,
           QStringLiteral("DELETE FROM matches WHERE id IN (SELECT m.id FROM matches m JOIN cycles c ON c.id = "
                          "m.cycle_id WHERE c.name = 'Spring 2017' ORDER BY m.id LIMIT 10)"),
           true);
    const QList<QStringList> left = select(
        m_program, QStringLiteral("SELECT COUNT(*) FROM matches m JOIN cycles c ON c.id = m.cycle_id WHERE c.name = "
                                  "'Spring 2017'"));
    QVERIFY(!left.isEmpty());
    QVERIFY(left.first().first().toInt() > 0);
}

void TestCliMatch::autoDryRunChangesNothing()
{
    const QString path = copyOfProgram(QStringLiteral("dry.cohort"));
    const QByteArray before = sha256(path);
    Run run = cli({QStringLiteral("match"), QStringLiteral("auto"), path, QStringLiteral("--cycle"), m_cycle});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    QVERIFY2(run.out.startsWith("Spring 2017: "), run.out.constData());
    QVERIFY(run.out.contains("mean score"));
    QVERIFY(run.out.contains("Proposed"));
    QVERIFY(run.out.contains("Dry run: nothing was written"));
    QCOMPARE(sha256(path), before);

    run = cli({QStringLiteral("match"), QStringLiteral("auto"), path, QStringLiteral("--cycle"), m_cycle,
               QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = json(run);
    QCOMPARE(root.value(QStringLiteral("applied")).toBool(), false);
    QCOMPARE(root.value(QStringLiteral("proposed")).toArray().size(), 10);
    const int mentees = root.value(QStringLiteral("mentees")).toInt();
    QVERIFY(mentees > 10);
    // Every accepted mentee once: kept, proposed or unmatched.
    QSet<QString> seen;
    int listed = 0;
    for (const QString &list : {QStringLiteral("kept"), QStringLiteral("proposed"), QStringLiteral("unmatched")}) {
        for (const QJsonValue &v : root.value(list).toArray()) {
            seen.insert(v.toObject().value(QStringLiteral("mentee")).toString());
            ++listed;
        }
    }
    QCOMPARE(listed, mentees);
    QCOMPARE(seen.size(), mentees);
    for (const QJsonValue &v : root.value(QStringLiteral("kept")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("published"));
    QCOMPARE(sha256(path), before);
}

void TestCliMatch::autoApplyWritesDraftsThatExportShows()
{
    const QString path = copyOfProgram(QStringLiteral("apply.cohort"));
    Run run = cli({QStringLiteral("match"), QStringLiteral("auto"), path, QStringLiteral("--cycle"),
                   QStringLiteral("spring 2017"), QStringLiteral("--apply"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject root = json(run);
    QCOMPARE(root.value(QStringLiteral("applied")).toBool(), true);
    QCOMPARE(root.value(QStringLiteral("removedDrafts")).toInt(), 0);
    const QJsonArray proposed = root.value(QStringLiteral("proposed")).toArray();
    QCOMPARE(root.value(QStringLiteral("addedDrafts")).toInt(), int(proposed.size()));
    QSet<QString> pairs;
    for (const QJsonValue &v : proposed)
        pairs.insert(v.toObject().value(QStringLiteral("mentor")).toString() + QLatin1Char('/') +
                     v.toObject().value(QStringLiteral("mentee")).toString());
    QCOMPARE(pairs.size(), 10);

    // The export shows the new drafts, of source auto, with their scores.
    run = cli({QStringLiteral("match"), QStringLiteral("export"), path, QStringLiteral("--cycle"), m_cycle});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QSet<QString> exported;
    const QList<QByteArray> lines = run.out.split('\n');
    for (const QByteArray &raw : lines) {
        const QList<QByteArray> cells = raw.trimmed().split(',');
        if (cells.size() == 9 && cells.at(4) == "draft" && cells.at(5) == "auto") {
            exported.insert(QString::fromUtf8(cells.at(0) + '/' + cells.at(2)));
            QCOMPARE(cells.at(6), QByteArray("No"));
            QVERIFY(cells.at(7).toDouble() > 0.0);
            QVERIFY(cells.at(8).isEmpty());
        }
    }
    QCOMPARE(exported, pairs);
    const QList<QStringList> audit =
        select(path, QStringLiteral("SELECT detail FROM audit_log WHERE action = 'match.auto'"));
    QCOMPARE(audit.size(), 1);
    QVERIFY(audit.first().first().contains(QStringLiteral("mean score")));

    // Again: the auto drafts are unlocked drafts, replaced by the same (deterministic) proposal.
    run = cli({QStringLiteral("match"), QStringLiteral("auto"), path, QStringLiteral("--cycle"), m_cycle,
               QStringLiteral("--apply")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Applied: 10 unlocked draft"), run.out.constData());
    const QList<QStringList> drafts =
        select(path, QStringLiteral("SELECT r.code || '/' || e.code FROM matches m JOIN applications r ON r.id = "
                                    "m.mentor_application_id JOIN applications e ON e.id = m.mentee_application_id "
                                    "WHERE m.status = 'draft' AND m.source = 'auto' AND e.code LIKE 'S17-%'"));
    QSet<QString> again;
    for (const QStringList &row : drafts)
        again.insert(row.first());
    QCOMPARE(again, pairs);
}

void TestCliMatch::autoMinimumScoreAndMode()
{
    const QString path = copyOfProgram(QStringLiteral("minimum.cohort"));
    const QByteArray before = sha256(path);
    Run run = cli({QStringLiteral("match"), QStringLiteral("auto"), path, QStringLiteral("--cycle"), m_cycle,
                   QStringLiteral("--min-score"), QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonObject root = json(run);
    QCOMPARE(root.value(QStringLiteral("minimumScore")).toDouble(), 1.0);
    QVERIFY(root.value(QStringLiteral("proposed")).toArray().isEmpty());
    const QJsonArray unmatched = root.value(QStringLiteral("unmatched")).toArray();
    QCOMPARE(unmatched.size(), 10);
    for (const QJsonValue &v : unmatched)
        QVERIFY(!v.toObject().value(QStringLiteral("reason")).toString().isEmpty());

    run = cli({QStringLiteral("match"), QStringLiteral("auto"), path, QStringLiteral("--cycle"), m_cycle,
               QStringLiteral("--mode"), QStringLiteral("participation"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    root = json(run);
    QCOMPARE(root.value(QStringLiteral("mode")).toString(), QStringLiteral("participation"));
    QCOMPARE(root.value(QStringLiteral("proposed")).toArray().size(), 10);
    QCOMPARE(sha256(path), before);
}

void TestCliMatch::explainByCode()
{
    const QString path = copyOfProgram(QStringLiteral("explain.cohort"));
    Run run = cli({QStringLiteral("match"), QStringLiteral("auto"), path, QStringLiteral("--cycle"), m_cycle,
                   QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = json(run);
    const QString kept =
        root.value(QStringLiteral("kept")).toArray().first().toObject().value(QStringLiteral("mentee")).toString();
    const QString free =
        root.value(QStringLiteral("proposed")).toArray().first().toObject().value(QStringLiteral("mentee")).toString();
    QVERIFY(!kept.isEmpty() && !free.isEmpty());

    // A matched mentee, by code in any case: the factor breakdown.
    run = cli({QStringLiteral("match"), QStringLiteral("explain"), path, QStringLiteral("--cycle"), m_cycle,
               QStringLiteral("--mentee"), kept.toLower()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.startsWith(kept), run.out.constData());
    QVERIFY(text.contains(QStringLiteral("Matched with")));
    for (const char *factor :
         {"Practice area", "Library type", "Time zone", "Contact methods", "Language", "Experience", "Preferences"})
        QVERIFY2(text.contains(QLatin1String(factor)), factor);

    run = cli({QStringLiteral("match"), QStringLiteral("explain"), path, QStringLiteral("--cycle"), m_cycle,
               QStringLiteral("--mentee"), kept, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject match = json(run).value(QStringLiteral("match")).toObject();
    QCOMPARE(match.value(QStringLiteral("status")).toString(), QStringLiteral("published"));
    const QJsonArray factors = match.value(QStringLiteral("factors")).toArray();
    QCOMPARE(factors.size(), 7);
    double sum = 0.0;
    for (const QJsonValue &f : factors)
        sum += f.toObject().value(QStringLiteral("contribution")).toDouble();
    QVERIFY(std::abs(sum - match.value(QStringLiteral("score")).toDouble()) < 0.01);

    // An unmatched mentee: not matched, and the best mentors with room, best first.
    run = cli({QStringLiteral("match"), QStringLiteral("explain"), path, QStringLiteral("--cycle"), m_cycle,
               QStringLiteral("--mentee"), free, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject unmatched = json(run);
    QVERIFY(unmatched.value(QStringLiteral("match")).isNull());
    const QJsonArray suggestions = unmatched.value(QStringLiteral("suggestions")).toArray();
    QVERIFY(!suggestions.isEmpty());
    QVERIFY(suggestions.size() <= 5);
    for (int k = 0; k < suggestions.size(); ++k) {
        const QJsonObject s = suggestions.at(k).toObject();
        QVERIFY(s.value(QStringLiteral("load")).toInt() < s.value(QStringLiteral("capacity")).toInt());
        QVERIFY(!s.value(QStringLiteral("reason")).toString().isEmpty());
        if (k > 0)
            QVERIFY(suggestions.at(k - 1).toObject().value(QStringLiteral("score")).toDouble() >=
                    s.value(QStringLiteral("score")).toDouble());
    }
    run = cli({QStringLiteral("match"), QStringLiteral("explain"), path, QStringLiteral("--cycle"), m_cycle,
               QStringLiteral("--mentee"), free});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Not matched."));
    QVERIFY(run.out.contains("Best available mentors:"));
}

void TestCliMatch::exportWritesEveryMatchWithoutConfidentialFields()
{
    const QString path = copyOfProgram(QStringLiteral("export.cohort"));
    const QByteArray before = sha256(path);
    const Run run = cli({QStringLiteral("match"), QStringLiteral("export"), path, QStringLiteral("--cycle"), m_cycle});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, as the other exports
    const QList<QByteArray> lines = run.out.mid(3).trimmed().split('\n');
    QCOMPARE(lines.first().trimmed(),
             QByteArray("mentor_code,mentor_name,mentee_code,mentee_name,status,source,locked,score,published_on"));
    const QList<QStringList> count =
        select(path, QStringLiteral("SELECT COUNT(*) FROM matches m JOIN cycles c ON c.id = m.cycle_id WHERE c.name = "
                                    "'Spring 2017'"));
    QCOMPARE(lines.size() - 1, count.first().first().toInt());
    // A row as the database has it.
    const QList<QStringList> first = select(
        path, QStringLiteral("SELECT r.code, rp.first_name || ' ' || rp.last_name, e.code, m.status, m.published_on "
                             "FROM matches m JOIN cycles c ON c.id = m.cycle_id JOIN applications r ON r.id = "
                             "m.mentor_application_id JOIN people rp ON rp.id = r.person_id JOIN applications e ON "
                             "e.id = m.mentee_application_id WHERE c.name = 'Spring 2017' ORDER BY r.code, e.code "
                             "LIMIT 1"));
    const QString row = QString::fromUtf8(lines.at(1));
    QVERIFY2(row.startsWith(first.first().at(0) + QLatin1Char(',') + first.first().at(1) + QLatin1Char(',') +
                            first.first().at(2) + QLatin1Char(',')),
             qPrintable(row));
    QVERIFY(row.contains(QLatin1Char(',') + first.first().at(3) + QLatin1Char(',')));
    QVERIFY(row.trimmed().endsWith(first.first().at(4)));
    // Nothing confidential: no demographic or preference answer appears.
    const QList<QStringList> secrets = select(
        path, QStringLiteral("SELECT DISTINCT mentor_preference FROM applications WHERE mentor_preference <> ''"));
    QVERIFY(!secrets.isEmpty());
    for (const QStringList &secret : secrets)
        QVERIFY(!run.out.contains(secret.first().toUtf8()));
    for (const char *column : {"gender", "bipoc", "disability", "preference", "avoid", "email"})
        QVERIFY(!lines.first().contains(column));

    const QString out = m_dir.filePath(QStringLiteral("matches.csv"));
    const Run written = cli({QStringLiteral("match"), QStringLiteral("export"), path, QStringLiteral("--cycle"),
                             m_cycle, QStringLiteral("--out"), out});
    QVERIFY2(written.exitCode == 0, written.err.constData());
    QVERIFY(written.out.contains("matches.csv"));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), run.out);
    QCOMPARE(sha256(path), before);
}

void TestCliMatch::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("auto bad cycle") << QStringList{QStringLiteral("auto"), QStringLiteral("@program"),
                                                   QStringLiteral("--cycle"), QStringLiteral("Winter 1999")}
                                    << QStringLiteral("no cycle “Winter 1999”");
    QTest::newRow("explain bad cycle") << QStringList{QStringLiteral("explain"),  QStringLiteral("@program"),
                                                      QStringLiteral("--cycle"),  QStringLiteral("Winter 1999"),
                                                      QStringLiteral("--mentee"), QStringLiteral("E-1")}
                                       << QStringLiteral("no cycle");
    QTest::newRow("export bad cycle") << QStringList{QStringLiteral("export"), QStringLiteral("@program"),
                                                     QStringLiteral("--cycle"), QStringLiteral("Winter 1999")}
                                      << QStringLiteral("no cycle");
    QTest::newRow("explain unknown mentee")
        << QStringList{QStringLiteral("explain"),     QStringLiteral("@program"), QStringLiteral("--cycle"),
                       QStringLiteral("Spring 2017"), QStringLiteral("--mentee"), QStringLiteral("E-9999")}
        << QStringLiteral("no accepted mentee “E-9999”");
    QTest::newRow("missing file") << QStringList{QStringLiteral("auto"), QStringLiteral("missing.cohort"),
                                                 QStringLiteral("--cycle"), QStringLiteral("Spring 2017")}
                                  << QStringLiteral("does not exist");
}

void TestCliMatch::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString path = copyOfProgram(QStringLiteral("failures.cohort"));
    const QByteArray before = sha256(path);
    arguments.replaceInStrings(QStringLiteral("@program"), path);
    arguments.replaceInStrings(QStringLiteral("missing.cohort"), m_dir.filePath(QStringLiteral("missing.cohort")));
    const Run run = cli(QStringList{QStringLiteral("match")} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("cohort-cli: "), run.err.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1); // one line
    QCOMPARE(sha256(path), before);
}

void TestCliMatch::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no subcommand") << QStringList{QStringLiteral("match")};
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("match"), QStringLiteral("marry")};
    QTest::newRow("auto without file") << QStringList{QStringLiteral("match"), QStringLiteral("auto"),
                                                      QStringLiteral("--cycle"), QStringLiteral("S")};
    QTest::newRow("auto without --cycle")
        << QStringList{QStringLiteral("match"), QStringLiteral("auto"), QStringLiteral("x.cohort")};
    QTest::newRow("auto bad mode") << QStringList{
        QStringLiteral("match"), QStringLiteral("auto"),   QStringLiteral("x.cohort"), QStringLiteral("--cycle"),
        QStringLiteral("S"),     QStringLiteral("--mode"), QStringLiteral("random")};
    QTest::newRow("auto min score above 1") << QStringList{
        QStringLiteral("match"), QStringLiteral("auto"),        QStringLiteral("x.cohort"), QStringLiteral("--cycle"),
        QStringLiteral("S"),     QStringLiteral("--min-score"), QStringLiteral("1.5")};
    QTest::newRow("auto min score not a number") << QStringList{
        QStringLiteral("match"), QStringLiteral("auto"),        QStringLiteral("x.cohort"), QStringLiteral("--cycle"),
        QStringLiteral("S"),     QStringLiteral("--min-score"), QStringLiteral("high")};
    QTest::newRow("auto unknown option") << QStringList{QStringLiteral("match"),    QStringLiteral("auto"),
                                                        QStringLiteral("x.cohort"), QStringLiteral("--cycle"),
                                                        QStringLiteral("S"),        QStringLiteral("--dry-run")};
    QTest::newRow("explain without --mentee")
        << QStringList{QStringLiteral("match"), QStringLiteral("explain"), QStringLiteral("x.cohort"),
                       QStringLiteral("--cycle"), QStringLiteral("S")};
    QTest::newRow("export two files") << QStringList{QStringLiteral("match"),    QStringLiteral("export"),
                                                     QStringLiteral("a.cohort"), QStringLiteral("b.cohort"),
                                                     QStringLiteral("--cycle"),  QStringLiteral("S")};
    QTest::newRow("export empty --out") << QStringList{
        QStringLiteral("match"),   QStringLiteral("export"), QStringLiteral("x.cohort"),
        QStringLiteral("--cycle"), QStringLiteral("S"),      QStringLiteral("--out="),
    };
}

void TestCliMatch::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("cohort-cli: "), run.err.constData());
    QVERIFY(run.err.contains("Usage: cohort-cli match"));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliMatch)
#include "tst_cli_match.moc"
