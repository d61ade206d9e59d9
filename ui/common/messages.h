#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>

class QWidget;

namespace cohort {

// The one way Cohort shows a message box. Texts are shown as plain text (they may quote user
// data). Tests switch on test mode: then nothing is shown, every message is recorded, and
// questions are answered from a queue that the test fills beforehand.
class Messages
{
public:
    enum class Kind
    {
        Information,
        Warning,
        Critical,
        Question,
        About
    };
    struct Shown
    {
        Kind kind;
        QString title;
        QString text;
    };

    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);
    // The About box (rich text from the application itself, never user data).
    static void about(QWidget *parent, const QString &title, const QString &richText);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    // Test hooks.
    static void setTestMode(bool on);
    static void queueAnswer(QMessageBox::StandardButton answer);
    static QList<Shown> takeShown();

private:
    static QMessageBox::StandardButton show(QWidget *parent, Kind kind, const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace cohort
