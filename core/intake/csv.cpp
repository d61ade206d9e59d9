#include "intake/csv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>
#include <QStringView>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace cohort {

namespace {

constexpr qint64 MaxFileBytes = qint64(512) * 1024 * 1024;

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. The five bytes that Windows-1252 leaves
// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls, as Windows itself does.
constexpr std::array<char16_t, 32> Windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

bool hasUtf8Bom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF");
}

// The offset of the first byte that does not start a well-formed UTF-8 sequence (no overlong
// forms, no surrogates, nothing above U+10FFFF, no cut-off sequence), or -1 when all are valid.
qsizetype firstInvalidUtf8(const QByteArray &bytes, qsizetype from)
{
    const auto *const data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = from;
    while (i < size) {
        // Form exports are mostly ASCII: skip it eight bytes at a time.
        while (i + 8 <= size) {
            quint64 chunk;
            std::memcpy(&chunk, data + i, sizeof chunk);
            if (chunk & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80; // the allowed range of the second byte
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0; // overlong
            else if (lead == 0xED)
                high = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90; // overlong
            else if (lead == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (data[i + 1] < low || data[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (data[i + k] < 0x80 || data[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

// Where in the file an offset of the decoded text is: the 1-based line (CR, LF and CRLF end
// lines, also inside quoted fields) and the 1-based field of the record that holds it.
struct Place
{
    int line = 1;
    int column = 1;
};

Place locate(QStringView text, QChar delimiter)
{
    Place place;
    const char16_t delim = delimiter.unicode();
    bool inQuotes = false;
    bool atFieldStart = true;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                ++i;
            ++place.line;
            if (!inQuotes) {
                place.column = 1;
                atFieldStart = true;
            }
            continue;
        }
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text[i + 1] == u'"')
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == delim) {
            ++place.column;
            atFieldStart = true;
            continue;
        }
        if (c == u'"' && atFieldStart)
            inQuotes = true;
        atFieldStart = false;
    }
    return place;
}

QString placeText(Place place)
{
    return Csv::tr("Line %1, column %2").arg(place.line).arg(place.column);
}

QChar delimiterFor(QStringView text, const std::optional<QChar> &delimiter)
{
    return delimiter ? *delimiter : Csv::detectDelimiter(text.toString());
}

QString stripBom(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

// The error for the invalid UTF-8 byte at offset bad (text starts at offset skip).
Error invalidUtf8(const QByteArray &bytes, qsizetype skip, qsizetype bad, const std::optional<QChar> &delimiter)
{
    const QString before = QString::fromUtf8(bytes.constData() + skip, bad - skip);
    const Place place = locate(before, delimiterFor(before, delimiter));
    const auto byte = static_cast<unsigned char>(bytes.at(bad));
    return Error{Csv::tr("%1: the text is not valid UTF-8 (byte 0x%2); is the file in another encoding, "
                         "such as Windows-1252?")
                     .arg(placeText(place), QStringLiteral("%1").arg(uint(byte), 2, 16, QLatin1Char('0')).toUpper())};
}

// The error for a NUL character after the text `before`.
Error nulCharacter(QStringView before, const std::optional<QChar> &delimiter)
{
    return Error{Csv::tr("%1: the text contains a NUL character; is it a CSV file, and is the encoding right?")
                     .arg(placeText(locate(before, delimiterFor(before, delimiter))))};
}

Result<QString> decodeUtf8(const QByteArray &bytes, const std::optional<QChar> &delimiter)
{
    const qsizetype skip = hasUtf8Bom(bytes) ? 3 : 0;
    const qsizetype bad = firstInvalidUtf8(bytes, skip);
    if (bad >= 0)
        return invalidUtf8(bytes, skip, bad, delimiter);
    return QString::fromUtf8(bytes.constData() + skip, bytes.size() - skip);
}

Result<QString> decodeUtf16(const QByteArray &bytes, bool bigEndian, const std::optional<QChar> &delimiter)
{
    const bool bom = bigEndian ? bytes.startsWith("\xFE\xFF") : bytes.startsWith("\xFF\xFE");
    const qsizetype skip = bom ? 2 : 0;
    const qsizetype units = (bytes.size() - skip) / 2;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData()) + skip;
    QString text(units, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    const int hi = bigEndian ? 0 : 1;
    const int lo = bigEndian ? 1 : 0;
    qsizetype bad = -1;
    for (qsizetype i = 0; i < units; ++i)
        out[i] = static_cast<char16_t>((data[2 * i + hi] << 8) | data[2 * i + lo]);
    // A lone surrogate means the file is not UTF-16 (or not this byte order).
    for (qsizetype i = 0; i < units && bad < 0; ++i) {
        const char16_t c = out[i];
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < units && QChar::isLowSurrogate(out[i + 1]))
                ++i;
            else
                bad = i;
        } else if (QChar::isLowSurrogate(c)) {
            bad = i;
        }
    }
    if (bad < 0 && (bytes.size() - skip) % 2 != 0)
        bad = units; // an odd byte at the end: cut off in the middle of a character
    if (bad >= 0) {
        const QStringView before = QStringView(text).left(bad);
        return Error{Csv::tr("%1: the text is not valid UTF-16")
                         .arg(placeText(locate(before, delimiterFor(before, delimiter))))};
    }
    return text;
}

QString decodeWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const unsigned char b = data[i];
        out[i] = (b >= 0x80 && b <= 0x9F) ? Windows1252High[b - 0x80] : char16_t(b);
    }
    return text;
}

Result<QString> decodeText(const QByteArray &bytes, TextEncoding encoding, const std::optional<QChar> &delimiter)
{
    Result<QString> decoded = QString();
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        decoded = decodeUtf8(bytes, delimiter);
        break;
    case TextEncoding::Utf16LE:
        decoded = decodeUtf16(bytes, false, delimiter);
        break;
    case TextEncoding::Utf16BE:
        decoded = decodeUtf16(bytes, true, delimiter);
        break;
    case TextEncoding::Windows1252:
        decoded = decodeWindows1252(bytes);
        break;
    }
    if (!decoded)
        return decoded;
    QString text = stripBom(std::move(decoded.value()));
    const qsizetype nul = QStringView(text).indexOf(QChar(0));
    if (nul >= 0)
        return nulCharacter(QStringView(text).left(nul), delimiter);
    return text;
}

// Empty names become "Column N"; a repeated name gets " (2)", " (3)"… (skipping names the header
// already has) so that mappings keyed by header text stay unique.
QStringList uniqueHeader(const QStringList &fields)
{
    QStringList header = fields;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().isEmpty())
            header[i] = Csv::tr("Column %1").arg(i + 1);
    }
    const QSet<QString> original(header.cbegin(), header.cend());
    QSet<QString> used;
    for (QString &name : header) {
        if (used.contains(name)) {
            QString candidate;
            for (int n = 2;; ++n) {
                candidate = name + QStringLiteral(" (%1)").arg(n);
                if (!used.contains(candidate) && !original.contains(candidate))
                    break;
            }
            name = candidate;
        }
        used.insert(name);
    }
    return header;
}

// What parseText() reads: the decoded text (UTF-16), or the bytes of a UTF-8 file as they are
// (validated before), which spares decoding a large file into a copy twice its size: each field
// is decoded on its own. The structure of CSV (quotes, delimiters, line ends) is ASCII, which
// both spell the same, and a UTF-8 sequence never contains an ASCII byte.
template <typename Char> struct Encoded;

template <> struct Encoded<char16_t>
{
    using View = QStringView;
    using Buffer = QString; // a quoted field with doubled quotes, assembled
    static QString toString(View text) { return text.toString(); }
    static QString toString(const Buffer &text) { return text; }
    // The length in QString units (what maxFieldLength counts); only needed past limit units.
    static qsizetype length(View text) { return text.size(); }
    static void append(Buffer &buffer, View text) { buffer.append(text); }
};

template <> struct Encoded<char>
{
    using View = QByteArrayView;
    using Buffer = QByteArray;
    static QString toString(View text)
    {
        // QString::fromUtf8() drops a BOM at the start; in a field U+FEFF is a character.
        if (!text.startsWith("\xEF\xBB\xBF"))
            return QString::fromUtf8(text);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        return decoder.decode(text);
    }
    static QString toString(const Buffer &text) { return toString(View(text)); }
    static qsizetype length(View text)
    {
        // A UTF-16 unit per sequence, two for a four-byte one (a surrogate pair).
        qsizetype units = 0;
        for (const char c : text) {
            const auto byte = static_cast<unsigned char>(c);
            units += (byte & 0xC0) != 0x80 ? 1 : 0;
            units += byte >= 0xF0 ? 1 : 0;
        }
        return units;
    }
    static void append(Buffer &buffer, View text) { buffer.append(text); }
};

// Choice answers (Yes/No, library types, states, years) repeat from row to row. Sharing one
// QString per distinct short value of a column saves most of the allocations, and the memory, of a
// large import. A column that turns out to hold mostly different values stops being looked up.
template <typename Char> class ColumnValues
{
public:
    using View = typename Encoded<Char>::View;

    // value views the text being parsed, which outlives this.
    QString take(View value)
    {
        if (value.isEmpty())
            return QString();
        if (m_full || value.size() > MaxSharedLength)
            return Encoded<Char>::toString(value);
        const auto found = m_values.constFind(value);
        if (found != m_values.cend())
            return found.value();
        QString copy = Encoded<Char>::toString(value);
        if (m_values.size() < MaxDistinct)
            m_values.insert(value, copy);
        else
            m_full = true;
        return copy;
    }

private:
    static constexpr qsizetype MaxSharedLength = 48;
    static constexpr qsizetype MaxDistinct = 512;
    QHash<View, QString> m_values;
    bool m_full = false;
};

// One pass over the text. Fields are decoded or copied out of the text as slices (or shared, see
// ColumnValues); only quoted fields with doubled quotes are assembled piece by piece.
template <typename Char>
Result<CsvTable> parseText(const Char *p, const Char *const end, TextEncoding encoding, QChar delimiter,
                           qsizetype maxFieldLength)
{
    using Text = Encoded<Char>;
    using View = typename Text::View;
    CsvTable table;
    table.encoding = encoding;
    table.delimiter = delimiter;

    const auto delim = static_cast<Char>(delimiter.unicode()); // , ; or tab
    int line = 1;
    bool haveHeader = false;
    qsizetype expected = 0;
    std::vector<ColumnValues<Char>> columns; // one per header column, once the header is read
    const auto fieldText = [&columns](int column, View value) {
        return qsizetype(column) <= qsizetype(columns.size()) ? columns[std::size_t(column - 1)].take(value)
                                                              : Text::toString(value);
    };

    const auto tooLong = [&](int fieldLine, int column, qsizetype length) {
        const QLocale locale;
        return Error{
            Csv::tr("%1: a field of %2 characters is longer than the limit of %3")
                .arg(placeText({fieldLine, column}), locale.toString(length), locale.toString(maxFieldLength))};
    };

    while (p < end) {
        const int recordLine = line;
        QStringList fields;
        fields.reserve(expected > 0 ? expected : 16);
        bool quoted = false;
        bool blank = true;
        int column = 1;
        for (;;) {
            const int fieldLine = line;
            if (p < end && *p == Char('"')) {
                quoted = true;
                ++p;
                const Char *segment = p;
                typename Text::Buffer assembled;
                bool isAssembled = false;
                QString value;
                for (;;) {
                    while (p < end && *p != Char('"')) {
                        if (*p == Char('\n')) {
                            ++line;
                        } else if (*p == Char('\r')) {
                            if (p + 1 < end && p[1] == Char('\n'))
                                ++p;
                            ++line;
                        }
                        ++p;
                    }
                    if (p == end)
                        return Error{Csv::tr("%1: the quoted field is not closed").arg(placeText({fieldLine, column}))};
                    if (p + 1 < end && p[1] == Char('"')) { // a doubled quote stands for one
                        Text::append(assembled, View(segment, p + 1));
                        p += 2;
                        segment = p;
                        isAssembled = true;
                        continue;
                    }
                    if (isAssembled) {
                        Text::append(assembled, View(segment, p));
                        value = Text::toString(assembled);
                    } else {
                        value = fieldText(column, View(segment, p));
                    }
                    ++p;
                    break;
                }
                if (value.size() > maxFieldLength)
                    return tooLong(fieldLine, column, value.size());
                if (p < end && *p != delim && *p != Char('\r') && *p != Char('\n'))
                    return Error{Csv::tr("%1: there is text after the closing quote of a field (quotes inside a "
                                         "quoted field must be doubled)")
                                     .arg(placeText({line, column}))};
                blank = blank && value.isEmpty();
                fields.append(std::move(value));
            } else {
                // Unquoted: up to the delimiter or the line end. A quote here is a literal
                // character, as spreadsheet programs read it.
                const Char *start = p;
                while (p < end && *p != delim && *p != Char('\r') && *p != Char('\n'))
                    ++p;
                const View field(start, p);
                // A field never has more QString units than code units: count only past the limit.
                if (field.size() > maxFieldLength) {
                    if (const qsizetype length = Text::length(field); length > maxFieldLength)
                        return tooLong(fieldLine, column, length);
                }
                blank = blank && field.isEmpty();
                fields.append(fieldText(column, field));
            }
            if (p < end && *p == delim) {
                ++p;
                ++column;
                continue;
            }
            if (p < end) { // CR, LF or CRLF ends the record
                if (*p == Char('\r') && p + 1 < end && p[1] == Char('\n'))
                    ++p;
                ++p;
                ++line;
            }
            break;
        }

        // Blank lines, and rows of nothing but delimiters that spreadsheets leave after the data,
        // are not records.
        if (blank && !quoted)
            continue;
        if (!haveHeader) {
            table.header = uniqueHeader(fields);
            expected = fields.size();
            columns.resize(std::size_t(expected));
            haveHeader = true;
            continue;
        }
        if (fields.size() != expected) {
            // No plural forms needed: the counts stand in brackets.
            return Error{Csv::tr("Line %1: the number of fields (%2) does not match the header (%3)")
                             .arg(recordLine)
                             .arg(fields.size())
                             .arg(expected)};
        }
        table.rows.append(std::move(fields));
        table.rowLines.append(recordLine);
    }

    if (!haveHeader)
        return Error{Csv::tr("The file is empty")};
    if (table.rows.isEmpty())
        return Error{Csv::tr("The file has a header row but no applications")};
    return table;
}

// A UTF-8 file, parsed without decoding it as a whole (see Encoded); the checks and errors are
// those of decodeText() and Csv::parse() on the decoded text. known valid: detectEncoding() has
// just checked every byte (a large file is not read twice).
Result<CsvTable> parseUtf8(const QByteArray &bytes, TextEncoding encoding, const CsvOptions &options, bool knownValid)
{
    qsizetype skip = hasUtf8Bom(bytes) ? 3 : 0;
    if (const qsizetype bad = knownValid ? -1 : firstInvalidUtf8(bytes, skip); bad >= 0)
        return invalidUtf8(bytes, skip, bad, options.delimiter);
    // After the BOM that it skips, decodeText() drops up to two more U+FEFF at the start of the
    // text (QString::fromUtf8() drops one, stripBom() another).
    for (int more = 0; more < 2 && QByteArrayView(bytes).sliced(skip).startsWith("\xEF\xBB\xBF"); ++more)
        skip += 3;
    const char *const begin = bytes.constData() + skip;
    const char *const end = bytes.constData() + bytes.size();
    if (const auto *nul = static_cast<const char *>(std::memchr(begin, 0, std::size_t(end - begin))))
        return nulCharacter(Encoded<char>::toString(QByteArrayView(begin, nul)), options.delimiter);

    QChar delimiter;
    if (options.delimiter) {
        delimiter = *options.delimiter;
    } else {
        // detectDelimiter() reads the first 64 Ki characters and needs to know whether that is
        // the whole text: decode 256 KiB (at least 64 Ki + 1 characters), ending at a character.
        constexpr qsizetype Prefix = 4 * 64 * 1024 + 4;
        const char *cut = end - begin > Prefix ? begin + Prefix : end;
        while (cut < end && (static_cast<unsigned char>(*cut) & 0xC0) == 0x80)
            --cut;
        delimiter = Csv::detectDelimiter(Encoded<char>::toString(QByteArrayView(begin, cut)));
    }
    return parseText(begin, end, encoding, delimiter, options.maxFieldLength);
}

bool needsQuotes(QStringView cell)
{
    for (const QChar c : cell) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\r' || u == u'\n')
            return true;
    }
    return false;
}

void appendRecord(QString &out, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        const QString cell = Csv::neutralize(cells.at(i));
        if (needsQuotes(cell)) {
            out += QLatin1Char('"');
            for (const QChar c : cell) {
                if (c == QLatin1Char('"'))
                    out += QLatin1Char('"');
                out += c;
            }
            out += QLatin1Char('"');
        } else {
            out += cell;
        }
    }
    out += QLatin1String("\r\n");
}

} // namespace

QString encodingLabel(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return Csv::tr("UTF-8");
    case TextEncoding::Utf8Bom:
        return Csv::tr("UTF-8 with BOM");
    case TextEncoding::Utf16LE:
        return Csv::tr("UTF-16 LE");
    case TextEncoding::Utf16BE:
        return Csv::tr("UTF-16 BE");
    case TextEncoding::Windows1252:
        return Csv::tr("Windows-1252");
    }
    return {};
}

std::optional<TextEncoding> encodingFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("utf-8"))
        return TextEncoding::Utf8;
    if (key == QLatin1String("utf-8-bom"))
        return TextEncoding::Utf8Bom;
    if (key == QLatin1String("utf-16le"))
        return TextEncoding::Utf16LE;
    if (key == QLatin1String("utf-16be"))
        return TextEncoding::Utf16BE;
    if (key == QLatin1String("windows-1252") || key == QLatin1String("cp1252") || key == QLatin1String("latin1"))
        return TextEncoding::Windows1252;
    return std::nullopt;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case TextEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return {};
}

TextEncoding Csv::detectEncoding(const QByteArray &bytes)
{
    if (hasUtf8Bom(bytes))
        return TextEncoding::Utf8Bom;
    if (bytes.startsWith("\xFF\xFE"))
        return TextEncoding::Utf16LE;
    if (bytes.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16BE;

    // Without a BOM, UTF-16 shows itself by zero bytes: the high byte of every ASCII character.
    // A stray NUL in an 8-bit file does not reach these proportions (and is reported later).
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += bytes.at(i) == 0 ? 1 : 0;
        oddZeros += bytes.at(i + 1) == 0 ? 1 : 0;
    }
    const qsizetype pairs = sample / 2;
    if (pairs > 0) {
        if (oddZeros * 10 >= pairs * 3 && evenZeros * 10 <= oddZeros)
            return TextEncoding::Utf16LE;
        if (evenZeros * 10 >= pairs * 3 && oddZeros * 10 <= evenZeros)
            return TextEncoding::Utf16BE;
    }
    return firstInvalidUtf8(bytes, 0) < 0 ? TextEncoding::Utf8 : TextEncoding::Windows1252;
}

QChar Csv::detectDelimiter(const QString &text)
{
    constexpr int SampleRecords = 20;
    constexpr qsizetype SampleChars = 64 * 1024;
    const QStringView sample = QStringView(text).left(SampleChars);
    const bool wholeText = sample.size() == text.size();

    QChar best = QLatin1Char(',');
    double bestScore = -1;
    qsizetype bestFields = 1;
    for (const char16_t candidate : {u',', u';', u'\t'}) {
        QList<qsizetype> counts;
        qsizetype fields = 1;
        bool inQuotes = false;
        bool atFieldStart = true;
        bool content = false;
        bool closedQuote = false;
        bool clean = true; // no text after a closing quote: the quotes fit this delimiter
        for (qsizetype i = 0; i < sample.size() && counts.size() < SampleRecords; ++i) {
            const char16_t c = sample[i].unicode();
            if (inQuotes) {
                if (c == u'"') {
                    if (i + 1 < sample.size() && sample[i + 1] == u'"') {
                        ++i;
                    } else {
                        inQuotes = false;
                        closedQuote = true;
                    }
                }
                continue;
            }
            if (closedQuote && c != candidate && c != u'\r' && c != u'\n')
                clean = false;
            closedQuote = false;
            if (c == u'\r' || c == u'\n') {
                if (content)
                    counts.append(fields);
                fields = 1;
                atFieldStart = true;
                content = false;
                continue;
            }
            content = true;
            if (c == candidate) {
                ++fields;
                atFieldStart = true;
                continue;
            }
            if (c == u'"' && atFieldStart)
                inQuotes = true;
            atFieldStart = false;
        }
        // The last record counts only when the sample holds all of it.
        if (content && !inQuotes && wholeText && counts.size() < SampleRecords)
            counts.append(fields);
        if (counts.isEmpty() || counts.first() < 2)
            continue;
        const qsizetype same = std::count(counts.cbegin(), counts.cend(), counts.first());
        // A delimiter whose quotes close cleanly wins over one that leaves text after them (as a
        // comma does in a semicolon file of quoted "1,5" values).
        const double score = double(same) / double(counts.size()) + (clean ? 1.0 : 0.0);
        if (score > bestScore || (score == bestScore && counts.first() > bestFields)) {
            best = QChar(candidate);
            bestScore = score;
            bestFields = counts.first();
        }
    }
    return best;
}

Result<QString> Csv::decode(const QByteArray &bytes, TextEncoding encoding)
{
    return decodeText(bytes, encoding, std::nullopt);
}

Result<CsvTable> Csv::parse(const QByteArray &bytes, const CsvOptions &options)
{
    const TextEncoding encoding = options.encoding ? *options.encoding : detectEncoding(bytes);
    // Detection answers UTF-8 (without BOM) only after finding every byte valid.
    const bool validated = !options.encoding && encoding == TextEncoding::Utf8;
    // The byte-wise parser splits at ASCII delimiters only (the three that detection finds).
    const bool asciiDelimiter = !options.delimiter || options.delimiter->unicode() < 0x80;
    if ((encoding == TextEncoding::Utf8 || encoding == TextEncoding::Utf8Bom) && asciiDelimiter)
        return parseUtf8(bytes, encoding, options, validated);
    Result<QString> text = decodeText(bytes, encoding, options.delimiter);
    if (!text)
        return Error{text.error()};
    const QChar delimiter = options.delimiter ? *options.delimiter : detectDelimiter(text.value());
    const auto *begin = reinterpret_cast<const char16_t *>(text.value().constData());
    return parseText(begin, begin + text.value().size(), encoding, delimiter, options.maxFieldLength);
}

Result<CsvTable> Csv::readFile(const QString &path, const CsvOptions &options)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return Error{tr("Cannot open %1: it is a folder").arg(shown)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot open %1: %2").arg(shown, file.errorString())};
    if (file.size() > MaxFileBytes) {
        return Error{tr("%1 is %2 MB; files over 512 MB are not read")
                         .arg(shown, QLocale().toString(file.size() / (1024 * 1024)))};
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{tr("Cannot read %1: %2").arg(shown, file.errorString())};
    return parse(bytes, options);
}

QString Csv::neutralize(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return QLatin1Char('\'') + cell;
    default:
        return cell;
    }
}

QString Csv::unneutralize(const QString &cell)
{
    if (cell.size() < 2 || cell.front() != QLatin1Char('\''))
        return cell;
    const QString rest = cell.mid(1);
    return neutralize(rest) == cell ? rest : cell;
}

QByteArray Csv::write(const QStringList &header, const QList<QStringList> &rows)
{
    QString out;
    // Rows are much alike: the first one, with room for quotes, sizes the whole text.
    qsizetype rowEstimate = 0;
    for (const QString &cell : rows.isEmpty() ? header : rows.first())
        rowEstimate += cell.size() + 4;
    out.reserve(rowEstimate * (rows.size() + 1) + 64);
    appendRecord(out, header);
    for (const QStringList &row : rows)
        appendRecord(out, row);
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

Status Csv::writeFile(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1: %2").arg(shown, file.errorString())};
    const QByteArray bytes = write(header, rows);
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error{tr("Cannot write %1: %2").arg(shown, reason)};
    }
    if (!file.commit())
        return Error{tr("Cannot write %1: %2").arg(shown, file.errorString())};
    return {};
}

} // namespace cohort
