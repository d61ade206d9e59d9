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
    // A card that opens the list behind its figure: a pointing hand, the tooltip, focusable, and
    // clicked() on a click or on Enter or Space.
    void setClickable(const QString &toolTip);

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool m_clickable = false;
    QLabel *m_captionLabel;
    QLabel *m_valueLabel;
    QLabel *m_noteLabel;
};

} // namespace cohort
