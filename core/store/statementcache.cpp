#include "store/statementcache.h"

#include "db/database.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTime>

#include <sqlite3.h>

namespace cohort {

namespace {

// Appends text as UTF-8 (a lone surrogate becomes U+FFFD, as QString::toUtf8() writes it).
void appendUtf8(std::string &out, QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
        // Runs of ASCII, the bulk of form answers, go straight through.
        const char16_t *run = p;
        while (p < end && *p < 0x80)
            ++p;
        if (p != run) {
            const std::size_t at = out.size();
            out.resize(at + std::size_t(p - run));
            char *dst = out.data() + at;
            for (const char16_t *q = run; q < p; ++q)
                *dst++ = static_cast<char>(*q);
        }
        if (p == end)
            break;
        char32_t c = *p++;
        if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p))
            c = QChar::surrogateToUcs4(char16_t(c), *p++);
        else if (QChar::isSurrogate(c))
            c = 0xFFFD;
        if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
}

// What Qt Sql binds as NULL (QSqlResultPrivate::isVariantNull).
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(value.constData())->isValid();
    case QMetaType::QDate:
        return !static_cast<const QDate *>(value.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime *>(value.constData())->isValid();
    default:
        return false;
    }
}

} // namespace

struct StatementCache::Native
{
    sqlite3_stmt *statement = nullptr;
    int parameters = 0;
    ~Native() { sqlite3_finalize(statement); }
};

StatementCache::StatementCache(Database &db) : m_db(db)
{}

StatementCache::~StatementCache() = default;

Status StatementCache::run(const QString &sql, const QVariantList &values, const std::function<QString()> &what)
{
    if (!m_resolved) {
        m_sqlite = m_db.sqliteHandle();
        m_resolved = true;
    }
    if (m_sqlite)
        return runNative(sql, values, what);

    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto query = std::make_shared<QSqlQuery>(m_db.connection());
        if (!query->prepare(sql))
            return Database::queryError(*query, what());
        it = m_queries.insert(sql, std::move(query));
    }
    QSqlQuery &query = **it;
    static const QString empty = QStringLiteral("");
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // Qt Sql binds a null QString as SQL NULL, but an empty text field of a domain value is
        // '' (the columns are NOT NULL DEFAULT ''). A deliberate NULL is a null QVariant
        // (QVariant(QMetaType(...))), which stays NULL.
        if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
            query.bindValue(static_cast<int>(i), empty);
        else
            query.bindValue(static_cast<int>(i), value);
    }
    if (!query.exec())
        return Database::queryError(query, what());
    m_changes = query.numRowsAffected();
    return {};
}

Error StatementCache::nativeError(const std::function<QString()> &what, const char *message) const
{
    const QString detail = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errmsg(m_sqlite));
    return Error{Database::tr("%1 failed: %2").arg(what(), detail.trimmed())};
}

Result<sqlite3_stmt *> StatementCache::nativeStatement(const QString &sql, qsizetype valueCount,
                                                       const std::function<QString()> &what)
{
    Native *native = m_last;
    if (!native || !sql.isSharedWith(m_lastSql)) {
        auto it = m_native.find(sql);
        if (it == m_native.end()) {
            auto prepared = std::make_shared<Native>();
            const QByteArray utf8 = sql.toUtf8();
            if (sqlite3_prepare_v3(m_sqlite, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                   &prepared->statement, nullptr) != SQLITE_OK)
                return nativeError(what);
            prepared->parameters = sqlite3_bind_parameter_count(prepared->statement);
            it = m_native.insert(sql, std::move(prepared));
        }
        native = it->get();
        m_last = native;
        m_lastSql = sql;
    }
    if (valueCount != native->parameters)
        return nativeError(what, "Parameter count mismatch");
    return native->statement;
}

Status StatementCache::step(sqlite3_stmt *statement, const std::function<QString()> &what)
{
    const int rc = sqlite3_step(statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        const Error error = nativeError(what);
        sqlite3_reset(statement);
        return error;
    }
    m_changes = sqlite3_changes(m_sqlite);
    sqlite3_reset(statement);
    return {};
}

Status StatementCache::runNative(const QString &sql, const QVariantList &values, const std::function<QString()> &what)
{
    const auto prepared = nativeStatement(sql, values.size(), what);
    if (!prepared)
        return Error{prepared.error()};
    sqlite3_stmt *statement = prepared.value();

    // Text first, all into one buffer, so that the spans stay put while they are bound.
    m_text.clear();
    m_textSpans.assign(std::size_t(values.size()), {0, -1});
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (isNullValue(value))
            continue;
        const std::size_t at = m_text.size();
        switch (value.typeId()) {
        case QMetaType::QByteArray:
        case QMetaType::Int:
        case QMetaType::Bool:
        case QMetaType::Double:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            continue;
        case QMetaType::QString: // a null QString binds as '' (see run())
            appendUtf8(m_text, *static_cast<const QString *>(value.constData()));
            break;
        case QMetaType::QDateTime:
            appendUtf8(m_text, value.toDateTime().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QTime:
            appendUtf8(m_text, value.toTime().toString(u"hh:mm:ss.zzz"));
            break;
        default:
            appendUtf8(m_text, value.toString());
            break;
        }
        m_textSpans[std::size_t(i)] = {at, static_cast<int>(m_text.size() - at)};
    }

    int rc = SQLITE_OK;
    for (qsizetype i = 0; i < values.size() && rc == SQLITE_OK; ++i) {
        const QVariant &value = values.at(i);
        const int slot = static_cast<int>(i) + 1;
        const auto [offset, length] = m_textSpans[std::size_t(i)];
        if (length >= 0) {
            rc = sqlite3_bind_text(statement, slot, m_text.data() + offset, length, SQLITE_STATIC);
            continue;
        }
        if (isNullValue(value)) {
            rc = sqlite3_bind_null(statement, slot);
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::QByteArray: {
            const auto *bytes = static_cast<const QByteArray *>(value.constData());
            rc = sqlite3_bind_blob(statement, slot, bytes->constData(), static_cast<int>(bytes->size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::Int:
        case QMetaType::Bool:
            rc = sqlite3_bind_int(statement, slot, value.toInt());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(statement, slot, value.toDouble());
            break;
        default: // UInt, LongLong
            rc = sqlite3_bind_int64(statement, slot, value.toLongLong());
            break;
        }
    }
    if (rc != SQLITE_OK) {
        const Error error = nativeError(what);
        sqlite3_reset(statement);
        return error;
    }
    return step(statement, what);
}

Status StatementCache::run(const QString &sql, const BindValues &values, const std::function<QString()> &what)
{
    if (!m_resolved) {
        m_sqlite = m_db.sqliteHandle();
        m_resolved = true;
    }
    if (!m_sqlite)
        return run(sql, values.toVariants(), what);

    const auto prepared = nativeStatement(sql, values.size(), what);
    if (!prepared)
        return Error{prepared.error()};
    sqlite3_stmt *statement = prepared.value();
    // Text binds SQLITE_STATIC: values keeps its buffer until the statement has run.
    int rc = SQLITE_OK;
    for (std::size_t i = 0; i < values.m_values.size() && rc == SQLITE_OK; ++i) {
        const BindValues::Value &value = values.m_values[i];
        const int slot = static_cast<int>(i) + 1;
        switch (value.kind) {
        case BindValues::Kind::Text:
            rc = sqlite3_bind_text(statement, slot, values.m_text.data() + value.at, value.length, SQLITE_STATIC);
            break;
        case BindValues::Kind::Int:
            rc = sqlite3_bind_int(statement, slot, value.number);
            break;
        case BindValues::Kind::Double:
            rc = sqlite3_bind_double(statement, slot, value.real);
            break;
        case BindValues::Kind::Null:
            rc = sqlite3_bind_null(statement, slot);
            break;
        }
    }
    if (rc != SQLITE_OK) {
        const Error error = nativeError(what);
        sqlite3_reset(statement);
        return error;
    }
    return step(statement, what);
}

// ---------------------------------------------------------------------------------------------
// BindValues

void BindValues::clear()
{
    m_values.clear();
    m_text.clear();
}

void BindValues::reserve(qsizetype values, qsizetype textBytes)
{
    m_values.reserve(std::size_t(values));
    m_text.reserve(std::size_t(textBytes));
}

void BindValues::addText(QStringView text)
{
    Value value;
    value.kind = Kind::Text;
    value.at = m_text.size();
    appendUtf8(m_text, text);
    value.length = static_cast<int>(m_text.size() - value.at);
    m_values.push_back(value);
}

void BindValues::addInt(int number)
{
    Value value;
    value.kind = Kind::Int;
    value.number = number;
    m_values.push_back(value);
}

void BindValues::addDouble(double real)
{
    Value value;
    value.kind = Kind::Double;
    value.real = real;
    m_values.push_back(value);
}

void BindValues::addNull(QMetaType::Type type)
{
    Value value;
    value.kind = Kind::Null;
    value.number = type;
    m_values.push_back(value);
}

QVariantList BindValues::toVariants() const
{
    QVariantList variants;
    variants.reserve(qsizetype(m_values.size()));
    for (const Value &value : m_values) {
        switch (value.kind) {
        case Kind::Text: // never null: Qt Sql would bind a null QString as NULL
            variants.append(value.length > 0 ? QString::fromUtf8(m_text.data() + value.at, value.length)
                                             : QString(QLatin1String("")));
            break;
        case Kind::Int:
            variants.append(value.number);
            break;
        case Kind::Double:
            variants.append(value.real);
            break;
        case Kind::Null:
            variants.append(QVariant(QMetaType(value.number)));
            break;
        }
    }
    return variants;
}

} // namespace cohort
