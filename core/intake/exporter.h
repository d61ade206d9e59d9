#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cohort {

class Database;

struct ExportRequest
{
    QString cycleId;
    QString role; // "", "mentor" or "mentee"
    // Confidential fields (ImportField::confidential and field_catalog) are left out unless asked.
    bool includeConfidential = false;
};

// A cycle's applications as a table with readable headers: the import field labels, so that an
// exported file maps itself when imported again (ImportFields::suggest).
struct ExportTable
{
    QStringList header;
    QList<QStringList> rows;
    // Per column: the import field's key ("statement", "library", …), or for the first columns
    // "code", "role", "status", "status_reason", "eligibility", "eligibility_reason", "source".
    QStringList keys;
};

// Exports applications to CSV through Csv::write (UTF-8 with BOM, formula cells neutralized).
class ApplicationExporter
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ApplicationExporter)

public:
    explicit ApplicationExporter(Database &db) : m_db(db) {}

    Result<ExportTable> table(const ExportRequest &request) const;
    Result<QByteArray> toCsv(const ExportRequest &request) const;
    // Writes through QSaveFile: the file is whole or not there. Returns the number of rows.
    Result<int> writeFile(const QString &path, const ExportRequest &request) const;

private:
    Database &m_db;
};

} // namespace cohort
