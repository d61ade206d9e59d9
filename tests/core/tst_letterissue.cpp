#include "db/database.h"
#include "demo/demogenerator.h"
#include "letters/letterdata.h"
#include "letters/letterissue.h"
#include "store/letterstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

// Issuing letters on a demo program: one PDF per person, records kept as issued, nothing issued
// twice, nothing written when a letter cannot be rendered.
class TestLetterIssue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void acceptanceLettersOnePerMentee();
    void issuingAgainIssuesNoneAndForceReissues();
    void aLetterIssuedOnAnEarlierDayIsStillCurrent();
    void editingTheTemplateKeepsOldRecords();
    void matchIntroductionNamesThePartner();
    void unknownPlaceholderRefusesEverything();
    void cancelLeavesNothing();

private:
    static QString pdfText(const QString &path);
    int count(const QString &sql) const;
    QStringList acceptedMentees() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_cycleId;
    QString m_cycleName;
};

QString TestLetterIssue::pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

int TestLetterIssue::count(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList TestLetterIssue::acceptedMentees() const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT a.code FROM applications a WHERE a.cycle_id = ? AND a.role = 'mentee' AND "
                             "a.status = 'accepted' ORDER BY a.code"));
    q.addBindValue(m_cycleId);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

void TestLetterIssue::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("program.cohort"));
    DemoOptions options;
    options.seed = 2017;
    options.applicants = 60;
    auto created = DemoGenerator::createFile(path, options);
    QVERIFY2(created, qPrintable(created.error()));
    auto opened = Database::openFile(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_db = std::move(opened.value());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, name FROM cycles WHERE name = 'Spring 2017'")));
    QVERIFY(q.next());
    m_cycleId = q.value(0).toString();
    m_cycleName = q.value(1).toString();
    QVERIFY(!acceptedMentees().isEmpty());
}

void TestLetterIssue::acceptanceLettersOnePerMentee()
{
    const QString out = m_dir.filePath(QStringLiteral("acceptance"));
    LetterIssueOptions options;
    options.outDir = out;
    auto report = LetterIssue::issue(*m_db, m_cycleId, QStringLiteral("acceptance_mentee"), options);
    QVERIFY2(report, qPrintable(report.error()));
    const QStringList codes = acceptedMentees();
    QCOMPARE(report->issued.size(), codes.size());
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), codes.size());
    auto recipients = LetterData::recipients(*m_db, m_cycleId, QStringLiteral("acceptance_mentee"));
    QVERIFY(recipients);
    for (const LetterRecipient &r : recipients.value()) {
        const QString file = QDir(out).filePath(r.code + QStringLiteral("-acceptance_mentee.pdf"));
        QVERIFY2(QFile::exists(file), qPrintable(file));
        const QString text = pdfText(file);
        QVERIFY2(text.contains(
                     r.values.value(QStringLiteral("person")).toMap().value(QStringLiteral("first_name")).toString()),
                 qPrintable(text));
        QVERIFY2(text.contains(m_cycleName), qPrintable(text));
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM issued_letters WHERE kind = 'acceptance_mentee' AND "
                                  "length(pdf_sha256) = 64 AND issued_text <> ''")),
             int(codes.size()));
}

void TestLetterIssue::issuingAgainIssuesNoneAndForceReissues()
{
    const QString out = m_dir.filePath(QStringLiteral("again"));
    LetterIssueOptions options;
    options.outDir = out;
    auto again = LetterIssue::issue(*m_db, m_cycleId, QStringLiteral("acceptance_mentee"), options);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->issued.size(), 0);
    QCOMPARE(again->current.size(), acceptedMentees().size());
    QVERIFY(QDir(out).entryList(QDir::Files).isEmpty());

    options.force = true;
    auto forced = LetterIssue::issue(*m_db, m_cycleId, QStringLiteral("acceptance_mentee"), options);
    QVERIFY2(forced, qPrintable(forced.error()));
    QCOMPARE(forced->issued.size(), acceptedMentees().size());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM issued_letters WHERE kind = 'acceptance_mentee'")),
             int(2 * acceptedMentees().size()));
}

// The letter's date is part of its text: a letter issued last week is still current if it says
// what it would say now, dated as it was then.
void TestLetterIssue::aLetterIssuedOnAnEarlierDayIsStillCurrent()
{
    const QDate today = QDate::currentDate();
    const QDate earlier = today.addDays(-7);
    const QString todayText = QLocale(QStringLiteral("en")).toString(today, QLocale::LongFormat);
    const QString earlierText = QLocale(QStringLiteral("en")).toString(earlier, QLocale::LongFormat);
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(QStringLiteral("UPDATE issued_letters SET issued_text = REPLACE(issued_text, ?, ?), "
                                         "issued_at = ? WHERE kind = 'acceptance_mentee'")));
        q.addBindValue(todayText);
        q.addBindValue(earlierText);
        q.addBindValue(QDateTime(earlier, QTime(12, 0)).toUTC().toString(Qt::ISODateWithMs));
        QVERIFY(q.exec());
        QVERIFY(q.numRowsAffected() > 0);
    }
    const QString out = m_dir.filePath(QStringLiteral("later"));
    LetterIssueOptions options;
    options.outDir = out;
    auto again = LetterIssue::issue(*m_db, m_cycleId, QStringLiteral("acceptance_mentee"), options);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->issued.size(), 0);
    QCOMPARE(again->current.size(), acceptedMentees().size());
    QVERIFY(QDir(out).entryList(QDir::Files).isEmpty());
}

void TestLetterIssue::editingTheTemplateKeepsOldRecords()
{
    LetterStore store(*m_db);
    auto found = store.findTemplate(QStringLiteral("acceptance_mentee"), QStringLiteral("en"));
    QVERIFY2(found, qPrintable(found.error()));
    QVERIFY(found->has_value());
    LetterTemplateRow row = *found.value();
    QVERIFY(row.builtIn);
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT application_id FROM issued_letters WHERE kind = 'acceptance_mentee' LIMIT 1")));
    QVERIFY(q.next());
    const QString applicationId = q.value(0).toString();
    auto before = store.latestIssued(applicationId, QStringLiteral("acceptance_mentee"));
    QVERIFY(before && before->has_value());
    const QString oldText = before.value()->issuedText;

    row.body = QStringLiteral("<p>Dear {{person.full_name}}, welcome to {{cycle.name}} (edited).</p>");
    QVERIFY(store.saveTemplate(row, 0, QStringLiteral("test")));
    auto stale = store.saveTemplate(row, 7, QStringLiteral("test"));
    QVERIFY(!stale);

    auto after = store.latestIssued(applicationId, QStringLiteral("acceptance_mentee"));
    QVERIFY(after && after->has_value());
    QCOMPARE(after.value()->issuedText, oldText);

    // The edited template is now different: every letter is issued again, with template version 1.
    LetterIssueOptions options;
    options.outDir = m_dir.filePath(QStringLiteral("edited"));
    auto report = LetterIssue::issue(*m_db, m_cycleId, QStringLiteral("acceptance_mentee"), options);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->issued.size(), acceptedMentees().size());
    auto latest = store.latestIssued(applicationId, QStringLiteral("acceptance_mentee"));
    QVERIFY(latest && latest->has_value());
    QVERIFY(latest.value()->issuedText.contains(QStringLiteral("(edited)")));
    QCOMPARE(latest.value()->templateVersion, 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM issued_letters WHERE issued_text = '") +
                   QString(oldText).replace(QLatin1Char('\''), QStringLiteral("''")) + QStringLiteral("'")),
             2);
}

void TestLetterIssue::matchIntroductionNamesThePartner()
{
    auto recipients = LetterData::recipients(*m_db, m_cycleId, QStringLiteral("match_introduction"));
    QVERIFY2(recipients, qPrintable(recipients.error()));
    QVERIFY(!recipients->isEmpty());
    const LetterRecipient r = recipients->first();
    const QVariantMap partner =
        r.values.value(QStringLiteral("match")).toMap().value(QStringLiteral("partner")).toMap();
    QVERIFY(!partner.value(QStringLiteral("full_name")).toString().isEmpty());

    const QString out = m_dir.filePath(QStringLiteral("intro"));
    LetterIssueOptions options;
    options.outDir = out;
    auto report = LetterIssue::issue(*m_db, m_cycleId, QStringLiteral("match_introduction"), options);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->issued.size(), recipients->size());
    const QString text = pdfText(QDir(out).filePath(r.code + QStringLiteral("-match_introduction.pdf")));
    QVERIFY2(text.contains(partner.value(QStringLiteral("full_name")).toString()), qPrintable(text));
    QVERIFY2(text.contains(partner.value(QStringLiteral("email")).toString()), qPrintable(text));
}

void TestLetterIssue::unknownPlaceholderRefusesEverything()
{
    LetterStore store(*m_db);
    LetterTemplateRow row;
    row.kind = QStringLiteral("waitlist");
    row.body = QStringLiteral("<p>Dear {{person.first_name}},</p>\n<p>{{person.shoe_size}}</p>");
    QVERIFY(store.saveTemplate(row, 0, QStringLiteral("test")));
    const QString out = m_dir.filePath(QStringLiteral("refused"));
    LetterIssueOptions options;
    options.outDir = out;
    options.status = QStringLiteral("accepted"); // there may be no waitlisted applicant in a small demo
    const int before = count(QStringLiteral("SELECT COUNT(*) FROM issued_letters"));
    auto report = LetterIssue::issue(*m_db, m_cycleId, QStringLiteral("waitlist"), options);
    QVERIFY(!report);
    QVERIFY2(report.error().contains(QStringLiteral("shoe_size")), qPrintable(report.error()));
    QVERIFY2(report.error().contains(QStringLiteral("line 2")), qPrintable(report.error()));
    QVERIFY(!QDir(out).exists() || QDir(out).entryList(QDir::Files).isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM issued_letters")), before);
    auto problems = LetterIssue::check(*m_db, m_cycleId, QStringLiteral("waitlist"), options);
    QVERIFY(problems);
    QCOMPARE(problems->size(), 1);

    // A kind without a stored or bundled template is a clear error.
    auto missing = store.findTemplate(QStringLiteral("goal_reminder"), QStringLiteral("en"));
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(QStringLiteral("goal_reminder")));
}

void TestLetterIssue::cancelLeavesNothing()
{
    const QString out = m_dir.filePath(QStringLiteral("cancelled"));
    LetterIssueOptions options;
    options.outDir = out;
    options.force = true;
    const int before = count(QStringLiteral("SELECT COUNT(*) FROM issued_letters"));
    auto report = LetterIssue::issue(*m_db, m_cycleId, QStringLiteral("match_introduction"), options,
                                     [](int done, int) { return done < 2; });
    QVERIFY(!report);
    QVERIFY(QDir(out).entryList(QDir::Files).isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM issued_letters")), before);
}

QTEST_MAIN(TestLetterIssue)
#include "tst_letterissue.moc"
