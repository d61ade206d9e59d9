#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace cohort {

// Asks why an application moves to a status that needs a reason (ineligible, withdrawn, a
// manual override). OK stays disabled until there is a reason.
class StatusReasonDialog : public QDialog
{
    Q_OBJECT

public:
    StatusReasonDialog(const QString &applicantName, const QString &fromLabel, const QString &toLabel,
                       QWidget *parent = nullptr);
    QString reason() const;

private:
    QPlainTextEdit *m_reasonEdit;
    QDialogButtonBox *m_buttons;
};

} // namespace cohort
