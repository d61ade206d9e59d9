#include "letters/templateeditor.h"

#include "common/icons.h"
#include "letters/lettertemplate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>
#include <QSyntaxHighlighter>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace cohort {

namespace {

QString tag(const QString &name)
{
    return QStringLiteral("{{") + name + QStringLiteral("}}");
}

// A rich-text editor that shows no image the template names (letters never load them either).
class SealedTextEdit : public QTextEdit
{
public:
    using QTextEdit::QTextEdit;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

// Placeholders as chips; names neither documented nor relative to one underlined in red.
class PlaceholderHighlighter : public QSyntaxHighlighter
{
public:
    explicit PlaceholderHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
    {
        const QStringList names = LetterTemplate::placeholders();
        for (const QString &p : names) {
            const QStringList parts = p.split(QLatin1Char('.'));
            for (qsizetype i = 0; i < parts.size(); ++i) {
                m_known.insert(parts.mid(0, i + 1).join(QLatin1Char('.'))); // prefixes are sections
                m_known.insert(parts.mid(i).join(QLatin1Char('.')));        // names inside a section
            }
        }
        m_tagFormat.setForeground(QColor(0x1f, 0x5f, 0xae));
        m_tagFormat.setBackground(QColor(0x1f, 0x5f, 0xae, 28));
        m_sectionFormat = m_tagFormat;
        m_sectionFormat.setForeground(QColor(0x7a, 0x3e, 0x9d));
        m_sectionFormat.setBackground(QColor(0x7a, 0x3e, 0x9d, 28));
        m_unknownFormat.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        m_unknownFormat.setUnderlineColor(QColor(0xc6, 0x28, 0x28));
        m_unknownFormat.setForeground(QColor(0xc6, 0x28, 0x28));
    }

protected:
    void highlightBlock(const QString &text) override
    {
        static const QRegularExpression tags(QStringLiteral(R"(\{\{\s*([#^/!]?)\s*([^}]*?)\s*\}\})"));
        for (auto it = tags.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString sigil = m.captured(1);
            const QString name = m.captured(2);
            QTextCharFormat format = sigil.isEmpty() ? m_tagFormat : m_sectionFormat;
            if (sigil != QLatin1String("!") && !m_known.contains(name))
                format = m_unknownFormat;
            setFormat(int(m.capturedStart()), int(m.capturedLength()), format);
        }
    }

private:
    QSet<QString> m_known;
    QTextCharFormat m_tagFormat;
    QTextCharFormat m_sectionFormat;
    QTextCharFormat m_unknownFormat;
};

QString innerBody(const QString &html)
{
    static const QRegularExpression bodyOpen(QStringLiteral(R"(<body[^>]*>)"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch open = bodyOpen.match(html);
    if (!open.hasMatch())
        return html;
    const qsizetype start = open.capturedEnd();
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"), -1, Qt::CaseInsensitive);
    return html.mid(start, end < start ? -1 : end - start).trimmed();
}

} // namespace

QString LetterTemplateEditor::labelOf(const QString &name)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("person.first_name"), tr("First name")},
        {QStringLiteral("person.last_name"), tr("Last name")},
        {QStringLiteral("person.full_name"), tr("Full name")},
        {QStringLiteral("person.email"), tr("Email")},
        {QStringLiteral("person.library"), tr("Library")},
        {QStringLiteral("person.role"), tr("Role (mentor or mentee)")},
        {QStringLiteral("cycle.name"), tr("Cycle name")},
        {QStringLiteral("decision"), tr("Decision")},
        {QStringLiteral("match.partner.full_name"), tr("Partner's full name")},
        {QStringLiteral("match.partner.email"), tr("Partner's email")},
        {QStringLiteral("match.partner.library"), tr("Partner's library")},
        {QStringLiteral("match.partner.contact_methods"), tr("Partner's preferred contact methods")},
        {QStringLiteral("goals.due_date"), tr("Goal sheet due date")},
        {QStringLiteral("orientation.date"), tr("Orientation date")},
        {QStringLiteral("program.name"), tr("Program name")},
        {QStringLiteral("program.contact_rule"), tr("Contact expectation (“at least twice a month”)")},
        {QStringLiteral("today"), tr("Today's date")},
        {QStringLiteral("signature.name"), tr("Signer's name")},
        {QStringLiteral("signature.title"), tr("Signer's title")},
        {QStringLiteral("service.mentees"), tr("Mentees served")},
        {QStringLiteral("service.contacts"), tr("Contacts logged (a number)")},
        {QStringLiteral("service.contacts_text"), tr("Contacts logged (“13 contacts”)")},
        {QStringLiteral("match.partner_names"), tr("Every partner's name (“Ann Lee and Bob Ray”)")},
    };
    return labels.value(name, name);
}

LetterTemplateEditor::LetterTemplateEditor(QWidget *parent)
    : QWidget(parent), m_subject(new QLineEdit(this)), m_edit(new SealedTextEdit(this)), m_problems(new QLabel(this)),
      m_insertButton(new QToolButton(this)), m_placeholderMenu(new QMenu(tr("Insert &Placeholder"), this))
{
    setObjectName(QStringLiteral("letterTemplateEditor"));
    m_subject->setObjectName(QStringLiteral("letterSubjectEdit"));
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setPlaceholderText(tr("The letter's subject, also its PDF title"));
    m_edit->setObjectName(QStringLiteral("letterBodyEdit"));
    m_edit->setAccessibleName(tr("Letter text"));
    m_edit->setAcceptRichText(true);
    m_edit->setTabChangesFocus(true);
    new PlaceholderHighlighter(m_edit->document());
    m_problems->setObjectName(QStringLiteral("letterProblemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setVisible(false);
    QPalette warn = m_problems->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problems->setPalette(warn);

    auto *toolBar = new QToolBar(tr("Format"), this);
    toolBar->setObjectName(QStringLiteral("letterFormatBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto formatAction = [&](const QString &text, const QString &tip, auto apply) {
        auto *action = toolBar->addAction(text);
        action->setCheckable(true);
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, [this, apply](bool on) {
            QTextCharFormat format;
            apply(format, on);
            m_edit->mergeCurrentCharFormat(format);
            m_edit->setFocus();
        });
        return action;
    };
    m_boldAction = formatAction(tr("Bold"), tr("Bold text (Ctrl+B)"),
                                [](QTextCharFormat &f, bool on) { f.setFontWeight(on ? QFont::Bold : QFont::Normal); });
    m_boldAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_boldAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_boldAction);
    QFont bold = m_boldAction->font();
    bold.setBold(true);
    m_boldAction->setFont(bold);
    m_italicAction =
        formatAction(tr("Italic"), tr("Italic text"), [](QTextCharFormat &f, bool on) { f.setFontItalic(on); });
    QFont italic = m_italicAction->font();
    italic.setItalic(true);
    m_italicAction->setFont(italic);
    m_underlineAction = formatAction(tr("Underline"), tr("Underlined text"),
                                     [](QTextCharFormat &f, bool on) { f.setFontUnderline(on); });
    QFont underline = m_underlineAction->font();
    underline.setUnderline(true);
    m_underlineAction->setFont(underline);
    m_bulletAction = toolBar->addAction(tr("• List"));
    m_bulletAction->setCheckable(true);
    m_bulletAction->setToolTip(tr("A bulleted list"));
    connect(m_bulletAction, &QAction::triggered, this, [this](bool on) {
        QTextCursor cursor = m_edit->textCursor();
        if (on) {
            cursor.createList(QTextListFormat::ListDisc);
        } else if (QTextList *list = cursor.currentList()) {
            list->remove(cursor.block());
            QTextBlockFormat plain = cursor.blockFormat();
            plain.setIndent(0);
            cursor.setBlockFormat(plain);
        }
        m_edit->setFocus();
    });
    toolBar->addSeparator();
    m_insertButton->setObjectName(QStringLiteral("insertPlaceholderButton"));
    m_insertButton->setText(tr("Insert Placeholder"));
    m_insertButton->setToolTip(tr("Put a value such as the recipient's name, or text shown only when it applies, at "
                                  "the cursor"));
    m_insertButton->setPopupMode(QToolButton::InstantPopup);
    m_insertButton->setMenu(m_placeholderMenu);
    toolBar->addWidget(m_insertButton);
    buildPlaceholderMenu();

    // The subject is kept with the template (older files may have one) but letters do not print it.
    m_subject->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_problems);

    connect(m_edit, &QTextEdit::textChanged, this, [this] {
        updateProblems();
        if (!m_loading)
            emit edited();
    });
    connect(m_subject, &QLineEdit::textEdited, this, [this] { emit edited(); });
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, [this] { updateFormatActions(); });
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, [this] { updateFormatActions(); });
}

void LetterTemplateEditor::buildPlaceholderMenu()
{
    m_placeholderMenu->setObjectName(QStringLiteral("placeholderMenu"));
    m_placeholderMenu->setToolTipsVisible(true);
    struct Group
    {
        QString prefix;
        QString title;
    };
    const QList<Group> groups{{QStringLiteral("person."), tr("&Recipient")},
                              {QStringLiteral("match.partner."), tr("&Partner")},
                              {QStringLiteral("service."), tr("&Service")},
                              {QStringLiteral("signature."), tr("Si&gnature")}};
    QHash<QString, QMenu *> menus;
    for (const Group &g : groups) {
        QMenu *menu = m_placeholderMenu->addMenu(g.title);
        menu->setToolTipsVisible(true);
        menus.insert(g.prefix, menu);
    }
    QMenu *other = m_placeholderMenu;
    m_placeholderMenu->addSeparator();
    const QStringList names = LetterTemplate::placeholders();
    for (const QString &name : names) {
        if (name == QLatin1String("match") || name.startsWith(QLatin1String("match.partners")) ||
            name.startsWith(QLatin1String("person.is_")) || name == QLatin1String("match.several") ||
            name == QLatin1String("goals.overdue"))
            continue; // sections, below
        QMenu *menu = other;
        for (auto it = menus.cbegin(); it != menus.cend(); ++it)
            if (name.startsWith(it.key()))
                menu = it.value();
        QAction *action = menu->addAction(labelOf(name));
        action->setToolTip(tag(name));
        action->setData(name);
        connect(action, &QAction::triggered, this, [this, name] { insertPlaceholder(name); });
    }
    for (auto it = menus.cbegin(); it != menus.cend(); ++it)
        it.value()->menuAction()->setVisible(!it.value()->isEmpty());

    m_placeholderMenu->addSeparator();
    QMenu *sections = m_placeholderMenu->addMenu(tr("&Text Shown Only When…"));
    sections->setObjectName(QStringLiteral("sectionMenu"));
    sections->setToolTipsVisible(true);
    struct Section
    {
        QString name;
        bool inverted;
        QString label;
    };
    QList<Section> list{{QStringLiteral("match"), false, tr("The recipient has a match")},
                        {QStringLiteral("match"), true, tr("The recipient has no match yet")},
                        {QStringLiteral("orientation"), false, tr("The orientation date is set")},
                        {QStringLiteral("goals"), false, tr("The goal sheet due date is known")}};
    if (names.contains(QStringLiteral("match.several")))
        list.append({QStringLiteral("match.several"), false, tr("The recipient has several partners")});
    if (names.contains(QStringLiteral("goals.overdue")))
        list.append({QStringLiteral("goals.overdue"), false, tr("The goal sheet is overdue")});
    if (names.contains(QStringLiteral("person.is_mentor")))
        list.append({QStringLiteral("person.is_mentor"), false, tr("The recipient is a mentor")});
    if (names.contains(QStringLiteral("person.is_mentee")))
        list.append({QStringLiteral("person.is_mentee"), false, tr("The recipient is a mentee")});
    for (const Section &s : std::as_const(list)) {
        QAction *action = sections->addAction(s.label);
        action->setToolTip(QStringLiteral("{{%1%2}}…{{/%2}}").arg(s.inverted ? u'^' : u'#').arg(s.name));
        connect(action, &QAction::triggered, this, [this, s] { insertSection(s.name, s.inverted); });
    }
    if (names.contains(QStringLiteral("match.partners.full_name"))) {
        QAction *each = m_placeholderMenu->addAction(tr("Every Partner (a &Line Each)"));
        each->setToolTip(tr("A mentor with several mentees gets a line for each"));
        connect(each, &QAction::triggered, this, [this] {
            QTextCursor cursor = m_edit->textCursor();
            cursor.beginEditBlock();
            cursor.insertBlock();
            cursor.insertText(QStringLiteral("{{#match.partners}}"));
            cursor.insertBlock();
            cursor.insertText(QStringLiteral("{{full_name}}, {{email}}"));
            cursor.insertBlock();
            cursor.insertText(QStringLiteral("{{/match.partners}}"));
            cursor.endEditBlock();
            m_edit->setFocus();
        });
    }
}

void LetterTemplateEditor::setTemplate(const QString &subject, const QString &bodyHtml)
{
    m_loading = true;
    m_subject->setText(subject);
    m_edit->setHtml(bodyHtml);
    m_edit->document()->setModified(false);
    m_loading = false;
    updateProblems();
}

QString LetterTemplateEditor::subject() const
{
    return m_subject->text().trimmed();
}

QString LetterTemplateEditor::body() const
{
    return innerBody(m_edit->toHtml());
}

void LetterTemplateEditor::setReadOnly(bool readOnly)
{
    m_subject->setReadOnly(readOnly);
    m_edit->setReadOnly(readOnly);
    m_insertButton->setEnabled(!readOnly);
    for (QAction *a : {m_boldAction, m_italicAction, m_underlineAction, m_bulletAction})
        a->setEnabled(!readOnly);
}

void LetterTemplateEditor::insertPlaceholder(const QString &name)
{
    if (m_edit->isReadOnly())
        return;
    m_edit->textCursor().insertText(tag(name));
    m_edit->setFocus();
}

void LetterTemplateEditor::insertSection(const QString &name, bool inverted)
{
    if (m_edit->isReadOnly())
        return;
    QTextCursor cursor = m_edit->textCursor();
    const QString open = tag((inverted ? QStringLiteral("^") : QStringLiteral("#")) + name);
    const QString close = tag(QLatin1Char('/') + name);
    cursor.beginEditBlock();
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    cursor.setPosition(end);
    cursor.insertText(close);
    cursor.setPosition(start);
    cursor.insertText(open);
    cursor.endEditBlock();
    if (start == end) { // put the cursor between the tags
        cursor.setPosition(start + int(open.size()));
        m_edit->setTextCursor(cursor);
    }
    m_edit->setFocus();
}

void LetterTemplateEditor::updateProblems()
{
    m_problemLines.clear();
    const QList<LetterProblem> problems = LetterTemplate::check(body());
    for (const LetterProblem &p : problems)
        m_problemLines.append(p.text);
    m_problems->setText(m_problemLines.join(QLatin1Char('\n')));
    m_problems->setVisible(!m_problemLines.isEmpty());
}

void LetterTemplateEditor::updateFormatActions()
{
    const QTextCharFormat f = m_edit->currentCharFormat();
    m_boldAction->setChecked(f.fontWeight() >= QFont::Bold);
    m_italicAction->setChecked(f.fontItalic());
    m_underlineAction->setChecked(f.fontUnderline());
    m_bulletAction->setChecked(m_edit->textCursor().currentList() != nullptr);
}

} // namespace cohort
