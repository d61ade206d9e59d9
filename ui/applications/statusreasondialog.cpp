#include "applications/statusreasondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cohort {

StatusReasonDialog::StatusReasonDialog(const QString &applicantName, const QString &fromLabel, const QString &toLabel,
                                       QWidget *parent)
    : QDialog(parent), m_reasonEdit(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("statusReasonDialog"));
    setWindowTitle(tr("Change Status"));
    auto *label =
        new QLabel(tr("Why does %1's application move from %2 to %3? The reason is kept with the application.")
                       .arg(applicantName, fromLabel, toLabel),
                   this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setBuddy(m_reasonEdit);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setAccessibleName(tr("Reason"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(tr("For example: not an ALSC member"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change Status"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reasonEdit);
    layout->addWidget(m_buttons);
    resize(440, 220);
}

QString StatusReasonDialog::reason() const
{
    return m_reasonEdit->toPlainText().trimmed();
}

} // namespace cohort
