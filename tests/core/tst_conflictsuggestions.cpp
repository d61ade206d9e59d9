#include "review/conflictsuggestions.h"
#include "review/reviewcycledata.h"

#include <QTest>

using namespace cohort;

// ConflictSuggestions: same library (normalized), same email domain (not webmail), the
// reviewer's own application; pairs that already have a conflict row are skipped; one suggestion
// per pair; status "suggested" with a reason in words.
class TestConflictSuggestions : public QObject
{
    Q_OBJECT

private slots:
    void emailDomains_data();
    void emailDomains();
    void suggestsSameLibraryDomainAndOwnApplication();
    void skipsPairsWithAnyConflictRow();
    void oneSuggestionPerPair();

private:
    static ReviewCycleData cycle();
};

namespace {
QString key(const Conflict &c)
{
    return c.reviewerId + QLatin1Char('>') + c.personId + QLatin1Char(' ') + c.source;
}

QStringList keys(const QList<Conflict> &conflicts)
{
    QStringList result;
    for (const Conflict &c : conflicts)
        result.append(key(c));
    return result;
}
} // namespace

void TestConflictSuggestions::emailDomains_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("webmail");
    QTest::newRow("library") << QStringLiteral(" Ann@Dayton.Lib.OH.us ") << QStringLiteral("dayton.lib.oh.us") << false;
    QTest::newRow("gmail") << QStringLiteral("x@GMAIL.com") << QStringLiteral("gmail.com") << true;
    QTest::newRow("yahoo") << QStringLiteral("x@yahoo.com") << QStringLiteral("yahoo.com") << true;
    QTest::newRow("outlook") << QStringLiteral("x@outlook.com") << QStringLiteral("outlook.com") << true;
    QTest::newRow("hotmail") << QStringLiteral("x@hotmail.com") << QStringLiteral("hotmail.com") << true;
    QTest::newRow("icloud") << QStringLiteral("x@icloud.com") << QStringLiteral("icloud.com") << true;
    QTest::newRow("aol") << QStringLiteral("x@aol.com") << QStringLiteral("aol.com") << true;
    QTest::newRow("no at") << QStringLiteral("nobody") << QString() << false;
    QTest::newRow("empty") << QString() << QString() << false;
}

void TestConflictSuggestions::emailDomains()
{
    QFETCH(QString, email);
    QFETCH(QString, domain);
    QFETCH(bool, webmail);
    QCOMPARE(ConflictSuggestions::emailDomain(email), domain);
    if (!domain.isEmpty())
        QCOMPARE(ConflictSuggestions::isWebmailDomain(domain), webmail);
}

ReviewCycleData TestConflictSuggestions::cycle()
{
    ReviewCycleData data;
    data.role = QStringLiteral("mentee");
    const struct
    {
        const char *id;
        const char *email;
    } reviewers[] = {{"ann", "ann@dayton.lib.oh.us"}, {"ben", "ben@gmail.com"}, {"cy", "cy@metro.org"}};
    for (const auto &r : reviewers) {
        Reviewer reviewer;
        reviewer.id = QString::fromLatin1(r.id);
        reviewer.name = reviewer.id;
        reviewer.email = QString::fromLatin1(r.email);
        data.reviewers.append(reviewer);
    }
    const struct
    {
        const char *code;
        const char *person;
        const char *email;
        const char *library;
    } applications[] = {
        {"E-1", "p1", "e1@dayton.lib.oh.us", "Springfield Library"}, // ann: domain
        {"E-2", "p2", "e2@gmail.com", "The Dayton Metro Library"},   // ann: library; ben: not (webmail)
        {"E-3", "p3", "e3@yahoo.com", "Oak Park"},                   // nobody
        {"E-4", "p4", "CY@metro.org", "Metro Branch"},               // cy: own application
        {"E-5", "p5", "e5@metro.org", "Elm Library"},                // cy: domain
    };
    for (const auto &a : applications) {
        ReviewApplication application;
        application.code = QString::fromLatin1(a.code);
        application.id = application.code;
        application.personId = QString::fromLatin1(a.person);
        application.email = QString::fromLatin1(a.email);
        application.library = QString::fromLatin1(a.library);
        application.status = QStringLiteral("under_review");
        data.applications.append(application);
    }
    data.buildIndex();
    return data;
}

void TestConflictSuggestions::suggestsSameLibraryDomainAndOwnApplication()
{
    const ReviewCycleData data = cycle();
    const QHash<QString, QStringList> libraries = {
        {QStringLiteral("ann"), {QStringLiteral("Dayton Metro")}},
        {QStringLiteral("ben"), {QStringLiteral("Oak Park Public Library")}}};
    const QList<Conflict> suggestions = ConflictSuggestions::suggest(data, libraries);
    QCOMPARE(keys(suggestions),
             (QStringList{QStringLiteral("ann>p1 email_domain"), QStringLiteral("ann>p2 same_library"),
                          QStringLiteral("ben>p3 same_library"), QStringLiteral("cy>p4 other"),
                          QStringLiteral("cy>p5 email_domain")}));
    for (const Conflict &c : suggestions) {
        QCOMPARE(c.status, QStringLiteral("suggested"));
        QVERIFY(!c.id.isEmpty());
    }
    QCOMPARE(suggestions[1].reason, QStringLiteral("Same library: The Dayton Metro Library"));
    QCOMPARE(suggestions[0].reason, QStringLiteral("Same email domain: dayton.lib.oh.us"));
    QCOMPARE(suggestions[3].reason, QStringLiteral("The reviewer's own application (same email)"));
}

void TestConflictSuggestions::skipsPairsWithAnyConflictRow()
{
    ReviewCycleData data = cycle();
    for (const char *status : {"dismissed", "confirmed"}) {
        Conflict existing;
        existing.id = QString::fromLatin1(status);
        existing.reviewerId = status[0] == 'd' ? QStringLiteral("ann") : QStringLiteral("cy");
        existing.personId = status[0] == 'd' ? QStringLiteral("p1") : QStringLiteral("p5");
        existing.status = QString::fromLatin1(status);
        data.conflicts.append(existing);
    }
    data.buildIndex();
    const QStringList result = keys(ConflictSuggestions::suggest(data, {}));
    QCOMPARE(result, (QStringList{QStringLiteral("cy>p4 other")}));
}

void TestConflictSuggestions::oneSuggestionPerPair()
{
    ReviewCycleData data = cycle();
    // The same person applied twice (two applications) and matches by library and domain.
    ReviewApplication again = data.applications[0];
    again.id = QStringLiteral("E-6");
    again.code = QStringLiteral("E-6");
    again.library = QStringLiteral("Dayton Metro Library");
    data.applications.append(again);
    data.buildIndex();
    const QHash<QString, QStringList> libraries = {{QStringLiteral("ann"), {QStringLiteral("Dayton Metro")}}};
    const QStringList result = keys(ConflictSuggestions::suggest(data, libraries));
    QCOMPARE(result.count(QStringLiteral("ann>p1 same_library")) + result.count(QStringLiteral("ann>p1 email_domain")),
             1);
}

QTEST_GUILESS_MAIN(TestConflictSuggestions)
#include "tst_conflictsuggestions.moc"
