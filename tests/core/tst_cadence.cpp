#include "timeline/cadence.h"
#include "timeline/cycletemplate.h"
#include "timeline/engagement.h"
#include "timeline/timelinedata.h"

#include <QLocale>
#include <QSet>
#include <QTest>

#include <optional>

using namespace cohort;

Q_DECLARE_METATYPE(EngagementStatus)
Q_DECLARE_METATYPE(GoalSheetState::State)
Q_DECLARE_METATYPE(std::optional<QDate>)
Q_DECLARE_METATYPE(cohort::Phase)

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QString shortDate(const char *iso)
{
    return QLocale().toString(d(iso), QLocale::ShortFormat);
}

QList<QDate> dates(std::initializer_list<const char *> isos)
{
    QList<QDate> list;
    for (const char *iso : isos)
        list.append(d(iso));
    return list;
}

EngagementInput input(QDate starts, QDate ends, QList<QDate> contacts)
{
    EngagementInput in;
    in.matchId = QStringLiteral("m");
    in.startsOn = starts;
    in.endsOn = ends;
    in.contacts = std::move(contacts);
    return in;
}

CadenceSettings settings(int perMonth = 2, int quietDays = 21)
{
    CadenceSettings s;
    s.contactsPerMonth = perMonth;
    s.quietDays = quietDays;
    return s;
}

Phase phase(const QString &name, QDate starts, QDate ends, QDate deadline = {},
            const QString &kind = QStringLiteral("other"))
{
    Phase p;
    p.id = name;
    p.name = name;
    p.kind = kind;
    p.startsOn = starts;
    p.endsOn = ends;
    p.deadline = deadline;
    return p;
}

} // namespace

// The contact-cadence rule, the goal-sheet state, cycle templates and the phase check: pure
// logic, no program file.
class TestCadence : public QObject
{
    Q_OBJECT

private slots:
    void expectedContacts_data();
    void expectedContacts();
    void status_data();
    void status();
    void monthsAcrossBoundaries_data();
    void monthsAcrossBoundaries();
    void contactsInAnyOrderAndAfterAsOf();
    void goalSheet_data();
    void goalSheet();
    void namesAndKeys();
    void engagementOverATimeline();

    void shiftYears_data();
    void shiftYears();
    void templatesReproduce2017();
    void templatesMoveToLeapYears();
    void copyOfShiftsByWholeYears();
    void phaseCheckRefusals_data();
    void phaseCheckRefusals();
    void phaseCheckOverlaps();
};

void TestCadence::expectedContacts_data()
{
    QTest::addColumn<int>("perMonth");
    QTest::addColumn<int>("activeDays");
    QTest::addColumn<int>("daysInMonth");
    QTest::addColumn<int>("expected");
    QTest::newRow("whole 31-day month") << 2 << 31 << 31 << 2;
    QTest::newRow("whole February") << 2 << 28 << 28 << 2;
    QTest::newRow("whole leap February") << 2 << 29 << 29 << 2;
    QTest::newRow("7 of 30 days: none") << 2 << 7 << 30 << 0;
    QTest::newRow("8 of 30 days: one") << 2 << 8 << 30 << 1;
    QTest::newRow("22 of 30 days: one") << 2 << 22 << 30 << 1;
    QTest::newRow("23 of 30 days: two") << 2 << 23 << 30 << 2;
    QTest::newRow("half of February: one") << 2 << 14 << 28 << 1;
    QTest::newRow("leap day alone: none") << 2 << 1 << 29 << 0;
    QTest::newRow("monthly, half a month rounds up") << 1 << 15 << 30 << 1;
    QTest::newRow("monthly, 14 of 30: none") << 1 << 14 << 30 << 0;
    QTest::newRow("weekly, one week") << 4 << 7 << 31 << 1;
    QTest::newRow("no expectation") << 0 << 31 << 31 << 0;
    QTest::newRow("no active day") << 2 << 0 << 31 << 0;
}

void TestCadence::expectedContacts()
{
    QFETCH(int, perMonth);
    QFETCH(int, activeDays);
    QFETCH(int, daysInMonth);
    QFETCH(int, expected);
    QCOMPARE(Cadence::expectedContacts(perMonth, activeDays, daysInMonth), expected);
}

void TestCadence::status_data()
{
    QTest::addColumn<QDate>("starts");
    QTest::addColumn<QDate>("ends");
    QTest::addColumn<QList<QDate>>("contacts");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("perMonth");
    QTest::addColumn<EngagementStatus>("status");
    QTest::addColumn<int>("daysSince");
    QTest::addColumn<QString>("reason"); // a part of the reason

    const QList<QDate> none;
    QTest::newRow("not published") << QDate() << QDate() << none << d("2017-03-01") << 2 << EngagementStatus::NotStarted
                                   << -1 << QStringLiteral("Not published");
    QTest::newRow("starts after asOf") << d("2017-03-02") << QDate() << none << d("2017-03-01") << 2
                                       << EngagementStatus::NotStarted << -1 << QStringLiteral("Starts on");
    QTest::newRow("starts on asOf") << d("2017-03-01") << QDate() << none << d("2017-03-01") << 2
                                    << EngagementStatus::OnTrack << 0 << QStringLiteral("no contact yet");
    QTest::newRow("ended before asOf") << d("2017-01-01") << d("2017-03-10") << none << d("2017-04-01") << 2
                                       << EngagementStatus::Ended << 90 << QStringLiteral("Ended on");
    QTest::newRow("ended on asOf") << d("2017-01-01") << d("2017-04-01") << dates({"2017-03-31"}) << d("2017-04-01")
                                   << 2 << EngagementStatus::Ended << 1 << QStringLiteral("Ended on");
    QTest::newRow("ends after asOf") << d("2017-03-01") << d("2017-04-01") << dates({"2017-03-05"}) << d("2017-03-10")
                                     << 2 << EngagementStatus::OnTrack << 5 << QStringLiteral("so far in March 2017");
    // Quiet: more than quietDays (21) since the last contact; exactly 21 is not quiet yet.
    QTest::newRow("21 days since contact") << d("2017-01-01") << QDate() << dates({"2017-03-01"}) << d("2017-03-22")
                                           << 0 << EngagementStatus::OnTrack << 21 << QString();
    QTest::newRow("22 days since contact")
        << d("2017-01-01") << QDate() << dates({"2017-03-01"}) << d("2017-03-23") << 0 << EngagementStatus::Quiet << 22
        << QStringLiteral("No contact for 22 day(s)");
    QTest::newRow("21 days since start, no contact")
        << d("2017-03-01") << QDate() << none << d("2017-03-22") << 0 << EngagementStatus::OnTrack << 21 << QString();
    QTest::newRow("22 days since start, no contact")
        << d("2017-03-01") << QDate() << none << d("2017-03-23") << 0 << EngagementStatus::Quiet << 22
        << QStringLiteral("since the match started");
    QTest::newRow("a contact before the start counts from the start")
        << d("2017-03-01") << QDate() << dates({"2017-02-20"}) << d("2017-03-23") << 0 << EngagementStatus::Quiet << 22
        << QStringLiteral("since the match started");
    QTest::newRow("quiet wins over below cadence")
        << d("2017-01-01") << QDate() << dates({"2017-01-05"}) << d("2017-03-05") << 2 << EngagementStatus::Quiet << 59
        << QStringLiteral("(since %1)").arg(shortDate("2017-01-05"));
    // Below cadence: the last complete month short.
    QTest::newRow("February short") << d("2017-01-01") << QDate()
                                    << dates({"2017-01-05", "2017-01-20", "2017-02-10", "2017-03-02"})
                                    << d("2017-03-05") << 2 << EngagementStatus::BelowCadence << 3
                                    << QStringLiteral("1 contact(s) in February 2017, 2 expected");
    QTest::newRow("February met") << d("2017-01-01") << QDate()
                                  << dates({"2017-01-05", "2017-01-20", "2017-02-10", "2017-02-24", "2017-03-02"})
                                  << d("2017-03-05") << 2 << EngagementStatus::OnTrack << 3
                                  << QStringLiteral("1 contact(s) so far in March 2017");
    QTest::newRow("two contacts on one day count twice")
        << d("2017-01-01") << QDate() << dates({"2017-01-05", "2017-01-20", "2017-02-10", "2017-02-10"})
        << d("2017-03-02") << 2 << EngagementStatus::OnTrack << 20 << QStringLiteral("0 contact(s) so far in March");
    // The current month: judged once past its midpoint, on the days so far.
    QTest::newRow("day 20 of March: one expected so far")
        << d("2017-01-01") << QDate() << dates({"2017-01-05", "2017-01-20", "2017-02-03", "2017-02-17", "2017-03-10"})
        << d("2017-03-20") << 2 << EngagementStatus::OnTrack << 10 << QString();
    QTest::newRow("day 25 of March: two expected so far")
        << d("2017-01-01") << QDate() << dates({"2017-01-05", "2017-01-20", "2017-02-03", "2017-02-17", "2017-03-10"})
        << d("2017-03-25") << 2 << EngagementStatus::BelowCadence << 15
        << QStringLiteral("1 contact(s) so far in March 2017, 2 expected by now");
    QTest::newRow("day 15 of March, none yet: before the midpoint")
        << d("2017-01-01") << QDate() << dates({"2017-01-05", "2017-01-20", "2017-02-03", "2017-02-28"})
        << d("2017-03-15") << 2 << EngagementStatus::OnTrack << 15 << QString();
    QTest::newRow("day 16 of March, none yet: past the midpoint")
        << d("2017-01-01") << QDate() << dates({"2017-01-05", "2017-01-20", "2017-02-03", "2017-02-28"})
        << d("2017-03-16") << 2 << EngagementStatus::BelowCadence << 16 << QStringLiteral("0 contact(s) so far");
    // Matches starting mid-month: the first month expects its share.
    QTest::newRow("started January 20, none in January")
        << d("2017-01-20") << QDate() << dates({"2017-02-01", "2017-02-14"}) << d("2017-02-15") << 2
        << EngagementStatus::BelowCadence << 1 << QStringLiteral("0 contact(s) in January 2017, 1 expected");
    QTest::newRow("started January 25: a week expects none")
        << d("2017-01-25") << QDate() << dates({"2017-02-01", "2017-02-14"}) << d("2017-02-15") << 2
        << EngagementStatus::OnTrack << 1 << QString();
    // February of a common and a leap year.
    QTest::newRow("started February 15, 2017, one contact")
        << d("2017-02-15") << QDate() << dates({"2017-02-20", "2017-03-02"}) << d("2017-03-03") << 2
        << EngagementStatus::OnTrack << 1 << QString();
    QTest::newRow("started on leap day 2024") << d("2024-02-29") << QDate() << none << d("2024-03-10") << 2
                                              << EngagementStatus::OnTrack << 10 << QStringLiteral("no contact yet");
    QTest::newRow("leap February short") << d("2024-01-01") << QDate()
                                         << dates({"2024-01-03", "2024-01-17", "2024-02-29", "2024-03-01"})
                                         << d("2024-03-04") << 2 << EngagementStatus::BelowCadence << 3
                                         << QStringLiteral("1 contact(s) in February 2024, 2 expected");
    QTest::newRow("year boundary: December short")
        << d("2016-11-01") << QDate() << dates({"2016-11-02", "2016-11-16", "2016-12-20", "2017-01-02"})
        << d("2017-01-03") << 2 << EngagementStatus::BelowCadence << 1
        << QStringLiteral("1 contact(s) in December 2016, 2 expected");
}

void TestCadence::status()
{
    QFETCH(QDate, starts);
    QFETCH(QDate, ends);
    QFETCH(QList<QDate>, contacts);
    QFETCH(QDate, asOf);
    QFETCH(int, perMonth);
    QFETCH(EngagementStatus, status);
    QFETCH(int, daysSince);
    QFETCH(QString, reason);
    const MatchEngagement e = Cadence::evaluate(input(starts, ends, contacts), settings(perMonth), asOf);
    QCOMPARE(e.matchId, QStringLiteral("m"));
    QVERIFY2(e.status == status, qPrintable(Cadence::statusName(e.status) + QStringLiteral(": ") + e.reason));
    QCOMPARE(e.daysSinceContact, daysSince);
    QVERIFY2(e.reason.contains(reason), qPrintable(e.reason));
    QVERIFY(!e.reason.isEmpty());
}

void TestCadence::monthsAcrossBoundaries_data()
{
    QTest::addColumn<QDate>("starts");
    QTest::addColumn<QDate>("ends");
    QTest::addColumn<QList<QDate>>("contacts");
    QTest::addColumn<QDate>("asOf");
    // "year-month contacts/expected partial-or-whole", one per month.
    QTest::addColumn<QStringList>("months");

    QTest::newRow("mid-January to March 5")
        << d("2017-01-20") << QDate() << dates({"2017-01-19", "2017-01-20", "2017-02-01", "2017-02-01", "2017-03-05"})
        << d("2017-03-05")
        << QStringList{QStringLiteral("2017-1 1/1 p"), QStringLiteral("2017-2 2/2 w"), QStringLiteral("2017-3 1/0 p")};
    QTest::newRow("February of a common year, from the 15th")
        << d("2017-02-15") << QDate() << dates({"2017-02-20"}) << d("2017-03-31")
        << QStringList{QStringLiteral("2017-2 1/1 p"), QStringLiteral("2017-3 0/2 w")};
    QTest::newRow("leap February whole") << d("2024-02-01") << QDate() << dates({"2024-02-01", "2024-02-29"})
                                         << d("2024-02-29") << QStringList{QStringLiteral("2024-2 2/2 w")};
    QTest::newRow("ended mid-March, asOf later")
        << d("2016-12-31") << d("2017-03-10") << dates({"2017-01-10", "2017-03-09", "2017-03-11"}) << d("2017-04-20")
        << QStringList{QStringLiteral("2016-12 0/0 p"), QStringLiteral("2017-1 1/2 w"), QStringLiteral("2017-2 0/2 w"),
                       QStringLiteral("2017-3 1/1 p")};
    QTest::newRow("across a year") << d("2017-11-30") << QDate() << QList<QDate>() << d("2018-01-01")
                                   << QStringList{QStringLiteral("2017-11 0/0 p"), QStringLiteral("2017-12 0/2 w"),
                                                  QStringLiteral("2018-1 0/0 p")};
}

void TestCadence::monthsAcrossBoundaries()
{
    QFETCH(QDate, starts);
    QFETCH(QDate, ends);
    QFETCH(QList<QDate>, contacts);
    QFETCH(QDate, asOf);
    QFETCH(QStringList, months);
    const MatchEngagement e = Cadence::evaluate(input(starts, ends, contacts), settings(), asOf);
    QStringList got;
    for (const MonthCadence &m : e.months) {
        got << QStringLiteral("%1-%2 %3/%4 %5")
                   .arg(m.year)
                   .arg(m.month)
                   .arg(m.contacts)
                   .arg(m.expected)
                   .arg(m.partial ? QStringLiteral("p") : QStringLiteral("w"));
        QCOMPARE(m.met, m.contacts >= m.expected);
    }
    QCOMPARE(got, months);
}

void TestCadence::contactsInAnyOrderAndAfterAsOf()
{
    // Unsorted, with a duplicate, an invalid date and a contact after asOf.
    const QList<QDate> contacts = {d("2017-03-10"), d("2017-02-03"), QDate(),
                                   d("2017-03-30"), d("2017-02-17"), d("2017-02-17")};
    const MatchEngagement e = Cadence::evaluate(input(d("2017-02-01"), QDate(), contacts), settings(), d("2017-03-25"));
    QCOMPARE(e.lastContact, d("2017-03-10"));
    QCOMPARE(e.daysSinceContact, 15);
    QCOMPARE(e.months.size(), 2);
    QCOMPARE(e.months.at(0).contacts, 3);
    QCOMPARE(e.months.at(1).contacts, 1); // March 30 is after asOf
    QCOMPARE(e.status, EngagementStatus::BelowCadence);

    // The same contacts sorted give the same result.
    QList<QDate> sorted = contacts;
    std::sort(sorted.begin(), sorted.end());
    const MatchEngagement again =
        Cadence::evaluate(input(d("2017-02-01"), QDate(), sorted), settings(), d("2017-03-25"));
    QCOMPARE(again.reason, e.reason);
    QCOMPARE(again.months.at(0).contacts, 3);
}

void TestCadence::goalSheet_data()
{
    QTest::addColumn<QDate>("starts");
    QTest::addColumn<std::optional<QDate>>("due");
    QTest::addColumn<std::optional<QDate>>("submitted");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("dueDays");
    QTest::addColumn<GoalSheetState::State>("state");
    QTest::addColumn<QDate>("dueOn");
    using S = GoalSheetState::State;
    const std::optional<QDate> none;
    const QDate start = d("2017-04-21");
    QTest::newRow("8 days before: not due")
        << start << none << none << d("2017-05-13") << 30 << S::NotDue << d("2017-05-21");
    QTest::newRow("7 days before: due") << start << none << none << d("2017-05-14") << 30 << S::Due << d("2017-05-21");
    QTest::newRow("on the day: due") << start << none << none << d("2017-05-21") << 30 << S::Due << d("2017-05-21");
    QTest::newRow("the day after: overdue")
        << start << none << none << d("2017-05-22") << 30 << S::Overdue << d("2017-05-21");
    QTest::newRow("submitted late") << start << none << std::optional<QDate>(d("2017-06-01")) << d("2017-07-01") << 30
                                    << S::Submitted << d("2017-05-21");
    QTest::newRow("the sheet's own due date wins") << start << std::optional<QDate>(d("2017-06-01")) << none
                                                   << d("2017-05-22") << 30 << S::NotDue << d("2017-06-01");
    QTest::newRow("the setting's days") << start << none << none << d("2017-05-02") << 10 << S::Overdue
                                        << d("2017-05-01");
    QTest::newRow("not started") << d("2017-08-01") << none << none << d("2017-07-15") << 30 << S::NotDue
                                 << d("2017-08-31");
    QTest::newRow("not published") << QDate() << none << none << d("2017-07-15") << 30 << S::NotDue << QDate();
    QTest::newRow("not started, submitted early") << d("2017-06-01") << none << std::optional<QDate>(d("2017-05-30"))
                                                  << d("2017-05-31") << 30 << S::Submitted << d("2017-07-01");
}

void TestCadence::goalSheet()
{
    QFETCH(QDate, starts);
    QFETCH(std::optional<QDate>, due);
    QFETCH(std::optional<QDate>, submitted);
    QFETCH(QDate, asOf);
    QFETCH(int, dueDays);
    QFETCH(GoalSheetState::State, state);
    QFETCH(QDate, dueOn);
    EngagementInput in = input(starts, QDate(), {});
    in.goalSheetDue = due;
    in.goalSheetSubmitted = submitted;
    in.goals = 2;
    CadenceSettings s = settings();
    s.goalSheetDueDays = dueDays;
    const MatchEngagement e = Cadence::evaluate(in, s, asOf);
    QVERIFY2(e.goalSheet.state == state, qPrintable(Cadence::goalSheetStateName(e.goalSheet.state)));
    QCOMPARE(e.goalSheet.dueOn, dueOn);
    QCOMPARE(e.goalSheet.submittedOn, submitted.value_or(QDate()));
    QCOMPARE(e.goalSheet.goals, 2);
}

void TestCadence::namesAndKeys()
{
    QSet<QString> names, keys;
    for (const EngagementStatus s :
         {EngagementStatus::NotStarted, EngagementStatus::OnTrack, EngagementStatus::BelowCadence,
          EngagementStatus::Quiet, EngagementStatus::Ended}) {
        names.insert(Cadence::statusName(s));
        keys.insert(Cadence::statusKey(s));
    }
    QCOMPARE(names.size(), 5);
    QCOMPARE(keys.size(), 5);
    QVERIFY(names.contains(QStringLiteral("Below cadence")));
    QVERIFY(keys.contains(QStringLiteral("on-track")));
    QCOMPARE(Cadence::goalSheetStateName(GoalSheetState::State::Overdue), QStringLiteral("Overdue"));
    QCOMPARE(Cadence::goalSheetStateKey(GoalSheetState::State::NotDue), QStringLiteral("not-due"));
}

void TestCadence::engagementOverATimeline()
{
    TimelineData data;
    data.settings = settings();
    const auto add = [&data](const QString &code, QDate published, QList<QDate> contacts, const QString &status,
                             QDate ended = {}) {
        TimelineMatch t;
        t.match.id = code;
        t.match.status = status;
        t.match.publishedOn = published;
        t.match.endedOn = ended;
        t.menteeCode = code;
        for (const QDate &day : contacts) {
            ContactEntry c;
            c.contactOn = day;
            t.contacts.append(c);
        }
        data.matches.append(t);
    };
    add(QStringLiteral("on-track"), d("2017-03-01"), dates({"2017-03-05", "2017-03-19", "2017-04-02"}),
        QStringLiteral("published"));
    add(QStringLiteral("quiet-long"), d("2017-01-01"), dates({"2017-01-05"}), QStringLiteral("published"));
    add(QStringLiteral("below"), d("2017-03-01"), dates({"2017-03-05", "2017-04-01"}), QStringLiteral("published"));
    add(QStringLiteral("quiet-short"), d("2017-03-01"), dates({"2017-03-10"}), QStringLiteral("published"));
    add(QStringLiteral("ended"), d("2017-01-01"), dates({"2017-02-01"}), QStringLiteral("ended"), d("2017-03-01"));
    // Ended without a date: ends on its last contact.
    add(QStringLiteral("ended-undated"), d("2017-01-01"), dates({"2017-02-10", "2017-01-03"}), QStringLiteral("ended"));
    add(QStringLiteral("future"), d("2017-05-01"), {}, QStringLiteral("published"));
    TimelineMatch &withSheet = data.matches[0];
    withSheet.goalSheet = GoalSheet{QStringLiteral("s"), withSheet.match.id, d("2017-03-31"), QDate(), 1};
    data.matches[1].goalSheet =
        GoalSheet{QStringLiteral("t"), QStringLiteral("quiet-long"), d("2017-01-31"), QDate(), 1};
    data.matches[4].goalSheet = GoalSheet{QStringLiteral("u"), QStringLiteral("ended"), d("2017-01-31"), QDate(), 1};

    const QDate asOf = d("2017-04-05");
    const QList<MatchEngagement> e = Engagement::evaluate(data, asOf);
    QCOMPARE(e.size(), data.matches.size());
    for (int i = 0; i < e.size(); ++i)
        QCOMPARE(e.at(i).matchId, data.matches.at(i).match.id);
    QCOMPARE(e.at(0).status, EngagementStatus::OnTrack);
    QCOMPARE(e.at(1).status, EngagementStatus::Quiet);
    QCOMPARE(e.at(2).status, EngagementStatus::BelowCadence);
    QCOMPARE(e.at(3).status, EngagementStatus::Quiet);
    QCOMPARE(e.at(4).status, EngagementStatus::Ended);
    QCOMPARE(e.at(5).status, EngagementStatus::Ended);
    QCOMPARE(Engagement::inputOf(data.matches.at(5)).endsOn, d("2017-02-10"));
    QCOMPARE(e.at(6).status, EngagementStatus::NotStarted);

    const EngagementCounts counts = Engagement::counts(e);
    QCOMPARE(counts.onTrack, 1);
    QCOMPARE(counts.quiet, 2);
    QCOMPARE(counts.belowCadence, 1);
    QCOMPARE(counts.ended, 2);
    QCOMPARE(counts.notStarted, 1);
    QCOMPARE(counts.total(), 7);
    // Overdue: the on-track and quiet-long sheets, and the sheets due 30 days after March 1 that
    // have no row (below, quiet-short); the ended matches' do not count, nor the future one's.
    QCOMPARE(counts.goalSheetsOverdue, 4);

    // Longest without contact first: quiet-long (90 days), quiet-short (26), below (4).
    QCOMPARE(Engagement::quietOrder(e), (QList<int>{1, 3, 2}));
}

void TestCadence::shiftYears_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("years");
    QTest::addColumn<QDate>("shifted");
    QTest::newRow("same day") << d("2017-02-24") << 10 << d("2027-02-24");
    QTest::newRow("leap day to a common year") << d("2024-02-29") << 1 << d("2025-02-28");
    QTest::newRow("end of February to a leap year") << d("2027-02-28") << 1 << d("2028-02-29");
    QTest::newRow("leap day to a leap year") << d("2024-02-29") << 4 << d("2028-02-29");
    QTest::newRow("February 28 of a leap year stays") << d("2024-02-28") << 1 << d("2025-02-28");
    QTest::newRow("end of April") << d("2017-04-30") << -1 << d("2016-04-30");
    QTest::newRow("backwards to a leap year") << d("2017-02-28") << -1 << d("2016-02-29");
    QTest::newRow("invalid stays invalid") << QDate() << 3 << QDate();
}

void TestCadence::shiftYears()
{
    QFETCH(QDate, date);
    QFETCH(int, years);
    QFETCH(QDate, shifted);
    QCOMPARE(CycleTemplate::shiftYears(date, years), shifted);
}

void TestCadence::templatesReproduce2017()
{
    // PROGRAM.md: Spring 2017 — applications January – February (deadline Friday, February 24,
    // 2017), review + notifications March – April, goals + virtual orientation April – May;
    // Fall 2017 — July – August, September – October, November – December.
    const Cycle spring = CycleTemplate::make(QStringLiteral("spring"), 2017);
    QCOMPARE(spring.name, QStringLiteral("Spring 2017"));
    QCOMPARE(spring.season, QStringLiteral("spring"));
    QCOMPARE(spring.year, 2017);
    QVERIFY(spring.phases.size() >= 3);
    const auto check = [](const Phase &p, const QString &kind, const char *starts, const char *ends,
                          const char *deadline) {
        QCOMPARE(p.kind, kind);
        QCOMPARE(p.startsOn, d(starts));
        QCOMPARE(p.endsOn, d(ends));
        QCOMPARE(p.deadline, deadline ? d(deadline) : QDate());
    };
    check(spring.phases.at(0), QStringLiteral("applications"), "2017-01-01", "2017-02-28", "2017-02-24");
    QCOMPARE(spring.phases.at(0).deadline.dayOfWeek(), int(Qt::Friday));
    check(spring.phases.at(1), QStringLiteral("review"), "2017-03-01", "2017-04-30", nullptr);
    check(spring.phases.at(2), QStringLiteral("goals"), "2017-04-01", "2017-05-31", nullptr);
    QCOMPARE(spring.startsOn, d("2017-01-01"));
    QCOMPARE(spring.endsOn, spring.phases.constLast().endsOn);
    QCOMPARE(spring.phases.constLast().kind, QStringLiteral("closing"));

    const Cycle fall = CycleTemplate::make(QStringLiteral("Fall"), 2017);
    QCOMPARE(fall.name, QStringLiteral("Fall 2017"));
    QCOMPARE(fall.season, QStringLiteral("fall"));
    QCOMPARE(fall.phases.at(0).startsOn, d("2017-07-01"));
    QCOMPARE(fall.phases.at(0).endsOn, d("2017-08-31"));
    QCOMPARE(fall.phases.at(1).startsOn, d("2017-09-01"));
    QCOMPARE(fall.phases.at(1).endsOn, d("2017-10-31"));
    QCOMPARE(fall.phases.at(2).startsOn, d("2017-11-01"));
    QCOMPARE(fall.phases.at(2).endsOn, d("2017-12-31"));

    // New ids everywhere, phases in order, and nothing the phase check refuses.
    QSet<QString> ids{spring.id, fall.id};
    for (const Cycle &c : {spring, fall}) {
        QVERIFY(!c.id.isEmpty());
        for (int i = 0; i < c.phases.size(); ++i) {
            ids.insert(c.phases.at(i).id);
            QCOMPARE(c.phases.at(i).cycleId, c.id);
            QCOMPARE(c.phases.at(i).sortOrder, i);
            QVERIFY(!c.phases.at(i).name.isEmpty());
        }
        QVERIFY(!PhaseCheck::refused(PhaseCheck::check(c.phases)));
    }
    QCOMPARE(ids.size(), 2 + spring.phases.size() + fall.phases.size());
    QVERIFY(CycleTemplate::make(QStringLiteral("winter"), 2017).id.isEmpty());
    QCOMPARE(CycleTemplate::seasons(), (QStringList{QStringLiteral("spring"), QStringLiteral("fall")}));
}

void TestCadence::templatesMoveToLeapYears()
{
    const Cycle spring2027 = CycleTemplate::make(QStringLiteral("spring"), 2027);
    QCOMPARE(spring2027.name, QStringLiteral("Spring 2027"));
    QCOMPARE(spring2027.phases.at(0).endsOn, d("2027-02-28"));
    QCOMPARE(spring2027.phases.at(0).deadline, d("2027-02-24"));
    const Cycle spring2028 = CycleTemplate::make(QStringLiteral("spring"), 2028);
    QCOMPARE(spring2028.phases.at(0).endsOn, d("2028-02-29")); // still the end of February
    QCOMPARE(spring2028.phases.at(0).deadline, d("2028-02-24"));
    QCOMPARE(spring2028.phases.at(3).endsOn, d("2029-03-31")); // the work period runs into next year
    const Cycle fall2027 = CycleTemplate::make(QStringLiteral("fall"), 2027);
    QCOMPARE(fall2027.phases.at(0).startsOn, d("2027-07-01"));
    QCOMPARE(fall2027.endsOn.year(), 2028);
}

void TestCadence::copyOfShiftsByWholeYears()
{
    Cycle earlier = CycleTemplate::make(QStringLiteral("spring"), 2024);
    earlier.version = 5;
    earlier.blindReview = true;
    earlier.phases[1].name = QStringLiteral("Our own review");
    earlier.phases[1].version = 4;
    QCOMPARE(earlier.phases.at(0).endsOn, d("2024-02-29"));
    const Cycle next = CycleTemplate::copyOf(earlier, QStringLiteral("Spring 2025 (copy)"), 2025);
    QCOMPARE(next.name, QStringLiteral("Spring 2025 (copy)"));
    QCOMPARE(next.year, 2025);
    QCOMPARE(next.season, QStringLiteral("spring"));
    QVERIFY(next.blindReview);
    QCOMPARE(next.version, 1);
    QVERIFY(next.id != earlier.id);
    QCOMPARE(next.phases.size(), earlier.phases.size());
    for (int i = 0; i < next.phases.size(); ++i) {
        QVERIFY(next.phases.at(i).id != earlier.phases.at(i).id);
        QCOMPARE(next.phases.at(i).cycleId, next.id);
        QCOMPARE(next.phases.at(i).name, earlier.phases.at(i).name);
        QCOMPARE(next.phases.at(i).kind, earlier.phases.at(i).kind);
        QCOMPARE(next.phases.at(i).version, 1);
    }
    QCOMPARE(next.phases.at(0).endsOn, d("2025-02-28"));
    QCOMPARE(next.phases.at(0).deadline, d("2025-02-24"));
    QCOMPARE(next.phases.at(1).name, QStringLiteral("Our own review"));
    QCOMPARE(next.startsOn, d("2025-01-01"));
    const Cycle later = CycleTemplate::copyOf(next, QStringLiteral("Spring 2028"), 2028);
    QCOMPARE(later.phases.at(0).endsOn, d("2028-02-29"));
}

void TestCadence::phaseCheckRefusals_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty name") << phase(QStringLiteral("  "), d("2017-01-01"), d("2017-01-31"))
                                << QStringLiteral("has no name");
    QTest::newRow("end before start")
        << phase(QStringLiteral("Review"), d("2017-03-01"), d("2017-02-28"))
        << QStringLiteral("ends (%1) before it starts (%2)").arg(shortDate("2017-02-28"), shortDate("2017-03-01"));
    QTest::newRow("deadline before the phase")
        << phase(QStringLiteral("Applications"), d("2017-01-01"), d("2017-02-28"), d("2016-12-31"))
        << QStringLiteral("is outside the phase");
    QTest::newRow("deadline after the phase")
        << phase(QStringLiteral("Applications"), d("2017-01-01"), d("2017-02-28"), d("2017-03-01"))
        << QStringLiteral("is outside the phase");
    QTest::newRow("no start") << phase(QStringLiteral("Review"), QDate(), d("2017-02-28"))
                              << QStringLiteral("has no start date");
    QTest::newRow("no end") << phase(QStringLiteral("Review"), d("2017-02-28"), QDate())
                            << QStringLiteral("has no end date");
    QTest::newRow("unknown kind") << phase(QStringLiteral("Review"), d("2017-02-01"), d("2017-02-28"), QDate(),
                                           QStringLiteral("party"))
                                  << QStringLiteral("unknown kind “party”");
}

void TestCadence::phaseCheckRefusals()
{
    QFETCH(Phase, phase);
    QFETCH(QString, text);
    const Phase fine = ::phase(QStringLiteral("Fine"), d("2018-01-01"), d("2018-01-31"), d("2018-01-31"));
    const QList<PhaseProblem> problems = PhaseCheck::check({fine, phase});
    QVERIFY(PhaseCheck::refused(problems));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().phase, 1);
    QVERIFY(problems.first().refusal);
    QVERIFY2(problems.first().text.contains(text), qPrintable(problems.first().text));
    // A deadline on the first or last day is inside.
    QVERIFY(
        PhaseCheck::check({::phase(QStringLiteral("A"), d("2017-01-01"), d("2017-01-31"), d("2017-01-01"))}).isEmpty());
}

void TestCadence::phaseCheckOverlaps()
{
    const Phase applications = phase(QStringLiteral("Applications"), d("2017-01-01"), d("2017-02-28"));
    const Phase review = phase(QStringLiteral("Review"), d("2017-02-20"), d("2017-04-30"));
    const Phase work = phase(QStringLiteral("Work"), d("2017-06-01"), d("2018-03-31"));
    const Phase midpoint = phase(QStringLiteral("Mid-point"), d("2017-11-01"), d("2017-11-15"));
    const Phase touching = phase(QStringLiteral("Survey"), d("2018-04-01"), d("2018-04-20"));
    const QList<PhaseProblem> problems = PhaseCheck::check({applications, review, work, midpoint, touching});
    QCOMPARE(problems.size(), 1);
    QVERIFY(!problems.first().refusal);
    QCOMPARE(problems.first().phase, 1);
    QVERIFY2(problems.first().text.contains(QStringLiteral("“Applications” and “Review” overlap from %1 to %2")
                                                .arg(shortDate("2017-02-20"), shortDate("2017-02-28"))),
             qPrintable(problems.first().text));
    QVERIFY(!PhaseCheck::refused(problems));
    // The published timeline overlaps review and goals in April: the template's one warning.
    const QList<PhaseProblem> template2017 =
        PhaseCheck::check(CycleTemplate::make(QStringLiteral("spring"), 2017).phases);
    QCOMPARE(template2017.size(), 1);
    QVERIFY(template2017.first().text.contains(QStringLiteral("Review and notifications")));
    QVERIFY(template2017.first().text.contains(QStringLiteral("Goals and virtual orientation")));
    QVERIFY(PhaseCheck::check({}).isEmpty());
    QCOMPARE(PhaseCheck::kinds().size(), 10);
    QCOMPARE(PhaseCheck::kindName(QStringLiteral("midpoint")), QStringLiteral("Mid-point check-in"));
}

QTEST_GUILESS_MAIN(TestCadence)
#include "tst_cadence.moc"
