#pragma once

#include "review/reviewcycledata.h"
#include "review/reviewstatistics.h"

#include <QString>

#include <memory>

namespace cohort {

class Database;

// What the loading thread hands back: one cycle's review of one role, read on its own
// connection, with the committee's statistics already computed. Shared read-only between the
// scoring grid, the committee grid, the agreement panel and the charts.
struct LoadedReview
{
    QString cycleId;
    QString role;
    quint64 generation = 0;
    QString error;
    std::shared_ptr<const ReviewCycleData> data;
    std::shared_ptr<const ReviewStatistics> statistics;
    // Reviews of the cycle (both roles) not submitted yet: the sidebar's "12 to score".
    int openAssignments = 0;
};

// Reads and computes a LoadedReview. load() runs on a worker thread: Qt Sql connections belong
// to one thread, so it opens (and closes) a connection of its own.
class ReviewLoader
{
public:
    static LoadedReview load(const Database *database, const QString &cycleId, const QString &role, quint64 generation);
};

} // namespace cohort
