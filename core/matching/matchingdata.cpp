#include "matching/matchingdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

namespace cohort {

namespace {
struct WeightKey
{
    const char *key;
    double MatchWeights::*member;
};

constexpr WeightKey kWeightKeys[] = {
    {"practiceArea", &MatchWeights::practiceArea}, {"libraryType", &MatchWeights::libraryType},
    {"timeZone", &MatchWeights::timeZone},         {"contactMethods", &MatchWeights::contactMethods},
    {"language", &MatchWeights::language},         {"experience", &MatchWeights::experience},
    {"preferences", &MatchWeights::preferences},
};
} // namespace

double MatchWeights::sum() const
{
    double total = 0.0;
    for (const WeightKey &k : kWeightKeys)
        total += this->*k.member;
    return total;
}

QString MatchWeights::toJson() const
{
    QJsonObject object;
    for (const WeightKey &k : kWeightKeys)
        object.insert(QLatin1String(k.key), this->*k.member);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<MatchWeights> MatchWeights::fromJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    MatchWeights weights;
    for (const WeightKey &k : kWeightKeys) {
        const QJsonValue value = object.value(QLatin1String(k.key));
        if (value.isUndefined())
            continue;
        if (!value.isDouble())
            return std::nullopt;
        const double number = value.toDouble();
        if (!std::isfinite(number) || number < 0.0)
            return std::nullopt;
        weights.*k.member = number;
    }
    return weights;
}

int MatchingData::mentorIndex(const QString &applicationId) const
{
    return m_mentorById.value(applicationId, -1);
}

int MatchingData::menteeIndex(const QString &applicationId) const
{
    return m_menteeById.value(applicationId, -1);
}

const Match *MatchingData::matchOfMentee(const QString &menteeApplicationId) const
{
    const int i = m_matchByMentee.value(menteeApplicationId, -1);
    return i >= 0 && i < matches.size() ? &matches.at(i) : nullptr;
}

int MatchingData::load(int mentor) const
{
    return mentor >= 0 && std::size_t(mentor) < m_loads.size() ? m_loads[std::size_t(mentor)] : 0;
}

void MatchingData::rebuildIndex()
{
    m_mentorById.clear();
    m_menteeById.clear();
    m_matchByMentee.clear();
    m_mentorById.reserve(mentors.size());
    m_menteeById.reserve(mentees.size());
    m_matchByMentee.reserve(matches.size());
    for (int i = 0; i < mentors.size(); ++i)
        m_mentorById.insert(mentors.at(i).applicationId, i);
    for (int i = 0; i < mentees.size(); ++i)
        m_menteeById.insert(mentees.at(i).applicationId, i);
    m_loads.assign(std::size_t(mentors.size()), 0);
    for (int i = 0; i < matches.size(); ++i) {
        const Match &match = matches.at(i);
        m_matchByMentee.insert(match.menteeApplicationId, i);
        if (match.status == QLatin1String("ended"))
            continue;
        if (const int mentor = mentorIndex(match.mentorApplicationId); mentor >= 0)
            ++m_loads[std::size_t(mentor)];
    }
}

} // namespace cohort
