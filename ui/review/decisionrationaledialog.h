#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QPlainTextEdit;

namespace cohort {

// Asks for the rationale of decisions that depart from the calibrated order (DecisionRules
// says which and why): the reasons are listed, and the decision is made only with a rationale.
class DecisionRationaleDialog : public QDialog
{
    Q_OBJECT

public:
    DecisionRationaleDialog(const QString &decision, const QStringList &departures, QWidget *parent = nullptr);

    QString rationale() const;
    QPlainTextEdit *rationaleEdit() const { return m_edit; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QPlainTextEdit *m_edit;
    QDialogButtonBox *m_buttons;
};

} // namespace cohort
