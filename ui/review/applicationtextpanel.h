#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace cohort {

class ProgramDocument;
struct ReviewApplication;

// The detail panel beside the scoring grid: the selected application as a reviewer reads it —
// the statement, experience, connection, what a mentor offers — as plain text. In blind review
// the name, email, library, position and city are left out and the application is titled by its
// code; confidential fields (kept for matching) are never shown to a reviewer.
class ApplicationTextPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicationTextPanel(QWidget *parent = nullptr);

    void setDocument(ProgramDocument *document);
    // Reads the application (one row, on the GUI thread) and shows it; an empty id clears.
    void setApplication(const ReviewApplication *application, bool blind);
    QString applicationId() const { return m_applicationId; }
    QString plainText() const;

private:
    QPointer<ProgramDocument> m_document;
    QString m_applicationId;
    QLabel *m_titleLabel;
    QTextBrowser *m_browser;
};

} // namespace cohort
