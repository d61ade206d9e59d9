#include "cycles/cycleactions.h"

#include "common/messages.h"
#include "cycles/cyclesettingsdialog.h"
#include "cycles/newcycledialog.h"
#include "cycles/phasesdialog.h"
#include "document/cyclecommands.h"
#include "document/programdocument.h"
#include "store/cyclestore.h"
#include "store/timelinestore.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace cohort {

CycleActions::CycleActions(QWidget *parent)
    : QObject(parent), m_parent(parent), m_newCycleAction(new QAction(tr("&New Cycle…"), this)),
      m_editPhasesAction(new QAction(tr("Edit &Phases…"), this)),
      m_settingsAction(new QAction(tr("Cycle &Settings…"), this))
{
    m_newCycleAction->setObjectName(QStringLiteral("newCycleAction"));
    // Ctrl+Shift+N is New Application; a cycle is made twice a year.
    m_newCycleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_newCycleAction->setToolTip(tr("Start a spring or fall cycle from the published timeline or as a copy of an "
                                    "earlier cycle"));
    m_editPhasesAction->setObjectName(QStringLiteral("editPhasesAction"));
    m_editPhasesAction->setToolTip(tr("Change the names, kinds and dates of the selected cycle's phases"));
    m_settingsAction->setObjectName(QStringLiteral("cycleSettingsAction"));
    m_settingsAction->setToolTip(tr("Contacts a month, when a match counts as quiet, when goal sheets are due, "
                                    "orientation dates"));
    connect(m_newCycleAction, &QAction::triggered, this, &CycleActions::newCycle);
    connect(m_editPhasesAction, &QAction::triggered, this, &CycleActions::editPhases);
    connect(m_settingsAction, &QAction::triggered, this, &CycleActions::editSettings);
    updateActions();
}

void CycleActions::setDocument(ProgramDocument *document)
{
    m_document = document;
    if (!document) {
        m_cycleId.clear();
        m_cycleName.clear();
    }
    updateActions();
}

void CycleActions::setCycle(const QString &cycleId, const QString &cycleName)
{
    m_cycleId = cycleId;
    m_cycleName = cycleName;
    updateActions();
}

void CycleActions::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const bool cycle = writable && !m_cycleId.isEmpty();
    m_newCycleAction->setEnabled(writable);
    m_editPhasesAction->setEnabled(cycle);
    m_settingsAction->setEnabled(cycle);
}

void CycleActions::newCycle()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QString title = tr("New Cycle");
    auto cycles = m_document->cycleStore().list();
    if (!cycles) {
        Messages::warning(m_parent, title, cycles.error());
        return;
    }
    NewCycleDialog dialog(cycles.value(), m_parent);
    if (dialog.exec() != QDialog::Accepted || !m_document)
        return;
    const Cycle cycle = dialog.cycle();
    if (Status status = m_document->execute(new NewCycleCommand(*m_document, cycle)); !status) {
        Messages::warning(m_parent, title, tr("%1 was not created: %2").arg(cycle.name, status.error()));
        return;
    }
    emit statusMessage(tr("Created %1 with %n phase(s).", nullptr, int(cycle.phases.size())).arg(cycle.name));
    emit cycleCreated(cycle.id);
}

void CycleActions::editPhases()
{
    if (!m_document || m_document->isReadOnly() || m_cycleId.isEmpty())
        return;
    const QString title = tr("Edit Phases");
    auto cycles = m_document->cycleStore().list();
    if (!cycles) {
        Messages::warning(m_parent, title, cycles.error());
        return;
    }
    const Cycle *found = nullptr;
    for (const Cycle &cycle : std::as_const(cycles.value())) {
        if (cycle.id == m_cycleId)
            found = &cycle;
    }
    if (!found) {
        Messages::warning(m_parent, title, tr("The cycle %1 is no longer in this program.").arg(m_cycleName));
        return;
    }
    const QList<Phase> before = found->phases;
    PhasesDialog dialog(m_cycleId, found->name, before, m_parent);
    if (dialog.exec() != QDialog::Accepted || !m_document)
        return;
    const QList<Phase> after = dialog.phases();
    if (!SetPhasesCommand::differ(before, after))
        return;
    if (Status status = m_document->execute(new SetPhasesCommand(*m_document, m_cycleId, before, after)); !status) {
        Messages::warning(m_parent, title,
                          tr("The phases of %1 were not changed: %2").arg(found->name, status.error()));
        return;
    }
    emit statusMessage(tr("Changed the phases of %1.").arg(found->name));
}

void CycleActions::editSettings()
{
    if (!m_document || m_document->isReadOnly() || m_cycleId.isEmpty())
        return;
    const QString title = tr("Cycle Settings");
    auto before = TimelineStore(m_document->database()).loadSettings(m_cycleId);
    if (!before) {
        Messages::warning(m_parent, title, before.error());
        return;
    }
    CycleSettingsDialog dialog(m_cycleName, before.value(), m_parent);
    if (dialog.exec() != QDialog::Accepted || !m_document)
        return;
    const CadenceSettings after = dialog.settings();
    if (after == before.value())
        return;
    if (Status status =
            m_document->execute(new SetCadenceSettingsCommand(*m_document, m_cycleId, before.value(), after));
        !status) {
        Messages::warning(m_parent, title,
                          tr("The settings of %1 were not changed: %2").arg(m_cycleName, status.error()));
        return;
    }
    emit statusMessage(tr("Changed the settings of %1.").arg(m_cycleName));
}

} // namespace cohort
