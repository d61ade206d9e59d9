#pragma once

#include "demo/demogenerator.h"
#include "demo/demorandom.h"
#include "demo/demowords.h"
#include "domain/cycle.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace cohort {

class ApplicationStore;
class Database;
class MatchStore;
class ProgramStore;
class ReviewStore;
class StatementCache;

// Does the work of DemoGenerator inside the caller's transaction. It first plans the whole
// program in memory from the seed (people, applications, reviews, decisions, matches), then
// writes it through the stores with one prepared statement per table. Every date derives from
// the two cycles' calendars; the file looks as it would in mid-October 2017, when Spring 2017
// matches are at work and Fall 2017 is under review.
class DemoBuilder
{
    Q_DECLARE_TR_FUNCTIONS(cohort::DemoBuilder)

public:
    DemoBuilder(Database &db, const DemoOptions &options, const DemoGenerator::Progress &progress);
    ~DemoBuilder();
    DemoBuilder(const DemoBuilder &) = delete;
    DemoBuilder &operator=(const DemoBuilder &) = delete;

    Result<DemoSummary> run();

private:
    struct PersonPlan
    {
        QString id;
        QString firstName;
        QString lastName;
        QString email;
        QString phone;
        int library = 0; // index into m_libraries
        QDateTime createdAt;
    };
    struct ApplicationPlan
    {
        QString id;
        QString code;
        int person = 0;
        int cycle = 0;
        bool mentor = false;
        QString status;
        QString statusReason;
        QString eligibility;
        QString eligibilityReason;
        QDateTime submittedAt;
        int library = 0;
        QString careerStage;
        double years = 0;
        quint32 interests = 0;      // bit i: DemoWords::interests()[i]
        int secondLanguage = -1;    // index into DemoWords::secondLanguages()
        quint32 contactMethods = 0; // bits: email, phone, video, chat
        int capacity = 1;
        bool alscMember = false;
        bool adult = true;
        bool guardianPermission = false;
        bool noConnection = false;
        double quality = 3;   // the latent merit that reviewers' scores scatter around
        double meanScore = 0; // weighted mean of the entered scores
        int scoredAssignments = 0;
    };
    struct AssignmentPlan
    {
        QString id;
        int application = 0;
        int reviewer = 0;
        QDateTime submittedAt; // invalid while not submitted
        QString comment;
        qsizetype firstScore = 0; // into m_scoreValues, one per criterion of the role
    };
    struct ReviewerPlan
    {
        QString id;
        QString name;
        QString email;
        double leniency = 0;
    };
    struct ConflictPlan
    {
        QString id;
        int reviewer = 0;
        int person = 0;
        QString source;
        QString status;
        QString reason;
    };
    struct CriterionPlan
    {
        QString id;
        int cycle = 0;
        bool mentor = false;
        QString name;
        QString guidance;
        double weight = 1;
        double offset = 0; // how much harder or easier reviewers find this criterion
    };
    struct LibraryKey // a library's time zone, country and type as small integers
    {
        int zone = 0;
        int country = 0;
        int type = 0;
    };
    struct MatchPlan
    {
        QString id;
        int cycle = 0;
        int mentor = 0; // application indexes
        int mentee = 0;
        bool published = false;
        bool manual = false;
        double score = 0;
        int liaison = -1;
    };

    // Planning, all in memory.
    void planCycles();
    void planReviewers();
    void planRubric();
    void planApplications(int cycle, int count);
    int newPerson(bool mentor, const QString &careerStage, const QDateTime &createdAt);
    void planConflicts(int cycle, int count);
    void planReview(int cycle);
    void decideSpring();
    void planFallStatuses();
    void planMatches();
    QList<int> criteriaFor(int cycle, bool mentor) const;
    double compatibility(const ApplicationPlan &mentor, const ApplicationPlan &mentee) const;
    QString nextCode(int cycle, bool mentor);

    // Writing, through the stores.
    Status writeProgram();
    Status writeCycles();
    Status writeReviewers();
    Status writePeopleAndApplications();
    Status writeReview();
    Status writeMatches();
    Status writeMatchWork(const MatchPlan &match, bool quiet);
    Status tick(); // counts a row; reports progress every ~1000 rows and fails when cancelled

    QString composeStatement(const ApplicationPlan &a);
    QString composeOffer();
    QString timestamp(const QDateTime &when) const;
    QDateTime at(QDate date, int minuteOfDay) const;

    Database &m_db;
    DemoOptions m_options;
    DemoGenerator::Progress m_progress;
    DemoRandom m_random;
    std::unique_ptr<StatementCache> m_cache;
    std::unique_ptr<ProgramStore> m_programStore;
    std::unique_ptr<ApplicationStore> m_applicationStore;
    std::unique_ptr<ReviewStore> m_reviewStore;
    std::unique_ptr<MatchStore> m_matchStore;

    QList<DemoLibrary> m_libraries;  // workplaces, then student programs
    QList<int> m_librariesByKind[5]; // public, school, academic, special, student programs
    std::vector<LibraryKey> m_libraryKeys;
    QList<Cycle> m_cycles;
    QStringList m_codePrefixes;
    int m_codeCounters[2][2] = {{0, 0}, {0, 0}};
    int m_codeWidth = 3;
    std::vector<PersonPlan> m_people;
    std::vector<ApplicationPlan> m_applications;
    std::vector<ReviewerPlan> m_reviewers;
    std::vector<ConflictPlan> m_conflicts;
    QSet<qint64> m_conflictPairs; // reviewer << 32 | person
    std::vector<CriterionPlan> m_criteria;
    std::vector<AssignmentPlan> m_assignments;
    std::vector<quint8> m_scoreValues; // 0 while unscored
    std::vector<MatchPlan> m_matches;
    QSet<QString> m_emails;
    QString m_actor;
    int m_reviewerCapacity = 20;

    qint64 m_done = 0;
    qint64 m_total = 0;
    DemoSummary m_summary;
};

} // namespace cohort
