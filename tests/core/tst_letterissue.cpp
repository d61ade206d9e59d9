#include "db/database.h"
#include "demo/demogenerator.h"
#include "letters/letterdata.h"
#include "letters/letterissue.h"
#include "letters/lettertemplate.h"
#include "letters/pdfsplitter.h"
#include "store/letterstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

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
    void fortySeparateLettersNameTheirPeople();
    void aFailedBatchLeavesNoFile();
    void aTwoPageLetterAmongOnePageLetters();

    // On a fresh copy of the demo program.
    void demoIssuesEveryKind();
    void declineSaysAMatchIsNotGuaranteed();
    void waitlistWordsThingsPerRole();
    void introductionNamesEveryMentee();
    void serviceRecognitionNamesTheMentees();
    void goalReminderSkipsSubmittedSheets();
    void languageFromTheApplication();

private:
    struct Partner
    {
        QString applicationId;
        QString code;
        QString name;
        QString email;
    };
    // A mentor of the fresh program's Spring cycle with two or more published matches (made so
    // when the demo has none), and its mentees by code.
    bool mentorWithSeveralMentees(QString &mentorId, QList<Partner> &mentees);
    QStringList column(const QString &sql, const QVariantList &values = {}) const;
    bool exec(const QString &sql, const QVariantList &values = {});
    Result<IssueReport> issueFresh(const QString &kind, const QString &dir);
    static QString pdfText(const QString &path);
    int count(const QString &sql) const;
    QStringList acceptedMentees() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_cycleId;
    QString m_cycleName;
    std::unique_ptr<Database> m_fresh;
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
    const QString freshPath = m_dir.filePath(QStringLiteral("fresh.cohort"));
    QVERIFY(QFile::copy(path, freshPath));
    auto fresh = Database::openFile(freshPath);
    QVERIFY2(fresh, qPrintable(fresh.error()));
    m_fresh = std::move(fresh.value());
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

    // A language without a stored or bundled template is a clear error.
    auto missing = store.findTemplate(QStringLiteral("goal_reminder"), QStringLiteral("fr"));
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

// One PDF per person, written on several threads: every file is the right person's letter, and
// every record's pdf_sha256 is the SHA-256 of its file as written.
void TestLetterIssue::fortySeparateLettersNameTheirPeople()
{
    const QString path = m_dir.filePath(QStringLiteral("forty.cohort"));
    DemoOptions demo;
    demo.seed = 40;
    demo.applicants = 400;
    auto created = DemoGenerator::createFile(path, demo);
    QVERIFY2(created, qPrintable(created.error()));
    auto opened = Database::openFile(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    Database &db = *opened.value();
    // The first cycle and kind with forty or more letters that render.
    QString cycleId;
    QString kind;
    QList<LetterRecipient> forty;
    QSqlQuery cycles(db.connection());
    QVERIFY(cycles.exec(QStringLiteral("SELECT id FROM cycles ORDER BY name")));
    while (forty.isEmpty() && cycles.next()) {
        for (const QString &k : {QStringLiteral("acceptance_mentee"), QStringLiteral("decline"),
                                 QStringLiteral("waitlist"), QStringLiteral("acceptance_mentor")}) {
            auto recipients = LetterData::recipients(db, cycles.value(0).toString(), k);
            QVERIFY2(recipients, qPrintable(recipients.error()));
            auto problems = LetterIssue::check(db, cycles.value(0).toString(), k);
            if (recipients->size() < 40 || !problems || !problems->isEmpty())
                continue;
            cycleId = cycles.value(0).toString();
            kind = k;
            forty = recipients->mid(0, 40);
            break;
        }
    }
    cycles.finish(); // no read transaction left open: the letters are recorded on another connection
    QVERIFY2(forty.size() == 40, "no cycle of the demo has forty letters of one kind");

    const QString out = m_dir.filePath(QStringLiteral("forty"));
    LetterIssueOptions options;
    options.outDir = out;
    for (const LetterRecipient &r : std::as_const(forty))
        options.applicationIds.append(r.applicationId);
    // From a worker thread on a connection of its own, as the Letters page issues them.
    QList<int> progress;
    bool progressOnCaller = true;
    Result<IssueReport> report = Error{QStringLiteral("not run")};
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto connection = db.openAnotherConnection();
        if (!connection) {
            report = Error{connection.error()};
            return;
        }
        report = LetterIssue::issue(*connection.value(), cycleId, kind, options, [&](int done, int total) {
            progress.append(done);
            progressOnCaller = progressOnCaller && QThread::currentThread() == worker.get();
            return total == 40;
        });
    }));
    worker->start();
    QVERIFY(worker->wait(300000));
    QVERIFY(progressOnCaller);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->issued.size(), 40);
    QCOMPARE(progress.first(), 0);
    QCOMPARE(progress.last(), 40);
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden).size(), 40); // no temporary file left

    QHash<QString, QString> shaOfApplication;
    QHash<QString, QString> fileOfApplication;
    {
        QSqlQuery q(db.connection());
        QVERIFY(q.prepare(QStringLiteral("SELECT application_id, file_name, pdf_sha256 FROM issued_letters "
                                         "WHERE kind = ?")));
        q.addBindValue(kind);
        QVERIFY(q.exec());
        while (q.next()) {
            fileOfApplication.insert(q.value(0).toString(), q.value(1).toString());
            shaOfApplication.insert(q.value(0).toString(), q.value(2).toString());
        }
    }
    QCOMPARE(shaOfApplication.size(), 40);
    for (const LetterRecipient &r : std::as_const(forty)) {
        const QString file = QDir(out).filePath(r.code + QLatin1Char('-') + kind + QStringLiteral(".pdf"));
        QCOMPARE(fileOfApplication.value(r.applicationId), QFileInfo(file).fileName());
        QFile pdf(file);
        QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(file));
        QCOMPARE(shaOfApplication.value(r.applicationId),
                 QString::fromLatin1(QCryptographicHash::hash(pdf.readAll(), QCryptographicHash::Sha256).toHex()));
        // The letter greets the person by first name; the PDF's title is their full name.
        const QString first =
            r.values.value(QStringLiteral("person")).toMap().value(QStringLiteral("first_name")).toString();
        const QString text = pdfText(file);
        QVERIFY2(!first.isEmpty() && text.contains(first + QLatin1Char(',')), qPrintable(first + u'\n' + text));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {file});
        QVERIFY(info.waitForFinished(60000));
        const QString title = QString::fromUtf8(info.readAllStandardOutput())
                                  .section(QLatin1Char('\n'), 0, 0)
                                  .section(QLatin1Char(':'), 1)
                                  .trimmed();
        QCOMPARE(title, r.name);
    }
}

// A file that cannot be given its name (a folder has it) fails the batch: no file of it is left,
// not even under a temporary name, and nothing is recorded. The same after a cancel.
void TestLetterIssue::aFailedBatchLeavesNoFile()
{
    const QString out = m_dir.filePath(QStringLiteral("blocked"));
    const QStringList codes = acceptedMentees();
    QVERIFY(codes.size() >= 2);
    const QString blocker = codes.last() + QStringLiteral("-acceptance_mentee.pdf");
    QVERIFY(QDir().mkpath(QDir(out).filePath(blocker)));
    LetterIssueOptions options;
    options.outDir = out;
    options.force = true;
    const int before = count(QStringLiteral("SELECT COUNT(*) FROM issued_letters"));
    auto report = LetterIssue::issue(*m_db, m_cycleId, QStringLiteral("acceptance_mentee"), options);
    QVERIFY(!report);
    QVERIFY2(report.error().contains(blocker), qPrintable(report.error()));
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{blocker});
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM issued_letters")), before);

    // Nor does a cancel halfway, while the other threads are still writing.
    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled-halfway"));
    options.outDir = cancelled;
    auto stopped = LetterIssue::issue(*m_db, m_cycleId, QStringLiteral("acceptance_mentee"), options,
                                      [](int done, int total) { return done < total / 2; });
    QVERIFY(!stopped);
    QVERIFY(QDir(cancelled).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM issued_letters")), before);
}

// Separate letters are rendered several to a PDF and split per person: a letter that runs over a
// page gives its person a file of both pages, and the letters around it keep one page each, each
// file titled with its person's name (accents too) and holding only their letter.
void TestLetterIssue::aTwoPageLetterAmongOnePageLetters()
{
    const QString path = m_dir.filePath(QStringLiteral("long.cohort"));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("program.cohort")), path));
    auto opened = Database::openFile(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    Database &db = *opened.value();
    const QString kind = QStringLiteral("acceptance_mentee");
    LetterStore store(db);
    LetterTemplateRow en;
    en.kind = kind;
    en.body = QStringLiteral("<p>Dear {{person.first_name}},</p>\n<p>Welcome to {{cycle.name}}.</p>");
    QVERIFY(store.saveTemplate(en, 0, QStringLiteral("test")));
    LetterTemplateRow es;
    es.kind = kind;
    es.language = QStringLiteral("es");
    es.body = QStringLiteral("<p>Estimada {{person.first_name}}:</p>\n");
    for (int i = 1; i <= 22; ++i)
        es.body += QStringLiteral("<p>Párrafo %1: le damos la bienvenida al ciclo {{cycle.name}}; la orientación "
                                  "será en la biblioteca, con café y pequeñas sorpresas.</p>\n")
                       .arg(i);
    QVERIFY(store.saveTemplate(es, 0, QStringLiteral("test")));

    auto all = LetterData::recipients(db, m_cycleId, kind);
    QVERIFY2(all, qPrintable(all.error()));
    QVERIFY2(all->size() >= 3, "the demo has fewer than three accepted mentees");
    const QList<LetterRecipient> chosen = all->mid(0, 8);
    // The second letter is the long one (Spanish), so that the letters after it start on a later
    // page of the PDF they were rendered into.
    const LetterRecipient &longOne = chosen.at(1);
    {
        QSqlQuery q(db.connection());
        QVERIFY(q.prepare(QStringLiteral("UPDATE applications SET languages = 'Spanish' WHERE id = ?")));
        q.addBindValue(longOne.applicationId);
        QVERIFY(q.exec());
        QVERIFY(q.prepare(QStringLiteral("UPDATE people SET first_name = 'Begoña', last_name = 'Ibáñez Núñez' "
                                         "WHERE id = (SELECT person_id FROM applications WHERE id = ?)")));
        q.addBindValue(longOne.applicationId);
        QVERIFY(q.exec());
    }
    const QString out = m_dir.filePath(QStringLiteral("long"));
    LetterIssueOptions options;
    options.outDir = out;
    for (const LetterRecipient &r : chosen)
        options.applicationIds.append(r.applicationId);
    auto report = LetterIssue::issue(db, m_cycleId, kind, options);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->issued.size(), chosen.size());
    QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden).size(), chosen.size());

    const auto pdfInfo = [](const QString &file, const QString &field) {
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {file});
        if (!info.waitForFinished(60000))
            return QString();
        for (const QString &line : QString::fromUtf8(info.readAllStandardOutput()).split(QLatin1Char('\n')))
            if (line.startsWith(field + QLatin1Char(':')))
                return line.section(QLatin1Char(':'), 1).trimmed();
        return QString();
    };
    for (const IssuedFile &f : std::as_const(report->issued)) {
        const QString file = QDir(out).filePath(f.fileName);
        const bool isLong = f.applicationId == longOne.applicationId;
        QCOMPARE(pdfInfo(file, QStringLiteral("Pages")), isLong ? QStringLiteral("2") : QStringLiteral("1"));
        QCOMPARE(pdfInfo(file, QStringLiteral("Title")), isLong ? QStringLiteral("Begoña Ibáñez Núñez") : f.name);
        QCOMPARE(pdfInfo(file, QStringLiteral("Creator")), QStringLiteral("Cohort"));
        const QString text = pdfText(file);
        if (isLong) {
            QVERIFY2(text.contains(QStringLiteral("Estimada Begoña:")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Párrafo 1:")) && text.contains(QStringLiteral("Párrafo 22:")) &&
                         text.contains(QStringLiteral("orientación")),
                     qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("Dear ")), qPrintable(text));
        } else {
            QVERIFY2(text.startsWith(QStringLiteral("Dear ")) || text.contains(QStringLiteral(" Dear ")),
                     qPrintable(text));
            QCOMPARE(text.count(QStringLiteral("Dear ")), 1);
            QVERIFY2(!text.contains(QStringLiteral("Párrafo")), qPrintable(text));
            const LetterRecipient r = *std::find_if(chosen.cbegin(), chosen.cend(), [&](const LetterRecipient &c) {
                return c.applicationId == f.applicationId;
            });
            const QString first =
                r.values.value(QStringLiteral("person")).toMap().value(QStringLiteral("first_name")).toString();
            QVERIFY2(text.contains(QStringLiteral("Dear ") + first + QLatin1Char(',')), qPrintable(text));
        }
        // The record's hash is that of the file as written; the file holds no page object of
        // another letter (uncompressed dictionaries: "/Type /Page", not "/Type /Pages").
        auto sha = store.latestIssued(f.applicationId, kind);
        QVERIFY(sha && sha->has_value());
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QCOMPARE(sha.value()->pdfSha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        static const QRegularExpression pageObject(QStringLiteral(R"(/Type\s*/Page(?![s\w]))"));
        QCOMPARE(QString::fromLatin1(bytes).count(pageObject), isLong ? 2 : 1);
    }

    // What the splitter refuses: not a PDF, pages it does not have.
    PdfSplitter splitter;
    QVERIFY(!splitter.open(QByteArrayLiteral("not a PDF")));
    QVERIFY(!splitter.extract(0, 1, QStringLiteral("x")));
    QFile first(QDir(out).filePath(report->issued.first().fileName));
    QVERIFY(first.open(QIODevice::ReadOnly));
    QVERIFY(splitter.open(first.readAll()));
    QCOMPARE(splitter.pageCount(), 1);
    QVERIFY(splitter.extract(0, 1, QStringLiteral("x")));
    QVERIFY(!splitter.extract(1, 1, QStringLiteral("x")));
    QVERIFY(!splitter.extract(0, 2, QStringLiteral("x")));
}

QStringList TestLetterIssue::column(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_fresh->connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    else
        qWarning("%s", qPrintable(q.lastError().text()));
    return out;
}

bool TestLetterIssue::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_fresh->connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

Result<IssueReport> TestLetterIssue::issueFresh(const QString &kind, const QString &dir)
{
    LetterIssueOptions options;
    options.outDir = m_dir.filePath(dir);
    options.force = true;
    return LetterIssue::issue(*m_fresh, m_cycleId, kind, options);
}

bool TestLetterIssue::mentorWithSeveralMentees(QString &mentorId, QList<Partner> &mentees)
{
    const QString published = QStringLiteral("SELECT m.id FROM matches m JOIN applications a ON a.id = "
                                             "m.mentee_application_id WHERE m.cycle_id = ? AND m.status = "
                                             "'published' ORDER BY a.code");
    QStringList several = column(QStringLiteral("SELECT mentor_application_id FROM matches WHERE cycle_id = ? AND "
                                                "status = 'published' GROUP BY mentor_application_id "
                                                "HAVING COUNT(*) > 1 ORDER BY mentor_application_id"),
                                 {m_cycleId});
    if (several.isEmpty()) {
        const QStringList matches = column(published, {m_cycleId});
        if (matches.size() < 2)
            return false;
        const QString mentor =
            column(QStringLiteral("SELECT mentor_application_id FROM matches WHERE id = ?"), {matches.at(0)}).value(0);
        if (!exec(QStringLiteral("UPDATE matches SET mentor_application_id = ? WHERE id = ?"), {mentor, matches.at(1)}))
            return false;
        several = {mentor};
    }
    mentorId = several.first();
    QSqlQuery q(m_fresh->connection());
    q.prepare(QStringLiteral("SELECT a.id, a.code, p.first_name || ' ' || p.last_name, p.email FROM matches m "
                             "JOIN applications a ON a.id = m.mentee_application_id JOIN people p ON p.id = "
                             "a.person_id WHERE m.mentor_application_id = ? AND m.status = 'published' "
                             "ORDER BY a.code"));
    q.addBindValue(mentorId);
    if (!q.exec())
        return false;
    mentees.clear();
    while (q.next())
        mentees.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString().trimmed(), q.value(3).toString()});
    return mentees.size() >= 2;
}

// Every kind checks clean and issues for every cycle of the demo, in each person's language
// and in Spanish for everyone.
void TestLetterIssue::demoIssuesEveryKind()
{
    const QStringList cycles = column(QStringLiteral("SELECT id FROM cycles ORDER BY name"));
    QVERIFY(cycles.size() >= 2);
    int issued = 0;
    for (const QString &cycle : cycles) {
        for (const QString &kind : LetterKinds::all()) {
            for (const QString &language : {QString(), QStringLiteral("es")}) {
                LetterIssueOptions options;
                options.language = language;
                auto problems = LetterIssue::check(*m_fresh, cycle, kind, options);
                QVERIFY2(problems, qPrintable(problems.error()));
                QVERIFY2(problems->isEmpty(), qPrintable(kind + QLatin1Char(' ') + problems->join(u'\n')));
            }
            auto recipients = LetterData::recipients(*m_fresh, cycle, kind);
            QVERIFY2(recipients, qPrintable(recipients.error()));
            LetterIssueOptions options;
            options.outDir = m_dir.filePath(QStringLiteral("demo/") + cycle + QLatin1Char('/') + kind);
            auto report = LetterIssue::issue(*m_fresh, cycle, kind, options);
            QVERIFY2(report, qPrintable(kind + QLatin1Char(' ') + report.error()));
            QCOMPARE(report->issued.size(), recipients->size());
            issued += int(report->issued.size());
        }
    }
    QVERIFY(issued > 0);
    for (const QString &kind : LetterKinds::all()) {
        auto recipients = LetterData::recipients(*m_fresh, m_cycleId, kind);
        QVERIFY2(recipients && !recipients->isEmpty(), qPrintable(kind));
    }
}

void TestLetterIssue::declineSaysAMatchIsNotGuaranteed()
{
    const QStringList declined = column(QStringLiteral("SELECT id FROM applications WHERE cycle_id = ? AND status = "
                                                       "'declined' ORDER BY id"),
                                        {m_cycleId});
    QVERIFY(!declined.isEmpty());
    auto recipients = LetterData::recipients(*m_fresh, m_cycleId, QStringLiteral("decline"));
    QVERIFY2(recipients, qPrintable(recipients.error()));
    QStringList ids;
    QSet<QString> roles;
    for (const LetterRecipient &r : recipients.value()) {
        ids << r.applicationId;
        roles.insert(r.role);
        const QVariantMap person = r.values.value(QStringLiteral("person")).toMap();
        QCOMPARE(person.value(QStringLiteral("is_mentor")).toBool(), r.role == QLatin1String("mentor"));
        QCOMPARE(person.value(QStringLiteral("is_mentee")).toBool(), r.role == QLatin1String("mentee"));
        QCOMPARE(person.contains(QStringLiteral("is_mentor")), r.role == QLatin1String("mentor"));
        QCOMPARE(person.contains(QStringLiteral("is_mentee")), r.role == QLatin1String("mentee"));
    }
    ids.sort();
    QCOMPARE(ids, declined);
    QCOMPARE(roles.size(), 2);

    const QString out = QStringLiteral("decline");
    auto report = issueFresh(QStringLiteral("decline"), out);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->issued.size(), declined.size());
    for (const LetterRecipient &r : recipients.value()) {
        const QString text = pdfText(QDir(m_dir.filePath(out)).filePath(r.code + QStringLiteral("-decline.pdf")));
        QVERIFY2(text.contains(QStringLiteral("cannot guarantee that every applicant will be matched")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("apply again")), qPrintable(text));
        QVERIFY2(text.contains(r.role == QLatin1String("mentor") ? QStringLiteral("as a mentor")
                                                                 : QStringLiteral("as a mentee")),
                 qPrintable(text));
    }

    // In Spanish too.
    LetterIssueOptions options;
    options.outDir = m_dir.filePath(QStringLiteral("decline-es"));
    options.language = QStringLiteral("es");
    options.force = true;
    report = LetterIssue::issue(*m_fresh, m_cycleId, QStringLiteral("decline"), options);
    QVERIFY2(report, qPrintable(report.error()));
    const QString text =
        pdfText(QDir(options.outDir).filePath(report->issued.first().code + QStringLiteral("-decline.pdf")));
    QVERIFY2(text.contains(QStringLiteral("no puede garantizar que todas las personas solicitantes")),
             qPrintable(text));
}

void TestLetterIssue::waitlistWordsThingsPerRole()
{
    auto recipients = LetterData::recipients(*m_fresh, m_cycleId, QStringLiteral("waitlist"));
    QVERIFY2(recipients, qPrintable(recipients.error()));
    QCOMPARE(recipients->size(), column(QStringLiteral("SELECT id FROM applications WHERE cycle_id = ? AND status "
                                                       "= 'waitlisted'"),
                                        {m_cycleId})
                                     .size());
    const QString out = QStringLiteral("waitlist");
    auto report = issueFresh(QStringLiteral("waitlist"), out);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->issued.size(), recipients->size());
    for (const LetterRecipient &r : recipients.value()) {
        const QString text = pdfText(QDir(m_dir.filePath(out)).filePath(r.code + QStringLiteral("-waitlist.pdf")));
        QVERIFY2(text.contains(QStringLiteral("waiting list")), qPrintable(text));
        const bool mentor = r.role == QLatin1String("mentor");
        QVERIFY2(text.contains(mentor ? QStringLiteral("If a mentee whose interests")
                                      : QStringLiteral("If a mentor whose experience")),
                 qPrintable(text));
    }
}

void TestLetterIssue::introductionNamesEveryMentee()
{
    QString mentorId;
    QList<Partner> mentees;
    QVERIFY(mentorWithSeveralMentees(mentorId, mentees));
    auto recipients = LetterData::recipients(*m_fresh, m_cycleId, QStringLiteral("match_introduction"));
    QVERIFY2(recipients, qPrintable(recipients.error()));
    const auto mentor = std::find_if(recipients->cbegin(), recipients->cend(),
                                     [&](const LetterRecipient &r) { return r.applicationId == mentorId; });
    QVERIFY(mentor != recipients->cend());
    const QVariantMap match = mentor->values.value(QStringLiteral("match")).toMap();
    const QVariantList partners = match.value(QStringLiteral("partners")).toList();
    QCOMPARE(partners.size(), mentees.size());
    QCOMPARE(match.value(QStringLiteral("partner")), partners.first());
    QCOMPARE(match.value(QStringLiteral("several")), QVariant(true));

    const QString out = QStringLiteral("intro-several");
    auto report = issueFresh(QStringLiteral("match_introduction"), out);
    QVERIFY2(report, qPrintable(report.error()));
    const QString text =
        pdfText(QDir(m_dir.filePath(out)).filePath(mentor->code + QStringLiteral("-match_introduction.pdf")));
    QVERIFY2(text.contains(QStringLiteral("your mentees")), qPrintable(text));
    for (const Partner &p : std::as_const(mentees)) {
        QVERIFY2(text.contains(p.name), qPrintable(p.name + QStringLiteral(": ") + text));
        QVERIFY2(text.contains(p.email), qPrintable(p.email + QStringLiteral(": ") + text));
    }
    // Each mentee is introduced to the mentor.
    for (const Partner &p : std::as_const(mentees)) {
        const QString menteeText =
            pdfText(QDir(m_dir.filePath(out)).filePath(p.code + QStringLiteral("-match_introduction.pdf")));
        QVERIFY2(menteeText.contains(QStringLiteral("introduce your mentor")), qPrintable(menteeText));
        QVERIFY2(menteeText.contains(mentor->name), qPrintable(menteeText));
        QVERIFY2(menteeText.contains(mentor->email), qPrintable(menteeText));
    }
}

void TestLetterIssue::serviceRecognitionNamesTheMentees()
{
    QString mentorId;
    QList<Partner> mentees;
    QVERIFY(mentorWithSeveralMentees(mentorId, mentees));
    QStringList expectedIds = column(QStringLiteral("SELECT DISTINCT a.id FROM applications a JOIN matches m ON "
                                                    "m.mentor_application_id = a.id AND m.status = 'published' "
                                                    "WHERE a.cycle_id = ? AND a.status = 'accepted' ORDER BY a.id"),
                                     {m_cycleId});
    auto recipients = LetterData::recipients(*m_fresh, m_cycleId, QStringLiteral("service_recognition"));
    QVERIFY2(recipients, qPrintable(recipients.error()));
    QStringList ids;
    for (const LetterRecipient &r : recipients.value())
        ids << r.applicationId;
    ids.sort();
    QCOMPARE(ids, expectedIds);
    QVERIFY(ids.contains(mentorId));

    QStringList names;
    for (const Partner &p : std::as_const(mentees))
        names << p.name;
    const QString last = names.takeLast();
    const QString joined = names.join(QStringLiteral(", ")) +
                           (names.size() > 1 ? QStringLiteral(", and ") : QStringLiteral(" and ")) + last;
    const auto mentor = std::find_if(recipients->cbegin(), recipients->cend(),
                                     [&](const LetterRecipient &r) { return r.applicationId == mentorId; });
    const QVariantMap service = mentor->values.value(QStringLiteral("service")).toMap();
    QCOMPARE(service.value(QStringLiteral("mentees")).toString(), joined);
    const QString contacts = column(QStringLiteral("SELECT COUNT(*) FROM contact_entries c JOIN matches m ON m.id = "
                                                   "c.match_id WHERE m.mentor_application_id = ? AND m.status = "
                                                   "'published'"),
                                    {mentorId})
                                 .value(0);
    if (contacts.toInt() > 0)
        QCOMPARE(service.value(QStringLiteral("contacts")).toString(), contacts);
    else
        QVERIFY(!service.contains(QStringLiteral("contacts")));

    const QString out = QStringLiteral("service");
    auto report = issueFresh(QStringLiteral("service_recognition"), out);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->issued.size(), expectedIds.size());
    const QString text =
        pdfText(QDir(m_dir.filePath(out)).filePath(mentor->code + QStringLiteral("-service_recognition.pdf")));
    QVERIFY2(text.contains(QStringLiteral("thank you for your service as a mentor")), qPrintable(text));
    QVERIFY2(text.contains(joined), qPrintable(joined + QStringLiteral(": ") + text));

    // The Spanish letter joins the names with "y" (or "e").
    auto spanish = LetterData::recipients(*m_fresh, m_cycleId, QStringLiteral("service_recognition"), {}, {},
                                          QStringLiteral("es"));
    QVERIFY(spanish);
    for (const LetterRecipient &r : spanish.value()) {
        if (r.applicationId != mentorId)
            continue;
        const QString es =
            r.values.value(QStringLiteral("service")).toMap().value(QStringLiteral("mentees")).toString();
        QVERIFY2(es.contains(QStringLiteral(" y ")) || es.contains(QStringLiteral(" e ")), qPrintable(es));
        QVERIFY(!es.contains(QStringLiteral(" and ")));
    }
}

void TestLetterIssue::goalReminderSkipsSubmittedSheets()
{
    const QStringList matches = column(QStringLiteral("SELECT m.id FROM matches m JOIN applications a ON a.id = "
                                                      "m.mentee_application_id WHERE m.cycle_id = ? AND m.status = "
                                                      "'published' ORDER BY a.code"),
                                       {m_cycleId});
    QVERIFY(matches.size() >= 2);
    // The first match's sheet is still to come, the last one's was submitted.
    QVERIFY(exec(QStringLiteral("UPDATE goal_sheets SET submitted_on = NULL WHERE match_id = ?"), {matches.first()}));
    QVERIFY(exec(QStringLiteral("UPDATE goal_sheets SET submitted_on = '2017-05-10' WHERE match_id = ?"),
                 {matches.last()}));
    const QStringList pendingMatches = column(QStringLiteral("SELECT m.id FROM matches m LEFT JOIN goal_sheets g ON "
                                                             "g.match_id = m.id WHERE m.cycle_id = ? AND m.status = "
                                                             "'published' AND g.submitted_on IS NULL"),
                                              {m_cycleId});
    QVERIFY(pendingMatches.contains(matches.first()));
    QVERIFY(!pendingMatches.contains(matches.last()));
    QStringList expected = column(QStringLiteral("SELECT DISTINCT a.id FROM applications a JOIN matches m ON "
                                                 "(m.mentor_application_id = a.id OR m.mentee_application_id = a.id) "
                                                 "LEFT JOIN goal_sheets g ON g.match_id = m.id WHERE m.cycle_id = ? "
                                                 "AND m.status = 'published' AND g.submitted_on IS NULL ORDER BY a.id"),
                                  {m_cycleId});
    auto recipients = LetterData::recipients(*m_fresh, m_cycleId, QStringLiteral("goal_reminder"));
    QVERIFY2(recipients, qPrintable(recipients.error()));
    QStringList ids;
    for (const LetterRecipient &r : recipients.value())
        ids << r.applicationId;
    ids.sort();
    QCOMPARE(ids, expected);

    const QString skippedMentee =
        column(QStringLiteral("SELECT a.code FROM matches m JOIN applications a ON a.id = m.mentee_application_id "
                              "WHERE m.id = ?"),
               {matches.last()})
            .value(0);
    const QString remindedMentee =
        column(QStringLiteral("SELECT a.code FROM matches m JOIN applications a ON a.id = m.mentee_application_id "
                              "WHERE m.id = ?"),
               {matches.first()})
            .value(0);
    const QString out = QStringLiteral("reminder");
    auto report = issueFresh(QStringLiteral("goal_reminder"), out);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->issued.size(), expected.size());
    const QDir dir(m_dir.filePath(out));
    QVERIFY(!QFile::exists(dir.filePath(skippedMentee + QStringLiteral("-goal_reminder.pdf"))));
    const auto reminded = std::find_if(recipients->cbegin(), recipients->cend(),
                                       [&](const LetterRecipient &r) { return r.code == remindedMentee; });
    QVERIFY(reminded != recipients->cend());
    const QString text = pdfText(dir.filePath(remindedMentee + QStringLiteral("-goal_reminder.pdf")));
    const QString due =
        reminded->values.value(QStringLiteral("goals")).toMap().value(QStringLiteral("due_date")).toString();
    QVERIFY(!due.isEmpty());
    QVERIFY2(text.contains(QStringLiteral("due on ") + due), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("SMART goals")), qPrintable(text));
    const QString mentorName = reminded->values.value(QStringLiteral("match"))
                                   .toMap()
                                   .value(QStringLiteral("partner"))
                                   .toMap()
                                   .value(QStringLiteral("full_name"))
                                   .toString();
    QVERIFY2(text.contains(mentorName), qPrintable(text));
    // The skipped mentee is named in no mentor's reminder.
    const QString skippedName =
        column(QStringLiteral("SELECT p.first_name || ' ' || p.last_name FROM applications a JOIN people p ON p.id = "
                              "a.person_id WHERE a.code = ? AND a.cycle_id = ?"),
               {skippedMentee, m_cycleId})
            .value(0);
    for (const IssuedFile &f : std::as_const(report->issued))
        QVERIFY2(!pdfText(dir.filePath(f.fileName)).contains(skippedName), qPrintable(f.fileName));
}

// Without a language asked for, each person gets the letter in the first language of their
// application that has letters.
void TestLetterIssue::languageFromTheApplication()
{
    const QStringList mentees = column(QStringLiteral("SELECT code FROM applications WHERE cycle_id = ? AND role = "
                                                      "'mentee' AND status = 'accepted' ORDER BY code"),
                                       {m_cycleId});
    QVERIFY(mentees.size() >= 2);
    QVERIFY(exec(QStringLiteral("UPDATE applications SET languages = 'Spanish; English' WHERE code = ? AND "
                                "cycle_id = ?"),
                 {mentees.at(0), m_cycleId}));
    QVERIFY(exec(QStringLiteral("UPDATE applications SET languages = 'English; Spanish' WHERE code = ? AND "
                                "cycle_id = ?"),
                 {mentees.at(1), m_cycleId}));
    auto recipients = LetterData::recipients(*m_fresh, m_cycleId, QStringLiteral("acceptance_mentee"));
    QVERIFY2(recipients, qPrintable(recipients.error()));
    for (const LetterRecipient &r : recipients.value()) {
        if (r.code == mentees.at(0))
            QCOMPARE(r.language, QStringLiteral("es"));
        if (r.code == mentees.at(1))
            QCOMPARE(r.language, QStringLiteral("en"));
    }

    const QString out = QStringLiteral("languages");
    auto report = issueFresh(QStringLiteral("acceptance_mentee"), out);
    QVERIFY2(report, qPrintable(report.error()));
    const QDir dir(m_dir.filePath(out));
    const QString spanish = pdfText(dir.filePath(mentees.at(0) + QStringLiteral("-acceptance_mentee.pdf")));
    QVERIFY2(spanish.contains(QStringLiteral("Estimada/o")), qPrintable(spanish));
    QVERIFY2(spanish.contains(QStringLiteral("¡Enhorabuena!")), qPrintable(spanish));
    QVERIFY2(!spanish.contains(QStringLiteral("Congratulations")), qPrintable(spanish));
    const QString english = pdfText(dir.filePath(mentees.at(1) + QStringLiteral("-acceptance_mentee.pdf")));
    QVERIFY2(english.contains(QStringLiteral("Congratulations")), qPrintable(english));
    QVERIFY2(!english.contains(QStringLiteral("Estimada/o")), qPrintable(english));
    QCOMPARE(column(QStringLiteral("SELECT l.language FROM issued_letters l JOIN applications a ON a.id = "
                                   "l.application_id WHERE a.code = ? AND a.cycle_id = ? AND l.kind = "
                                   "'acceptance_mentee' ORDER BY l.issued_at DESC LIMIT 1"),
                    {mentees.at(0), m_cycleId}),
             QStringList{QStringLiteral("es")});
}

QTEST_MAIN(TestLetterIssue)
#include "tst_letterissue.moc"
