#include "matching/compatibility.h"

#include "intake/normalize.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <numeric>
#include <thread>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace cohort {

namespace {

constexpr float Unknown = std::numeric_limits<float>::quiet_NaN();
constexpr double Neutral = 0.5;

QString keyOf(const QString &value)
{
    return value.simplified().toLower();
}

// Contact methods as forms write them ("Video chat (Skype, Zoom)", "E-mail") folded to a few.
QString methodKey(const QString &value)
{
    const QString v = keyOf(value);
    static const char *const video[] = {"video", "skype", "zoom", "teams", "facetime", "meet"};
    for (const char *word : video)
        if (v.contains(QLatin1String(word)))
            return QStringLiteral("video");
    if (v.contains(QLatin1String("chat")) || v.contains(QLatin1String("text")) || v.contains(QLatin1String("messag")) ||
        v.contains(QLatin1String("slack")))
        return QStringLiteral("chat");
    if (v.contains(QLatin1String("mail")))
        return QStringLiteral("email");
    if (v.contains(QLatin1String("phone")) || v.contains(QLatin1String("call")))
        return QStringLiteral("phone");
    if (v.contains(QLatin1String("person")) || v.contains(QLatin1String("face to face")))
        return QStringLiteral("in person");
    return v;
}

QString languageKey(const QString &value)
{
    const QString v = normalize::name(value);
    if (v == QLatin1String("asl"))
        return QStringLiteral("american sign language");
    if (v == QLatin1String("espanol") || v == QLatin1String("castellano"))
        return QStringLiteral("spanish");
    if (v == QLatin1String("francais"))
        return QStringLiteral("french");
    if (v == QLatin1String("chinese mandarin") || v == QLatin1String("putonghua"))
        return QStringLiteral("mandarin");
    return v;
}

// A demographic answer that can be compared, or empty.
QString demographicKey(const QString &value)
{
    const QString v = keyOf(value);
    if (v.isEmpty() || v.startsWith(QLatin1String("prefer not")) || v.startsWith(QLatin1String("decline")) ||
        v == QLatin1String("n/a") || v == QLatin1String("unknown"))
        return {};
    return v;
}

// A keyword and how it was written.
struct Keyword
{
    QString stem;
    QString word;
};

// Crude stemming, enough for a mentor's application to meet the words of a preference:
// "schools" → "school", "managed", "manager", "management" → "manag".
QString stemOf(QString word)
{
    const auto strip = [&word](QLatin1String suffix, qsizetype keep) {
        if (word.size() - suffix.size() >= keep && word.endsWith(suffix)) {
            word.chop(suffix.size());
            return true;
        }
        return false;
    };
    if (word.endsWith(QLatin1String("ies")) && word.size() > 4) {
        word.chop(3);
        word.append(QLatin1Char('y'));
    } else if (!word.endsWith(QLatin1String("ss"))) {
        strip(QLatin1String("s"), 3);
    }
    for (const char *suffix : {"ement", "ment", "ing", "ed", "er"})
        if (strip(QLatin1String(suffix), 4))
            break;
    strip(QLatin1String("e"), 4);
    return word;
}

// The keywords of a text: words of 3 letters or more (lower-case, accents and punctuation folded)
// without stop words — the words every preference or application has ("mentor", "library",
// "children").
QList<Keyword> keywordsOf(const QString &text)
{
    static const QSet<QString> stop = [] {
        QSet<QString> words;
        for (const char *w :
             {"a",          "an",          "and",        "or",       "the",        "of",       "in",       "on",
              "at",         "to",          "for",        "with",     "who",        "whom",     "whose",    "that",
              "this",       "these",       "those",      "is",       "are",        "was",      "were",     "be",
              "been",       "being",       "has",        "have",     "had",        "having",   "would",    "like",
              "likes",      "mentor",      "mentors",    "mentee",   "someone",    "somebody", "one",      "my",
              "me",         "i",           "we",         "our",      "you",        "your",     "they",     "their",
              "them",       "he",          "she",        "his",      "her",        "it",       "its",      "can",
              "could",      "will",        "so",         "as",       "from",       "about",    "also",     "very",
              "really",     "work",        "works",      "worked",   "working",    "speak",    "speaks",   "library",
              "libraries",  "librarian",   "librarians", "identify", "identifies", "after",    "not",      "no",
              "more",       "than",        "some",       "any",      "all",        "if",       "but",      "by",
              "how",        "what",        "when",       "where",    "which",      "there",    "here",     "do",
              "does",       "did",         "get",        "want",     "wants",      "help",     "good",     "great",
              "well",       "much",        "many",       "other",    "into",       "over",     "just",     "time",
              "experience", "experienced", "years",      "year",     "talk",       "am",       "children", "child",
              "kid",        "kids",        "youth",      "service",  "services"})
            words.insert(QString::fromLatin1(w));
        return words;
    }();
    QList<Keyword> words;
    QString word;
    const auto flush = [&] {
        if (word.size() >= 3 && !stop.contains(word)) {
            QString stem = stemOf(word);
            if (!stop.contains(stem))
                words.append({std::move(stem), word});
        }
        word.clear();
    };
    const QString folded = normalize::name(text);
    for (const QChar c : folded) {
        if (c.isLetter())
            word.append(c);
        else
            flush();
    }
    flush();
    return words;
}

// Interns values of one kind across both sides; the first spelling seen names a value.
class Interner
{
public:
    int id(const QString &key, const QString &spelling)
    {
        if (key.isEmpty())
            return -1;
        const auto it = m_ids.constFind(key);
        if (it != m_ids.constEnd())
            return it.value();
        const int next = int(m_names.size());
        m_ids.insert(key, next);
        m_names.append(spelling.simplified());
        return next;
    }
    int find(const QString &key) const { return m_ids.value(key, -1); }
    const QStringList &names() const { return m_names; }
    int size() const { return int(m_names.size()); }

private:
    QHash<QString, int> m_ids;
    QStringList m_names;
};

using IdLists = std::vector<std::vector<int>>;

template <typename Column> void fillColumn(Column &column, const IdLists &ids, int vocabulary)
{
    column.words = std::max(1, (vocabulary + 63) / 64);
    column.bits.assign(ids.size() * std::size_t(column.words), 0);
    column.counts.assign(ids.size(), 0);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        quint64 *row = column.bits.data() + i * std::size_t(column.words);
        for (const int id : ids[i])
            if (id >= 0)
                row[id / 64] |= quint64(1) << (id % 64);
        int count = 0;
        for (int w = 0; w < column.words; ++w)
            count += std::popcount(row[w]);
        column.counts[i] = count;
    }
}

inline int sharedCount(const quint64 *a, const quint64 *b, int words)
{
    if (words == 1)
        return std::popcount(a[0] & b[0]);
    int n = 0;
    for (int w = 0; w < words; ++w)
        n += std::popcount(a[w] & b[w]);
    return n;
}

template <typename F> void forEachShared(const quint64 *a, const quint64 *b, int words, F &&f)
{
    for (int w = 0; w < words; ++w) {
        for (quint64 bits = a[w] & b[w]; bits; bits &= bits - 1)
            f(w * 64 + std::countr_zero(bits));
    }
}

template <typename F> void forEachBit(const quint64 *a, int words, F &&f)
{
    for (int w = 0; w < words; ++w) {
        for (quint64 bits = a[w]; bits; bits &= bits - 1)
            f(w * 64 + std::countr_zero(bits));
    }
}

// A matrix of zeros. Each first write to a 4 KiB page is a page fault, which costs 10 µs or more on
// a virtual machine (a third of a second for the 100 MB of 5,000 × 2,500 scores); the buffer is
// therefore reserved first and Linux asked for transparent huge pages (one fault per 2 MiB)
// before the zeros are written. Elsewhere, or when the kernel says no, nothing changes.
std::vector<double> zeroedMatrix(std::size_t size)
{
    std::vector<double> matrix;
    matrix.reserve(size);
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr quintptr huge = quintptr(2) << 20;
    const auto start = quintptr(matrix.data());
    const quintptr begin = (start + huge - 1) & ~(huge - 1);
    const quintptr end = (start + size * sizeof(double)) & ~(huge - 1);
    if (end > begin + huge)
        (void)madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#endif
    matrix.resize(size);
    return matrix;
}

QString hours(double value)
{
    return QString::number(value, 'g', 3);
}

QString percent(double value)
{
    return QString::number(int(std::lround(value * 100.0))) + QLatin1Char('%');
}

} // namespace

// --- time zones ---

std::optional<double> Compatibility::utcOffsetHours(const QString &timeZone)
{
    QString text = timeZone.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    text.replace(QChar(0x2212), QLatin1Char('-')); // "UTC−5" with a minus sign
    // A standard offset: the same for every date, so the result never depends on today.
    static const QDateTime reference(QDate(2017, 1, 15), QTime(12, 0), Qt::UTC);
    if (text.contains(QLatin1Char('/'))) {
        const QTimeZone zone(text.toUtf8());
        if (zone.isValid())
            return zone.standardTimeOffset(reference) / 3600.0;
    }
    const QString lower = text.toLower();
    static const QRegularExpression offset(
        QStringLiteral("^(?:utc|gmt)?\\s*([+-])\\s*(\\d{1,2})(?:(?::|\\.)?(\\d{2}))?(?:\\s*h(?:ours?)?)?$"));
    if (const QRegularExpressionMatch m = offset.match(lower); m.hasMatch()) {
        const double h = m.captured(2).toInt() + (m.captured(3).isEmpty() ? 0 : m.captured(3).toInt() / 60.0);
        if (h <= 14.0)
            return m.captured(1) == QLatin1String("-") ? -h : h;
    }
    if (lower == QLatin1String("utc") || lower == QLatin1String("gmt") || lower == QLatin1String("z"))
        return 0.0;
    // The names North American forms offer ("Eastern", "Central Time (US & Canada)", "PST").
    static const QList<std::pair<QString, double>> phrases = {
        {QStringLiteral("central europe"), 1.0}, {QStringLiteral("eastern europe"), 2.0},
        {QStringLiteral("western europe"), 0.0}, {QStringLiteral("newfoundland"), -3.5},
        {QStringLiteral("atlantic"), -4.0},      {QStringLiteral("eastern"), -5.0},
        {QStringLiteral("central"), -6.0},       {QStringLiteral("mountain"), -7.0},
        {QStringLiteral("pacific"), -8.0},       {QStringLiteral("alaska"), -9.0},
        {QStringLiteral("hawaii"), -10.0},       {QStringLiteral("samoa"), -11.0},
        {QStringLiteral("chamorro"), 10.0},
    };
    for (const auto &[phrase, hoursOffset] : phrases)
        if (lower.contains(phrase))
            return hoursOffset;
    static const QHash<QString, double> abbreviations = {
        {QStringLiteral("nst"), -3.5},  {QStringLiteral("ndt"), -3.5},  {QStringLiteral("ast"), -4.0},
        {QStringLiteral("adt"), -4.0},  {QStringLiteral("et"), -5.0},   {QStringLiteral("est"), -5.0},
        {QStringLiteral("edt"), -5.0},  {QStringLiteral("ct"), -6.0},   {QStringLiteral("cst"), -6.0},
        {QStringLiteral("cdt"), -6.0},  {QStringLiteral("mt"), -7.0},   {QStringLiteral("mst"), -7.0},
        {QStringLiteral("mdt"), -7.0},  {QStringLiteral("pt"), -8.0},   {QStringLiteral("pst"), -8.0},
        {QStringLiteral("pdt"), -8.0},  {QStringLiteral("akst"), -9.0}, {QStringLiteral("akdt"), -9.0},
        {QStringLiteral("hst"), -10.0}, {QStringLiteral("cet"), 1.0},   {QStringLiteral("cest"), 1.0},
        {QStringLiteral("wet"), 0.0},   {QStringLiteral("bst"), 0.0},   {QStringLiteral("eet"), 2.0},
    };
    static const QRegularExpression nonLetters(QStringLiteral("[^a-z]+"));
    const QStringList tokens = lower.split(nonLetters, Qt::SkipEmptyParts);
    if (!tokens.isEmpty()) {
        const auto it = abbreviations.constFind(tokens.first());
        if (it != abbreviations.constEnd())
            return it.value();
    }
    const QTimeZone zone(text.toUtf8()); // other IANA ids without a slash ("EST5EDT", "UTC")
    if (zone.isValid())
        return zone.standardTimeOffset(reference) / 3600.0;
    return std::nullopt;
}

// --- building ---

Compatibility::Compatibility(const MatchingData &data) : m_data(&data)
{
    const MatchWeights &w = data.settings.weights;
    m_weight = {w.practiceArea, w.libraryType, w.timeZone, w.contactMethods, w.language, w.experience, w.preferences};
    double total = 0.0;
    for (double &weight : m_weight) {
        if (!std::isfinite(weight) || weight < 0.0)
            weight = 0.0;
        total += weight;
    }
    for (int k = 0; k < FactorCount; ++k)
        m_normalized[std::size_t(k)] = total > 0.0 ? m_weight[std::size_t(k)] / total : 0.0;

    Interner interests;
    Interner methods;
    Interner languages;
    Interner types;
    Interner libraries;
    Interner answers;
    QHash<QString, float> offsets;
    const QString english = QStringLiteral("english");

    struct Lists
    {
        IdLists interests, methods, languages;
    };
    const auto build = [&](const QList<MatchParticipant> &people, Side &side, Lists &lists) {
        const std::size_t n = std::size_t(people.size());
        lists.interests.resize(n);
        lists.methods.resize(n);
        lists.languages.resize(n);
        side.libraryType.resize(n);
        side.library.resize(n);
        side.offset.resize(n);
        side.years.resize(n);
        side.demographics.resize(n);
        side.optedIn.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            const MatchParticipant &p = people.at(qsizetype(i));
            for (const QString &v : p.interests)
                lists.interests[i].push_back(interests.id(keyOf(v), v));
            for (const QString &v : p.contactMethods)
                lists.methods[i].push_back(methods.id(methodKey(v), methodKey(v)));
            for (const QString &v : p.languages)
                lists.languages[i].push_back(languages.id(languageKey(v), v));
            if (p.languages.isEmpty())
                lists.languages[i].push_back(languages.id(english, QStringLiteral("English")));
            side.libraryType[i] = types.id(keyOf(p.libraryType), p.libraryType);
            side.library[i] = libraries.id(normalize::library(p.library), p.library);
            auto offset = offsets.constFind(p.timeZone);
            if (offset == offsets.constEnd()) {
                const std::optional<double> hoursOffset = utcOffsetHours(p.timeZone);
                offset = offsets.insert(p.timeZone, hoursOffset ? float(*hoursOffset) : Unknown);
            }
            side.offset[i] = offset.value();
            side.years[i] =
                p.yearsExperience && std::isfinite(*p.yearsExperience) ? float(*p.yearsExperience) : Unknown;
            side.demographics[i] = {answers.id(demographicKey(p.gender), p.gender),
                                    answers.id(demographicKey(p.bipoc), p.bipoc),
                                    answers.id(demographicKey(p.disability), p.disability)};
            side.optedIn[i] = p.useDemographics ? 1 : 0;
        }
    };
    Lists menteeLists;
    Lists mentorLists;
    build(data.mentees, m_mentees, menteeLists);
    build(data.mentors, m_mentors, mentorLists);
    fillColumn(m_mentees.interests, menteeLists.interests, interests.size());
    fillColumn(m_mentors.interests, mentorLists.interests, interests.size());
    fillColumn(m_mentees.methods, menteeLists.methods, methods.size());
    fillColumn(m_mentors.methods, mentorLists.methods, methods.size());
    fillColumn(m_mentees.languages, menteeLists.languages, languages.size());
    fillColumn(m_mentors.languages, mentorLists.languages, languages.size());
    m_interestNames = interests.names();
    m_methodNames = methods.names();
    m_languageNames = languages.names();

    // Preference keywords: those of the mentees who opted in, and which of them each mentor's
    // application mentions.
    Interner keywords;
    IdLists menteeKeywords(std::size_t(data.mentees.size()));
    for (int i = 0; i < data.mentees.size(); ++i) {
        const MatchParticipant &p = data.mentees.at(i);
        if (!p.useDemographics || p.mentorPreference.trimmed().isEmpty())
            continue;
        for (const Keyword &k : keywordsOf(p.mentorPreference))
            menteeKeywords[std::size_t(i)].push_back(keywords.id(k.stem, k.word));
    }
    IdLists mentorKeywords(std::size_t(data.mentors.size()));
    if (keywords.size() > 0) {
        for (int j = 0; j < data.mentors.size(); ++j) {
            const MatchParticipant &p = data.mentors.at(j);
            const QString text = p.offer + QLatin1Char(' ') + p.statement + QLatin1Char(' ') +
                                 p.interests.join(QLatin1Char(' ')) + QLatin1Char(' ') +
                                 p.languages.join(QLatin1Char(' ')) + QLatin1Char(' ') + p.libraryType;
            for (const Keyword &k : keywordsOf(text))
                if (const int id = keywords.find(k.stem); id >= 0)
                    mentorKeywords[std::size_t(j)].push_back(id);
        }
    }
    fillColumn(m_mentees.keywords, menteeKeywords, keywords.size());
    fillColumn(m_mentors.keywords, mentorKeywords, keywords.size());
    m_keywordNames = keywords.names();

    buildAvoidance();
}

void Compatibility::buildAvoidance()
{
    const MatchingData &data = *m_data;
    const qint64 mentors = data.mentors.size();
    // " first last " and the email of each person of the other side, looked for in each entry.
    const auto keysOf = [](const QList<MatchParticipant> &people, QStringList &names, QStringList &emails) {
        for (const MatchParticipant &p : people) {
            const QString name = normalize::name(p.name);
            names.append(name.isEmpty() ? QString() : QString(QLatin1Char(' ') + name + QLatin1Char(' ')));
            emails.append(normalize::email(p.email));
        }
    };
    QStringList mentorNames, mentorEmails, menteeNames, menteeEmails;
    const auto named = [](const QString &entryName, const QString &entryText, const QString &name,
                          const QString &email) {
        return (!name.isEmpty() && entryName.contains(name)) || (!email.isEmpty() && entryText.contains(email));
    };
    bool anyMentee = false, anyMentor = false;
    for (const MatchParticipant &p : data.mentees)
        anyMentee = anyMentee || !p.avoid.isEmpty();
    for (const MatchParticipant &p : data.mentors)
        anyMentor = anyMentor || !p.avoid.isEmpty();
    if (anyMentee)
        keysOf(data.mentors, mentorNames, mentorEmails);
    if (anyMentor)
        keysOf(data.mentees, menteeNames, menteeEmails);
    for (int i = 0; anyMentee && i < data.mentees.size(); ++i) {
        for (const QString &entry : data.mentees.at(i).avoid) {
            const QString entryName = QLatin1Char(' ') + normalize::name(entry) + QLatin1Char(' ');
            const QString entryText = entry.toLower();
            for (int j = 0; j < mentors; ++j)
                if (named(entryName, entryText, mentorNames.at(j), mentorEmails.at(j)))
                    m_avoid[qint64(i) * mentors + j] |= 1;
        }
    }
    for (int j = 0; anyMentor && j < data.mentors.size(); ++j) {
        for (const QString &entry : data.mentors.at(j).avoid) {
            const QString entryName = QLatin1Char(' ') + normalize::name(entry) + QLatin1Char(' ');
            const QString entryText = entry.toLower();
            for (int i = 0; i < data.mentees.size(); ++i)
                if (named(entryName, entryText, menteeNames.at(i), menteeEmails.at(i)))
                    m_avoid[qint64(i) * mentors + j] |= 2;
        }
    }
}

// --- scores ---

double Compatibility::preferenceValue(int mentee, int mentor, int *keywordHits, int *demographicsCompared,
                                      int *demographicsSame) const
{
    const std::size_t i = std::size_t(mentee), j = std::size_t(mentor);
    double sum = 0.0;
    int parts = 0;
    const int keywords = m_mentees.keywords.counts[i];
    if (keywords > 0) {
        const int hits =
            sharedCount(m_mentees.keywords.row(mentee), m_mentors.keywords.row(mentor), m_mentees.keywords.words);
        if (keywordHits)
            *keywordHits = hits;
        sum += double(hits) / keywords;
        ++parts;
    }
    if (m_mentors.optedIn[j]) {
        int compared = 0, same = 0;
        for (int k = 0; k < 3; ++k) {
            const int a = m_mentees.demographics[i][std::size_t(k)];
            const int b = m_mentors.demographics[j][std::size_t(k)];
            if (a >= 0 && b >= 0) {
                ++compared;
                same += a == b ? 1 : 0;
            }
        }
        if (demographicsCompared)
            *demographicsCompared = compared;
        if (demographicsSame)
            *demographicsSame = same;
        if (compared > 0) {
            sum += double(same) / compared;
            ++parts;
        }
    }
    return parts > 0 ? sum / parts : Neutral;
}

Compatibility::Values Compatibility::values(int mentee, int mentor) const
{
    const std::size_t i = std::size_t(mentee), j = std::size_t(mentor);
    Values out;
    auto &v = out.v;
    // Practice area: the share of the mentee's interests the mentor covers.
    {
        const int wanted = m_mentees.interests.counts[i];
        if (wanted == 0 || m_mentors.interests.counts[j] == 0)
            v[0] = Neutral;
        else
            v[0] = double(sharedCount(m_mentees.interests.row(mentee), m_mentors.interests.row(mentor),
                                      m_mentees.interests.words)) /
                   wanted;
    }
    {
        const int a = m_mentees.libraryType[i], b = m_mentors.libraryType[j];
        v[1] = a < 0 || b < 0 ? Neutral : a == b ? 1.0 : 0.0;
    }
    {
        const float a = m_mentees.offset[i], b = m_mentors.offset[j];
        if (std::isnan(a) || std::isnan(b)) {
            v[2] = Neutral;
        } else {
            double d = std::fabs(double(a) - double(b));
            d = std::min(d, 24.0 - d);
            v[2] = std::max(0.0, 1.0 - d / 6.0);
        }
    }
    {
        const int wanted = m_mentees.methods.counts[i];
        if (wanted == 0 || m_mentors.methods.counts[j] == 0)
            v[3] = Neutral;
        else
            v[3] = double(sharedCount(m_mentees.methods.row(mentee), m_mentors.methods.row(mentor),
                                      m_mentees.methods.words)) /
                   wanted;
    }
    v[4] = sharedCount(m_mentees.languages.row(mentee), m_mentors.languages.row(mentor), m_mentees.languages.words) > 0
               ? 1.0
               : 0.0;
    {
        const float a = m_mentees.years[i], b = m_mentors.years[j];
        v[5] = std::isnan(a) || std::isnan(b) ? Neutral : std::clamp((double(b) - double(a)) / 5.0, 0.0, 1.0);
    }
    v[6] = m_mentees.optedIn[i] ? preferenceValue(mentee, mentor, nullptr, nullptr, nullptr) : Neutral;
    return out;
}

// One mentee's side of score(), read once per row of the matrix.
struct Compatibility::MenteeRow
{
    const quint64 *interests;
    int wantedInterests;
    int libraryType;
    float offset;
    const quint64 *methods;
    int wantedMethods;
    const quint64 *languages;
    float years;
    bool optedIn;
};

Compatibility::MenteeRow Compatibility::menteeRow(int mentee) const
{
    const std::size_t i = std::size_t(mentee);
    return {m_mentees.interests.row(mentee), m_mentees.interests.counts[i],
            m_mentees.libraryType[i],        m_mentees.offset[i],
            m_mentees.methods.row(mentee),   m_mentees.methods.counts[i],
            m_mentees.languages.row(mentee), m_mentees.years[i],
            m_mentees.optedIn[i] != 0};
}

// The same arithmetic as values() and the sum in explain(), factor by factor in the same order,
// without building the values: this is the inner loop of the score matrix.
inline double Compatibility::pairScore(const MenteeRow &e, int mentee, int mentor) const
{
    const std::size_t j = std::size_t(mentor);
    const auto &w = m_normalized;
    double total = 0.0;
    {
        const int offered = m_mentors.interests.counts[j];
        total +=
            w[0] * (e.wantedInterests == 0 || offered == 0
                        ? Neutral
                        : double(sharedCount(e.interests, m_mentors.interests.row(mentor), m_mentors.interests.words)) /
                              e.wantedInterests);
    }
    {
        const int b = m_mentors.libraryType[j];
        total += w[1] * (e.libraryType < 0 || b < 0 ? Neutral : e.libraryType == b ? 1.0 : 0.0);
    }
    {
        const float b = m_mentors.offset[j];
        double v = Neutral;
        if (!std::isnan(e.offset) && !std::isnan(b)) {
            double d = std::fabs(double(e.offset) - double(b));
            d = std::min(d, 24.0 - d);
            v = std::max(0.0, 1.0 - d / 6.0);
        }
        total += w[2] * v;
    }
    {
        const int offered = m_mentors.methods.counts[j];
        total += w[3] * (e.wantedMethods == 0 || offered == 0
                             ? Neutral
                             : double(sharedCount(e.methods, m_mentors.methods.row(mentor), m_mentors.methods.words)) /
                                   e.wantedMethods);
    }
    total +=
        w[4] * (sharedCount(e.languages, m_mentors.languages.row(mentor), m_mentors.languages.words) > 0 ? 1.0 : 0.0);
    {
        const float b = m_mentors.years[j];
        total +=
            w[5] * (std::isnan(e.years) || std::isnan(b) ? Neutral
                                                         : std::clamp((double(b) - double(e.years)) / 5.0, 0.0, 1.0));
    }
    total += w[6] * (e.optedIn ? preferenceValue(mentee, mentor, nullptr, nullptr, nullptr) : Neutral);
    return std::clamp(total, 0.0, 1.0);
}

double Compatibility::score(int mentee, int mentor) const
{
    return pairScore(menteeRow(mentee), mentee, mentor);
}

void Compatibility::fillRow(int mentee, double *row) const
{
    const MenteeRow e = menteeRow(mentee);
    const int mentors = int(m_data->mentors.size());
    for (int j = 0; j < mentors; ++j)
        row[j] = pairScore(e, mentee, j);
}

void Compatibility::fillRows(const int *mentees, qsizetype count, double *matrix) const
{
    const std::size_t mentors = std::size_t(m_data->mentors.size());
    const auto fill = [&](qsizetype from, qsizetype to) {
        for (qsizetype r = from; r < to; ++r)
            fillRow(mentees ? mentees[r] : int(r), matrix + std::size_t(r) * mentors);
    };
    // Large matrices are split between the machine's cores (rows are independent).
    const unsigned cores = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
    const qsizetype pairs = count * qsizetype(mentors);
    if (cores == 1 || pairs < 1'000'000) {
        fill(0, count);
        return;
    }
    std::vector<std::thread> threads;
    const qsizetype chunk = (count + qsizetype(cores) - 1) / qsizetype(cores);
    for (unsigned t = 1; t < cores; ++t) {
        const qsizetype from = std::min(count, chunk * qsizetype(t));
        const qsizetype to = std::min(count, from + chunk);
        if (from < to)
            threads.emplace_back(fill, from, to);
    }
    fill(0, std::min(count, chunk));
    for (std::thread &thread : threads)
        thread.join();
}

std::vector<double> Compatibility::scoreMatrix() const
{
    const std::size_t mentors = std::size_t(m_data->mentors.size());
    std::vector<double> matrix = zeroedMatrix(std::size_t(m_data->mentees.size()) * mentors);
    fillRows(nullptr, m_data->mentees.size(), matrix.data());
    return matrix;
}

std::vector<double> Compatibility::scoreMatrix(const QList<int> &mentees) const
{
    const std::size_t mentors = std::size_t(m_data->mentors.size());
    std::vector<double> matrix = zeroedMatrix(std::size_t(mentees.size()) * mentors);
    fillRows(mentees.constData(), mentees.size(), matrix.data());
    return matrix;
}

// --- hard constraints ---

bool Compatibility::isBlocked(int mentee, int mentor) const
{
    if (m_data->settings.forbidSameLibrary) {
        const int library = m_mentees.library[std::size_t(mentee)];
        if (library >= 0 && library == m_mentors.library[std::size_t(mentor)])
            return true;
    }
    return !m_avoid.isEmpty() && m_avoid.contains(qint64(mentee) * m_data->mentors.size() + mentor);
}

QList<matching::MentorPair> Compatibility::blockedPairs() const
{
    std::vector<std::pair<int, int>> pairs;
    if (m_data->settings.forbidSameLibrary) {
        QHash<int, QList<int>> mentorsAt;
        for (int j = 0; j < m_data->mentors.size(); ++j)
            if (const int library = m_mentors.library[std::size_t(j)]; library >= 0)
                mentorsAt[library].append(j);
        for (int i = 0; i < m_data->mentees.size(); ++i) {
            const int library = m_mentees.library[std::size_t(i)];
            if (library < 0)
                continue;
            const auto it = mentorsAt.constFind(library);
            if (it != mentorsAt.constEnd())
                for (const int j : it.value())
                    pairs.emplace_back(i, j);
        }
    }
    const qint64 mentors = m_data->mentors.size();
    for (auto it = m_avoid.cbegin(); it != m_avoid.cend(); ++it)
        pairs.emplace_back(int(it.key() / mentors), int(it.key() % mentors));
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    QList<matching::MentorPair> out;
    out.reserve(qsizetype(pairs.size()));
    for (const auto &[i, j] : pairs)
        out.append({i, j});
    return out;
}

QString Compatibility::avoidReason(int mentee, int mentor, bool forChair) const
{
    const int who = m_avoid.value(qint64(mentee) * m_data->mentors.size() + mentor, 0);
    if (who == 0)
        return {};
    if (!forChair)
        return tr("A confidential request not to be matched rules this pair out");
    const MatchParticipant &e = m_data->mentees.at(mentee);
    const MatchParticipant &m = m_data->mentors.at(mentor);
    QStringList reasons;
    const auto entryNaming = [](const MatchParticipant &from, const MatchParticipant &other) {
        const QString name = QLatin1Char(' ') + normalize::name(other.name) + QLatin1Char(' ');
        const QString email = normalize::email(other.email);
        for (const QString &entry : from.avoid) {
            if ((name.trimmed().size() > 0 &&
                 QString(QLatin1Char(' ') + normalize::name(entry) + QLatin1Char(' ')).contains(name)) ||
                (!email.isEmpty() && entry.toLower().contains(email)))
                return entry;
        }
        return QString();
    };
    if (who & 1)
        reasons << tr("%1 (%2) asked not to be matched with %3: “%4”").arg(e.name, e.code, m.name, entryNaming(e, m));
    if (who & 2)
        reasons << tr("%1 (%2) asked not to be matched with %3: “%4”").arg(m.name, m.code, e.name, entryNaming(m, e));
    return reasons.join(QStringLiteral("; "));
}

QString Compatibility::blockedReason(int mentee, int mentor, bool forChair) const
{
    QStringList reasons;
    if (m_data->settings.forbidSameLibrary) {
        const int library = m_mentees.library[std::size_t(mentee)];
        if (library >= 0 && library == m_mentors.library[std::size_t(mentor)]) {
            const QString a = m_data->mentees.at(mentee).library.simplified();
            const QString b = m_data->mentors.at(mentor).library.simplified();
            reasons << (a.compare(b, Qt::CaseInsensitive) == 0
                            ? tr("Both work at %1").arg(a)
                            : tr("Both work at the same library (%1; %2)").arg(a, b));
        }
    }
    if (const QString avoid = avoidReason(mentee, mentor, forChair); !avoid.isEmpty())
        reasons << avoid;
    return reasons.join(QStringLiteral("; "));
}

// --- explanations ---

QString Compatibility::factorName(MatchFactor factor)
{
    switch (factor) {
    case MatchFactor::PracticeArea:
        return tr("Practice area");
    case MatchFactor::LibraryType:
        return tr("Library type");
    case MatchFactor::TimeZone:
        return tr("Time zone");
    case MatchFactor::ContactMethods:
        return tr("Contact methods");
    case MatchFactor::Language:
        return tr("Language");
    case MatchFactor::Experience:
        return tr("Experience");
    case MatchFactor::Preferences:
        return tr("Preferences");
    }
    return {};
}

QString Compatibility::explanation(MatchFactor factor, int mentee, int mentor, double value, bool forChair) const
{
    const MatchParticipant &e = m_data->mentees.at(mentee);
    const MatchParticipant &m = m_data->mentors.at(mentor);
    const std::size_t i = std::size_t(mentee), j = std::size_t(mentor);
    const auto sharedNames = [](const SetColumn &a, const SetColumn &b, int ia, int ib, const QStringList &names) {
        QStringList shared;
        forEachShared(a.row(ia), b.row(ib), a.words, [&](int id) { shared.append(names.value(id)); });
        return shared;
    };
    switch (factor) {
    case MatchFactor::PracticeArea: {
        const int wanted = m_mentees.interests.counts[i];
        if (wanted == 0)
            return tr("The mentee listed no interests");
        if (m_mentors.interests.counts[j] == 0)
            return tr("The mentor listed no interests");
        const QStringList shared =
            sharedNames(m_mentees.interests, m_mentors.interests, mentee, mentor, m_interestNames);
        if (shared.isEmpty())
            return tr("Shares none of the mentee's %n interest(s)", nullptr, wanted);
        return tr("Shares %1 of %n interest(s): %2", nullptr, wanted)
            .arg(shared.size())
            .arg(shared.join(QStringLiteral(", ")));
    }
    case MatchFactor::LibraryType: {
        if (m_mentees.libraryType[i] < 0 || m_mentors.libraryType[j] < 0)
            return tr("Library type not known");
        if (value >= 1.0)
            return tr("Same library type (%1)").arg(e.libraryType.simplified());
        return tr("Different library types (mentee %1, mentor %2)")
            .arg(e.libraryType.simplified(), m.libraryType.simplified());
    }
    case MatchFactor::TimeZone: {
        const float a = m_mentees.offset[i], b = m_mentors.offset[j];
        if (std::isnan(a) && std::isnan(b))
            return tr("Neither time zone is known");
        if (std::isnan(a))
            return tr("The mentee's time zone is not known");
        if (std::isnan(b))
            return tr("The mentor's time zone is not known");
        double d = std::fabs(double(a) - double(b));
        d = std::min(d, 24.0 - d);
        if (d == 0.0)
            return e.timeZone.trimmed() == m.timeZone.trimmed()
                       ? tr("Same time zone (%1)").arg(e.timeZone.trimmed())
                       : tr("Same UTC offset (%1 and %2)").arg(e.timeZone.trimmed(), m.timeZone.trimmed());
        return tr("UTC offsets %1 h apart (mentee %2, mentor %3)")
            .arg(hours(d), e.timeZone.trimmed(), m.timeZone.trimmed());
    }
    case MatchFactor::ContactMethods: {
        const int wanted = m_mentees.methods.counts[i];
        if (wanted == 0)
            return tr("The mentee gave no contact methods");
        if (m_mentors.methods.counts[j] == 0)
            return tr("The mentor gave no contact methods");
        const QStringList shared = sharedNames(m_mentees.methods, m_mentors.methods, mentee, mentor, m_methodNames);
        if (shared.isEmpty())
            return tr("No contact method in common");
        return tr("Both use %1 (%2 of the mentee's %n method(s))", nullptr, wanted)
            .arg(shared.join(QStringLiteral(", ")))
            .arg(shared.size());
    }
    case MatchFactor::Language: {
        const QStringList shared =
            sharedNames(m_mentees.languages, m_mentors.languages, mentee, mentor, m_languageNames);
        const bool assumed = e.languages.isEmpty() || m.languages.isEmpty();
        if (shared.isEmpty())
            return tr("No language in common");
        return assumed
                   ? tr("Both speak %1 (English assumed where none was given)").arg(shared.join(QStringLiteral(", ")))
                   : tr("Both speak %1").arg(shared.join(QStringLiteral(", ")));
    }
    case MatchFactor::Experience: {
        if (!e.yearsExperience && !m.yearsExperience)
            return tr("Neither gave their years of experience");
        if (!e.yearsExperience)
            return tr("The mentee did not give their years of experience");
        if (!m.yearsExperience)
            return tr("The mentor did not give their years of experience");
        const double gap = *m.yearsExperience - *e.yearsExperience;
        if (gap <= 0.0)
            return tr("The mentor has no more experience than the mentee (%1 and %2 years)")
                .arg(hours(*m.yearsExperience), hours(*e.yearsExperience));
        return tr("The mentor has %1 more years of experience (%2 and %3 years)")
            .arg(hours(gap), hours(*m.yearsExperience), hours(*e.yearsExperience));
    }
    case MatchFactor::Preferences: {
        if (!m_mentees.optedIn[i])
            return tr("Not used: the mentee did not ask for their preferences to be used in matching");
        int hits = 0, compared = 0, same = 0;
        (void)preferenceValue(mentee, mentor, &hits, &compared, &same);
        const int keywords = m_mentees.keywords.counts[i];
        if (keywords == 0 && compared == 0)
            return tr("Neutral: nothing in the mentee's preferences can be compared with this mentor");
        if (!forChair)
            return tr("Used as the mentee asked: fits their confidential preferences %1").arg(percent(value));
        QStringList parts;
        if (keywords > 0) {
            QStringList found;
            forEachShared(m_mentees.keywords.row(mentee), m_mentors.keywords.row(mentor), m_mentees.keywords.words,
                          [&](int id) { found.append(m_keywordNames.value(id)); });
            parts << (found.isEmpty()
                          ? tr("“%1”: the mentor's application mentions none of its %n keyword(s)", nullptr, keywords)
                                .arg(e.mentorPreference.simplified())
                          : tr("“%1”: the mentor's application mentions %2 of its %n keyword(s) (%3)", nullptr,
                               keywords)
                                .arg(e.mentorPreference.simplified())
                                .arg(found.size())
                                .arg(found.join(QStringLiteral(", "))));
        }
        if (compared > 0) {
            QStringList answers;
            const QString labels[] = {tr("gender"), tr("BIPOC"), tr("disability")};
            const QString menteeValues[] = {e.gender, e.bipoc, e.disability};
            const QString mentorValues[] = {m.gender, m.bipoc, m.disability};
            for (int k = 0; k < 3; ++k) {
                if (m_mentees.demographics[i][std::size_t(k)] >= 0 && m_mentors.demographics[j][std::size_t(k)] >= 0)
                    answers
                        << tr("%1 %2/%3").arg(labels[k], menteeValues[k].simplified(), mentorValues[k].simplified());
            }
            parts << tr("%1 of %2 demographic answers the same (%3)")
                         .arg(same)
                         .arg(compared)
                         .arg(answers.join(QStringLiteral(", ")));
        } else if (!m_mentors.optedIn[j]) {
            parts << tr("demographics not compared: the mentor did not opt in");
        }
        return parts.join(QStringLiteral("; "));
    }
    }
    return {};
}

PairExplanation Compatibility::explain(int mentee, int mentor, bool forChair) const
{
    PairExplanation out;
    const Values values = this->values(mentee, mentor);
    double total = 0.0;
    for (int k = 0; k < FactorCount; ++k) {
        FactorScore f;
        f.factor = MatchFactor(k);
        f.value = values.v[std::size_t(k)];
        f.weight = m_weight[std::size_t(k)];
        f.contribution = m_normalized[std::size_t(k)] * f.value;
        f.name = factorName(f.factor);
        f.explanation = explanation(f.factor, mentee, mentor, f.value, forChair);
        total += f.contribution;
        out.factors.append(f);
    }
    out.score = std::clamp(total, 0.0, 1.0);
    out.blockedReason = blockedReason(mentee, mentor, forChair);
    return out;
}

QList<Compatibility::Suggestion> Compatibility::suggestions(int mentee, int count) const
{
    QList<Suggestion> out;
    if (count <= 0 || mentee < 0 || mentee >= m_data->mentees.size())
        return out;
    std::vector<std::pair<double, int>> candidates;
    for (int j = 0; j < m_data->mentors.size(); ++j) {
        if (m_data->load(j) >= m_data->mentors.at(j).capacity || isBlocked(mentee, j))
            continue;
        candidates.emplace_back(score(mentee, j), j);
    }
    const auto better = [this](const std::pair<double, int> &a, const std::pair<double, int> &b) {
        if (a.first != b.first)
            return a.first > b.first;
        const int byCode = m_data->mentors.at(a.second).code.compare(m_data->mentors.at(b.second).code);
        return byCode != 0 ? byCode < 0 : a.second < b.second;
    };
    const std::size_t n = std::min(candidates.size(), std::size_t(count));
    std::partial_sort(candidates.begin(), candidates.begin() + std::ptrdiff_t(n), candidates.end(), better);
    for (std::size_t c = 0; c < n; ++c) {
        Suggestion s;
        s.mentor = candidates[c].second;
        s.score = candidates[c].first;
        // The two factors that add the most, strongest first (ties in factor order).
        const PairExplanation explained = explain(mentee, s.mentor, false);
        QList<FactorScore> factors = explained.factors;
        std::stable_sort(factors.begin(), factors.end(),
                         [](const FactorScore &a, const FactorScore &b) { return a.contribution > b.contribution; });
        QStringList parts;
        for (int k = 0; k < 2 && k < factors.size(); ++k)
            parts << tr("%1: %2").arg(factors.at(k).name, factors.at(k).explanation);
        s.reason = parts.join(QStringLiteral("; "));
        out.append(s);
    }
    return out;
}

} // namespace cohort
