#include "store/statementcache.h"

#include "db/database.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTime>

#include <sqlite3.h>

namespace cohort {

namespace {

// The connection's sqlite3 handle, or nullptr when the connection is not SQLite.
sqlite3 *sqliteHandle(const Database &db)
{
    if (db.dialect() != Database::Dialect::Sqlite)
        return nullptr;
    const QSqlDatabase connection = db.connection();
    const QSqlDriver *driver = connection.driver();
    if (!driver)
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

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
        m_sqlite = sqliteHandle(m_db);
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
    return {};
}

Status StatementCache::runNative(const QString &sql, const QVariantList &values, const std::function<QString()> &what)
{
    const auto failed = [this, &what](const char *message) {
        const QString detail = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errmsg(m_sqlite));
        return Error{Database::tr("%1 failed: %2").arg(what(), detail.trimmed())};
    };

    Native *native = m_last;
    if (!native || !sql.isSharedWith(m_lastSql)) {
        auto it = m_native.find(sql);
        if (it == m_native.end()) {
            auto prepared = std::make_shared<Native>();
            const QByteArray utf8 = sql.toUtf8();
            if (sqlite3_prepare_v3(m_sqlite, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                   &prepared->statement, nullptr) != SQLITE_OK)
                return failed(nullptr);
            prepared->parameters = sqlite3_bind_parameter_count(prepared->statement);
            it = m_native.insert(sql, std::move(prepared));
        }
        native = it->get();
        m_last = native;
        m_lastSql = sql;
    }
    sqlite3_stmt *statement = native->statement;
    if (values.size() != native->parameters)
        return failed("Parameter count mismatch");

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
        const Error error = failed(nullptr);
        sqlite3_reset(statement);
        return error;
    }
    rc = sqlite3_step(statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        const Error error = failed(nullptr);
        sqlite3_reset(statement);
        return error;
    }
    sqlite3_reset(statement);
    return {};
}

} // namespace cohort
