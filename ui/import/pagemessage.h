#pragma once

#include <QWidget>

class QLabel;

namespace cohort {

// One line (or a few) under a wizard page's controls that says what is wrong or worth knowing,
// with an icon so it does not rely on colour. Plain text: it often quotes the user's file.
// Hidden while empty.
class PageMessage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Warning,
        Error
    };

    explicit PageMessage(QWidget *parent = nullptr);

    void setMessage(Kind kind, const QString &text);
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_iconLabel;
    QLabel *m_textLabel;
    Kind m_kind = Kind::Information;
};

} // namespace cohort
