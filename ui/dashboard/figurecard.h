#pragma once

#include <QFrame>

class QLabel;

namespace cohort {

// One headline figure of the Dashboard: a caption above a large value, and a note below.
class FigureCard : public QFrame
{
    Q_OBJECT

public:
    explicit FigureCard(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &note = {});
    QString value() const;
    QString note() const;

private:
    QLabel *m_captionLabel;
    QLabel *m_valueLabel;
    QLabel *m_noteLabel;
};

} // namespace cohort
