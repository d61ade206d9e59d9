#include "store/matchingstore.h"

#include "db/database.h"
#include "domain/ids.h"
#include "store/matchstore.h"
#include "store/programstore.h"
#include "store/sqlvalue.h"

#include <QLocale>
#include <QSqlQuery>
#include <QStringBuilder>
#include <QVariant>

#include <cmath>

namespace cohort {

namespace {

const QString kWeightsKey = QStringLiteral("matching.weights");
const QString kMinimumScoreKey = QStringLiteral("matching.minimum_score");
const QString kForbidSameLibraryKey = QStringLiteral("matching.forbid_same_library");

// List columns hold their values joined by "; " (see the schema and ApplicationStore).
QStringList splitList(const QString &text)
{
    return text.split(QStringLiteral("; "), Qt::SkipEmptyParts);
}

using sql::run;

QVariant optionalScore(const std::optional<double> &score)
{
    return score ? QVariant(*score) : QVariant(QMetaType(QMetaType::Double));
}

QVariant optionalText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

const QString kMatchColumns =
    QStringLiteral("id, cycle_id, mentor_application_id, mentee_application_id, status, source, locked, score, "
                   "published_on, ended_on, liaison_reviewer_id, version");

Match readMatch(const QSqlQuery &query)
{
    Match m;
    m.id = query.value(0).toString();
    m.cycleId = query.value(1).toString();
    m.mentorApplicationId = query.value(2).toString();
    m.menteeApplicationId = query.value(3).toString();
    m.status = query.value(4).toString();
    m.source = query.value(5).toString();
    m.locked = query.value(6).toInt() != 0;
    const QVariant score = query.value(7);
    if (!score.isNull())
        m.score = score.toDouble();
    m.publishedOn = QDate::fromString(query.value(8).toString(), Qt::ISODate);
    m.endedOn = QDate::fromString(query.value(9).toString(), Qt::ISODate);
    m.liaisonReviewerId = query.value(10).toString();
    m.version = query.value(11).toInt();
    return m;
}

// "10/13/17 9:05 AM" in the user's time zone, for conflict messages.
QString readableTime(const QString &timestamp)
{
    const QDateTime when = QDateTime::fromString(timestamp, Qt::ISODate);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : timestamp;
}

} // namespace

// --- the read model ---

Result<MatchingData> MatchingStore::load(const QString &cycleId) const
{
    MatchingData data;
    data.cycleId = cycleId;
    auto settings = loadSettings(cycleId);
    if (!settings)
        return Error{settings.error()};
    data.settings = settings.value();

    const QString what = tr("Reading the matching of the cycle");
    {
        QSqlQuery query(m_db.connection());
        if (!run(query,
                 QStringLiteral(
                     "SELECT a.id, a.person_id, a.code, a.role, p.first_name, p.last_name, p.email, a.library, "
                     "a.library_type, a.state, a.country, a.time_zone, a.career_stage, a.years_experience, "
                     "a.interests, a.contact_methods, a.languages, a.statement, a.offer, a.mentor_preference, "
                     "a.avoid, a.use_demographics, a.gender, a.bipoc, a.disability, a.capacity "
                     "FROM applications a JOIN people p ON p.id = a.person_id "
                     "WHERE a.cycle_id = ? AND a.status = 'accepted' ORDER BY a.role, a.code, a.id"),
                 {cycleId}))
            return Database::queryError(query, what);
        // Values most rows share (library types, countries, time zones) are kept once.
        QHash<QString, QString> pool;
        const auto shared = [&pool](const QString &value) {
            if (value.isEmpty())
                return QString();
            const auto it = pool.constFind(value);
            if (it != pool.constEnd())
                return it.value();
            pool.insert(value, value);
            return value;
        };
        while (query.next()) {
            const QString role = query.value(3).toString();
            const bool mentor = role == QLatin1String("mentor");
            MatchParticipant &p = (mentor ? data.mentors : data.mentees).emplaceBack();
            p.applicationId = query.value(0).toString();
            p.personId = query.value(1).toString();
            p.code = query.value(2).toString();
            p.role = mentor ? QStringLiteral("mentor") : QStringLiteral("mentee");
            p.name = query.value(4).toString() % QLatin1Char(' ') % query.value(5).toString();
            p.email = query.value(6).toString();
            p.library = shared(query.value(7).toString());
            p.libraryType = shared(query.value(8).toString());
            p.state = shared(query.value(9).toString());
            p.country = shared(query.value(10).toString());
            p.timeZone = shared(query.value(11).toString());
            p.careerStage = shared(query.value(12).toString());
            const QVariant years = query.value(13);
            if (!years.isNull())
                p.yearsExperience = years.toDouble();
            p.interests = splitList(query.value(14).toString());
            p.contactMethods = splitList(query.value(15).toString());
            p.languages = splitList(query.value(16).toString());
            p.statement = query.value(17).toString();
            p.offer = query.value(18).toString();
            p.mentorPreference = query.value(19).toString();
            p.avoid = splitList(query.value(20).toString());
            p.useDemographics = query.value(21).toInt() != 0;
            p.gender = shared(query.value(22).toString());
            p.bipoc = shared(query.value(23).toString());
            p.disability = shared(query.value(24).toString());
            p.capacity = query.value(25).toInt();
        }
    }
    {
        QSqlQuery query(m_db.connection());
        if (!run(query,
                 QStringLiteral("SELECT ") % kMatchColumns %
                     QStringLiteral(" FROM matches WHERE cycle_id = ? ORDER BY id"),
                 {cycleId}))
            return Database::queryError(query, what);
        while (query.next())
            data.matches.append(readMatch(query));
    }
    data.rebuildIndex();
    return data;
}

// --- settings ---

Result<MatchingSettings> MatchingStore::loadSettings(const QString &cycleId) const
{
    const QString what = tr("Reading the matching settings");
    QSqlQuery cycle(m_db.connection());
    if (!run(cycle, QStringLiteral("SELECT 1 FROM cycles WHERE id = ?"), {cycleId}))
        return Database::queryError(cycle, what);
    if (!cycle.next())
        return Error{tr("The cycle no longer exists; someone else may have removed it.")};
    MatchingSettings settings;
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("SELECT key, value FROM settings WHERE scope = ? AND key IN (?, ?, ?)"),
             {cycleId, kWeightsKey, kMinimumScoreKey, kForbidSameLibraryKey}))
        return Database::queryError(query, what);
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString().trimmed();
        if (key == kWeightsKey) {
            if (const auto weights = MatchWeights::fromJson(value))
                settings.weights = *weights;
        } else if (key == kMinimumScoreKey) {
            bool ok = false;
            const double minimum = value.toDouble(&ok);
            if (ok && minimum >= 0.0 && minimum <= 1.0)
                settings.minimumScore = minimum;
        } else if (key == kForbidSameLibraryKey) {
            if (value == QLatin1String("0") || value == QLatin1String("1"))
                settings.forbidSameLibrary = value == QLatin1String("1");
        }
    }
    return settings;
}

Status MatchingStore::saveSettings(const QString &cycleId, const MatchingSettings &settings, const QString &actor)
{
    const MatchWeights &w = settings.weights;
    for (const double weight :
         {w.practiceArea, w.libraryType, w.timeZone, w.contactMethods, w.language, w.experience, w.preferences}) {
        if (!std::isfinite(weight) || weight < 0.0)
            return Error{tr("Each matching weight must be a number of 0 or more.")};
    }
    if (!(settings.minimumScore >= 0.0 && settings.minimumScore <= 1.0))
        return Error{tr("The minimum score must be between 0 and 1.")};
    ProgramStore program(m_db);
    const QString now = nowTimestamp();
    if (Status s = program.setSetting(cycleId, kWeightsKey, w.toJson(), actor, now); !s)
        return s;
    if (Status s =
            program.setSetting(cycleId, kMinimumScoreKey, QString::number(settings.minimumScore, 'g', 17), actor, now);
        !s)
        return s;
    return program.setSetting(cycleId, kForbidSameLibraryKey,
                              settings.forbidSameLibrary ? QStringLiteral("1") : QStringLiteral("0"), actor, now);
}

// --- writes ---

QString MatchingStore::matchName(const QString &mentorApplicationId, const QString &menteeApplicationId) const
{
    QSqlQuery query(m_db.connection());
    if (run(query,
            QStringLiteral("SELECT (SELECT code FROM applications WHERE id = ?), "
                           "(SELECT code FROM applications WHERE id = ?)"),
            {mentorApplicationId, menteeApplicationId}) &&
        query.next() && !query.value(0).isNull() && !query.value(1).isNull())
        return tr("The match of %1 and %2").arg(query.value(0).toString(), query.value(1).toString());
    return tr("A match");
}

QString MatchingStore::matchName(const QString &matchId) const
{
    QSqlQuery query(m_db.connection());
    if (run(query, QStringLiteral("SELECT mentor_application_id, mentee_application_id FROM matches WHERE id = ?"),
            {matchId}) &&
        query.next())
        return matchName(query.value(0).toString(), query.value(1).toString());
    return tr("The match");
}

Error MatchingStore::staleMatch(const QString &matchId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("SELECT updated_by, updated_at FROM matches WHERE id = ?"), {matchId}))
        return Database::queryError(query, tr("Reading a match"));
    if (!query.next())
        return Error{tr("The match no longer exists; someone else may have removed it. Reload to see the changes.")};
    const QString who = query.value(0).toString();
    return Error{tr("%1 was changed by %2 at %3 since you read it; reload to see the changes.")
                     .arg(matchName(matchId), who.isEmpty() ? tr("someone else") : who,
                          readableTime(query.value(1).toString()))};
}

Status MatchingStore::insertMatch(const Match &match, const QString &actor)
{
    if (match.id.isEmpty())
        return Error{tr("A new match needs an id.")};
    const Status inserted = MatchStore(m_db).insertMatch(match, nowTimestamp(), actor);
    if (inserted)
        return inserted;
    // The usual cause in words: the mentee has a match already (one match per mentee).
    QSqlQuery query(m_db.connection());
    if (run(query,
            QStringLiteral("SELECT m.id, a.code FROM matches m JOIN applications a ON a.id = m.mentee_application_id "
                           "WHERE m.mentee_application_id = ?"),
            {match.menteeApplicationId}) &&
        query.next()) {
        if (query.value(0).toString() == match.id)
            return Error{tr("This match exists already; reload to see it.")};
        return Error{tr("%1 has a match already; someone else may have matched them. Reload to see the changes.")
                         .arg(query.value(1).toString())};
    }
    return inserted;
}

Result<int> MatchingStore::updateMatch(const Match &m, int expectedVersion, const QString &actor)
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral(
                 "UPDATE matches SET mentor_application_id = ?, status = ?, source = ?, locked = ?, score = ?, "
                 "published_on = ?, version = version + 1, updated_at = ?, updated_by = ? "
                 "WHERE id = ? AND version = ?"),
             {m.mentorApplicationId, m.status, m.source, m.locked ? 1 : 0, optionalScore(m.score), date(m.publishedOn),
              nowTimestamp(), text(actor), m.id, expectedVersion}))
        return Database::queryError(query,
                                    tr("Saving %1").arg(matchName(m.mentorApplicationId, m.menteeApplicationId)));
    if (query.numRowsAffected() != 1)
        return staleMatch(m.id);
    return expectedVersion + 1;
}

Status MatchingStore::removeMatch(const QString &matchId, int expectedVersion)
{
    {
        QSqlQuery query(m_db.connection());
        if (!run(query,
                 QStringLiteral("SELECT (SELECT COUNT(*) FROM goal_sheets WHERE match_id = ?), "
                                "(SELECT COUNT(*) FROM contact_entries WHERE match_id = ?)"),
                 {matchId, matchId}) ||
            !query.next())
            return Database::queryError(query, tr("Removing a match"));
        const int sheets = query.value(0).toInt();
        const int contacts = query.value(1).toInt();
        if (contacts > 0)
            return Error{tr("%1 has %n logged contact(s); end the match instead of removing it.", nullptr, contacts)
                             .arg(matchName(matchId))};
        if (sheets > 0)
            return Error{tr("%1 has a goal sheet; end the match instead of removing it.").arg(matchName(matchId))};
    }
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("DELETE FROM matches WHERE id = ? AND version = ?"), {matchId, expectedVersion}))
        return Database::queryError(query, tr("Removing a match"));
    if (query.numRowsAffected() != 1)
        return staleMatch(matchId);
    return {};
}

Status MatchingStore::restoreMatch(const Match &m, const QString &actor)
{
    const QString now = nowTimestamp();
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("INSERT INTO matches (") % kMatchColumns %
                 QStringLiteral(", created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                "?, ?, ?)"),
             {m.id, m.cycleId, m.mentorApplicationId, m.menteeApplicationId, m.status, m.source, m.locked ? 1 : 0,
              optionalScore(m.score), date(m.publishedOn), date(m.endedOn), optionalText(m.liaisonReviewerId),
              m.version, now, now, text(actor)}))
        return Database::queryError(query,
                                    tr("Restoring %1").arg(matchName(m.mentorApplicationId, m.menteeApplicationId)));
    return {};
}

Result<std::optional<Match>> MatchingStore::findMatch(const QString &matchId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("SELECT ") % kMatchColumns % QStringLiteral(" FROM matches WHERE id = ?"),
             {matchId}))
        return Database::queryError(query, tr("Reading a match"));
    if (!query.next())
        return std::optional<Match>();
    return std::optional<Match>(readMatch(query));
}

Result<QList<MatchingStore::MatchRow>> MatchingStore::listMatches(const QString &cycleId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral(
                 "SELECT m.id, m.cycle_id, m.mentor_application_id, m.mentee_application_id, m.status, "
                 "m.source, m.locked, m.score, m.published_on, m.ended_on, m.liaison_reviewer_id, "
                 "m.version, r.code, rp.first_name, rp.last_name, e.code, ep.first_name, ep.last_name "
                 "FROM matches m "
                 "JOIN applications r ON r.id = m.mentor_application_id JOIN people rp ON rp.id = r.person_id "
                 "JOIN applications e ON e.id = m.mentee_application_id JOIN people ep ON ep.id = e.person_id "
                 "WHERE m.cycle_id = ? ORDER BY r.code, e.code, m.id"),
             {cycleId}))
        return Database::queryError(query, tr("Reading the matches of the cycle"));
    QList<MatchRow> rows;
    while (query.next()) {
        MatchRow &row = rows.emplaceBack();
        row.match = readMatch(query);
        row.mentorCode = query.value(12).toString();
        row.mentorName = query.value(13).toString() % QLatin1Char(' ') % query.value(14).toString();
        row.menteeCode = query.value(15).toString();
        row.menteeName = query.value(16).toString() % QLatin1Char(' ') % query.value(17).toString();
    }
    return rows;
}

} // namespace cohort
