#include "applications/applicationdetailpanel.h"

#include "applications/statusreasondialog.h"
#include "common/messages.h"
#include "common/statustext.h"
#include "document/applicationcommands.h"
#include "document/programdocument.h"
#include "intake/eligibility.h"
#include "intake/statusworkflow.h"
#include "store/applicationstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace cohort {

namespace {
using Kind = ApplicationField::Kind;

const QColor ErrorColor(0xc9, 0x4c, 0x4c);

QLabel *plainLabel(QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QString swatchText(const QString &text)
{
    return QStringLiteral("● ") + text;
}

void colourLabel(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

QString formattedDate(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat) : QString();
}
} // namespace

ApplicationDetailPanel::ApplicationDetailPanel(QWidget *parent)
    : QWidget(parent), m_fields(ApplicationFields::all()), m_stack(new QStackedWidget(this)),
      m_placeholderLabel(new QLabel(this)), m_scrollArea(new QScrollArea(this)), m_nameLabel(nullptr),
      m_subtitleLabel(nullptr), m_errorLabel(nullptr), m_duplicateBox(nullptr), m_duplicateLabel(nullptr),
      m_mergeButton(nullptr), m_mergeMenu(nullptr), m_statusLabel(nullptr), m_statusReasonLabel(nullptr),
      m_eligibilityLabel(nullptr), m_statusButton(nullptr), m_statusMenu(nullptr), m_historyLabel(nullptr)
{
    setObjectName(QStringLiteral("applicationDetailPanel"));
    m_placeholderLabel->setText(tr("Select an application to see it here.\n\nEvery field can be edited; each change "
                                   "is saved at once and can be undone."));
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setEnabled(false);
    m_placeholderLabel->setTextFormat(Qt::PlainText);
    m_placeholderLabel->setObjectName(QStringLiteral("detailPlaceholderLabel"));

    buildForm();
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_placeholderLabel);
    m_stack->addWidget(m_scrollArea);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setMinimumWidth(340);
}

void ApplicationDetailPanel::buildForm()
{
    auto *content = new QWidget(m_scrollArea);
    content->setObjectName(QStringLiteral("detailContent"));
    auto *layout = new QVBoxLayout(content);

    m_nameLabel = plainLabel(content, QStringLiteral("detailNameLabel"));
    QFont titleFont = m_nameLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_nameLabel->setFont(titleFont);
    m_subtitleLabel = plainLabel(content, QStringLiteral("detailSubtitleLabel"));
    m_errorLabel = plainLabel(content, QStringLiteral("detailErrorLabel"));
    colourLabel(m_errorLabel, ErrorColor);
    m_errorLabel->hide();
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_subtitleLabel);
    layout->addWidget(m_errorLabel);

    // Likely duplicate: said in words, with the action that resolves it.
    m_duplicateBox = new QGroupBox(tr("Possible duplicate"), content);
    m_duplicateBox->setObjectName(QStringLiteral("duplicateBox"));
    auto *duplicateLayout = new QVBoxLayout(m_duplicateBox);
    m_duplicateLabel = plainLabel(m_duplicateBox, QStringLiteral("duplicateLabel"));
    m_mergeButton = new QToolButton(m_duplicateBox);
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    m_mergeButton->setText(tr("Merge…"));
    m_mergeButton->setToolTip(tr("Make these one person: this application moves to the other person's record. "
                                 "Undo reverses it."));
    m_mergeButton->setPopupMode(QToolButton::InstantPopup);
    m_mergeMenu = new QMenu(m_mergeButton);
    m_mergeButton->setMenu(m_mergeMenu);
    connect(m_mergeMenu, &QMenu::aboutToShow, this, &ApplicationDetailPanel::fillMergeMenu);
    duplicateLayout->addWidget(m_duplicateLabel);
    duplicateLayout->addWidget(m_mergeButton, 0, Qt::AlignLeft);
    layout->addWidget(m_duplicateBox);

    // Status
    auto *statusBox = new QGroupBox(tr("Status"), content);
    auto *statusForm = new QFormLayout(statusBox);
    m_statusLabel = plainLabel(statusBox, QStringLiteral("statusLabel"));
    m_statusButton = new QToolButton(statusBox);
    m_statusButton->setObjectName(QStringLiteral("changeStatusButton"));
    m_statusButton->setText(tr("Change Status…"));
    m_statusButton->setToolTip(tr("Move the application to its next status (received → eligible → under review → "
                                  "accepted, waitlisted or declined; withdrawn at any time)"));
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusMenu = new QMenu(m_statusButton);
    m_statusButton->setMenu(m_statusMenu);
    connect(m_statusMenu, &QMenu::aboutToShow, this, &ApplicationDetailPanel::fillStatusMenu);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_statusButton);
    statusForm->addRow(tr("Status:"), statusRow);
    m_statusReasonLabel = plainLabel(statusBox, QStringLiteral("statusReasonLabel"));
    statusForm->addRow(tr("Reason:"), m_statusReasonLabel);
    m_eligibilityLabel = plainLabel(statusBox, QStringLiteral("eligibilityLabel"));
    statusForm->addRow(tr("Eligibility:"), m_eligibilityLabel);
    m_formOf.insert(QStringLiteral("status"), statusForm);
    layout->addWidget(statusBox);

    // The fields, group by group.
    QHash<int, QFormLayout *> forms;
    for (const ApplicationField &field : std::as_const(m_fields)) {
        QFormLayout *form = forms.value(int(field.group));
        if (!form) {
            auto *box = new QGroupBox(ApplicationFields::groupTitle(field.group), content);
            form = new QFormLayout(box);
            form->setRowWrapPolicy(QFormLayout::WrapLongRows);
            form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            forms.insert(int(field.group), form);
            layout->addWidget(box);
        }
        m_formOf.insert(field.key, form);

        QWidget *editor = nullptr;
        const QString key = field.key;
        switch (field.kind) {
        case Kind::Text:
        case Kind::List:
        case Kind::Number: {
            auto *edit = new QLineEdit(content);
            if (field.kind == Kind::List)
                edit->setPlaceholderText(tr("Separate several with semicolons"));
            if (field.kind == Kind::Number)
                edit->setPlaceholderText(tr("A number, such as 4 or 2.5"));
            connect(edit, &QLineEdit::textEdited, this, [this, key, edit] {
                const auto it = std::find_if(m_fields.cbegin(), m_fields.cend(),
                                             [&key](const ApplicationField &f) { return f.key == key; });
                setMessage(key, ApplicationFields::validate(*it, edit->text(), m_application.role));
            });
            connect(edit, &QLineEdit::editingFinished, this, [this, key, edit] {
                if (!edit->isReadOnly() && edit->isModified())
                    commitField(key, edit->text());
            });
            editor = edit;
            break;
        }
        case Kind::LongText: {
            auto *edit = new QPlainTextEdit(content);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
            edit->installEventFilter(this);
            editor = edit;
            break;
        }
        case Kind::Bool: {
            auto *check = new QCheckBox(field.label, content);
            connect(check, &QCheckBox::toggled, this, [this, key](bool on) { commitField(key, on); });
            editor = check;
            break;
        }
        case Kind::Choice: {
            auto *combo = new QComboBox(content);
            for (const auto &[code, label] : field.choices)
                combo->addItem(label, code);
            connect(combo, &QComboBox::activated, this, [this, key, combo] { commitField(key, combo->currentData()); });
            editor = combo;
            break;
        }
        case Kind::Count: {
            auto *spin = new QSpinBox(content);
            spin->setRange(1, 5);
            spin->setKeyboardTracking(false);
            connect(spin, &QSpinBox::valueChanged, this, [this, key](int value) { commitField(key, value); });
            editor = spin;
            break;
        }
        }
        editor->setObjectName(key + QStringLiteral("Editor"));
        editor->setAccessibleName(field.label);
        if (!field.toolTip.isEmpty())
            editor->setToolTip(field.toolTip);
        m_editors.insert(key, editor);

        auto *message = plainLabel(content, key + QStringLiteral("Message"));
        colourLabel(message, ErrorColor);
        message->hide();
        m_messages.insert(key, message);

        auto *cell = new QWidget(content);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        if (field.confidential) {
            auto *row = new QHBoxLayout;
            row->addWidget(editor, 1);
            // A lock where the theme has one (no emoji: many fonts lack it), and always the word.
            const QIcon lock = QIcon::fromTheme(QStringLiteral("object-locked"));
            if (!lock.isNull()) {
                auto *lockLabel = new QLabel(cell);
                const int size = fontMetrics().height();
                lockLabel->setPixmap(lock.pixmap(size, size));
                lockLabel->setToolTip(field.toolTip);
                row->addWidget(lockLabel);
            }
            auto *badge = new QLabel(tr("Confidential"), cell);
            badge->setObjectName(QStringLiteral("confidentialLabel_") + key);
            badge->setToolTip(field.toolTip);
            QFont italic = badge->font();
            italic.setItalic(true);
            badge->setFont(italic);
            row->addWidget(badge);
            cellLayout->addLayout(row);
        } else {
            cellLayout->addWidget(editor);
        }
        cellLayout->addWidget(message);
        if (field.kind == Kind::Bool) {
            form->addRow(cell);
        } else {
            auto *label = new QLabel(field.label + QLatin1Char(':'), content);
            label->setBuddy(editor);
            label->setWordWrap(true);
            form->addRow(label, cell);
        }
    }

    auto *historyBox = new QGroupBox(tr("History"), content);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_historyLabel = plainLabel(historyBox, QStringLiteral("historyLabel"));
    historyLayout->addWidget(m_historyLabel);
    layout->addWidget(historyBox);
    layout->addStretch();
    m_scrollArea->setWidget(content);
}

void ApplicationDetailPanel::setDocument(ProgramDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &ProgramDocument::applicationsChanged, this, [this](const QString &cycleId) {
            if (!m_applicationId.isEmpty() && (cycleId.isEmpty() || cycleId == m_application.cycleId))
                reload();
        });
    }
    setApplication({});
}

void ApplicationDetailPanel::setApplication(const QString &applicationId, const QStringList &likelyDuplicates)
{
    m_applicationId = applicationId;
    m_duplicates = likelyDuplicates;
    for (QLabel *message : std::as_const(m_messages)) {
        message->clear();
        message->hide();
    }
    reload();
}

void ApplicationDetailPanel::reload()
{
    if (!m_document || m_applicationId.isEmpty()) {
        m_applicationId.clear();
        m_stack->setCurrentWidget(m_placeholderLabel);
        return;
    }
    auto application = m_document->applicationStore().load(m_applicationId);
    if (!application) {
        // Gone (an undone New Application, a merge) or unreadable: say so instead of stale values.
        m_stack->setCurrentWidget(m_placeholderLabel);
        m_placeholderLabel->setText(application.error());
        m_applicationId.clear();
        return;
    }
    auto person = m_document->applicationStore().loadPerson(application->personId);
    m_application = application.value();
    m_person = person ? person.value() : Person{};
    m_errorLabel->setVisible(!person);
    m_errorLabel->setText(person ? QString() : person.error());
    showApplication();
    m_stack->setCurrentWidget(m_scrollArea);
}

void ApplicationDetailPanel::showApplication()
{
    const Application &a = m_application;
    m_nameLabel->setText(m_person.fullName().trimmed().isEmpty() ? tr("(no name)") : m_person.fullName());
    m_subtitleLabel->setText(tr("%1 · %2 · received by %3 on %4")
                                 .arg(ApplicationFields::roleLabel(a.role), a.code,
                                      ApplicationFields::sourceLabel(a.source), formattedDate(a.submittedAt)));

    m_statusLabel->setText(swatchText(StatusWorkflow::label(a.status)));
    colourLabel(m_statusLabel, StatusText::applicationStatusColor(a.status));
    m_statusReasonLabel->setText(a.statusReason.isEmpty() ? tr("—") : a.statusReason);

    // The verdict of this cycle's rules on the values as they are now.
    auto rules = Eligibility::load(m_document->programStore(), a.cycleId, a.role);
    const EligibilityVerdict verdict = Eligibility::evaluate(a, rules ? rules.value() : Eligibility::defaults(a.role));
    m_eligibilityLabel->setText(swatchText(verdict.text()));
    colourLabel(m_eligibilityLabel, StatusText::applicationStatusColor(
                                        verdict.eligible ? QStringLiteral("eligible") : QStringLiteral("ineligible")));

    QStringList others;
    for (const QString &id : std::as_const(m_duplicates)) {
        auto summary = m_document->applicationStore().loadSummary(id);
        if (summary && summary->personId != a.personId)
            others.append(tr("%1 (%2, %3)").arg(summary->fullName, summary->code, summary->email));
    }
    m_duplicateBox->setVisible(!others.isEmpty());
    m_duplicateLabel->setText(tr("Same name and library as:\n%1\nIf they are the same person, merge them.")
                                  .arg(others.join(QLatin1Char('\n'))));

    for (const ApplicationField &field : std::as_const(m_fields)) {
        const bool applies = field.appliesTo(a.role);
        m_formOf.value(field.key)->setRowVisible(m_editors.value(field.key)->parentWidget(), applies);
        if (applies)
            showValue(field);
    }

    QStringList history;
    if (auto entries = m_document->applicationStore().history(a.personId)) {
        for (const PersonHistoryEntry &entry : entries.value()) {
            if (entry.applicationId == a.id)
                continue;
            history.append(tr("%1 — %2 — %3")
                               .arg(entry.cycleName, ApplicationFields::roleLabel(entry.role),
                                    StatusText::applicationStatus(entry.status)));
        }
        m_historyLabel->setText(history.isEmpty() ? tr("No other applications from this person.")
                                                  : history.join(QLatin1Char('\n')));
    } else {
        m_historyLabel->setText(entries.error());
    }
    updateEditable();
}

void ApplicationDetailPanel::showValue(const ApplicationField &field)
{
    if (field.key == m_committing)
        return;
    QWidget *editor = m_editors.value(field.key);
    const QVariant value = field.get(m_person, m_application);
    const QSignalBlocker blocker(editor);
    switch (field.kind) {
    case Kind::Text:
    case Kind::List:
    case Kind::Number: {
        auto *edit = static_cast<QLineEdit *>(editor);
        if (edit->text() != value.toString())
            edit->setText(value.toString());
        edit->setModified(false);
        break;
    }
    case Kind::LongText: {
        auto *edit = static_cast<QPlainTextEdit *>(editor);
        if (edit->toPlainText() != value.toString())
            edit->setPlainText(value.toString());
        edit->document()->setModified(false);
        break;
    }
    case Kind::Bool:
        static_cast<QCheckBox *>(editor)->setChecked(value.toBool());
        break;
    case Kind::Choice: {
        auto *combo = static_cast<QComboBox *>(editor);
        int index = combo->findData(value.toString());
        if (index < 0) {
            // A value an import brought that is not among the choices: shown as it is.
            combo->addItem(value.toString(), value.toString());
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        break;
    }
    case Kind::Count:
        static_cast<QSpinBox *>(editor)->setValue(value.toInt());
        break;
    }
}

QVariant ApplicationDetailPanel::editorValue(const ApplicationField &field) const
{
    QWidget *editor = m_editors.value(field.key);
    switch (field.kind) {
    case Kind::Text:
    case Kind::List:
    case Kind::Number:
        return static_cast<QLineEdit *>(editor)->text();
    case Kind::LongText:
        return static_cast<QPlainTextEdit *>(editor)->toPlainText();
    case Kind::Bool:
        return static_cast<QCheckBox *>(editor)->isChecked();
    case Kind::Choice:
        return static_cast<QComboBox *>(editor)->currentData();
    case Kind::Count:
        return static_cast<QSpinBox *>(editor)->value();
    }
    return {};
}

bool ApplicationDetailPanel::readOnly() const
{
    return !m_document || m_document->isReadOnly();
}

void ApplicationDetailPanel::updateEditable()
{
    const bool editable = !readOnly();
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (auto *line = qobject_cast<QLineEdit *>(it.value()))
            line->setReadOnly(!editable);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(it.value()))
            text->setReadOnly(!editable);
        else
            it.value()->setEnabled(editable);
    }
    m_statusButton->setEnabled(editable);
    m_mergeButton->setEnabled(editable);
    const QString why = editable ? QString() : tr("This program is open read-only.");
    m_statusButton->setToolTip(editable ? tr("Move the application to its next status") : why);
}

QString ApplicationDetailPanel::message(const QString &key) const
{
    const QLabel *label = m_messages.value(key);
    return label ? label->text() : QString();
}

QString ApplicationDetailPanel::eligibilityText() const
{
    return m_eligibilityLabel->text();
}

void ApplicationDetailPanel::setMessage(const QString &key, const QString &message)
{
    QLabel *label = m_messages.value(key);
    if (!label)
        return;
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

bool ApplicationDetailPanel::commitField(const QString &key, const QVariant &value)
{
    const auto it =
        std::find_if(m_fields.cbegin(), m_fields.cend(), [&key](const ApplicationField &f) { return f.key == key; });
    if (it == m_fields.cend() || !m_document || m_applicationId.isEmpty() || readOnly())
        return false;
    const ApplicationField &field = *it;
    const QString problem = ApplicationFields::validate(field, value, m_application.role);
    setMessage(key, problem);
    if (!problem.isEmpty())
        return false;

    Person person = m_person;
    Application application = m_application;
    field.set(person, application, value);
    if (field.get(person, application) == field.get(m_person, m_application))
        return true; // nothing changed (a field left without an edit)

    const QString id = m_applicationId;
    m_committing = key;
    emit aboutToEdit(id);
    const Status saved = m_document->execute(
        new EditApplicationCommand(*m_document, m_person, m_application, person, application, field.label));
    emit editFinished(id);
    m_committing.clear();
    if (!saved) {
        Messages::warning(this, tr("Change Not Saved"),
                          tr("Your change to “%1” was not saved.\n\n%2\n\nThe panel now shows what the program "
                             "file holds.")
                              .arg(field.label, saved.error()));
    }
    reload();
    return bool(saved);
}

void ApplicationDetailPanel::fillStatusMenu()
{
    m_statusMenu->clear();
    const QString from = m_application.status;
    for (const QString &to : StatusWorkflow::next(from)) {
        QString text = StatusWorkflow::label(to);
        if (StatusWorkflow::needsReason(from, to))
            text += QStringLiteral("…");
        QAction *action = m_statusMenu->addAction(text);
        action->setObjectName(QStringLiteral("statusAction_") + to);
        connect(action, &QAction::triggered, this, [this, to] { requestStatusChange(to); });
    }
    if (m_statusMenu->isEmpty())
        m_statusMenu->addAction(tr("No further status"))->setEnabled(false);
}

void ApplicationDetailPanel::requestStatusChange(const QString &status)
{
    QString reason;
    if (StatusWorkflow::needsReason(m_application.status, status)) {
        StatusReasonDialog dialog(m_person.fullName(), StatusWorkflow::label(m_application.status),
                                  StatusWorkflow::label(status), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        reason = dialog.reason();
    }
    changeStatus(status, reason);
}

bool ApplicationDetailPanel::changeStatus(const QString &status, const QString &reason)
{
    if (!m_document || m_applicationId.isEmpty() || readOnly())
        return false;
    if (StatusWorkflow::needsReason(m_application.status, status) && reason.trimmed().isEmpty()) {
        Messages::warning(this, tr("Change Status"),
                          tr("Moving from %1 to %2 needs a reason. Type one, or cancel.")
                              .arg(StatusWorkflow::label(m_application.status), StatusWorkflow::label(status)));
        return false;
    }
    const QString id = m_applicationId;
    emit aboutToEdit(id);
    const Status changed =
        m_document->execute(new ChangeStatusCommand(*m_document, m_application, status, reason.trimmed()));
    emit editFinished(id);
    if (!changed)
        Messages::warning(this, tr("Change Status"),
                          tr("The status was not changed.\n\n%1\n\nThe panel now shows what the program file holds.")
                              .arg(changed.error()));
    reload();
    return bool(changed);
}

void ApplicationDetailPanel::fillMergeMenu()
{
    m_mergeMenu->clear();
    for (const QString &id : std::as_const(m_duplicates)) {
        auto summary = m_document->applicationStore().loadSummary(id);
        if (!summary || summary->personId == m_application.personId)
            continue;
        QAction *action = m_mergeMenu->addAction(
            tr("Same person as %1 (%2, %3)").arg(summary->fullName, summary->code, summary->email));
        connect(action, &QAction::triggered, this, [this, id] { mergeInto(id); });
    }
}

bool ApplicationDetailPanel::mergeInto(const QString &otherApplicationId)
{
    if (!m_document || readOnly())
        return false;
    auto other = m_document->applicationStore().loadSummary(otherApplicationId);
    auto kept =
        other ? m_document->applicationStore().loadPerson(other->personId) : Result<Person>(Error{other.error()});
    if (!kept) {
        Messages::warning(this, tr("Merge"), kept.error());
        return false;
    }
    const QString id = m_applicationId;
    emit aboutToEdit(QString()); // more than this row changes
    const Status merged = m_document->execute(new MergePeopleCommand(*m_document, kept.value(), m_person));
    emit editFinished(id);
    if (!merged)
        Messages::warning(this, tr("Merge"), tr("The two records were not merged.\n\n%1").arg(merged.error()));
    reload();
    return bool(merged);
}

bool ApplicationDetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Several-line fields are saved when they lose focus (Enter makes a new line in them).
    if (event->type() == QEvent::FocusOut) {
        if (auto *edit = qobject_cast<QPlainTextEdit *>(watched);
            edit && !edit->isReadOnly() && edit->document()->isModified()) {
            const QString key = m_editors.key(edit);
            if (!key.isEmpty())
                commitField(key, edit->toPlainText());
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cohort
