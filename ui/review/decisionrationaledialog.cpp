#include "review/decisionrationaledialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cohort {

DecisionRationaleDialog::DecisionRationaleDialog(const QString &decision, const QStringList &departures,
                                                 QWidget *parent)
    : QDialog(parent), m_edit(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("decisionRationaleDialog"));
    setWindowTitle(tr("Rationale for “%1”").arg(decision));
    auto *intro = new QLabel(tr("This decision departs from the calibrated order (the reviewer-offset ranking), so "
                                "the committee records why:"),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto *list = new QLabel(this);
    list->setObjectName(QStringLiteral("departuresLabel"));
    list->setTextFormat(Qt::PlainText);
    list->setWordWrap(true);
    list->setText(QStringLiteral("• ") + departures.join(QStringLiteral("\n• ")));
    auto *label = new QLabel(tr("&Rationale (kept with the decision and shown as the status reason):"), this);
    label->setBuddy(m_edit);
    label->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("rationaleEdit"));
    m_edit->setAccessibleName(tr("Rationale"));
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("e.g. Strong fit with the available mentors' experience in school libraries"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Decide"));
    ok->setToolTip(tr("Make the decision with this rationale (Edit › Undo takes it back)"));
    ok->setEnabled(false);
    connect(m_edit, &QPlainTextEdit::textChanged, this,
            [this, ok] { ok->setEnabled(!m_edit->toPlainText().trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(list);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_buttons);
    resize(520, 360);
}

QString DecisionRationaleDialog::rationale() const
{
    return m_edit->toPlainText().trimmed();
}

} // namespace cohort
