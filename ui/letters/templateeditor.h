#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTextEdit;
class QToolButton;

namespace cohort {

// The letter template editor: a rich-text body with bold, italic, underline and
// lists, and an Insert Placeholder menu that puts {{placeholders}} and {{#sections}}…{{/sections}}
// at the cursor. Placeholders are highlighted in the text (unknown ones underlined in red) and
// the template's problems — unknown placeholders, unclosed sections — are listed under it.
//
// The body is kept as the HTML of what is between <body> and </body>; the editor never loads an
// image or a file the HTML names.
class LetterTemplateEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LetterTemplateEditor(QWidget *parent = nullptr);

    // Shows a template without emitting edited().
    void setTemplate(const QString &subject, const QString &bodyHtml);
    QString subject() const;
    QString body() const;
    void setReadOnly(bool readOnly);

    // Inserts {{name}} at the cursor, or wraps the selection in {{#name}}…{{/name}}
    // ({{^name}}…{{/name}} when inverted) for a section.
    void insertPlaceholder(const QString &name);
    void insertSection(const QString &name, bool inverted);

    QMenu *placeholderMenu() const { return m_placeholderMenu; }
    QTextEdit *textEdit() const { return m_edit; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QLabel *problemsLabel() const { return m_problems; }
    // One line per problem of the body, as listed under it; empty when there is none.
    QStringList problems() const { return m_problemLines; }

    // What a placeholder is called in the menu ("First name" for person.first_name).
    static QString labelOf(const QString &name);

signals:
    // The subject or the body was changed by the user.
    void edited();

private:
    void buildPlaceholderMenu();
    void updateProblems();
    void updateFormatActions();

    QLineEdit *m_subject;
    QTextEdit *m_edit;
    QLabel *m_problems;
    QToolButton *m_insertButton;
    QMenu *m_placeholderMenu;
    QAction *m_boldAction;
    QAction *m_italicAction;
    QAction *m_underlineAction;
    QAction *m_bulletAction;
    QStringList m_problemLines;
    bool m_loading = false;
};

} // namespace cohort
