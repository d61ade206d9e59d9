#pragma once

#include "result.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cohort {

// The text encodings that online-form exports and spreadsheet programs write.
enum class TextEncoding
{
    Utf8,
    Utf8Bom,
    Utf16LE,
    Utf16BE,
    Windows1252
};

// "UTF-8", "UTF-8 with BOM", "UTF-16 LE", "UTF-16 BE", "Windows-1252" (translated).
QString encodingLabel(TextEncoding encoding);
// Reads the names the CLI accepts: utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252 (also
// cp1252, latin1 for Windows-1252; case-insensitive).
std::optional<TextEncoding> encodingFromName(const QString &name);
QString encodingName(TextEncoding encoding); // the first of the names above

struct CsvOptions
{
    std::optional<TextEncoding> encoding; // detected when empty
    std::optional<QChar> delimiter;       // ',' ';' or '\t'; detected when empty
    qsizetype maxFieldLength = 100000;    // characters; a longer field is an error
};

// A whole CSV file, decoded and split. Every row has exactly header.size() fields.
struct CsvTable
{
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowLines; // the 1-based line in the file where each row starts (rows span lines)
};

// RFC 4180 CSV reading and writing for application imports and exports.
// Errors are one line and name the place: "Line 12, column 3: the quoted field is not closed".
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(cohort::Csv)

public:
    // From the BOM, else UTF-16 by its zero bytes, else valid UTF-8, else Windows-1252.
    static TextEncoding detectEncoding(const QByteArray &bytes);
    // The one of , ; tab that splits the first lines (outside quotes) into the most equal,
    // largest number of fields.
    static QChar detectDelimiter(const QString &text);
    // Decodes the whole file; invalid UTF-8 or a NUL character is an error naming line and column.
    static Result<QString> decode(const QByteArray &bytes, TextEncoding encoding);
    // Decodes and parses. Refused: an empty file, a header without rows, an unclosed quote, a
    // row with more or fewer fields than the header, a field longer than maxFieldLength,
    // NUL bytes, invalid UTF-8. Blank lines are skipped. CR, LF and CRLF all end records.
    static Result<CsvTable> parse(const QByteArray &bytes, const CsvOptions &options = {});
    static Result<CsvTable> readFile(const QString &path, const CsvOptions &options = {});

    // A cell that a spreadsheet would run as a formula (starting with = + - @ tab or CR) gets a
    // leading apostrophe.
    static QString neutralize(const QString &cell);
    // The cell as it was before neutralize(): an apostrophe before = + - @ tab or CR goes.
    static QString unneutralize(const QString &cell);
    // UTF-8 with BOM, CRLF line ends, fields quoted where needed, every cell neutralized.
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows);
    // Writes through QSaveFile: the file is whole or not there.
    static Status writeFile(const QString &path, const QStringList &header, const QList<QStringList> &rows);
};

} // namespace cohort
