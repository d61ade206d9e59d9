#include "demo/demobuilder.h"

#include "db/database.h"
#include "domain/application.h"
#include "domain/ids.h"
#include "domain/match.h"
#include "domain/review.h"
#include "domain/reviewer.h"
#include "store/applicationstore.h"
#include "store/cyclestore.h"
#include "store/matchstore.h"
#include "store/programstore.h"
#include "store/reviewstore.h"
#include "store/statementcache.h"

#include <QLocale>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace cohort {

namespace {

enum CycleIndex
{
    Spring = 0,
    Fall = 1
};
enum ContactMethod : quint32
{
    Email = 1,
    Phone = 2,
    Video = 4,
    Chat = 8
};

// The day the demo program "is": Spring 2017 matches are at work, Fall 2017 is under review.
const QDate kAsOf(2017, 10, 13);
const QDate kSpringDecided(2017, 4, 7);
const QDate kSpringPublished(2017, 4, 21);
const QDate kSpringOrientation(2017, 5, 18);
const QDate kFallOrientation(2017, 12, 7);
constexpr int kGoalSheetDueDays = 30;

int roundedShare(int total, double share)
{
    return static_cast<int>(std::lround(total * share));
}

// "Storytime and early literacy" -> "storytime and early literacy"; "STEM" stays "STEM".
QString inSentence(const QString &phrase)
{
    if (phrase.size() > 1 && phrase.at(1).isUpper())
        return phrase;
    return phrase.left(1).toLower() + phrase.mid(1);
}

QStringList namesOf(const QStringList &all, quint32 bits)
{
    QStringList names;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (bits & (1u << i))
            names.append(all.at(i));
    }
    return names;
}

QStringList contactMethodNames(quint32 bits)
{
    QStringList names;
    if (bits & Email)
        names.append(QStringLiteral("email"));
    if (bits & Phone)
        names.append(QStringLiteral("phone"));
    if (bits & Video)
        names.append(QStringLiteral("video"));
    if (bits & Chat)
        names.append(QStringLiteral("chat"));
    return names;
}

QString emailLocalPart(const QString &text)
{
    // Plain ASCII letters for the address: "Sofía O'Brien" -> "sofia", "obrien".
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    for (QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetter())
            out.append(c);
    }
    return out;
}

} // namespace

DemoBuilder::DemoBuilder(Database &db, const DemoOptions &options, const DemoGenerator::Progress &progress)
    : m_db(db), m_options(options), m_progress(progress), m_random(options.seed),
      m_cache(std::make_unique<StatementCache>(db)), m_programStore(std::make_unique<ProgramStore>(db)),
      m_applicationStore(std::make_unique<ApplicationStore>(db)), m_reviewStore(std::make_unique<ReviewStore>(db)),
      m_matchStore(std::make_unique<MatchStore>(db))
{
    m_libraries = DemoWords::libraries();
    for (int i = 0; i < m_libraries.size(); ++i) {
        const QString &type = m_libraries.at(i).type;
        const int kind = type == QLatin1String("school")     ? 1
                         : type == QLatin1String("academic") ? 2
                         : type == QLatin1String("special")  ? 3
                                                             : 0;
        m_librariesByKind[kind].append(i);
    }
    for (const DemoLibrary &program : DemoWords::studentPrograms()) {
        m_librariesByKind[4].append(static_cast<int>(m_libraries.size()));
        m_libraries.append(program);
    }
    QStringList zones;
    QStringList countries;
    QStringList types;
    auto keyOf = [](QStringList &seen, const QString &value) {
        qsizetype index = seen.indexOf(value);
        if (index < 0) {
            index = seen.size();
            seen.append(value);
        }
        return static_cast<int>(index);
    };
    for (const DemoLibrary &library : std::as_const(m_libraries))
        m_libraryKeys.push_back(
            {keyOf(zones, library.timeZone), keyOf(countries, library.country), keyOf(types, library.type)});
}

DemoBuilder::~DemoBuilder() = default;

QString DemoBuilder::timestamp(const QDateTime &when) const
{
    return when.toString(Qt::ISODate);
}

QDateTime DemoBuilder::at(QDate date, int minuteOfDay) const
{
    return QDateTime(date, QTime(minuteOfDay / 60, minuteOfDay % 60), Qt::UTC);
}

Result<DemoSummary> DemoBuilder::run()
{
    const int total = std::max(8, m_options.applicants);
    m_options.applicants = total;
    const int springCount = total / 2;
    m_codeWidth = std::max(3, static_cast<int>(QString::number(total).size()));

    planCycles();
    planReviewers();
    planRubric();
    planApplications(Spring, springCount);
    planConflicts(Spring, std::max(1, roundedShare(total, 1.0 / 160)));
    planReview(Spring);
    decideSpring();
    planApplications(Fall, total - springCount);
    planFallStatuses();
    planConflicts(Fall, std::max(1, roundedShare(total, 1.0 / 160)));
    planReview(Fall);
    planMatches();

    // Rows to write; goals, attendance and contacts are estimated (they are drawn while writing).
    qint64 published = 0;
    for (const MatchPlan &match : m_matches)
        published += match.published ? 1 : 0;
    m_total = static_cast<qint64>(m_people.size() + m_applications.size() + m_reviewers.size() + m_conflicts.size() +
                                  m_criteria.size() + m_assignments.size() + m_matches.size()) +
              static_cast<qint64>(
                  std::count_if(m_scoreValues.begin(), m_scoreValues.end(), [](quint8 v) { return v != 0; })) +
              published * (1 + 2 + 2 + 11);

    if (Status s = writeProgram(); !s)
        return Error{s.error()};
    if (Status s = writeCycles(); !s)
        return Error{s.error()};
    if (Status s = writeReviewers(); !s)
        return Error{s.error()};
    if (Status s = writePeopleAndApplications(); !s)
        return Error{s.error()};
    if (Status s = writeReview(); !s)
        return Error{s.error()};
    if (Status s = writeMatches(); !s)
        return Error{s.error()};
    if (m_progress && !m_progress(m_total, m_total))
        return Error{tr("The demo program was cancelled.")};

    m_summary.cycles = static_cast<int>(m_cycles.size());
    m_summary.reviewers = static_cast<int>(m_reviewers.size());
    for (const ApplicationPlan &a : m_applications)
        (a.mentor ? m_summary.mentors : m_summary.mentees) += 1;
    m_summary.matches = static_cast<int>(m_matches.size());
    return m_summary;
}

Status DemoBuilder::tick()
{
    ++m_done;
    if (m_done % 1000 == 0 && m_progress && !m_progress(std::min(m_done, m_total - 1), m_total))
        return Error{tr("The demo program was cancelled.")};
    return {};
}

// ---- planning ---------------------------------------------------------------------------------

void DemoBuilder::planCycles()
{
    struct PhaseSpec
    {
        const char *name;
        const char *kind;
        QDate starts;
        QDate ends;
        QDate deadline;
    };
    auto makeCycle = [this](const QString &name, const QString &season, QDate starts, QDate ends, bool blind, int order,
                            std::initializer_list<PhaseSpec> phases) {
        Cycle cycle;
        cycle.id = m_random.uuid();
        cycle.name = name;
        cycle.season = season;
        cycle.year = starts.year();
        cycle.startsOn = starts;
        cycle.endsOn = ends;
        cycle.blindReview = blind;
        cycle.sortOrder = order;
        int sort = 0;
        for (const PhaseSpec &spec : phases) {
            Phase phase;
            phase.id = m_random.uuid();
            phase.cycleId = cycle.id;
            phase.name = QString::fromUtf8(spec.name);
            phase.kind = QString::fromLatin1(spec.kind);
            phase.startsOn = spec.starts;
            phase.endsOn = spec.ends;
            phase.deadline = spec.deadline;
            phase.sortOrder = sort++;
            cycle.phases.append(phase);
        }
        m_cycles.append(cycle);
    };
    makeCycle(QStringLiteral("Spring 2017"), QStringLiteral("spring"), QDate(2017, 1, 1), QDate(2018, 4, 30), false, 0,
              {{"Applications accepted", "applications", QDate(2017, 1, 1), QDate(2017, 2, 24), QDate(2017, 2, 24)},
               {"Review and notifications", "review", QDate(2017, 3, 1), QDate(2017, 4, 30), QDate(2017, 4, 28)},
               {"Goals and virtual orientation", "goals", QDate(2017, 4, 1), QDate(2017, 5, 31), QDate(2017, 5, 21)},
               {"Matches work on goals", "work", QDate(2017, 6, 1), QDate(2018, 3, 31), QDate()},
               {"Mid-point check-in", "midpoint", QDate(2017, 11, 1), QDate(2017, 11, 15), QDate(2017, 11, 15)},
               {"Wrap-up survey", "survey", QDate(2018, 4, 1), QDate(2018, 4, 20), QDate(2018, 4, 20)},
               {"Program concludes", "closing", QDate(2018, 4, 30), QDate(2018, 4, 30), QDate()}});
    makeCycle(QStringLiteral("Fall 2017"), QStringLiteral("fall"), QDate(2017, 7, 1), QDate(2018, 9, 30), true, 1,
              {{"Applications accepted", "applications", QDate(2017, 7, 1), QDate(2017, 8, 25), QDate(2017, 8, 25)},
               {"Review and notifications", "review", QDate(2017, 9, 1), QDate(2017, 10, 31), QDate(2017, 10, 27)},
               {"Goals and virtual orientation", "goals", QDate(2017, 11, 1), QDate(2017, 12, 31), QDate(2017, 12, 8)},
               {"Matches work on goals", "work", QDate(2018, 1, 1), QDate(2018, 8, 31), QDate()},
               {"Mid-point check-in", "midpoint", QDate(2018, 5, 1), QDate(2018, 5, 15), QDate(2018, 5, 15)},
               {"Wrap-up survey", "survey", QDate(2018, 9, 1), QDate(2018, 9, 21), QDate(2018, 9, 21)},
               {"Program concludes", "closing", QDate(2018, 9, 30), QDate(2018, 9, 30), QDate()}});
    m_codePrefixes = {QStringLiteral("S17"), QStringLiteral("F17")};
}

void DemoBuilder::planReviewers()
{
    const int count = std::max(6, roundedShare(m_options.applicants, 1.0 / 100));
    QSet<QString> names;
    for (int i = 0; i < count; ++i) {
        ReviewerPlan reviewer;
        reviewer.id = m_random.uuid();
        QString first;
        QString last;
        do {
            first = m_random.pick(DemoWords::firstNames());
            last = m_random.pick(DemoWords::lastNames());
        } while (names.contains(first + QLatin1Char(' ') + last) && names.size() < 10000);
        reviewer.name = first + QLatin1Char(' ') + last;
        if (names.contains(reviewer.name))
            reviewer.name += QStringLiteral(" %1").arg(i + 1);
        names.insert(reviewer.name);
        const DemoLibrary &library =
            m_libraries.at(m_random.pick(m_random.chance(0.8) ? m_librariesByKind[0] : m_librariesByKind[1]));
        QString email =
            emailLocalPart(first) + QLatin1Char('.') + emailLocalPart(last) + QLatin1Char('@') + library.domain;
        if (m_emails.contains(email))
            email = emailLocalPart(first) + QLatin1Char('.') + emailLocalPart(last) + QString::number(i + 1) +
                    QLatin1Char('@') + library.domain;
        m_emails.insert(email);
        reviewer.email = email;
        reviewer.leniency = m_random.uniform(-0.5, 0.5);
        m_reviewers.push_back(reviewer);
    }
    m_actor = m_reviewers.front().name; // the chair writes the program
    // Two readings of each eligible application, about 90% of them, spread over the reviewers
    // per cycle, with some slack.
    const double perReviewer = m_options.applicants / 2.0 * 0.9 * 2 / count;
    m_reviewerCapacity = static_cast<int>(std::ceil(perReviewer * 1.25 / 5.0)) * 5;
}

void DemoBuilder::planRubric()
{
    struct Spec
    {
        const char *name;
        const char *guidance;
        double weight;
    };
    const Spec mentor[] = {
        {"Experience in children's library service",
         "5: ten or more years of direct service to children; 3: about five years; 1: little or none.", 2.0},
        {"What they can offer a mentee",
         "Look for concrete offers (resume review, program ideas, committee service), not general goodwill.", 1.5},
        {"Availability for the program year",
         "Can they keep contact at least twice a month? Consider the capacity they asked for.", 1.0},
        {"ALSC involvement", "Committee service, conference sessions, publications. Membership itself is required.",
         0.5}};
    const Spec mentee[] = {
        {"Connection to children's library service",
         "Any real connection counts: staff, student, volunteer, returning. 1: none stated.", 1.0},
        {"Clarity of goals", "5: specific goals a mentor could help with this year; 1: no goals stated.", 2.0},
        {"Likely benefit from mentoring",
         "Would a mentor make a difference now? Early career and returning applicants often benefit most.", 1.5},
        {"Commitment to the program year", "Do they describe time for goals, orientation and regular contact?", 1.0}};
    for (int cycle = 0; cycle < 2; ++cycle) {
        for (int role = 0; role < 2; ++role) {
            const bool isMentor = role == 0;
            // Spring's mentee rubric had three criteria; the committee added a fourth in the fall.
            const int count = isMentor ? 4 : (cycle == Spring ? 3 : 4);
            for (int i = 0; i < count; ++i) {
                const Spec &spec = isMentor ? mentor[i] : mentee[i];
                CriterionPlan criterion;
                criterion.id = m_random.uuid();
                criterion.cycle = cycle;
                criterion.mentor = isMentor;
                criterion.name = QString::fromUtf8(spec.name);
                criterion.guidance = QString::fromUtf8(spec.guidance);
                criterion.weight = spec.weight;
                criterion.offset = m_random.uniform(-0.4, 0.3);
                m_criteria.push_back(criterion);
            }
        }
    }
}

QList<int> DemoBuilder::criteriaFor(int cycle, bool mentor) const
{
    QList<int> indexes;
    for (int i = 0; i < static_cast<int>(m_criteria.size()); ++i) {
        if (m_criteria[i].cycle == cycle && m_criteria[i].mentor == mentor)
            indexes.append(i);
    }
    return indexes;
}

QString DemoBuilder::nextCode(int cycle, bool mentor)
{
    const int number = ++m_codeCounters[cycle][mentor ? 0 : 1];
    return QStringLiteral("%1-%2-%3")
        .arg(m_codePrefixes.at(cycle), mentor ? QStringLiteral("M") : QStringLiteral("E"))
        .arg(number, m_codeWidth, 10, QLatin1Char('0'));
}

int DemoBuilder::newPerson(bool mentor, const QString &careerStage, const QDateTime &createdAt)
{
    PersonPlan person;
    person.id = m_random.uuid();
    person.firstName = m_random.pick(DemoWords::firstNames());
    person.lastName = m_random.pick(DemoWords::lastNames());
    int kind = 0;
    const double r = m_random.uniform();
    if (!mentor && careerStage == QLatin1String("student"))
        kind = r < 0.8 ? 4 : 0;
    else if (mentor)
        kind = r < 0.74 ? 0 : r < 0.9 ? 1 : r < 0.97 ? 2 : 3;
    else
        kind = r < 0.8 ? 0 : r < 0.95 ? 1 : r < 0.98 ? 2 : 3;
    person.library = m_random.pick(m_librariesByKind[kind]);
    const DemoLibrary &library = m_libraries.at(person.library);
    const QString first = emailLocalPart(person.firstName);
    const QString last = emailLocalPart(person.lastName);
    QString base;
    QString domain;
    if (!library.domain.isEmpty() && m_random.chance(mentor ? 0.7 : 0.5)) {
        base = first + QLatin1Char('.') + last;
        domain = library.domain;
    } else {
        const int style = m_random.bounded(3);
        base = style == 0   ? QString(first + last)
               : style == 1 ? QString(first.left(1) + last)
                            : QString(first + QLatin1Char('.') + last);
        if (m_random.chance(0.4))
            base += QString::number(m_random.between(1, 99));
        domain = m_random.pick(DemoWords::personalDomains());
    }
    QString email = base + QLatin1Char('@') + domain;
    for (int n = 2; m_emails.contains(email); ++n)
        email = base + QString::number(n) + QLatin1Char('@') + domain;
    m_emails.insert(email);
    person.email = email;
    // 555-01xx numbers are reserved for fiction.
    person.phone =
        QStringLiteral("(%1) 555-01%2").arg(library.areaCode).arg(m_random.bounded(100), 2, 10, QLatin1Char('0'));
    person.createdAt = createdAt;
    m_people.push_back(person);
    return static_cast<int>(m_people.size() - 1);
}

void DemoBuilder::planApplications(int cycle, int count)
{
    const Cycle &c = m_cycles.at(cycle);
    const Phase &intake = c.phases.first();
    const int mentors = roundedShare(count, 0.25);
    const int days = static_cast<int>(intake.startsOn.daysTo(intake.deadline));

    // Submission times lean towards the deadline, as they do every year.
    QList<qint64> minutes;
    minutes.reserve(count);
    for (int i = 0; i < count; ++i) {
        const double skewed = 1.0 - std::pow(1.0 - m_random.uniform(), 2.2);
        minutes.append(static_cast<qint64>(skewed * (days + 1) * 24 * 60));
    }
    std::sort(minutes.begin(), minutes.end());
    QList<bool> isMentor(count, false);
    for (int i = 0; i < mentors; ++i)
        isMentor[i] = true;
    m_random.shuffle(isMentor);

    // Fall 2017: some Spring applicants who were waitlisted or declined apply again (same person).
    QList<int> returningMentees;
    QList<int> returningMentors;
    if (cycle == Fall) {
        for (int i = 0; i < static_cast<int>(m_applications.size()); ++i) {
            const ApplicationPlan &a = m_applications[i];
            if (a.cycle != Spring)
                continue;
            if (a.status == QLatin1String("waitlisted") || (a.mentor && a.status == QLatin1String("declined")))
                (a.mentor ? returningMentors : returningMentees).append(i);
        }
        m_random.shuffle(returningMentees);
        m_random.shuffle(returningMentors);
        returningMentees = returningMentees.mid(0, std::max(1, roundedShare(count - mentors, 0.06)));
        returningMentors = returningMentors.mid(0, std::max(1, roundedShare(mentors, 0.05)));
    }

    const QDateTime opens = at(intake.startsOn, 0);
    for (int i = 0; i < count; ++i) {
        ApplicationPlan a;
        a.id = m_random.uuid();
        a.cycle = cycle;
        a.mentor = isMentor.at(i);
        a.code = nextCode(cycle, a.mentor);
        a.submittedAt = opens.addSecs(minutes.at(i) * 60 + m_random.bounded(60));
        a.status = QStringLiteral("received");
        a.eligibility = QStringLiteral("unknown");
        if (a.mentor) {
            a.years = std::round(m_random.uniform(5, 32) * 2) / 2;
            a.capacity = m_random.chance(0.6) ? 1 : m_random.chance(0.75) ? 2 : 3;
            a.alscMember = true;
            a.quality = m_random.uniform(2.2, 4.9);
        } else {
            const double r = m_random.uniform();
            a.careerStage = r < 0.3    ? QStringLiteral("student")
                            : r < 0.7  ? QStringLiteral("early_career")
                            : r < 0.82 ? QStringLiteral("returning")
                                       : QStringLiteral("refining");
            const double low = a.careerStage == QLatin1String("student")        ? 0
                               : a.careerStage == QLatin1String("early_career") ? 0.5
                               : a.careerStage == QLatin1String("returning")    ? 2
                                                                                : 4;
            a.years =
                std::round(m_random.uniform(low, low + (a.careerStage == QLatin1String("student") ? 2 : 8)) * 2) / 2;
            a.alscMember = m_random.chance(0.25);
            a.quality = m_random.uniform(1.8, 4.8);
            if (m_random.chance(1.0 / 300)) {
                a.adult = false; // a 17-year-old library page, with a parent's permission
                a.guardianPermission = true;
                a.careerStage = QStringLiteral("student");
                a.years = 0.5;
            }
        }
        int interestCount = m_random.between(2, 5);
        const int interestTotal = static_cast<int>(DemoWords::interests().size());
        while (interestCount > 0) {
            const quint32 bit = 1u << m_random.bounded(interestTotal);
            if (!(a.interests & bit)) {
                a.interests |= bit;
                --interestCount;
            }
        }
        a.contactMethods = Email;
        if (m_random.chance(0.5))
            a.contactMethods |= Phone;
        if (m_random.chance(0.6))
            a.contactMethods |= Video;
        if (m_random.chance(0.25))
            a.contactMethods |= Chat;

        QList<int> &returning = a.mentor ? returningMentors : returningMentees;
        if (!returning.isEmpty() && m_random.chance(0.5)) {
            const ApplicationPlan &earlier = m_applications[returning.takeFirst()];
            a.person = earlier.person;
            a.careerStage = earlier.careerStage;
            a.years = earlier.years + 0.5;
            a.alscMember = earlier.alscMember || a.mentor;
            a.secondLanguage = earlier.secondLanguage;
        } else {
            a.person = newPerson(a.mentor, a.careerStage, a.submittedAt);
            const DemoLibrary &library = m_libraries.at(m_people[a.person].library);
            const double r = m_random.uniform();
            if (library.state == QLatin1String("QC") || (library.country == QLatin1String("CA") && r < 0.15))
                a.secondLanguage = DemoWords::secondLanguages().indexOf(QStringLiteral("French"));
            else if (r < 0.2)
                a.secondLanguage = m_random.bounded(static_cast<int>(DemoWords::secondLanguages().size()));
        }
        a.library = m_people[a.person].library;
        m_applications.push_back(a);
    }
}

void DemoBuilder::planConflicts(int cycle, int count)
{
    struct Reason
    {
        const char *source;
        const char *status;
        const char *reason;
    };
    static const Reason reasons[] = {{"declared", "confirmed", "Former supervisor"},
                                     {"declared", "confirmed", "Close friend since library school"},
                                     {"same_library", "confirmed", "Works in the same library system"},
                                     {"email_domain", "suggested", "Same e-mail domain"},
                                     {"declared", "confirmed", "Co-presented at the state conference last year"}};
    QList<int> candidates;
    for (int i = 0; i < static_cast<int>(m_applications.size()); ++i) {
        if (m_applications[i].cycle == cycle)
            candidates.append(i);
    }
    for (int n = 0; n < count && !candidates.isEmpty(); ++n) {
        const int person = m_applications[m_random.pick(candidates)].person;
        const int reviewer = 1 + m_random.bounded(static_cast<int>(m_reviewers.size()) - 1); // not the chair
        const qint64 key = (static_cast<qint64>(reviewer) << 32) | person;
        if (m_conflictPairs.contains(key))
            continue;
        m_conflictPairs.insert(key);
        const Reason &reason = reasons[(m_conflicts.size()) % (sizeof(reasons) / sizeof(reasons[0]))];
        m_conflicts.push_back({m_random.uuid(), reviewer, person, QString::fromLatin1(reason.source),
                               QString::fromLatin1(reason.status), QString::fromUtf8(reason.reason)});
    }
}

void DemoBuilder::planReview(int cycle)
{
    QList<int> toReview;
    if (cycle == Spring) {
        // Screening: a few mentors are not ALSC members, a few mentees are ineligible; one
        // mentee withdraws after review has started.
        QList<int> mentors;
        QList<int> mentees;
        for (int i = 0; i < static_cast<int>(m_applications.size()); ++i) {
            if (m_applications[i].cycle == Spring)
                (m_applications[i].mentor ? mentors : mentees).append(i);
        }
        m_random.shuffle(mentors);
        m_random.shuffle(mentees);
        const int total = static_cast<int>(mentors.size() + mentees.size());
        const int ineligibleMentors = std::max(1, roundedShare(static_cast<int>(mentors.size()), 0.1));
        const int ineligibleMentees = std::max(1, roundedShare(static_cast<int>(mentees.size()), 0.035));
        const int withdrawn = std::max(1, roundedShare(total, 1.0 / 80));
        for (int i = 0; i < static_cast<int>(mentors.size()); ++i) {
            ApplicationPlan &a = m_applications[mentors[i]];
            if (i < ineligibleMentors) {
                a.alscMember = false;
                a.status = QStringLiteral("ineligible");
                a.eligibility = QStringLiteral("ineligible");
                a.eligibilityReason = tr("Mentors must be ALSC members; no current membership found.");
                a.statusReason = a.eligibilityReason;
            } else {
                a.eligibility = QStringLiteral("eligible");
                toReview.append(mentors[i]);
            }
        }
        for (int i = 0; i < static_cast<int>(mentees.size()); ++i) {
            ApplicationPlan &a = m_applications[mentees[i]];
            if (i < ineligibleMentees) {
                a.status = QStringLiteral("ineligible");
                a.eligibility = QStringLiteral("ineligible");
                if (i % 2 == 0) {
                    a.noConnection = true;
                    a.eligibilityReason = tr("No connection to children's library service given.");
                } else {
                    a.adult = false;
                    a.guardianPermission = false;
                    a.eligibilityReason = tr("Under 18 without a parent's or guardian's permission.");
                }
                a.statusReason = a.eligibilityReason;
            } else {
                a.eligibility = QStringLiteral("eligible");
                if (i < ineligibleMentees + withdrawn) {
                    a.status = QStringLiteral("withdrawn");
                    a.statusReason = tr("Withdrew in March: started a new job and has less time this year.");
                }
                toReview.append(mentees[i]);
            }
        }
        std::sort(toReview.begin(), toReview.end());
    } else {
        for (int i = 0; i < static_cast<int>(m_applications.size()); ++i) {
            const ApplicationPlan &a = m_applications[i];
            if (a.cycle == Fall && a.status != QLatin1String("received"))
                toReview.append(i);
        }
    }

    const int reviewerCount = static_cast<int>(m_reviewers.size());
    QList<int> order(reviewerCount);
    for (int i = 0; i < reviewerCount; ++i)
        order[i] = i;
    m_random.shuffle(order);
    const QList<int> mentorCriteria = criteriaFor(cycle, true);
    const QList<int> menteeCriteria = criteriaFor(cycle, false);
    const QDate reviewStarts = m_cycles.at(cycle).phases.at(1).startsOn;

    auto conflicted = [this](int reviewer, int person) {
        return m_conflictPairs.contains((static_cast<qint64>(reviewer) << 32) | person);
    };
    int slot = 0;
    for (int k = 0; k < toReview.size(); ++k) {
        const int index = toReview.at(k);
        ApplicationPlan &a = m_applications[index];
        // Balanced and conflict-aware: walk the shuffled reviewer list, pairing each reviewer
        // with a partner that changes every round, skipping anyone with a conflict.
        int chosen[2] = {-1, -1};
        int offset = 1 + (slot / reviewerCount) % (reviewerCount - 1);
        for (int pick = 0; pick < 2; ++pick) {
            for (int step = 0; step < reviewerCount; ++step) {
                const int candidate = order[(slot + (pick == 0 ? 0 : offset) + step) % reviewerCount];
                if (candidate != chosen[0] && !conflicted(candidate, a.person)) {
                    chosen[pick] = candidate;
                    break;
                }
            }
        }
        ++slot;
        const QList<int> &criteria = a.mentor ? mentorCriteria : menteeCriteria;
        const bool underReview = cycle == Spring || a.status == QLatin1String("under_review");
        double weighted = 0;
        double weights = 0;
        for (int pick = 0; pick < 2; ++pick) {
            if (chosen[pick] < 0)
                continue;
            AssignmentPlan assignment;
            assignment.id = m_random.uuid();
            assignment.application = index;
            assignment.reviewer = chosen[pick];
            assignment.firstScore = static_cast<qsizetype>(m_scoreValues.size());
            // Spring is fully scored; in the fall about three in four readings of applications
            // under review are in, a few of them half done.
            int scored = 0;
            if (cycle == Spring) {
                scored = static_cast<int>(criteria.size());
                assignment.submittedAt =
                    at(reviewStarts.addDays(m_random.between(2, 30)), m_random.between(13 * 60, 23 * 60));
            } else if (underReview && m_random.chance(0.75)) {
                if (m_random.chance(0.12)) {
                    scored = m_random.between(1, static_cast<int>(criteria.size()) - 1);
                } else {
                    scored = static_cast<int>(criteria.size());
                    assignment.submittedAt =
                        at(reviewStarts.addDays(m_random.between(14, 41)), m_random.between(13 * 60, 23 * 60));
                }
            }
            for (int c = 0; c < criteria.size(); ++c) {
                quint8 value = 0;
                if (c < scored) {
                    const CriterionPlan &criterion = m_criteria[criteria.at(c)];
                    const double raw =
                        a.quality + m_reviewers[chosen[pick]].leniency + criterion.offset + m_random.uniform(-0.9, 0.9);
                    value = static_cast<quint8>(std::clamp(static_cast<int>(std::lround(raw)), 1, 5));
                    weighted += value * criterion.weight;
                    weights += criterion.weight;
                }
                m_scoreValues.push_back(value);
            }
            if (assignment.submittedAt.isValid() && m_random.chance(0.15))
                assignment.comment = m_random.pick(DemoWords::reviewComments());
            if (scored > 0)
                ++a.scoredAssignments;
            m_assignments.push_back(assignment);
        }
        a.meanScore = weights > 0 ? weighted / weights : 0;
    }
}

void DemoBuilder::decideSpring()
{
    QList<int> mentors;
    QList<int> mentees;
    for (int i = 0; i < static_cast<int>(m_applications.size()); ++i) {
        const ApplicationPlan &a = m_applications[i];
        if (a.cycle == Spring && a.status == QLatin1String("received"))
            (a.mentor ? mentors : mentees).append(i);
    }
    auto byScore = [this](int left, int right) {
        const ApplicationPlan &l = m_applications[left];
        const ApplicationPlan &r = m_applications[right];
        return l.meanScore != r.meanScore ? l.meanScore > r.meanScore : l.code < r.code;
    };
    std::sort(mentors.begin(), mentors.end(), byScore);
    std::sort(mentees.begin(), mentees.end(), byScore);

    const int springTotal = m_options.applicants / 2;
    const int places = std::min(static_cast<int>(mentees.size()), std::max(1, roundedShare(springTotal, 1.0 / 8)));
    int capacity = 0;
    int waitlistedMentors = 0;
    const int mentorWaitlist = roundedShare(static_cast<int>(mentors.size()), 0.3);
    for (int index : std::as_const(mentors)) {
        ApplicationPlan &a = m_applications[index];
        if (capacity < places) {
            a.status = QStringLiteral("accepted");
            capacity += a.capacity;
        } else if (waitlistedMentors < mentorWaitlist) {
            a.status = QStringLiteral("waitlisted");
            a.statusReason = tr("More mentors than mentees we could match this cycle; carried over to Fall 2017.");
            ++waitlistedMentors;
        } else {
            a.status = QStringLiteral("declined");
            a.statusReason = tr("Limited experience in children's library service so far.");
        }
    }
    const int menteeWaitlist = roundedShare(static_cast<int>(mentees.size()), 0.25);
    for (int i = 0; i < mentees.size(); ++i) {
        ApplicationPlan &a = m_applications[mentees[i]];
        if (i < std::min(places, capacity)) {
            a.status = QStringLiteral("accepted");
        } else if (i < places + menteeWaitlist) {
            a.status = QStringLiteral("waitlisted");
            a.statusReason = tr("Strong application; no compatible mentor this cycle.");
        } else {
            a.status = QStringLiteral("declined");
            a.statusReason = tr("More applications than mentor places; not every applicant can be matched.");
        }
    }
}

void DemoBuilder::planFallStatuses()
{
    // By mid-October the latest submissions are still waiting to be screened; of the rest,
    // some are screened as eligible, most are with their reviewers.
    QList<int> fall;
    for (int i = 0; i < static_cast<int>(m_applications.size()); ++i) {
        if (m_applications[i].cycle == Fall)
            fall.append(i);
    }
    const int received = roundedShare(static_cast<int>(fall.size()), 0.3);
    for (int k = 0; k < fall.size(); ++k) {
        ApplicationPlan &a = m_applications[fall[k]];
        if (k >= fall.size() - received) {
            a.status = QStringLiteral("received");
            a.eligibility = QStringLiteral("unknown");
        } else {
            a.status = m_random.chance(0.35) ? QStringLiteral("eligible") : QStringLiteral("under_review");
            a.eligibility = QStringLiteral("eligible");
        }
    }
}

double DemoBuilder::compatibility(const ApplicationPlan &mentor, const ApplicationPlan &mentee) const
{
    // Called for every candidate pair, so it compares small integers, never strings.
    const int wanted = std::max(1, static_cast<int>(std::popcount(mentee.interests)));
    const double interests = static_cast<double>(std::popcount(mentor.interests & mentee.interests)) / wanted;
    const LibraryKey &l = m_libraryKeys[static_cast<size_t>(mentor.library)];
    const LibraryKey &r = m_libraryKeys[static_cast<size_t>(mentee.library)];
    const double zone = l.zone == r.zone ? 1.0 : l.country == r.country ? 0.5 : 0.2;
    const double language = mentee.secondLanguage < 0 || mentee.secondLanguage == mentor.secondLanguage ? 1.0 : 0.3;
    const double type = l.type == r.type ? 1.0 : 0.5;
    const double methods = (mentor.contactMethods & mentee.contactMethods & ~quint32(Email)) ? 1.0 : 0.6;
    return 0.45 * interests + 0.2 * zone + 0.15 * language + 0.1 * type + 0.1 * methods;
}

void DemoBuilder::planMatches()
{
    auto plan = [this](int cycle, const QString &mentorStatus, const QString &menteeStatus, int limit, bool published) {
        QList<int> mentors;
        QList<int> mentees;
        for (int i = 0; i < static_cast<int>(m_applications.size()); ++i) {
            const ApplicationPlan &a = m_applications[i];
            if (a.cycle != cycle)
                continue;
            if (a.mentor && a.status == mentorStatus)
                mentors.append(i);
            else if (!a.mentor && a.status == menteeStatus)
                mentees.append(i);
        }
        std::stable_sort(mentees.begin(), mentees.end(),
                         [this](int l, int r) { return m_applications[l].meanScore > m_applications[r].meanScore; });
        QList<int> left(mentors.size());
        for (int i = 0; i < mentors.size(); ++i)
            left[i] = m_applications[mentors[i]].capacity;
        int made = 0;
        int liaison = 0;
        for (int mentee : std::as_const(mentees)) {
            if (made >= limit)
                break;
            // The best of up to kCandidates mentors with room left, from a rotating start: a
            // committee's shortlist, and linear time on 100,000 applications.
            constexpr int kCandidates = 400;
            int best = -1;
            double bestScore = -1;
            int considered = 0;
            const int start = mentors.isEmpty() ? 0 : m_random.bounded(static_cast<int>(mentors.size()));
            for (int step = 0; step < mentors.size() && considered < kCandidates; ++step) {
                const int m = (start + step) % static_cast<int>(mentors.size());
                if (left[m] == 0)
                    continue;
                ++considered;
                const double score = compatibility(m_applications[mentors[m]], m_applications[mentee]);
                if (score > bestScore) {
                    bestScore = score;
                    best = m;
                }
            }
            if (best < 0)
                break;
            --left[best];
            MatchPlan match;
            match.id = m_random.uuid();
            match.cycle = cycle;
            match.mentor = mentors[best];
            match.mentee = mentee;
            match.published = published;
            match.manual = m_random.chance(0.25);
            match.score = std::round(bestScore * 100) / 100;
            if (published)
                match.liaison = 1 + (liaison++ % (static_cast<int>(m_reviewers.size()) - 1));
            m_matches.push_back(match);
            ++made;
        }
    };
    plan(Spring, QStringLiteral("accepted"), QStringLiteral("accepted"), std::numeric_limits<int>::max(), true);
    plan(Fall, QStringLiteral("under_review"), QStringLiteral("under_review"),
         std::max(3, roundedShare(m_options.applicants, 1.0 / 50)), false);
}

// ---- writing ----------------------------------------------------------------------------------

Status DemoBuilder::writeProgram()
{
    ProgramInfo info;
    info.id = m_random.uuid();
    info.name = m_options.programName;
    info.organization = QStringLiteral("Association for Library Service to Children");
    info.contactEmail = QStringLiteral("mentoring@alsc-demo.example");
    if (Status s = m_programStore->initialize(info, m_random.hex(32), QStringLiteral("2016-12-01T15:00:00Z")); !s)
        return s;
    // Settings the committee edits (PROGRAM.md marks them as settings, not constants).
    const QList<std::pair<QString, QString>> settings = {
        {QStringLiteral("contact_per_month"), QStringLiteral("2")},
        {QStringLiteral("goal_sheet_due_days"), QString::number(kGoalSheetDueDays)},
        {QStringLiteral("quiet_days"), QStringLiteral("21")},
        {QStringLiteral("mentee_minimum_age"), QStringLiteral("18")},
        {QStringLiteral("max_goals"), QStringLiteral("3")},
        // The letterhead of the program's letters (LetterStore).
        {QStringLiteral("letters.address"),
         QStringLiteral("Mentoring Committee\n225 Story Lane, Springfield, IL 62701")},
        {QStringLiteral("letters.signature_name"), QStringLiteral("Dana Whitfield")},
        {QStringLiteral("letters.signature_title"), QStringLiteral("Chair, Mentoring Committee")},
    };
    for (const auto &[key, value] : settings) {
        if (Status s = m_programStore->setSetting(QStringLiteral(""), key, value, m_actor,
                                                  QStringLiteral("2016-12-01T15:00:00Z"));
            !s)
            return s;
    }
    return {};
}

Status DemoBuilder::writeCycles()
{
    CycleStore cycles(m_db);
    const QDate orientation[] = {kSpringOrientation, kFallOrientation};
    for (int i = 0; i < m_cycles.size(); ++i) {
        const Cycle &cycle = m_cycles.at(i);
        if (Status s = cycles.insert(cycle, timestamp(at(cycle.startsOn.addDays(-31), 15 * 60)), m_actor); !s)
            return s;
        if (Status s = m_programStore->setSetting(cycle.id, QStringLiteral("orientation_date"),
                                                  orientation[i].toString(Qt::ISODate), m_actor,
                                                  timestamp(at(cycle.startsOn.addDays(-31), 15 * 60)));
            !s)
            return s;
    }
    return {};
}

Status DemoBuilder::writeReviewers()
{
    const QString created = QStringLiteral("2016-12-01T15:30:00Z");
    for (int i = 0; i < static_cast<int>(m_reviewers.size()); ++i) {
        const ReviewerPlan &plan = m_reviewers[i];
        Reviewer reviewer;
        reviewer.id = plan.id;
        reviewer.name = plan.name;
        reviewer.email = plan.email;
        reviewer.role = i == 0 ? QStringLiteral("chair") : QStringLiteral("member");
        reviewer.capacity = m_reviewerCapacity;
        if (Status s = m_reviewStore->insertReviewer(reviewer, created, m_actor, m_cache.get()); !s)
            return s;
        if (Status s = tick(); !s)
            return s;
    }
    for (int i = 0; i < static_cast<int>(m_criteria.size()); ++i) {
        const CriterionPlan &plan = m_criteria[i];
        Criterion criterion;
        criterion.id = plan.id;
        criterion.cycleId = m_cycles.at(plan.cycle).id;
        criterion.role = plan.mentor ? QStringLiteral("mentor") : QStringLiteral("mentee");
        criterion.name = plan.name;
        criterion.guidance = plan.guidance;
        criterion.weight = plan.weight;
        criterion.sortOrder = static_cast<int>(criteriaFor(plan.cycle, plan.mentor).indexOf(i));
        const QString when = timestamp(at(m_cycles.at(plan.cycle).startsOn.addDays(-14), 16 * 60));
        if (Status s = m_reviewStore->insertCriterion(criterion, when, m_actor, m_cache.get()); !s)
            return s;
        if (Status s = tick(); !s)
            return s;
    }
    return {};
}

QString DemoBuilder::composeStatement(const ApplicationPlan &a)
{
    const QStringList interests = namesOf(DemoWords::interests(), a.interests);
    const QString years = QString::number(std::max(2, static_cast<int>(a.years)));
    // Some openings mention the years of experience ("%1"), others do not.
    auto withYears = [&years](const QString &sentence) {
        return sentence.contains(QLatin1String("%1")) ? sentence.arg(years) : sentence;
    };
    if (a.mentor) {
        QString text = withYears(m_random.pick(DemoWords::mentorOpenings()));
        text += QLatin1Char(' ') + m_random.pick(DemoWords::mentorMiddles());
        text += QLatin1Char(' ') +
                tr("I am most at home with %1, and I would enjoy helping someone new find their footing there.")
                    .arg(inSentence(interests.first()));
        return text;
    }
    // Openings 1 and 4 suit students, 2 suits people returning to the profession.
    const QStringList &openings = DemoWords::menteeOpenings();
    int opening = m_random.bounded(static_cast<int>(openings.size()));
    if (a.careerStage == QLatin1String("student"))
        opening = m_random.chance(0.7) ? 1 : 4;
    else if (a.careerStage == QLatin1String("returning"))
        opening = 2;
    else if (opening == 1 || opening == 2)
        opening = 0;
    QString text = withYears(openings.at(opening));
    text += QLatin1Char(' ') + m_random.pick(DemoWords::menteeHopes());
    if (m_random.chance(0.5))
        text += QLatin1Char(' ') + m_random.pick(DemoWords::menteeHopes());
    text += QLatin1Char(' ') + m_random.pick(DemoWords::menteeClosings()).arg(inSentence(m_random.pick(interests)));
    return text;
}

QString DemoBuilder::composeOffer()
{
    const QStringList &offers = DemoWords::mentorOffers();
    const int first = m_random.bounded(static_cast<int>(offers.size()));
    int second = m_random.bounded(static_cast<int>(offers.size()) - 1);
    if (second >= first)
        ++second;
    return tr("I can offer %1, and %2.").arg(offers.at(first), offers.at(second));
}

Status DemoBuilder::writePeopleAndApplications()
{
    std::vector<bool> written(m_people.size(), false);
    const QStringList &languages = DemoWords::secondLanguages();
    for (const ApplicationPlan &plan : m_applications) {
        const PersonPlan &person = m_people[plan.person];
        if (!written[plan.person]) {
            written[plan.person] = true;
            Person p;
            p.id = person.id;
            p.firstName = person.firstName;
            p.lastName = person.lastName;
            p.email = person.email;
            p.phone = person.phone;
            if (Status s = m_applicationStore->insertPerson(p, timestamp(person.createdAt), m_actor, m_cache.get()); !s)
                return s;
            if (Status s = tick(); !s)
                return s;
        }
        const DemoLibrary &library = m_libraries.at(plan.library);
        Application a;
        a.id = plan.id;
        a.cycleId = m_cycles.at(plan.cycle).id;
        a.personId = person.id;
        a.role = plan.mentor ? QStringLiteral("mentor") : QStringLiteral("mentee");
        a.code = plan.code;
        a.status = plan.status;
        a.statusReason = plan.statusReason;
        const double source = m_random.uniform();
        a.source = source < 0.9    ? QStringLiteral("form")
                   : source < 0.97 ? QStringLiteral("email")
                                   : QStringLiteral("paper");
        a.submittedAt = plan.submittedAt;
        a.library = library.name;
        a.libraryType = library.type;
        a.position = m_random.pick(plan.mentor ? DemoWords::mentorPositions(library.type)
                                               : DemoWords::menteePositions(library.type));
        if (!plan.adult)
            a.position = QStringLiteral("Library Page");
        a.city = library.city;
        a.state = library.state;
        a.country = library.country;
        a.timeZone = library.timeZone;
        a.alscMember = plan.alscMember;
        if (plan.alscMember)
            a.alscMemberId = QString::number(m_random.between(1000000, 9999999));
        a.alaMember = plan.alscMember || m_random.chance(0.3);
        a.membershipAttested = plan.mentor && plan.alscMember;
        a.yearsExperience = plan.years;
        a.interests = namesOf(DemoWords::interests(), plan.interests);
        a.careerStage = plan.careerStage;
        if (!plan.mentor && !plan.noConnection)
            a.connection = plan.careerStage == QLatin1String("student") && plan.adult
                               ? DemoWords::menteeConnections().at(2)
                               : m_random.pick(DemoWords::menteeConnections());
        a.contactMethods = contactMethodNames(plan.contactMethods);
        a.languages = {QStringLiteral("English")};
        if (plan.secondLanguage >= 0)
            a.languages.append(languages.at(plan.secondLanguage));
        // Confidential answers: some applicants answer, fewer ask for them to be used in matching.
        if (m_random.chance(0.22)) {
            const double g = m_random.uniform();
            a.gender = g < 0.7    ? QStringLiteral("Woman")
                       : g < 0.85 ? QStringLiteral("Man")
                       : g < 0.93 ? QStringLiteral("Non-binary")
                                  : QStringLiteral("Prefer not to say");
            a.bipoc = m_random.chance(0.35) ? QStringLiteral("Yes") : QStringLiteral("No");
            a.disability = m_random.chance(0.1) ? QStringLiteral("Yes") : QStringLiteral("No");
            a.useDemographics = m_random.chance(0.6);
        }
        if (!plan.mentor && m_random.chance(0.35))
            a.mentorPreference = m_random.pick(DemoWords::mentorPreferences());
        if (!plan.mentor && m_random.chance(0.02))
            a.avoid = {m_random.pick(DemoWords::firstNames()) + QLatin1Char(' ') +
                       m_random.pick(DemoWords::lastNames()) + tr(" (former supervisor)")};
        a.statement = composeStatement(plan);
        if (plan.mentor)
            a.offer = composeOffer();
        a.capacity = plan.capacity;
        a.adult = plan.adult;
        a.guardianPermission = plan.guardianPermission;
        a.eligibility = plan.eligibility;
        a.eligibilityReason = plan.eligibilityReason;
        if (Status s = m_applicationStore->insertApplication(a, timestamp(plan.submittedAt), m_actor, m_cache.get());
            !s)
            return s;
        if (Status s = tick(); !s)
            return s;
    }
    return {};
}

Status DemoBuilder::writeReview()
{
    for (const ConflictPlan &plan : m_conflicts) {
        Conflict conflict;
        conflict.id = plan.id;
        conflict.reviewerId = m_reviewers[plan.reviewer].id;
        conflict.personId = m_people[plan.person].id;
        conflict.source = plan.source;
        conflict.status = plan.status;
        conflict.reason = plan.reason;
        const QString when = timestamp(at(m_people[plan.person].createdAt.date().addDays(9), 17 * 60));
        if (Status s = m_reviewStore->insertConflict(conflict, when, m_reviewers[plan.reviewer].name, m_cache.get());
            !s)
            return s;
        if (Status s = tick(); !s)
            return s;
    }

    QList<int> criteria[2][2];
    for (int cycle = 0; cycle < 2; ++cycle) {
        criteria[cycle][0] = criteriaFor(cycle, true);
        criteria[cycle][1] = criteriaFor(cycle, false);
    }
    for (const AssignmentPlan &plan : m_assignments) {
        const ApplicationPlan &application = m_applications[plan.application];
        const ReviewerPlan &reviewer = m_reviewers[plan.reviewer];
        Assignment assignment;
        assignment.id = plan.id;
        assignment.applicationId = application.id;
        assignment.reviewerId = reviewer.id;
        assignment.source = QStringLiteral("auto");
        assignment.seed = m_options.seed;
        assignment.comment = plan.comment;
        assignment.submittedAt = plan.submittedAt;
        const QDate assigned = m_cycles.at(application.cycle).phases.at(1).startsOn.addDays(1);
        const QString created = timestamp(at(assigned, 14 * 60));
        if (Status s = m_reviewStore->insertAssignment(assignment, created, m_actor, m_cache.get()); !s)
            return s;
        if (Status s = tick(); !s)
            return s;
        const QList<int> &list = criteria[application.cycle][application.mentor ? 0 : 1];
        const QString scored = plan.submittedAt.isValid()
                                   ? timestamp(plan.submittedAt)
                                   : timestamp(at(kAsOf.addDays(-m_random.between(1, 6)), 20 * 60));
        for (int c = 0; c < list.size(); ++c) {
            const quint8 value = m_scoreValues[static_cast<size_t>(plan.firstScore + c)];
            if (value == 0)
                continue;
            Score score;
            score.id = m_random.uuid();
            score.assignmentId = plan.id;
            score.criterionId = m_criteria[list.at(c)].id;
            score.value = value;
            if (Status s = m_reviewStore->insertScore(score, scored, reviewer.name, m_cache.get()); !s)
                return s;
            ++m_summary.scores;
            if (Status s = tick(); !s)
                return s;
        }
    }

    for (const ApplicationPlan &plan : m_applications) {
        if (plan.cycle != Spring)
            continue;
        if (plan.status != QLatin1String("accepted") && plan.status != QLatin1String("waitlisted") &&
            plan.status != QLatin1String("declined"))
            continue;
        Decision decision;
        decision.id = m_random.uuid();
        decision.applicationId = plan.id;
        decision.outcome = plan.status;
        decision.reason = plan.statusReason;
        decision.decidedOn = kSpringDecided;
        decision.decidedBy = m_reviewers.front().name;
        if (Status s =
                m_reviewStore->insertDecision(decision, timestamp(at(kSpringDecided, 22 * 60)), m_actor, m_cache.get());
            !s)
            return s;
        if (Status s = tick(); !s)
            return s;
    }
    return {};
}

Status DemoBuilder::writeMatches()
{
    // Which published matches have gone quiet and whose goal sheet is overdue.
    QList<int> published;
    for (int i = 0; i < static_cast<int>(m_matches.size()); ++i) {
        if (m_matches[i].published)
            published.append(i);
    }
    QList<int> shuffled = published;
    m_random.shuffle(shuffled);
    const int special = std::max(1, roundedShare(static_cast<int>(published.size()), 0.1));
    QSet<int> quiet;
    QSet<int> overdue;
    for (int i = 0; i < shuffled.size(); ++i) {
        if (i < special)
            quiet.insert(shuffled[i]);
        else if (i < 2 * special)
            overdue.insert(shuffled[i]);
    }

    QSet<int> attendees;
    for (int i = 0; i < static_cast<int>(m_matches.size()); ++i) {
        const MatchPlan &plan = m_matches[i];
        Match match;
        match.id = plan.id;
        match.cycleId = m_cycles.at(plan.cycle).id;
        match.mentorApplicationId = m_applications[plan.mentor].id;
        match.menteeApplicationId = m_applications[plan.mentee].id;
        match.status = plan.published ? QStringLiteral("published") : QStringLiteral("draft");
        match.source = plan.manual ? QStringLiteral("manual") : QStringLiteral("auto");
        match.locked = plan.manual;
        match.score = plan.score;
        if (plan.published)
            match.publishedOn = kSpringPublished;
        if (plan.liaison >= 0)
            match.liaisonReviewerId = m_reviewers[plan.liaison].id;
        const QDate created = plan.published ? kSpringDecided.addDays(3) : kAsOf.addDays(-3);
        const QString when = timestamp(at(plan.published ? kSpringPublished : created, 18 * 60));
        if (Status s = m_matchStore->insertMatch(match, when, m_actor, m_cache.get()); !s)
            return s;
        if (Status s = tick(); !s)
            return s;
        if (!plan.published)
            continue;

        // Goal sheet: due 30 days after the match; most arrive on time, some late, a few not yet.
        GoalSheet sheet;
        sheet.id = m_random.uuid();
        sheet.matchId = plan.id;
        sheet.dueOn = kSpringPublished.addDays(kGoalSheetDueDays);
        const bool isOverdue = overdue.contains(i);
        if (!isOverdue)
            sheet.submittedOn =
                kSpringPublished.addDays(m_random.chance(0.85) ? m_random.between(8, 30) : m_random.between(31, 45));
        const QDate sheetDate = isOverdue ? sheet.dueOn.addDays(-5) : sheet.submittedOn;
        if (Status s = m_matchStore->insertGoalSheet(sheet, timestamp(at(sheetDate, 21 * 60)), m_actor, m_cache.get());
            !s)
            return s;
        if (Status s = tick(); !s)
            return s;
        const QList<DemoGoalTemplate> &templates = DemoWords::goalTemplates();
        const double g = m_random.uniform();
        const int goals = isOverdue ? m_random.bounded(2) : g < 0.25 ? 1 : g < 0.7 ? 2 : 3;
        int first = m_random.bounded(static_cast<int>(templates.size()));
        for (int k = 0; k < goals; ++k) {
            const DemoGoalTemplate &t = templates.at((first + k * 5) % templates.size());
            Goal goal;
            goal.id = m_random.uuid();
            goal.goalSheetId = sheet.id;
            goal.objective = t.objective;
            goal.title = t.title;
            goal.specific = t.specific;
            goal.measurable = t.measurable;
            goal.achievable = t.achievable;
            goal.relevant = t.relevant;
            const QDate due = QDate(2017, 11, 15).addDays(m_random.between(0, 130));
            goal.timeBound = tr("By %1.").arg(QLocale::c().toString(due, QStringLiteral("MMMM d, yyyy")));
            goal.sortOrder = k;
            if (Status s = m_matchStore->insertGoal(goal, timestamp(at(sheetDate, 21 * 60)), m_actor, m_cache.get());
                !s)
                return s;
            if (Status s = tick(); !s)
                return s;
        }

        // Virtual orientation: mentor (once, even with two mentees) and mentee.
        for (int application : {plan.mentor, plan.mentee}) {
            if (attendees.contains(application))
                continue;
            attendees.insert(application);
            OrientationAttendance attendance;
            attendance.id = m_random.uuid();
            attendance.applicationId = m_applications[application].id;
            attendance.sessionOn = kSpringOrientation;
            attendance.attended = m_random.chance(0.88);
            if (Status s = m_matchStore->insertOrientationAttendance(
                    attendance, timestamp(at(kSpringOrientation.addDays(1), 16 * 60)), m_actor, m_cache.get());
                !s)
                return s;
            if (Status s = tick(); !s)
                return s;
        }

        if (Status s = writeMatchWork(plan, quiet.contains(i)); !s)
            return s;
    }
    return {};
}

Status DemoBuilder::writeMatchWork(const MatchPlan &plan, bool quiet)
{
    // Contact log: most matches talk about twice a month, some about monthly, and a few went
    // quiet over the summer (the committee wants to see those).
    const ApplicationPlan &mentor = m_applications[plan.mentor];
    const ApplicationPlan &mentee = m_applications[plan.mentee];
    const bool monthly = !quiet && m_random.chance(0.2);
    const QDate stop = quiet ? QDate(2017, 7, 15).addDays(m_random.between(0, 30)) : kAsOf;
    quint32 shared = mentor.contactMethods & mentee.contactMethods;
    if (shared == 0)
        shared = Email;
    const QStringList methods = contactMethodNames(shared);
    QDate day = kSpringPublished.addDays(m_random.between(1, 6));
    bool first = true;
    while (day <= stop) {
        ContactEntry entry;
        entry.id = m_random.uuid();
        entry.matchId = plan.id;
        entry.contactOn = day;
        entry.method = first && (shared & Video) ? QStringLiteral("video") : m_random.pick(methods);
        const double who = m_random.uniform();
        entry.initiatedBy = who < 0.5    ? QStringLiteral("mentee")
                            : who < 0.96 ? QStringLiteral("mentor")
                                         : QStringLiteral("liaison");
        entry.note = first ? DemoWords::contactNotes().first() : m_random.pick(DemoWords::contactNotes());
        first = false;
        if (Status s = m_matchStore->insertContactEntry(entry, timestamp(at(day, m_random.between(14 * 60, 23 * 60))),
                                                        m_actor, m_cache.get());
            !s)
            return s;
        ++m_summary.contacts;
        if (Status s = tick(); !s)
            return s;
        day = day.addDays(monthly ? m_random.between(22, 40) : m_random.between(9, 19));
    }
    return {};
}

} // namespace cohort
