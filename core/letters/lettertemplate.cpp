#include "letters/lettertemplate.h"

#include <kainjow/mustache.hpp>

#include <QRegularExpression>
#include <QSet>

namespace cohort {

namespace mustache = kainjow::mustache;

namespace {

struct Node
{
    enum Kind
    {
        Text,
        Variable,
        Section,
        Inverted
    };
    Kind kind = Text;
    QString text; // Text: the literal; otherwise the placeholder name
    int line = 0;
    int column = 0;
    QList<Node> children;
};

struct Parsed
{
    QList<Node> nodes;
    QList<LetterProblem> problems;
};

// Tracks 1-based line/column while scanning forwards.
class Cursor
{
public:
    explicit Cursor(const QString &s) : m_s(s) {}
    void advanceTo(qsizetype pos)
    {
        for (; m_pos < pos && m_pos < m_s.size(); ++m_pos) {
            if (m_s.at(m_pos) == QLatin1Char('\n')) {
                ++m_line;
                m_column = 1;
            } else {
                ++m_column;
            }
        }
    }
    int line() const { return m_line; }
    int column() const { return m_column; }

private:
    const QString &m_s;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

QString tagText(const Node &n)
{
    switch (n.kind) {
    case Node::Section:
        return QStringLiteral("{{#%1}}").arg(n.text);
    case Node::Inverted:
        return QStringLiteral("{{^%1}}").arg(n.text);
    default:
        return QStringLiteral("{{%1}}").arg(n.text);
    }
}

Parsed parse(const QString &tpl)
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$"));
    const QString open = QStringLiteral("{{");
    const QString close = QStringLiteral("}}");

    Parsed out;
    QList<Node> stack;
    Cursor cursor(tpl);
    auto append = [&](Node n) {
        if (stack.isEmpty())
            out.nodes.append(std::move(n));
        else
            stack.last().children.append(std::move(n));
    };
    auto problem = [&](qsizetype pos, const QString &text) {
        cursor.advanceTo(pos);
        out.problems.append({cursor.line(), cursor.column(), text});
    };
    auto addText = [&](qsizetype from, qsizetype to) {
        if (to <= from)
            return;
        const QString text = tpl.mid(from, to - from);
        const qsizetype stray = text.indexOf(close);
        if (stray >= 0)
            problem(from + stray, LetterTemplate::tr("“}}” without a matching “{{”."));
        append({Node::Text, text, 0, 0, {}});
    };

    qsizetype pos = 0;
    while (pos < tpl.size()) {
        const qsizetype start = tpl.indexOf(open, pos);
        if (start < 0) {
            addText(pos, tpl.size());
            break;
        }
        addText(pos, start);
        qsizetype end = tpl.indexOf(close, start + 2);
        if (end < 0) {
            problem(start, LetterTemplate::tr("“{{” is never closed with “}}”."));
            break;
        }
        QString inner = tpl.mid(start + 2, end - start - 2);
        pos = end + 2;
        if (inner.startsWith(QLatin1Char('{'))) {
            if (pos < tpl.size() && tpl.at(pos) == QLatin1Char('}'))
                ++pos;
            problem(start, LetterTemplate::tr("Unescaped output “{{{…}}}” is not allowed in letters."));
            continue;
        }
        inner = inner.trimmed();
        cursor.advanceTo(start);
        const int line = cursor.line();
        const int column = cursor.column();
        const QChar sigil = inner.isEmpty() ? QChar() : inner.at(0);
        if (sigil == QLatin1Char('!'))
            continue;
        if (sigil == QLatin1Char('&') || sigil == QLatin1Char('>') || sigil == QLatin1Char('=')) {
            problem(start, LetterTemplate::tr("The tag “{{%1}}” is not allowed in letters.").arg(inner));
            continue;
        }
        const bool hasSigil = sigil == QLatin1Char('#') || sigil == QLatin1Char('^') || sigil == QLatin1Char('/');
        const QString name = hasSigil ? inner.mid(1).trimmed() : inner;
        if (!validName.match(name).hasMatch()) {
            problem(start, LetterTemplate::tr("“{{%1}}” is not a placeholder name.").arg(inner));
            continue;
        }
        if (sigil == QLatin1Char('#') || sigil == QLatin1Char('^')) {
            stack.append({sigil == QLatin1Char('#') ? Node::Section : Node::Inverted, name, line, column, {}});
        } else if (sigil == QLatin1Char('/')) {
            if (stack.isEmpty()) {
                problem(start, LetterTemplate::tr("“{{/%1}}” closes no section.").arg(name));
                continue;
            }
            if (stack.last().text != name) {
                const Node &top = stack.last();
                problem(start, LetterTemplate::tr("“{{/%1}}” does not close %2 opened at line %3, column %4.")
                                   .arg(name, tagText(top))
                                   .arg(top.line)
                                   .arg(top.column));
            }
            append(stack.takeLast());
        } else {
            append({Node::Variable, name, line, column, {}});
        }
    }
    while (!stack.isEmpty()) {
        const Node n = stack.takeLast();
        out.problems.append(
            {n.line, n.column, LetterTemplate::tr("%1 is never closed with “{{/%2}}”.").arg(tagText(n), n.text)});
        append(n);
    }
    std::sort(out.problems.begin(), out.problems.end(), [](const LetterProblem &a, const LetterProblem &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return out;
}

bool documented(const QString &name)
{
    static const QSet<QString> names = [] {
        QSet<QString> s;
        for (const QString &p : LetterTemplate::placeholders()) {
            const QStringList parts = p.split(QLatin1Char('.'));
            for (qsizetype i = 1; i <= parts.size(); ++i)
                s.insert(parts.mid(0, i).join(QLatin1Char('.'))); // prefixes are sections
        }
        return s;
    }();
    return names.contains(name);
}

bool hasPath(const QVariant &v, QStringList segments)
{
    if (segments.isEmpty())
        return v.isValid();
    if (v.typeId() == QMetaType::QVariantList) {
        const QVariantList list = v.toList();
        return std::any_of(list.begin(), list.end(), [&](const QVariant &item) { return hasPath(item, segments); });
    }
    if (v.typeId() != QMetaType::QVariantMap)
        return false;
    const QVariantMap map = v.toMap();
    const QString first = segments.takeFirst();
    return map.contains(first) && hasPath(map.value(first), segments);
}

// Candidate full names for a name used inside the given (outer first) sections.
QStringList candidates(const QString &name, const QStringList &sections)
{
    QStringList out{name};
    for (qsizetype i = sections.size() - 1; i >= 0; --i)
        out.append(sections.at(i) + QLatin1Char('.') + name);
    return out;
}

// Walks the tree; `known` decides for the candidate full names of a placeholder.
template <typename Known>
void findUnknown(const QList<Node> &nodes, QStringList sections, const Known &known, QList<LetterProblem> &problems)
{
    for (const Node &n : nodes) {
        if (n.kind == Node::Text)
            continue;
        const QStringList names = candidates(n.text, sections);
        const auto it = std::find_if(names.begin(), names.end(), known);
        if (it == names.end())
            problems.append({n.line, n.column, LetterTemplate::tr("“{{%1}}” is not a known placeholder.").arg(n.text)});
        if (n.kind != Node::Variable) {
            QStringList inner = sections;
            inner.append(it == names.end() ? n.text : *it);
            findUnknown(n.children, inner, known, problems);
        }
    }
}

bool isTruthy(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return false;
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::QVariantList:
        return !v.toList().isEmpty();
    case QMetaType::QVariantMap:
        return !v.toMap().isEmpty();
    default:
        return !v.toString().trimmed().isEmpty();
    }
}

QString escaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    out.replace(QLatin1Char('{'), QLatin1String("&#123;"));
    out.replace(QLatin1Char('}'), QLatin1String("&#125;"));
    out.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return out;
}

// A value tree as the Mustache library takes it. An empty text is false, as the checks treat it
// (a section over it is skipped, an inverted section shown).
mustache::data toData(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        mustache::data object{mustache::data::type::object};
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.set(it.key().toStdString(), toData(it.value()));
        return object;
    }
    case QMetaType::QVariantList: {
        mustache::data list{mustache::data::type::list};
        const QVariantList items = value.toList();
        for (const QVariant &item : items)
            list.push_back(toData(item));
        return list;
    }
    case QMetaType::Bool:
        return mustache::data{value.toBool()};
    default: {
        const QString text = value.toString();
        if (text.trimmed().isEmpty())
            return mustache::data{false};
        return mustache::data{text.toStdString()};
    }
    }
}

class Renderer
{
public:
    Renderer(const QVariantMap &values, const QString &recipient) : m_recipient(recipient) { m_frames.append(values); }

    Status render(const QList<Node> &nodes, QString &out)
    {
        for (const Node &n : nodes) {
            switch (n.kind) {
            case Node::Text:
                out += n.text;
                break;
            case Node::Variable: {
                const QVariant v = lookup(n.text);
                const bool guarded = m_guards.contains(n.text);
                if (v.typeId() == QMetaType::QVariantMap || v.typeId() == QMetaType::QVariantList)
                    return fail(n, LetterTemplate::tr("is a section; write {{#%1}}…{{/%1}}").arg(n.text));
                if (!guarded && !isTruthy(v) && v.typeId() != QMetaType::Bool)
                    return fail(n, LetterTemplate::tr("has no value"));
                out += escaped(v.toString());
                break;
            }
            case Node::Inverted: {
                if (isTruthy(lookup(n.text)))
                    break;
                m_guards.append(n.text);
                const Status s = render(n.children, out);
                m_guards.removeLast();
                if (!s)
                    return s;
                break;
            }
            case Node::Section: {
                const QVariant v = lookup(n.text);
                if (!isTruthy(v))
                    break;
                QVariantList items;
                if (v.typeId() == QMetaType::QVariantList)
                    items = v.toList();
                else
                    items.append(v.typeId() == QMetaType::QVariantMap ? v : QVariant(QVariantMap()));
                m_guards.append(n.text);
                for (const QVariant &item : std::as_const(items)) {
                    m_frames.append(item.typeId() == QMetaType::QVariantMap ? item : QVariant(QVariantMap()));
                    const Status s = render(n.children, out);
                    m_frames.removeLast();
                    if (!s) {
                        m_guards.removeLast();
                        return s;
                    }
                }
                m_guards.removeLast();
                break;
            }
            }
        }
        return {};
    }

private:
    QVariant lookup(const QString &name) const
    {
        const QStringList segments = name.split(QLatin1Char('.'));
        for (qsizetype i = m_frames.size() - 1; i >= 0; --i) {
            const QVariantMap frame = m_frames.at(i).toMap();
            if (!frame.contains(segments.first()))
                continue;
            QVariant v = frame.value(segments.first());
            for (qsizetype k = 1; k < segments.size(); ++k) {
                const QVariantMap map = v.toMap();
                if (v.typeId() != QMetaType::QVariantMap || !map.contains(segments.at(k)))
                    return {};
                v = map.value(segments.at(k));
            }
            return v;
        }
        return {};
    }

    Status fail(const Node &n, const QString &what) const
    {
        return Error{LetterTemplate::tr("The letter for %1 cannot be written: “{{%2}}” at line %3, column %4 %5.")
                         .arg(m_recipient, n.text)
                         .arg(n.line)
                         .arg(n.column)
                         .arg(what)};
    }

    QString m_recipient;
    QVariantList m_frames;
    QStringList m_guards;
};

} // namespace

QStringList LetterTemplate::placeholders()
{
    return {
        QStringLiteral("person.first_name"),
        QStringLiteral("person.last_name"),
        QStringLiteral("person.full_name"),
        QStringLiteral("person.email"),
        QStringLiteral("person.library"),
        QStringLiteral("person.role"),
        QStringLiteral("person.is_mentor"),
        QStringLiteral("person.is_mentee"),
        QStringLiteral("cycle.name"),
        QStringLiteral("decision"),
        QStringLiteral("match"),
        QStringLiteral("match.partner.full_name"),
        QStringLiteral("match.partner.email"),
        QStringLiteral("match.partner.library"),
        QStringLiteral("match.partner.contact_methods"),
        QStringLiteral("match.partner_names"),
        QStringLiteral("match.several"),
        QStringLiteral("match.partners.full_name"),
        QStringLiteral("match.partners.email"),
        QStringLiteral("match.partners.library"),
        QStringLiteral("match.partners.contact_methods"),
        QStringLiteral("goals.due_date"),
        QStringLiteral("goals.overdue"),
        QStringLiteral("orientation.date"),
        QStringLiteral("program.name"),
        QStringLiteral("program.contact_rule"),
        QStringLiteral("service.mentees"),
        QStringLiteral("service.contacts"),
        QStringLiteral("service.contacts_text"),
        QStringLiteral("today"),
        QStringLiteral("signature.name"),
        QStringLiteral("signature.title"),
    };
}

QList<LetterProblem> LetterTemplate::check(const QString &templateHtml)
{
    Parsed parsed = parse(templateHtml);
    findUnknown(parsed.nodes, {}, documented, parsed.problems);
    std::stable_sort(parsed.problems.begin(), parsed.problems.end(),
                     [](const LetterProblem &a, const LetterProblem &b) {
                         return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
    return parsed.problems;
}

Result<QString> LetterTemplate::render(const QString &templateHtml, const QVariantMap &values,
                                       const QString &recipient) const
{
    Parsed parsed = parse(templateHtml);
    if (!parsed.problems.isEmpty()) {
        const LetterProblem &p = parsed.problems.first();
        return Error{tr("The letter for %1 cannot be written: the template has an error at line %2, column %3: %4")
                         .arg(recipient)
                         .arg(p.line)
                         .arg(p.column)
                         .arg(p.text)};
    }
    QList<LetterProblem> unknown;
    const QVariant root(values);
    findUnknown(
        parsed.nodes, {},
        [&](const QString &name) { return documented(name) || hasPath(root, name.split(QLatin1Char('.'))); }, unknown);
    if (!unknown.isEmpty()) {
        const LetterProblem &p = unknown.first();
        return Error{tr("The letter for %1 cannot be written: at line %2, column %3: %4")
                         .arg(recipient)
                         .arg(p.line)
                         .arg(p.column)
                         .arg(p.text)};
    }
    // The scanner checked every tag with its place (kainjow reports neither places nor unknown
    // names); the letter itself is rendered by the Mustache library.
    QString checked;
    Renderer renderer(values, recipient);
    if (const Status s = renderer.render(parsed.nodes, checked); !s)
        return Error{s.error()};
    mustache::mustache engine(templateHtml.toStdString());
    if (!engine.is_valid())
        return Error{tr("The letter for %1 cannot be written: %2")
                         .arg(recipient, QString::fromStdString(engine.error_message()))};
    engine.set_custom_escape(
        [](const std::string &text) { return escaped(QString::fromStdString(text)).toStdString(); });
    const std::string out = engine.render(toData(values));
    if (!engine.is_valid())
        return Error{tr("The letter for %1 cannot be written: %2")
                         .arg(recipient, QString::fromStdString(engine.error_message()))};
    return QString::fromStdString(out);
}

} // namespace cohort
