#include "matching/matchexport.h"

#include <QCoreApplication>

#include <cmath>

namespace cohort::MatchExport {

QStringList header()
{
    return {QStringLiteral("mentor_code"), QStringLiteral("mentor_name"), QStringLiteral("mentee_code"),
            QStringLiteral("mentee_name"), QStringLiteral("status"),      QStringLiteral("source"),
            QStringLiteral("locked"),      QStringLiteral("score"),       QStringLiteral("published_on")};
}

QList<QStringList> rows(const QList<MatchingStore::MatchRow> &matches)
{
    QList<QStringList> rows;
    rows.reserve(matches.size());
    for (const MatchingStore::MatchRow &row : matches) {
        const Match &m = row.match;
        const bool score = m.score && std::isfinite(*m.score);
        rows.append({row.mentorCode, row.mentorName, row.menteeCode, row.menteeName, m.status, m.source,
                     m.locked ? QCoreApplication::translate("cohort::MatchExport", "Yes")
                              : QCoreApplication::translate("cohort::MatchExport", "No"),
                     score ? QString::number(*m.score, 'f', 3) : QString(),
                     m.publishedOn.isValid() ? m.publishedOn.toString(Qt::ISODate) : QString()});
    }
    return rows;
}

} // namespace cohort::MatchExport
