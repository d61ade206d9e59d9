#include "timeline/matchdetailpanel.h"

#include "document/engagementcommands.h"
#include "document/goalcommands.h"
#include "document/programdocument.h"
#include "domain/ids.h"
#include "timeline/goalsheetdialog.h"
#include "timeline/timelinesnapshot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cohort {

namespace {
constexpr int ContactIdRole = Qt::UserRole + 1;

QString methodName(const QString &code)
{
    if (code == QLatin1String("email"))
        return MatchDetailPanel::tr("Email");
    if (code == QLatin1String("phone"))
        return MatchDetailPanel::tr("Phone");
    if (code == QLatin1String("video"))
        return MatchDetailPanel::tr("Video");
    if (code == QLatin1String("chat"))
        return MatchDetailPanel::tr("Chat");
    if (code == QLatin1String("in_person"))
        return MatchDetailPanel::tr("In person");
    return code;
}

QString initiatorName(const QString &code)
{
    if (code == QLatin1String("mentor"))
        return MatchDetailPanel::tr("Mentor");
    if (code == QLatin1String("mentee"))
        return MatchDetailPanel::tr("Mentee");
    if (code == QLatin1String("liaison"))
        return MatchDetailPanel::tr("Liaison");
    return code;
}
} // namespace

MatchDetailPanel::MatchDetailPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_status(new QLabel(this)), m_goalSheet(new QLabel(this)),
      m_editGoalSheet(new QPushButton(tr("Edit &Goal Sheet…"), this)),
      m_orientation(new QGroupBox(tr("Orientation"), this)), m_orientationGrid(new QGridLayout(m_orientation)),
      m_liaison(new QComboBox(this)), m_contacts(new QTreeWidget(this)),
      m_removeButton(new QPushButton(tr("&Remove Contact"), this)), m_date(new QDateEdit(this)),
      m_method(new QComboBox(this)), m_initiated(new QComboBox(this)), m_note(new QLineEdit(this)),
      m_logButton(new QPushButton(tr("&Log Contact"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_title, m_status, m_goalSheet}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_editGoalSheet->setObjectName(QStringLiteral("editGoalSheetButton"));
    m_editGoalSheet->setToolTip(tr("Edit the match's goal sheet: due date, submission and its 1 to 3 SMART goals"));
    connect(m_editGoalSheet, &QPushButton::clicked, this, &MatchDetailPanel::editGoalSheet);
    m_orientation->setObjectName(QStringLiteral("orientationBox"));
    m_orientation->setAccessibleName(tr("Orientation attendance"));
    m_liaison->setObjectName(QStringLiteral("liaisonCombo"));
    m_liaison->setAccessibleName(tr("Liaison"));
    connect(m_liaison, &QComboBox::activated, this, &MatchDetailPanel::setLiaison);

    m_contacts->setObjectName(QStringLiteral("contactList"));
    m_contacts->setAccessibleName(tr("Contacts"));
    m_contacts->setHeaderLabels({tr("Date"), tr("Method"), tr("By"), tr("Note")});
    m_contacts->setRootIsDecorated(false);
    m_contacts->setAlternatingRowColors(true);
    m_contacts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_contacts->header()->setStretchLastSection(true);
    m_removeButton->setObjectName(QStringLiteral("removeContactButton"));
    connect(m_removeButton, &QPushButton::clicked, this, &MatchDetailPanel::removeSelectedContact);
    connect(m_contacts, &QTreeWidget::currentItemChanged, this, &MatchDetailPanel::updateEnabled);

    m_date->setObjectName(QStringLiteral("contactDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    m_date->setAccessibleName(tr("Contact date"));
    m_method->setObjectName(QStringLiteral("contactMethodCombo"));
    m_method->setAccessibleName(tr("Method"));
    for (const char *code : {"email", "phone", "video", "chat", "in_person"})
        m_method->addItem(methodName(QLatin1String(code)), QLatin1String(code));
    m_initiated->setObjectName(QStringLiteral("contactInitiatedCombo"));
    m_initiated->setAccessibleName(tr("Initiated by"));
    for (const char *code : {"mentee", "mentor", "liaison"})
        m_initiated->addItem(initiatorName(QLatin1String(code)), QLatin1String(code));
    m_note->setObjectName(QStringLiteral("contactNoteEdit"));
    m_note->setPlaceholderText(tr("A short note (optional); Enter logs the contact"));
    m_note->setAccessibleName(tr("Note"));
    m_logButton->setObjectName(QStringLiteral("logContactButton"));
    m_logButton->setDefault(true);
    connect(m_logButton, &QPushButton::clicked, this, &MatchDetailPanel::logContact);
    connect(m_note, &QLineEdit::returnPressed, this, &MatchDetailPanel::logContact);

    auto *form = new QFormLayout;
    form->addRow(tr("Liaison:"), m_liaison);
    auto *entry = new QHBoxLayout;
    entry->addWidget(m_date);
    entry->addWidget(m_method);
    entry->addWidget(m_initiated);
    auto *entryBox = new QVBoxLayout;
    entryBox->addLayout(entry);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_logButton);
    entryBox->addLayout(noteRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_goalSheet);
    layout->addWidget(m_editGoalSheet, 0, Qt::AlignLeft);
    layout->addWidget(m_orientation);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Contacts:"), this));
    layout->addWidget(m_contacts, 1);
    layout->addWidget(m_removeButton, 0, Qt::AlignRight);
    layout->addWidget(new QLabel(tr("Log a contact:"), this));
    layout->addLayout(entryBox);
    showMatch({});
}

void MatchDetailPanel::setDocument(ProgramDocument *document)
{
    m_document = document;
    updateEnabled();
}

void MatchDetailPanel::setSnapshot(std::shared_ptr<const TimelineSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    // New contacts default to the day the view judges (today, or the end of a past cycle).
    if (m_snapshot && m_snapshot->asOf.isValid())
        m_date->setDate(m_snapshot->asOf);
    const QSignalBlocker blocker(m_liaison);
    m_liaison->clear();
    m_liaison->addItem(tr("None"), QString());
    if (m_snapshot) {
        for (const Reviewer &reviewer : m_snapshot->reviewers)
            m_liaison->addItem(reviewer.name, reviewer.id);
    }
    showMatch(m_matchId);
}

void MatchDetailPanel::showMatch(const QString &matchId)
{
    const int index = m_snapshot ? m_snapshot->matchIndex(matchId) : -1;
    m_matchId = index >= 0 ? matchId : QString();
    m_contacts->clear();
    if (index < 0) {
        m_title->setText(tr("No match selected"));
        m_status->setText(tr("Select a match to see its contacts and goal sheet, and to log a contact."));
        m_goalSheet->clear();
        showAttendance(-1);
        updateEnabled();
        return;
    }
    const QLocale locale;
    const TimelineMatch &m = m_snapshot->data.matches.at(index);
    const MatchEngagement &e = m_snapshot->engagement.at(index);
    m_title->setText(m_snapshot->pairName(index));
    m_status->setText(tr("%1: %2").arg(Cadence::statusName(e.status), e.reason));
    QString sheet;
    switch (e.goalSheet.state) {
    case GoalSheetState::State::Submitted:
        sheet = tr("Goal sheet submitted on %1 with %n goal(s).", nullptr, e.goalSheet.goals)
                    .arg(locale.toString(e.goalSheet.submittedOn, QLocale::LongFormat));
        break;
    case GoalSheetState::State::Overdue:
        sheet =
            tr("Goal sheet overdue: it was due on %1.").arg(locale.toString(e.goalSheet.dueOn, QLocale::LongFormat));
        break;
    case GoalSheetState::State::Due:
        sheet = tr("Goal sheet due on %1.").arg(locale.toString(e.goalSheet.dueOn, QLocale::LongFormat));
        break;
    case GoalSheetState::State::NotDue:
        sheet = e.goalSheet.dueOn.isValid()
                    ? tr("Goal sheet due on %1.").arg(locale.toString(e.goalSheet.dueOn, QLocale::LongFormat))
                    : QString();
        break;
    }
    m_goalSheet->setText(sheet.isEmpty() ? tr("No goal sheet yet.") : sheet);
    showAttendance(index);
    {
        const QSignalBlocker blocker(m_liaison);
        const int at = m_liaison->findData(m.match.liaisonReviewerId);
        m_liaison->setCurrentIndex(at < 0 ? 0 : at);
    }
    for (auto it = m.contacts.crbegin(); it != m.contacts.crend(); ++it) { // the latest first
        auto *item =
            new QTreeWidgetItem(m_contacts, {locale.toString(it->contactOn, QLocale::ShortFormat),
                                             methodName(it->method), initiatorName(it->initiatedBy), it->note});
        item->setData(0, ContactIdRole, it->id);
        item->setToolTip(3, it->note);
    }
    updateEnabled();
}

void MatchDetailPanel::updateEnabled()
{
    const bool writable = m_document && !m_document->isReadOnly() && !m_matchId.isEmpty();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_date, m_method, m_initiated, m_note, m_logButton,
                                                            m_liaison, m_editGoalSheet})
        widget->setEnabled(writable);
    for (QCheckBox *check : m_mentorChecks + m_menteeChecks)
        check->setEnabled(writable);
    m_removeButton->setEnabled(writable && m_contacts->currentItem());
}

void MatchDetailPanel::focusEntry()
{
    if (m_note->isEnabled()) {
        m_note->setFocus(Qt::ShortcutFocusReason);
        m_note->selectAll();
    }
}

bool MatchDetailPanel::logContact()
{
    const int index = m_snapshot ? m_snapshot->matchIndex(m_matchId) : -1;
    if (!m_document || m_document->isReadOnly() || index < 0)
        return false;
    const TimelineMatch &m = m_snapshot->data.matches.at(index);
    const QDate date = m_date->date();
    if (m.match.publishedOn.isValid() && date < m.match.publishedOn) {
        emit statusMessage(tr("The match started on %1; a contact cannot be earlier.")
                               .arg(QLocale().toString(m.match.publishedOn, QLocale::ShortFormat)));
        return false;
    }
    if (date > QDate::currentDate()) {
        emit statusMessage(tr("A contact cannot be in the future."));
        return false;
    }
    ContactEntry entry;
    entry.id = newId();
    entry.matchId = m.match.id;
    entry.contactOn = date;
    entry.method = m_method->currentData().toString();
    entry.initiatedBy = m_initiated->currentData().toString();
    entry.note = m_note->text().trimmed();
    if (!m_document->execute(
            new AddContactsCommand(*m_document, m.match.cycleId, {entry},
                                   AddContactsCommand::tr("Log Contact of %1").arg(m_snapshot->pairName(index)))))
        return false;
    m_note->clear();
    emit statusMessage(tr("Logged a contact of %1 on %2.")
                           .arg(m_snapshot->pairName(index), QLocale().toString(date, QLocale::ShortFormat)));
    return true;
}

void MatchDetailPanel::removeSelectedContact()
{
    const int index = m_snapshot ? m_snapshot->matchIndex(m_matchId) : -1;
    const QTreeWidgetItem *item = m_contacts->currentItem();
    if (!m_document || index < 0 || !item)
        return;
    const QString id = item->data(0, ContactIdRole).toString();
    const TimelineMatch &m = m_snapshot->data.matches.at(index);
    for (const ContactEntry &contact : m.contacts) {
        if (contact.id == id) {
            if (m_document->execute(
                    new RemoveContactCommand(*m_document, m.match.cycleId, contact, m_snapshot->pairName(index))))
                emit statusMessage(tr("Removed the contact; Edit › Undo brings it back."));
            return;
        }
    }
}

void MatchDetailPanel::setLiaison(int comboIndex)
{
    const int index = m_snapshot ? m_snapshot->matchIndex(m_matchId) : -1;
    if (!m_document || index < 0)
        return;
    const TimelineMatch &m = m_snapshot->data.matches.at(index);
    const QString reviewer = m_liaison->itemData(comboIndex).toString();
    if (reviewer == m.match.liaisonReviewerId)
        return;
    const QString text =
        reviewer.isEmpty()
            ? tr("Remove the Liaison of %1").arg(m_snapshot->pairName(index))
            : tr("Make %1 Liaison of %2").arg(m_liaison->itemText(comboIndex), m_snapshot->pairName(index));
    if (!m_document->execute(new SetLiaisonCommand(*m_document, m.match, reviewer, text)))
        showMatch(m_matchId); // back to what is stored
}

QCheckBox *MatchDetailPanel::attendanceCheck(int session, bool mentor) const
{
    const QList<QCheckBox *> &checks = mentor ? m_mentorChecks : m_menteeChecks;
    return session >= 0 && session < checks.size() ? checks.at(session) : nullptr;
}

void MatchDetailPanel::showAttendance(int matchIndex)
{
    // Later: this may run from a check box's own toggled signal.
    m_mentorChecks.clear();
    m_menteeChecks.clear();
    while (QLayoutItem *item = m_orientationGrid->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->disconnect(this);
            widget->deleteLater();
        }
        delete item;
    }
    const QList<QDate> sessions =
        m_snapshot && matchIndex >= 0 ? m_snapshot->data.settings.orientationDates : QList<QDate>();
    m_orientation->setVisible(!sessions.isEmpty());
    if (sessions.isEmpty())
        return;
    const TimelineMatch &m = m_snapshot->data.matches.at(matchIndex);
    const auto attended = [](const QList<OrientationAttendance> &rows, QDate on) {
        for (const OrientationAttendance &row : rows)
            if (row.sessionOn == on)
                return row.attended;
        return false;
    };
    const QLocale locale;
    for (int i = 0; i < sessions.size(); ++i) {
        const QDate on = sessions.at(i);
        const QString day = locale.toString(on, QLocale::ShortFormat);
        auto *label = new QLabel(day, m_orientation);
        label->setTextFormat(Qt::PlainText);
        auto *mentor = new QCheckBox(tr("Mentor attended"), m_orientation);
        auto *mentee = new QCheckBox(tr("Mentee attended"), m_orientation);
        mentor->setAccessibleName(tr("Mentor attended the orientation on %1").arg(day));
        mentee->setAccessibleName(tr("Mentee attended the orientation on %1").arg(day));
        mentor->setChecked(attended(m.mentorAttendance, on));
        mentee->setChecked(attended(m.menteeAttendance, on));
        connect(mentor, &QCheckBox::toggled, this, [this, on](bool checked) { setAttendance(on, true, checked); });
        connect(mentee, &QCheckBox::toggled, this, [this, on](bool checked) { setAttendance(on, false, checked); });
        m_orientationGrid->addWidget(label, i, 0);
        m_orientationGrid->addWidget(mentor, i, 1);
        m_orientationGrid->addWidget(mentee, i, 2);
        m_mentorChecks.append(mentor);
        m_menteeChecks.append(mentee);
    }
    m_orientationGrid->setColumnStretch(3, 1);
}

void MatchDetailPanel::setAttendance(QDate sessionOn, bool mentor, bool attended)
{
    const int index = m_snapshot ? m_snapshot->matchIndex(m_matchId) : -1;
    if (!m_document || m_document->isReadOnly() || index < 0)
        return;
    const TimelineMatch &m = m_snapshot->data.matches.at(index);
    const QString applicationId = mentor ? m.match.mentorApplicationId : m.match.menteeApplicationId;
    std::optional<OrientationAttendance> previous;
    for (const OrientationAttendance &row : mentor ? m.mentorAttendance : m.menteeAttendance)
        if (row.sessionOn == sessionOn)
            previous = row;
    const QString who = mentor ? m.mentorName : m.menteeName;
    const QString day = QLocale().toString(sessionOn, QLocale::ShortFormat);
    const QString text = attended ? tr("Mark %1 Attended the Orientation on %2").arg(who, day)
                                  : tr("Mark %1 Absent from the Orientation on %2").arg(who, day);
    if (!m_document->execute(
            new SetAttendanceCommand(*m_document, m.match.cycleId, applicationId, sessionOn, attended, previous, text)))
        showMatch(m_matchId); // back to what is stored
}

bool MatchDetailPanel::editGoalSheet()
{
    const int index = m_snapshot ? m_snapshot->matchIndex(m_matchId) : -1;
    if (!m_document || m_document->isReadOnly() || index < 0)
        return false;
    const TimelineMatch m = m_snapshot->data.matches.at(index);
    const QString pair = m_snapshot->pairName(index);
    QDate defaultDue = m_snapshot->engagement.at(index).goalSheet.dueOn;
    if (!defaultDue.isValid() && m.match.publishedOn.isValid())
        defaultDue = m.match.publishedOn.addDays(m_snapshot->data.settings.goalSheetDueDays);
    GoalSheetDialog dialog(this);
    dialog.setWindowTitle(tr("Goal Sheet of %1").arg(pair));
    dialog.setSheet(m.goalSheet, m.goals, defaultDue);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    GoalSheet sheet;
    if (m.goalSheet) {
        sheet = *m.goalSheet;
    } else {
        sheet.id = newId();
        sheet.matchId = m.match.id;
    }
    sheet.dueOn = dialog.dueOn();
    sheet.submittedOn = dialog.submittedOn();
    QList<Goal> goals = dialog.goals();
    for (Goal &goal : goals) {
        if (goal.id.isEmpty())
            goal.id = newId();
        goal.goalSheetId = sheet.id;
    }
    if (!m_document->execute(new SetGoalSheetCommand(*m_document, m.match.cycleId, m.match.id, m.goalSheet, m.goals,
                                                     sheet, goals,
                                                     SetGoalSheetCommand::tr("Edit Goal Sheet of %1").arg(pair))))
        return false;
    emit statusMessage(tr("Saved the goal sheet of %1.").arg(pair));
    return true;
}

} // namespace cohort
