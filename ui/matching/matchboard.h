#pragma once

#include "matching/compatibility.h"
#include "matching/matchingdata.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QMimeData;
class QUndoCommand;

namespace cohort {

class Database;
struct MatchChange;
class ProgramDocument;

// One cycle's matching as the board shows it: the data, the compatibility model over it and,
// for each mentee, the best score among the mentors they could still go to. Read and computed on
// a worker thread (its own connection), then shared read-only by the board's models.
struct MatchingSnapshot
{
    QString cycleId;
    quint64 generation = 0;
    QString error;
    MatchingData data;
    std::unique_ptr<Compatibility> model;
    std::vector<double> bestScore; // per mentee; -1 when no mentor is open to them
    std::vector<int> load;         // per mentor: matches not ended

    static std::shared_ptr<const MatchingSnapshot> read(const Database *database, const QString &cycleId,
                                                        quint64 generation);
};

// What a drop of a mentee on a mentor would do, before it is done.
struct DropCheck
{
    enum class Kind
    {
        Refused,
        Create,
        Move,
        Nothing // the mentee is already that mentor's
    };
    Kind kind = Kind::Refused;
    QString reason; // why refused, or what happens, in words
    std::optional<double> score;
    bool allowed() const { return kind == Kind::Create || kind == Kind::Move; }
};

// The board's logic, shared by the mentee pool and the mentor tree: the mime type of a dragged
// mentee, the checks of a drop and the undo commands a drop pushes. Refusals are explained in
// words (a conflict, a full mentor, a published match).
class MatchBoard : public QObject
{
    Q_OBJECT

public:
    explicit MatchBoard(QObject *parent = nullptr);

    void setDocument(ProgramDocument *document);
    ProgramDocument *document() const;
    void setSnapshot(std::shared_ptr<const MatchingSnapshot> snapshot);
    const MatchingSnapshot *snapshot() const { return m_snapshot.get(); }
    std::shared_ptr<const MatchingSnapshot> sharedSnapshot() const { return m_snapshot; }
    // The program's matches changed elsewhere (an undo, another command) and a new snapshot is on
    // its way: drops wait for it.
    void setStale() { m_stale = true; }
    bool isStale() const { return m_stale; }
    // Whether the change being announced is the board's own drop (already shown: no need to wait).
    bool isApplying() const { return m_applying; }
    bool isWritable() const;

    static QString menteeMimeType();
    QMimeData *mimeDataForMentees(const QStringList &menteeApplicationIds) const;
    static QStringList menteesOf(const QMimeData *mime);

    // A mentee (application id) onto a mentor (application id).
    DropCheck checkDrop(const QString &mentee, const QString &mentor) const;
    // A matched mentee back to the pool.
    DropCheck checkUnmatch(const QString &mentee) const;
    // Push the command; false (with the reason in statusMessage) when refused or it failed.
    bool match(const QString &mentee, const QString &mentor);
    bool unmatch(const QString &mentee);

    QString menteeName(int mentee) const;
    QString mentorName(int mentor) const;

signals:
    void statusMessage(const QString &message);
    // The board's own drop is shown at once: a copy of the snapshot with the written rows (the
    // full reload that follows refreshes the best scores of the others).
    void snapshotChanged();

private:
    bool execute(QUndoCommand *command);
    void applyLocally(const QList<MatchChange> &changes);

    QPointer<ProgramDocument> m_document;
    std::shared_ptr<const MatchingSnapshot> m_snapshot;
    bool m_stale = false;
    bool m_applying = false;
};

} // namespace cohort
