#pragma once

namespace cohort {

class Database;

// One bulk write (an import, the demo generator) on a connection: raises SQLite's page cache
// for its duration, so that a transaction of hundreds of megabytes keeps its B-tree pages in
// memory instead of spilling them to the WAL and reading them back (with the default 2 MB cache
// that costs most of the time). The previous size comes back when it goes; the file is not
// changed by it. Does nothing on PostgreSQL.
class BulkWrite
{
public:
    BulkWrite(Database &db, int cacheMebibytes);
    ~BulkWrite();
    BulkWrite(const BulkWrite &) = delete;
    BulkWrite &operator=(const BulkWrite &) = delete;

private:
    Database &m_db;
    int m_previousCacheSize = 0;
    bool m_changed = false;
};

} // namespace cohort
