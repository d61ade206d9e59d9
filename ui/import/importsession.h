#pragma once

#include "document/programdocument.h"
#include "intake/csv.h"
#include "intake/importer.h"
#include "intake/importmapping.h"

#include <QByteArray>
#include <QFileInfo>
#include <QString>

#include <memory>
#include <optional>

namespace cohort {

// What the pages of the import wizard decide, one step after another. The wizard owns it; each
// page reads what the pages before it wrote. The parsed table can hold 100,000 rows: it is parsed
// once per choice of encoding and delimiter and shared (never copied) with the preview, the
// column page and the worker threads that check and import it.
struct ImportSession
{
    ProgramDocument *document = nullptr;

    // File page.
    QString filePath;
    QByteArray bytes;   // the whole file as read (implicitly shared with the parsing thread)
    int fileSerial = 0; // counts the reads of a file, so later pages know when to start over
    QString cycleId;
    QString cycleName;
    QString role = QStringLiteral("mentee");

    // Format page.
    std::shared_ptr<const CsvTable> table;

    // Columns page.
    ImportMapping mapping;

    // Check page.
    std::optional<ImportReport> checkReport;
    DuplicatePolicy duplicates = DuplicatePolicy::Skip;
    bool validOnly = false;

    // Import page.
    std::optional<ImportReport> importReport;

    ImportRequest request() const
    {
        ImportRequest request;
        request.cycleId = cycleId;
        request.role = role;
        request.mapping = mapping;
        request.mapping.role = role;
        request.duplicates = duplicates;
        request.validOnly = validOnly;
        request.sourceName = QFileInfo(filePath).fileName();
        request.actor = ProgramDocument::actor();
        return request;
    }
};

} // namespace cohort
