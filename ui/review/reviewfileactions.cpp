#include "review/reviewfileactions.h"

#include "common/backgroundtask.h"
#include "common/messages.h"
#include "db/database.h"
#include "document/packetmergecommand.h"
#include "document/programdocument.h"
#include "document/reviewcommands.h"
#include "intake/csv.h"
#include "review/packetconflictdialog.h"
#include "review/packetexport.h"
#include "review/packetmerge.h"
#include "review/packetmergewriter.h"
#include "review/reviewfiles.h"
#include "review/reviewstatistics.h"
#include "settings/appsettings.h"
#include "store/reviewstore.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cohort {

namespace {
constexpr int ProblemsShown = 12;

// "scores.csv has 3 problems; nothing was entered:\n• Line 3, …" (the first few).
QString problemsText(const QString &head, const QList<ReviewImportProblem> &problems)
{
    QStringList lines{head, QString()};
    for (int i = 0; i < problems.size() && i < ProblemsShown; ++i)
        lines.append(QStringLiteral("• ") + ReviewFiles::problemText(problems.at(i)));
    if (problems.size() > ProblemsShown)
        lines.append(ReviewFileActions::tr("… and %n more.", nullptr, int(problems.size() - ProblemsShown)));
    return lines.join(QLatin1Char('\n'));
}

class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};
} // namespace

ReviewFileActions::ReviewFileActions(QWidget *parent)
    : QObject(parent), m_parent(parent), m_exportScoresAction(new QAction(tr("&Export Scores…"), this)),
      m_importScoresAction(new QAction(tr("&Import Scores…"), this)),
      m_importDecisionsAction(new QAction(tr("Import &Decisions…"), this)),
      m_exportPacketsAction(new QAction(tr("E&xport Review Packets…"), this)),
      m_mergePacketsAction(new QAction(tr("&Merge Review Packets…"), this))
{
    m_exportPacketsAction->setObjectName(QStringLiteral("exportPacketsAction"));
    m_exportPacketsAction->setToolTip(
        tr("Write one packet per reviewer to score offline in Cohort: their applications, "
           "the rubric and their own scores, signed by this program"));
    m_mergePacketsAction->setObjectName(QStringLiteral("mergePacketsAction"));
    m_mergePacketsAction->setToolTip(tr("Bring reviewers' packets back: each is checked, then merged cell by cell; "
                                        "conflicts are yours to settle"));
    connect(m_exportPacketsAction, &QAction::triggered, this, &ReviewFileActions::exportPackets);
    connect(m_mergePacketsAction, &QAction::triggered, this, &ReviewFileActions::mergePacketsDialog);
    m_exportScoresAction->setObjectName(QStringLiteral("exportScoresAction"));
    m_exportScoresAction->setToolTip(tr("Save the cycle's scores as CSV, one row per scored cell, for a spreadsheet"));
    m_importScoresAction->setObjectName(QStringLiteral("importScoresAction"));
    m_importScoresAction->setToolTip(
        tr("Enter scores kept in a spreadsheet (the columns Export Scores writes); checked whole first"));
    m_importDecisionsAction->setObjectName(QStringLiteral("importDecisionsAction"));
    m_importDecisionsAction->setToolTip(
        tr("Record accept, waitlist and decline decisions from a CSV with the columns application, decision and "
           "rationale"));
    connect(m_exportScoresAction, &QAction::triggered, this, &ReviewFileActions::exportScores);
    connect(m_importScoresAction, &QAction::triggered, this, &ReviewFileActions::importScores);
    connect(m_importDecisionsAction, &QAction::triggered, this, &ReviewFileActions::importDecisions);
    updateActions();
}

void ReviewFileActions::setDocument(ProgramDocument *document)
{
    m_document = document;
    updateActions();
}

void ReviewFileActions::setCycle(const QString &cycleId, const QString &cycleName)
{
    m_cycleId = cycleId;
    m_cycleName = cycleName;
    updateActions();
}

void ReviewFileActions::updateActions()
{
    const bool open = m_document && !m_cycleId.isEmpty();
    const bool writable = open && !m_document->isReadOnly();
    m_exportScoresAction->setEnabled(open);
    m_importScoresAction->setEnabled(writable);
    m_importDecisionsAction->setEnabled(writable);
    m_exportPacketsAction->setEnabled(writable); // the export is recorded in the audit log
    m_mergePacketsAction->setEnabled(writable);
}

QString ReviewFileActions::chooseCsv(const QString &title)
{
    AppSettings settings;
    const QString path = QFileDialog::getOpenFileName(m_parent, title, settings.importFolder(),
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        settings.setImportFolder(QFileInfo(path).absolutePath());
    return path;
}

void ReviewFileActions::exportScores()
{
    if (!m_document || m_cycleId.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = tr("%1 scores.csv").arg(m_cycleName);
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Export Scores"), folder + QLatin1Char('/') + name,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportScoresTo(path);
}

bool ReviewFileActions::exportScoresTo(const QString &path)
{
    if (!m_document || m_cycleId.isEmpty())
        return false;
    const BusyCursor busy;
    auto data = m_document->reviewStore().loadCycleRoles(m_cycleId);
    if (!data) {
        Messages::warning(m_parent, tr("Export Scores"), data.error());
        return false;
    }
    const QList<QStringList> rows = ReviewFiles::scoreRows(data.value());
    if (Status written = Csv::writeFile(path, ReviewFiles::scoreHeader(), rows); !written) {
        Messages::warning(m_parent, tr("Export Scores"), written.error());
        return false;
    }
    emit statusMessage(
        tr("Exported %n scores of %1 to %2.", nullptr, int(rows.size())).arg(m_cycleName, QFileInfo(path).fileName()));
    return true;
}

void ReviewFileActions::importScores()
{
    if (!m_document || m_cycleId.isEmpty())
        return;
    const QString path = chooseCsv(tr("Import Scores"));
    if (!path.isEmpty())
        importScoresFrom(path);
}

bool ReviewFileActions::importScoresFrom(const QString &path)
{
    if (!m_document || m_cycleId.isEmpty() || m_document->isReadOnly())
        return false;
    const QString title = tr("Import Scores");
    const QString file = QFileInfo(path).fileName();
    std::optional<BusyCursor> busy(std::in_place);
    auto table = Csv::readFile(path);
    if (!table) {
        busy.reset();
        Messages::warning(m_parent, title, tr("%1 cannot be read: %2").arg(file, table.error()));
        return false;
    }
    auto data = m_document->reviewStore().loadCycleRoles(m_cycleId);
    if (!data) {
        busy.reset();
        Messages::warning(m_parent, title, data.error());
        return false;
    }
    const ScoreImportPlan plan = ReviewFiles::planScores(table.value(), data.value());
    busy.reset();
    if (!plan.ok()) {
        Messages::warning(
            m_parent, title,
            problemsText(
                tr("%1 has %n problem(s); no score was entered.", nullptr, int(plan.problems.size())).arg(file),
                plan.problems));
        return false;
    }
    const QLocale locale;
    if (plan.changedCells() == 0 && plan.changedComments() == 0) {
        Messages::information(m_parent, title,
                              tr("Nothing to enter: the %1 scores in %2 are already so (%3 left blank).")
                                  .arg(locale.toString(plan.unchanged), file, locale.toString(plan.blank)));
        return false;
    }
    const QString question =
        tr("Enter %1 and %2 from %3 into %4?")
            .arg(tr("%n score(s)", nullptr, plan.changedCells()), tr("%n comment(s)", nullptr, plan.changedComments()),
                 file, m_cycleName) +
        QStringLiteral("\n\n") +
        tr("%1 cells already hold the file's value; %2 are blank in the file and stay as they are. Edit › Undo takes "
           "the whole import back.")
            .arg(locale.toString(plan.unchanged), locale.toString(plan.blank));
    if (Messages::question(m_parent, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) !=
        QMessageBox::Yes)
        return false;
    const Status status =
        m_document->executeAsOne(tr("Import Scores"), scoreImportCommands(*m_document, m_cycleId, plan, data.value()));
    if (!status) {
        Messages::warning(m_parent, title, status.error());
        return false;
    }
    emit statusMessage(tr("Entered %1 and %2 from %3.")
                           .arg(tr("%n score(s)", nullptr, plan.changedCells()),
                                tr("%n comment(s)", nullptr, plan.changedComments()), file));
    return true;
}

void ReviewFileActions::importDecisions()
{
    if (!m_document || m_cycleId.isEmpty())
        return;
    const QString path = chooseCsv(tr("Import Decisions"));
    if (!path.isEmpty())
        importDecisionsFrom(path);
}

bool ReviewFileActions::importDecisionsFrom(const QString &path)
{
    if (!m_document || m_cycleId.isEmpty() || m_document->isReadOnly())
        return false;
    const QString title = tr("Import Decisions");
    const QString file = QFileInfo(path).fileName();
    std::optional<BusyCursor> busy(std::in_place);
    auto table = Csv::readFile(path);
    if (!table) {
        busy.reset();
        Messages::warning(m_parent, title, tr("%1 cannot be read: %2").arg(file, table.error()));
        return false;
    }
    auto data = m_document->reviewStore().loadCycleRoles(m_cycleId);
    QList<ReviewStatistics> statistics;
    QString error = data ? QString() : data.error();
    for (int r = 0; data && r < data->size() && error.isEmpty(); ++r) {
        auto computed = ReviewStatistics::compute(data->at(r));
        if (computed)
            statistics.append(std::move(computed.value()));
        else
            error = computed.error();
    }
    if (!error.isEmpty()) {
        busy.reset();
        Messages::warning(m_parent, title, error);
        return false;
    }
    const DecisionImportPlan plan = ReviewFiles::planDecisions(table.value(), data.value(), statistics);
    busy.reset();
    if (!plan.ok()) {
        Messages::warning(
            m_parent, title,
            problemsText(
                tr("%1 has %n problem(s); no decision was recorded.", nullptr, int(plan.problems.size())).arg(file),
                plan.problems));
        return false;
    }
    const QLocale locale;
    if (plan.changed() == 0) {
        Messages::information(m_parent, title,
                              tr("Nothing to record: the %1 decisions in %2 are already so (%3 left blank).")
                                  .arg(locale.toString(plan.unchanged), file, locale.toString(plan.blank)));
        return false;
    }
    int counts[3] = {0, 0, 0};
    for (const QList<DecisionImportPlan::Change> &role : plan.roles) {
        for (const DecisionImportPlan::Change &change : role)
            ++counts[change.outcome == QLatin1String("accepted")     ? 0
                     : change.outcome == QLatin1String("waitlisted") ? 1
                                                                     : 2];
    }
    const QString question =
        tr("Record %n decision(s) from %1 into %2: %3 accepted, %4 waitlisted, %5 declined?", nullptr, plan.changed())
            .arg(file, m_cycleName, locale.toString(counts[0]), locale.toString(counts[1]),
                 locale.toString(counts[2])) +
        QStringLiteral("\n\n") +
        tr("Each decision sets the application's status. Edit › Undo takes the whole import back.");
    if (Messages::question(m_parent, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) !=
        QMessageBox::Yes)
        return false;
    const Status status = m_document->executeAsOne(tr("Import Decisions"),
                                                   decisionImportCommands(*m_document, m_cycleId, plan, data.value()));
    if (!status) {
        Messages::warning(m_parent, title, status.error());
        return false;
    }
    emit statusMessage(tr("Recorded %n decision(s) from %1.", nullptr, plan.changed()).arg(file));
    return true;
}

void ReviewFileActions::exportPackets()
{
    if (!m_document || m_cycleId.isEmpty())
        return;
    AppSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(
        m_parent, tr("Export Review Packets of %1 to Folder").arg(m_cycleName), settings.importFolder());
    if (folder.isEmpty())
        return;
    settings.setImportFolder(folder);
    // Whom for: every reviewer with work in the cycle, checked; the chair may pick a few.
    auto assignments = m_document->reviewStore().listAssignments(m_cycleId);
    auto reviewers = m_document->reviewStore().listReviewers();
    if (!assignments || !reviewers) {
        Messages::warning(m_parent, tr("Export Review Packets"), assignments ? reviewers.error() : assignments.error());
        return;
    }
    QHash<QString, int> load;
    for (const Assignment &a : assignments.value())
        ++load[a.reviewerId];
    QDialog dialog(m_parent);
    dialog.setWindowTitle(tr("Export Review Packets"));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("packetReviewersList"));
    for (const Reviewer &r : reviewers.value()) {
        if (!load.contains(r.id))
            continue;
        auto *item = new QListWidgetItem(tr("%1 (%n application(s))", nullptr, load.value(r.id)).arg(r.name), list);
        item->setData(Qt::UserRole, r.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (list->count() == 0) {
        Messages::information(m_parent, tr("Export Review Packets"),
                              tr("No reviewer has applications assigned in %1 yet.").arg(m_cycleName));
        return;
    }
    auto *label = new QLabel(
        tr("Write a packet for each checked reviewer into %1:").arg(QDir::toNativeSeparators(folder)), &dialog);
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList chosen;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            chosen.append(list->item(i)->data(Qt::UserRole).toString());
    }
    if (!chosen.isEmpty())
        exportPacketsTo(folder, chosen);
}

bool ReviewFileActions::exportPacketsTo(const QString &folder, const QStringList &reviewerIds)
{
    if (!m_document || m_cycleId.isEmpty() || m_document->isReadOnly())
        return false;
    const QString title = tr("Export Review Packets");
    std::optional<BusyCursor> busy(std::in_place);
    auto exported =
        PacketExporter(m_document->database()).exportPackets(m_cycleId, reviewerIds, folder, ProgramDocument::actor());
    busy.reset();
    if (!exported) {
        Messages::warning(m_parent, title, exported.error());
        return false;
    }
    if (exported->isEmpty()) {
        Messages::information(m_parent, title, tr("No reviewer has applications assigned in %1 yet.").arg(m_cycleName));
        return false;
    }
    QStringList lines;
    for (const ExportedPacket &p : exported.value())
        lines << tr("• %1: %n application(s) — %2", nullptr, p.applications)
                     .arg(p.reviewerName, QFileInfo(p.path).fileName());
    Messages::information(
        m_parent, title,
        tr("Wrote %n packet(s) to %1:", nullptr, int(exported->size())).arg(QDir::toNativeSeparators(folder)) +
            QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
            tr("Send each reviewer their file. They open it in Cohort, score offline and send it "
               "back; Merge Review Packets… brings the scores in."));
    emit statusMessage(tr("Exported %n review packet(s).", nullptr, int(exported->size())));
    return true;
}

void ReviewFileActions::mergePacketsDialog()
{
    if (!m_document || m_cycleId.isEmpty())
        return;
    AppSettings settings;
    const QStringList paths =
        QFileDialog::getOpenFileNames(m_parent, tr("Merge Review Packets"), settings.importFolder(),
                                      tr("Review packets (*.%1);;All files (*)").arg(PacketFile::suffix()));
    if (paths.isEmpty())
        return;
    settings.setImportFolder(QFileInfo(paths.first()).absolutePath());
    mergePackets(paths);
}

int ReviewFileActions::mergePackets(const QStringList &paths)
{
    if (!m_document || m_document->isReadOnly())
        return 0;
    const QString title = tr("Merge Review Packets");
    const Database *database = &m_document->database();
    QStringList report;

    // Each packet is checked and planned against the program on a worker thread with its own
    // connection (50 packets take a second or two); nothing is written yet.
    QList<Result<PacketMergePlan>> planned;
    QString failed;
    const bool checked = BackgroundTask::run(
        m_parent, title, tr("Checking %n review packet(s)…", nullptr, int(paths.size())), [&](TaskProgress &progress) {
            auto connection = database->openAnotherConnection();
            if (!connection) {
                failed = connection.error();
                return;
            }
            for (qsizetype i = 0; i < paths.size() && !progress.cancelled(); ++i) {
                progress.setText(
                    tr("Checking %1 (%2 of %3)…").arg(QFileInfo(paths.at(i)).fileName()).arg(i + 1).arg(paths.size()));
                planned.append(PacketMerge::plan(*connection.value(), paths.at(i)));
                progress.set(int(i + 1), int(paths.size()));
            }
        });
    if (!checked) {
        emit statusMessage(tr("Merge cancelled; nothing was merged."));
        return 0;
    }
    if (!failed.isEmpty()) {
        Messages::warning(m_parent, title, tr("Nothing was merged: %1").arg(failed));
        return 0;
    }
    QList<PacketMergePlan> plans;
    for (qsizetype i = 0; i < planned.size(); ++i) {
        if (!planned.at(i)) {
            report << tr("✗ %1 refused: %2").arg(QFileInfo(paths.at(i)).fileName(), planned.at(i).error());
            continue;
        }
        plans.append(std::move(planned[i]).value());
    }
    QList<PacketMergePlan> toMerge;
    QList<QList<bool>> takePacket;
    for (const PacketMergePlan &plan : std::as_const(plans)) {
        report << QStringLiteral("• ") + plan.summary();
        for (const PacketMergeRefusal &r : plan.refused)
            report << QStringLiteral("   ") + r.reason;
        if (plan.changesNothing())
            continue;
        QList<bool> choices(plan.conflicts.size(), false);
        if (!plan.conflicts.isEmpty()) {
            bool accepted = false;
            if (m_resolver) {
                accepted = m_resolver(plan, choices);
            } else {
                PacketConflictDialog dialog(plan, m_parent);
                accepted = dialog.exec() == QDialog::Accepted;
                choices = dialog.choices();
            }
            if (!accepted) {
                report << tr("   Not merged: the conflicts were left unsettled.");
                continue;
            }
        }
        toMerge.append(plan);
        takePacket.append(choices);
    }

    // The merge itself: one transaction on a worker thread; then one undo step whose first redo
    // writes nothing (the worker committed it).
    const int merged = int(toMerge.size());
    if (merged > 0) {
        Result<QList<PacketMergeWrites>> written = Error{QString()};
        const QString actor = ProgramDocument::actor();
        const bool finished = BackgroundTask::run(
            m_parent, title, tr("Merging %n review packet(s)…", nullptr, merged), [&](TaskProgress &progress) {
                auto connection = database->openAnotherConnection();
                if (!connection) {
                    written = Error{connection.error()};
                    return;
                }
                written = PacketMergeWriter::mergeAll(*connection.value(), toMerge, takePacket, actor,
                                                      [&progress](int done, int total) {
                                                          progress.set(done, total);
                                                          return !progress.cancelled();
                                                      });
            });
        if (!finished) {
            emit statusMessage(tr("Merge cancelled; nothing was merged."));
            return 0;
        }
        if (!written) {
            Messages::warning(m_parent, title, tr("Nothing was merged: %1").arg(written.error()));
            return 0;
        }
        QList<QUndoCommand *> commands;
        for (PacketMergeWrites &writes : written.value())
            commands.append(new MergePacketCommand(*m_document, std::move(writes)));
        if (const Status status = m_document->executeAsOne(tr("Merge %n Review Packet(s)", nullptr, merged), commands);
            !status) {
            Messages::warning(m_parent, title, status.error());
            return 0;
        }
    }
    const QString head = merged > 0
                             ? tr("Merged %n packet(s) as one step (Edit › Undo takes it back).", nullptr, merged)
                             : tr("Nothing was merged.");
    Messages::information(m_parent, title, head + QStringLiteral("\n\n") + report.join(QLatin1Char('\n')));
    emit statusMessage(head);
    return merged;
}

} // namespace cohort
