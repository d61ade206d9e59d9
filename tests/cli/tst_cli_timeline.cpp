#include <QCryptographicHash>
#include <QFile>
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

// cohort-cli timeline | engagement | contacts import as the chair runs them: JSON for scripts,
// dry runs that leave the file alone, imports that change nothing the second time, problems by
// line, exit codes 0/1/2.
class TestCliTimeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timelineShowsPhasesCurrentAndUpcoming();
    void engagementJsonAsOf();
    void engagementBeforeTheMatchesStart();
    void contactsImportDryRunImportReimport();
    void contactsImportRefusesABadFile();
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
    static QList<QStringList> select(const QString &program, const QString &sql);
    QString copyOfProgram(const QString &name) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    static QJsonObject json(const Run &run);

    QTemporaryDir m_dir;
    QString m_program;
    const QString m_cycle = QStringLiteral("Spring 2017");
};

TestCliTimeline::Run TestCliTimeline::cli(const QStringList &arguments)
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

QByteArray TestCliTimeline::sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QList<QStringList> TestCliTimeline::select(const QString &program, const QString &sql)
{
    QList<QStringList> rows;
    const QString connection = QStringLiteral("tst_cli_timeline");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(program);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
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

QString TestCliTimeline::copyOfProgram(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_program, path) ? path : QString();
}

QString TestCliTimeline::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(bytes);
    return path;
}

QJsonObject TestCliTimeline::json(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

void TestCliTimeline::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_program = m_dir.filePath(QStringLiteral("program.cohort"));
    const Run run = cli({QStringLiteral("demo"), QStringLiteral("--out"), m_program, QStringLiteral("--applicants"),
                         QStringLiteral("240"), QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCliTimeline::timelineShowsPhasesCurrentAndUpcoming()
{
    const QByteArray before = sha256(m_program);
    Run run = cli({QStringLiteral("timeline"), m_program, QStringLiteral("--cycle"), m_cycle, QStringLiteral("--as-of"),
                   QStringLiteral("2017-10-20"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonObject root = json(run);
    QCOMPARE(root.value(QStringLiteral("cycle")).toString(), m_cycle);
    QCOMPARE(root.value(QStringLiteral("asOf")).toString(), QStringLiteral("2017-10-20"));
    const QJsonArray phases = root.value(QStringLiteral("phases")).toArray();
    QCOMPARE(phases.size(), 7);
    const QJsonObject first = phases.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("applications"));
    QCOMPARE(first.value(QStringLiteral("startsOn")).toString(), QStringLiteral("2017-01-01"));
    QCOMPARE(first.value(QStringLiteral("deadline")).toString(), QStringLiteral("2017-02-24"));
    QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("past"));
    QVERIFY(phases.at(3).toObject().value(QStringLiteral("deadline")).isNull());
    QCOMPARE(root.value(QStringLiteral("current")).toArray(), QJsonArray{QStringLiteral("Matches work on goals")});
    const QJsonArray upcoming = root.value(QStringLiteral("upcoming")).toArray();
    QCOMPARE(upcoming.size(), 1);
    QCOMPARE(upcoming.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Mid-point check-in"));
    QCOMPARE(upcoming.at(0).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2017-11-15"));
    QCOMPARE(upcoming.at(0).toObject().value(QStringLiteral("inDays")).toInt(), 26);

    // In May: two phases at once, the orientation session and the goals deadline ahead.
    run = cli({QStringLiteral("timeline"), m_program, QStringLiteral("--cycle"), m_cycle, QStringLiteral("--as-of"),
               QStringLiteral("2017-05-01"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    root = json(run);
    QCOMPARE(root.value(QStringLiteral("current")).toArray().size(), 1);
    QStringList kinds;
    for (const QJsonValue &u : root.value(QStringLiteral("upcoming")).toArray())
        kinds << u.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char(' ') +
                     u.toObject().value(QStringLiteral("date")).toString();
    QVERIFY2(kinds.contains(QStringLiteral("orientation 2017-05-18")), qPrintable(kinds.join(QLatin1Char(','))));
    QVERIFY2(kinds.contains(QStringLiteral("deadline 2017-05-21")), qPrintable(kinds.join(QLatin1Char(','))));

    // The text form.
    run = cli({QStringLiteral("timeline"), m_program, QStringLiteral("--cycle"), m_cycle, QStringLiteral("--as-of"),
               QStringLiteral("2017-10-20")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    QVERIFY2(run.out.startsWith("Spring 2017 (2017-01-01 to 2018-04-30), as of 2017-10-20"), run.out.constData());
    QVERIFY(run.out.contains("Current phase: Matches work on goals"));
    QVERIFY(run.out.contains("2017-11-15  Mid-point check-in"));
    QCOMPARE(sha256(m_program), before);
}

void TestCliTimeline::engagementJsonAsOf()
{
    const QByteArray before = sha256(m_program);
    const Run run =
        cli({QStringLiteral("engagement"), m_program, QStringLiteral("--cycle"), m_cycle, QStringLiteral("--as-of"),
             QStringLiteral("2017-10-13"), QStringLiteral("--json"), QStringLiteral("--months")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject root = json(run);
    QCOMPARE(root.value(QStringLiteral("asOf")).toString(), QStringLiteral("2017-10-13"));
    const QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("contactsPerMonth")).toInt(), 2);
    QCOMPARE(settings.value(QStringLiteral("quietDays")).toInt(), 21);
    const QJsonArray matches = root.value(QStringLiteral("matches")).toArray();
    const QList<QStringList> published = select(
        m_program, QStringLiteral("SELECT e.code, (SELECT COUNT(*) FROM contact_entries c WHERE c.match_id = m.id) "
                                  "FROM matches m JOIN cycles y ON y.id = m.cycle_id JOIN applications e ON e.id = "
                                  "m.mentee_application_id WHERE y.name = 'Spring 2017' AND m.status = 'published' "
                                  "ORDER BY e.code"));
    QCOMPARE(matches.size(), published.size());
    QVERIFY(matches.size() >= 5);
    QHash<QString, int> byStatus;
    QHash<QString, QString> statusOf;
    for (int i = 0; i < matches.size(); ++i) {
        const QJsonObject m = matches.at(i).toObject();
        QCOMPARE(m.value(QStringLiteral("mentee")).toString(), published.at(i).at(0));
        QCOMPARE(m.value(QStringLiteral("contacts")).toInt(), published.at(i).at(1).toInt());
        const QString status = m.value(QStringLiteral("status")).toString();
        QVERIFY2(QSet<QString>({QStringLiteral("on-track"), QStringLiteral("below-cadence"), QStringLiteral("quiet")})
                     .contains(status),
                 qPrintable(status));
        ++byStatus[status];
        statusOf.insert(m.value(QStringLiteral("mentee")).toString(), status);
        QVERIFY(!m.value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY(m.value(QStringLiteral("daysSinceContact")).toInt() >= 0);
        QCOMPARE(
            m.value(QStringLiteral("months")).toArray().first().toObject().value(QStringLiteral("month")).toString(),
            QStringLiteral("2017-04"));
        QCOMPARE(m.value(QStringLiteral("months")).toArray().size(), 7); // April to October
        const QString sheet = m.value(QStringLiteral("goalSheet")).toObject().value(QStringLiteral("state")).toString();
        QVERIFY2(sheet == QLatin1String("submitted") || sheet == QLatin1String("overdue"), qPrintable(sheet));
        if (status == QLatin1String("quiet"))
            QVERIFY(m.value(QStringLiteral("daysSinceContact")).toInt() > 21);
    }
    const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("total")).toInt(), int(matches.size()));
    QCOMPARE(counts.value(QStringLiteral("onTrack")).toInt(), byStatus.value(QStringLiteral("on-track")));
    QCOMPARE(counts.value(QStringLiteral("belowCadence")).toInt(), byStatus.value(QStringLiteral("below-cadence")));
    QCOMPARE(counts.value(QStringLiteral("quiet")).toInt(), byStatus.value(QStringLiteral("quiet")));
    QVERIFY(counts.value(QStringLiteral("quiet")).toInt() > 0); // the demo's quiet matches
    QVERIFY(counts.value(QStringLiteral("goalSheetsOverdue")).toInt() > 0);
    const QJsonArray quiet = root.value(QStringLiteral("quietOrder")).toArray();
    QCOMPARE(quiet.size(), byStatus.value(QStringLiteral("quiet")) + byStatus.value(QStringLiteral("below-cadence")));
    for (const QJsonValue &code : quiet)
        QVERIFY(statusOf.value(code.toString()) != QLatin1String("on-track"));
    QCOMPARE(sha256(m_program), before);

    // Without --months, the same without the months.
    const Run brief = cli({QStringLiteral("engagement"), m_program, QStringLiteral("--cycle"), m_cycle,
                           QStringLiteral("--as-of"), QStringLiteral("2017-10-13"), QStringLiteral("--json")});
    QCOMPARE(brief.exitCode, 0);
    const QJsonArray briefMatches = json(brief).value(QStringLiteral("matches")).toArray();
    QCOMPARE(briefMatches.size(), matches.size());
    QVERIFY(!briefMatches.first().toObject().contains(QStringLiteral("months")));
    QCOMPARE(briefMatches.first().toObject().value(QStringLiteral("reason")),
             matches.first().toObject().value(QStringLiteral("reason")));

    // The text form ends with the counts.
    const Run text = cli({QStringLiteral("engagement"), m_program, QStringLiteral("--cycle"), m_cycle,
                          QStringLiteral("--as-of"), QStringLiteral("2017-10-13")});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.out.contains(QStringLiteral("On track %1, below cadence %2, quiet %3")
                                   .arg(byStatus.value(QStringLiteral("on-track")))
                                   .arg(byStatus.value(QStringLiteral("below-cadence")))
                                   .arg(byStatus.value(QStringLiteral("quiet")))
                                   .toUtf8()),
             text.out.constData());
    QVERIFY(text.out.contains(published.first().first().toUtf8()));
}

void TestCliTimeline::engagementBeforeTheMatchesStart()
{
    const Run run = cli({QStringLiteral("engagement"), m_program, QStringLiteral("--cycle"), m_cycle,
                         QStringLiteral("--as-of"), QStringLiteral("2017-04-01"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject counts = json(run).value(QStringLiteral("counts")).toObject();
    QVERIFY(counts.value(QStringLiteral("total")).toInt() > 0);
    QCOMPARE(counts.value(QStringLiteral("notStarted")).toInt(), counts.value(QStringLiteral("total")).toInt());
    // The Fall cycle has drafts only: no match to show.
    const Run fall = cli({QStringLiteral("engagement"), m_program, QStringLiteral("--cycle"),
                          QStringLiteral("fall 2017"), QStringLiteral("--json")});
    QVERIFY2(fall.exitCode == 0, fall.err.constData());
    QCOMPARE(json(fall).value(QStringLiteral("matches")).toArray().size(), 0);
}

void TestCliTimeline::contactsImportDryRunImportReimport()
{
    const QString path = copyOfProgram(QStringLiteral("import.cohort"));
    const QList<QStringList> matches =
        select(path, QStringLiteral(
                         "SELECT e.code, r.code FROM matches m JOIN applications e ON e.id = m.mentee_application_id "
                         "JOIN applications r ON r.id = m.mentor_application_id WHERE m.status = 'published' "
                         "ORDER BY e.code LIMIT 2"));
    QCOMPARE(matches.size(), 2);
    const QString csv =
        writeFile(QStringLiteral("contacts.csv"),
                  QStringLiteral("mentee,mentor,date,method,initiated_by,note\n"
                                 "%1,%2,2017-10-02,phone,mentor,Talked about storytime\n"
                                 "%3,,10/3/2017,In person,mentee,\n"
                                 "%3,%4,2017-10-04,email,liaison,Checked in\n")
                      .arg(matches.at(0).at(0), matches.at(0).at(1), matches.at(1).at(0), matches.at(1).at(1))
                      .toUtf8());
    const QString countSql = QStringLiteral("SELECT COUNT(*) FROM contact_entries");
    const int contacts = select(path, countSql).first().first().toInt();

    // A dry run: counts, and the file byte for byte as it was.
    const QByteArray before = sha256(path);
    Run run = cli({QStringLiteral("contacts"), QStringLiteral("import"), path, csv, QStringLiteral("--dry-run"),
                   QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonObject root = json(run);
    QCOMPARE(root.value(QStringLiteral("dryRun")).toBool(), true);
    QCOMPARE(root.value(QStringLiteral("written")).toBool(), false);
    QCOMPARE(root.value(QStringLiteral("rows")).toInt(), 3);
    QCOMPARE(root.value(QStringLiteral("added")).toInt(), 3);
    QCOMPARE(root.value(QStringLiteral("alreadyThere")).toInt(), 0);
    QCOMPARE(sha256(path), before);

    // The import.
    run = cli({QStringLiteral("contacts"), QStringLiteral("import"), path, csv});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("contacts.csv: 3 row"), run.out.constData());
    QVERIFY2(run.out.contains("Added 3 contact"), run.out.constData());
    QCOMPARE(select(path, countSql).first().first().toInt(), contacts + 3);
    QCOMPARE(select(path, QStringLiteral("SELECT method, initiated_by FROM contact_entries WHERE contact_on = "
                                         "'2017-10-03' AND method = 'in_person'"))
                 .size(),
             1);
    QCOMPARE(select(path, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'contacts.import'"))
                 .first()
                 .first()
                 .toInt(),
             1);

    // Again: already there, nothing added.
    const QList<QStringList> rows =
        select(path, QStringLiteral("SELECT id, version, updated_at FROM contact_entries ORDER BY id"));
    run = cli({QStringLiteral("contacts"), QStringLiteral("import"), path, csv, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    root = json(run);
    QCOMPARE(root.value(QStringLiteral("added")).toInt(), 0);
    QCOMPARE(root.value(QStringLiteral("alreadyThere")).toInt(), 3);
    QCOMPARE(root.value(QStringLiteral("written")).toBool(), false);
    QCOMPARE(select(path, QStringLiteral("SELECT id, version, updated_at FROM contact_entries ORDER BY id")), rows);
    QCOMPARE(select(path, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'contacts.import'"))
                 .first()
                 .first()
                 .toInt(),
             1);

    // Only one cycle: its codes are found there.
    run = cli({QStringLiteral("contacts"), QStringLiteral("import"), path, csv, QStringLiteral("--cycle"), m_cycle,
               QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(json(run).value(QStringLiteral("alreadyThere")).toInt(), 3);
    run = cli({QStringLiteral("contacts"), QStringLiteral("import"), path, csv, QStringLiteral("--cycle"),
               QStringLiteral("Fall 2017"), QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 1);
}

void TestCliTimeline::contactsImportRefusesABadFile()
{
    const QString path = copyOfProgram(QStringLiteral("bad.cohort"));
    const QString mentee = select(path, QStringLiteral("SELECT e.code FROM matches m JOIN applications e ON e.id = "
                                                       "m.mentee_application_id WHERE m.status = 'published' LIMIT 1"))
                               .first()
                               .first();
    const QString csv = writeFile(QStringLiteral("bad.csv"), QStringLiteral("mentee,date,method,initiated_by\n"
                                                                            "%1,2017-10-02,phone,mentor\n"
                                                                            "%1,2017-31-12,phone,mentor\n"
                                                                            "NOBODY,2017-10-02,phone,mentor\n"
                                                                            "%1,2017-10-02,pigeon,mentor\n")
                                                                 .arg(mentee)
                                                                 .toUtf8());
    const QByteArray before = sha256(path);
    const QList<QStringList> contacts =
        select(path, QStringLiteral("SELECT id, version FROM contact_entries ORDER BY id"));
    for (const bool dryRun : {false, true}) {
        QStringList arguments{QStringLiteral("contacts"), QStringLiteral("import"), path, csv};
        if (dryRun)
            arguments << QStringLiteral("--dry-run");
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("Line 3, column “date”: “2017-31-12” is not a date"), run.out.constData());
        QVERIFY2(run.out.contains("Line 4, column “mentee”: no published or ended match has the mentee “NOBODY”"),
                 run.out.constData());
        QVERIFY2(run.out.contains("Line 5, column “method”"), run.out.constData());
        QVERIFY(!run.out.contains("Line 2"));
        QVERIFY2(run.err.startsWith("cohort-cli: 3 problem"), run.err.constData());
        QVERIFY(run.err.contains("no contact was imported"));
        QCOMPARE(run.err.count('\n'), 1);
        QCOMPARE(sha256(path), before);
        QCOMPARE(select(path, QStringLiteral("SELECT id, version FROM contact_entries ORDER BY id")), contacts);
    }
    const Run run = cli({QStringLiteral("contacts"), QStringLiteral("import"), path, csv, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray problems = json(run).value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(problems.at(0).toObject().value(QStringLiteral("column")).toString(), QStringLiteral("date"));
    QCOMPARE(sha256(path), before);
}

void TestCliTimeline::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("timeline bad cycle") << QStringList{QStringLiteral("timeline"), QStringLiteral("@program"),
                                                       QStringLiteral("--cycle"), QStringLiteral("Winter 1999")}
                                        << QStringLiteral("no cycle “Winter 1999”");
    QTest::newRow("engagement bad cycle") << QStringList{QStringLiteral("engagement"), QStringLiteral("@program"),
                                                         QStringLiteral("--cycle"), QStringLiteral("Winter 1999")}
                                          << QStringLiteral("no cycle");
    QTest::newRow("timeline missing file")
        << QStringList{QStringLiteral("timeline"), QStringLiteral("missing.cohort"), QStringLiteral("--cycle"), m_cycle}
        << QStringLiteral("does not exist");
    QTest::newRow("import missing CSV") << QStringList{QStringLiteral("contacts"), QStringLiteral("import"),
                                                       QStringLiteral("@program"), QStringLiteral("missing.csv")}
                                        << QStringLiteral("missing.csv");
    QTest::newRow("import bad cycle") << QStringList{QStringLiteral("contacts"), QStringLiteral("import"),
                                                     QStringLiteral("@program"), QStringLiteral("@csv"),
                                                     QStringLiteral("--cycle"),  QStringLiteral("Winter 1999")}
                                      << QStringLiteral("no cycle");
}

void TestCliTimeline::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString path = copyOfProgram(QStringLiteral("failures.cohort"));
    const QString csv =
        writeFile(QStringLiteral("one.csv"), "mentee,date,method,initiated_by\nX,2017-10-02,email,mentee\n");
    const QByteArray before = sha256(path);
    arguments.replaceInStrings(QStringLiteral("@program"), path);
    arguments.replaceInStrings(QStringLiteral("@csv"), csv);
    arguments.replaceInStrings(QStringLiteral("missing.cohort"), m_dir.filePath(QStringLiteral("missing.cohort")));
    arguments.replaceInStrings(QStringLiteral("missing.csv"), m_dir.filePath(QStringLiteral("missing.csv")));
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("cohort-cli: "), run.err.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QCOMPARE(sha256(path), before);
}

void TestCliTimeline::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    const QString timeline = QStringLiteral("Usage: cohort-cli timeline");
    const QString engagement = QStringLiteral("Usage: cohort-cli engagement");
    const QString contacts = QStringLiteral("Usage: cohort-cli contacts import");
    QTest::newRow("timeline without file")
        << QStringList{QStringLiteral("timeline"), QStringLiteral("--cycle"), QStringLiteral("S")} << timeline;
    QTest::newRow("timeline without --cycle")
        << QStringList{QStringLiteral("timeline"), QStringLiteral("x.cohort")} << timeline;
    QTest::newRow("timeline bad --as-of")
        << QStringList{QStringLiteral("timeline"), QStringLiteral("x.cohort"), QStringLiteral("--cycle"),
                       QStringLiteral("S"),        QStringLiteral("--as-of"),  QStringLiteral("10/13/2017")}
        << timeline;
    QTest::newRow("engagement two files")
        << QStringList{QStringLiteral("engagement"), QStringLiteral("a.cohort"), QStringLiteral("b.cohort"),
                       QStringLiteral("--cycle"), QStringLiteral("S")}
        << engagement;
    QTest::newRow("engagement unknown option")
        << QStringList{QStringLiteral("engagement"), QStringLiteral("x.cohort"), QStringLiteral("--cycle"),
                       QStringLiteral("S"), QStringLiteral("--apply")}
        << engagement;
    QTest::newRow("engagement --months without --json")
        << QStringList{QStringLiteral("engagement"), QStringLiteral("x.cohort"), QStringLiteral("--cycle"),
                       QStringLiteral("S"), QStringLiteral("--months")}
        << engagement;
    QTest::newRow("timeline has no --months")
        << QStringList{QStringLiteral("timeline"), QStringLiteral("x.cohort"), QStringLiteral("--cycle"),
                       QStringLiteral("S"),        QStringLiteral("--json"),   QStringLiteral("--months")}
        << timeline;
    QTest::newRow("contacts without subcommand") << QStringList{QStringLiteral("contacts")} << contacts;
    QTest::newRow("contacts unknown subcommand")
        << QStringList{QStringLiteral("contacts"), QStringLiteral("export")} << contacts;
    QTest::newRow("contacts import one file")
        << QStringList{QStringLiteral("contacts"), QStringLiteral("import"), QStringLiteral("x.cohort")} << contacts;
    QTest::newRow("contacts import empty --cycle")
        << QStringList{QStringLiteral("contacts"), QStringLiteral("import"), QStringLiteral("x.cohort"),
                       QStringLiteral("c.csv"), QStringLiteral("--cycle=")}
        << contacts;
}

void TestCliTimeline::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("cohort-cli: "), run.err.constData());
    QVERIFY2(run.err.contains(usage.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliTimeline)
#include "tst_cli_timeline.moc"
