#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QAction;
class QWidget;

namespace cohort {

class ProgramDocument;
struct PacketMergePlan;

// Review › Export Scores…, Import Scores… and Import Decisions…: the cycle's review work in
// spreadsheets (ReviewFiles), both roles at once. Review › Review Packets › Export… and Merge…:
// offline review packets (PacketExporter, PacketMerge, MergePacketCommand). An import is checked whole first: a file
// with any problem is refused with the lines and reasons and nothing is written; otherwise the committee confirms the
// counts and the import is one undo step. The *To/*From functions do the work without a file dialog (the tests call
// them).
class ReviewFileActions : public QObject
{
    Q_OBJECT

public:
    explicit ReviewFileActions(QWidget *parent);

    void setDocument(ProgramDocument *document);
    void setCycle(const QString &cycleId, const QString &cycleName);

    QAction *exportScoresAction() const { return m_exportScoresAction; }
    QAction *importScoresAction() const { return m_importScoresAction; }
    QAction *importDecisionsAction() const { return m_importDecisionsAction; }
    QAction *exportPacketsAction() const { return m_exportPacketsAction; }
    QAction *mergePacketsAction() const { return m_mergePacketsAction; }

    bool exportScoresTo(const QString &path);
    bool importScoresFrom(const QString &path);
    bool importDecisionsFrom(const QString &path);
    // Writes the packets of `reviewerIds` (empty: every reviewer with assignments) into `folder`.
    bool exportPacketsTo(const QString &folder, const QStringList &reviewerIds = {});
    // Checks every packet first (refused ones are reported and left out), asks the chair about
    // conflicts, then merges the rest as ONE undo step. Returns how many packets were merged.
    int mergePackets(const QStringList &paths);
    // Tests answer the conflict dialog through this (true: merge with `choices` filled in).
    using ConflictResolver = std::function<bool(const PacketMergePlan &plan, QList<bool> &choices)>;
    void setConflictResolver(ConflictResolver resolver) { m_resolver = std::move(resolver); }

public slots:
    void exportScores();
    void importScores();
    void importDecisions();
    void exportPackets();
    void mergePacketsDialog();
    void updateActions();

signals:
    void statusMessage(const QString &message);

private:
    QString chooseCsv(const QString &title);

    QWidget *m_parent;
    QPointer<ProgramDocument> m_document;
    QString m_cycleId;
    QString m_cycleName;
    QAction *m_exportScoresAction;
    QAction *m_importScoresAction;
    QAction *m_importDecisionsAction;
    QAction *m_exportPacketsAction;
    QAction *m_mergePacketsAction;
    ConflictResolver m_resolver;
};

} // namespace cohort
