#pragma once

#include "store/matchingstore.h"

#include <QList>
#include <QStringList>

namespace cohort {

// A cycle's matches as CSV rows, one per match: the mentor's and mentee's codes and names, status,
// source, locked, score and publication date — no confidential field. Matching › Export Matches…
// and `cohort-cli match export` write the same columns.
namespace MatchExport {
QStringList header();
QList<QStringList> rows(const QList<MatchingStore::MatchRow> &matches);
} // namespace MatchExport

} // namespace cohort
