#pragma once

#include "letters/letterdata.h"
#include "letters/letterrenderer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QStackedWidget;
class QToolButton;

namespace cohort {

// The live preview of a letter as a printed page, for one recipient at a time: the recipient's
// name in a list with Previous and Next beside it, then the page(s) as they will print. When
// the letter cannot be rendered for this recipient (a missing value, an unknown placeholder),
// the reason shows instead of the page.
class LetterPreview : public QWidget
{
    Q_OBJECT

public:
    explicit LetterPreview(QWidget *parent = nullptr);

    void setLetterhead(const Letterhead &letterhead);
    // Keeps the recipient shown (by application id) when still among them.
    void setRecipients(const QList<LetterRecipient> &recipients, const QString &emptyText);
    void setTemplateBody(const QString &bodyHtml);

    int count() const { return int(m_recipients.size()); }
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    const LetterRecipient *currentRecipient() const;
    // The letter's body for the recipient shown, or empty with problem() set.
    QString renderedBody() const { return m_body; }
    QString problem() const { return m_problem; }

    QComboBox *recipientCombo() const { return m_combo; }
    QPrintPreviewWidget *previewWidget() const { return m_preview; }
    QLabel *messageLabel() const { return m_message; }

public slots:
    void next();
    void previous();

signals:
    void currentChanged(int index);

private:
    void render();
    void paint(QPrinter *printer);

    Letterhead m_letterhead;
    QList<LetterRecipient> m_recipients;
    QString m_templateBody;
    int m_current = -1;
    QString m_body;
    QString m_problem;

    QComboBox *m_combo;
    QToolButton *m_previousButton;
    QToolButton *m_nextButton;
    QLabel *m_position;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QPrintPreviewWidget *m_preview;
};

} // namespace cohort
