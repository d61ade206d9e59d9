#include "review/reviewloader.h"

#include "db/database.h"
#include "store/reviewstore.h"

namespace cohort {

LoadedReview ReviewLoader::load(const Database *database, const QString &cycleId, const QString &role,
                                quint64 generation)
{
    LoadedReview loaded;
    loaded.cycleId = cycleId;
    loaded.role = role;
    loaded.generation = generation;
    auto connection = database->openAnotherConnection();
    if (!connection) {
        loaded.error = connection.error();
        return loaded;
    }
    ReviewStore store(*connection.value());
    auto data = store.loadCycle(cycleId, role);
    if (!data) {
        loaded.error = data.error();
        return loaded;
    }
    auto statistics = ReviewStatistics::compute(data.value());
    if (!statistics) {
        loaded.error = statistics.error();
        return loaded;
    }
    if (auto open = store.openAssignmentCount(cycleId))
        loaded.openAssignments = open.value();
    loaded.data = std::make_shared<const ReviewCycleData>(std::move(data).value());
    loaded.statistics = std::make_shared<const ReviewStatistics>(std::move(statistics).value());
    return loaded;
}

} // namespace cohort
