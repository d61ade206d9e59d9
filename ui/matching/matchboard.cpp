#include "matching/matchboard.h"

#include "db/database.h"
#include "document/matchcommands.h"
#include "document/programdocument.h"
#include "store/matchingstore.h"

#include <algorithm>

#include <QLocale>
#include <QMimeData>

namespace cohort {

std::shared_ptr<const MatchingSnapshot> MatchingSnapshot::read(const Database *database, const QString &cycleId,
                                                               quint64 generation)
{
    auto snapshot = std::make_shared<MatchingSnapshot>();
    snapshot->cycleId = cycleId;
    snapshot->generation = generation;
    auto connection = database->openAnotherConnection();
    if (!connection) {
        snapshot->error = connection.error();
        return snapshot;
    }
    auto data = MatchingStore(*connection.value()).load(cycleId);
    if (!data) {
        snapshot->error = data.error();
        return snapshot;
    }
    snapshot->data = std::move(data).value();
    snapshot->model = std::make_unique<Compatibility>(snapshot->data);
    const MatchingData &d = snapshot->data;
    snapshot->load.resize(std::size_t(d.mentors.size()));
    for (int m = 0; m < d.mentors.size(); ++m)
        snapshot->load[std::size_t(m)] = d.load(m);
    snapshot->bestScore.assign(std::size_t(d.mentees.size()), -1.0);
    for (int e = 0; e < d.mentees.size(); ++e) {
        if (d.matchOfMentee(d.mentees.at(e).applicationId))
            continue; // the pool sorts only the unmatched by their best score
        const auto best = snapshot->model->suggestions(e, 1);
        if (!best.isEmpty())
            snapshot->bestScore[std::size_t(e)] = best.first().score;
    }
    return snapshot;
}

MatchBoard::MatchBoard(QObject *parent) : QObject(parent)
{}

ProgramDocument *MatchBoard::document() const
{
    return m_document;
}

void MatchBoard::setDocument(ProgramDocument *document)
{
    m_document = document;
    m_snapshot.reset();
    m_stale = false;
}

void MatchBoard::setSnapshot(std::shared_ptr<const MatchingSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    m_stale = false;
}

bool MatchBoard::isWritable() const
{
    return m_document && !m_document->isReadOnly() && m_snapshot && m_snapshot->error.isEmpty();
}

QString MatchBoard::menteeMimeType()
{
    return QStringLiteral("application/x-cohort-mentee");
}

QMimeData *MatchBoard::mimeDataForMentees(const QStringList &menteeApplicationIds) const
{
    auto *mime = new QMimeData;
    mime->setData(menteeMimeType(), menteeApplicationIds.join(QLatin1Char('\n')).toUtf8());
    QStringList names;
    if (m_snapshot) {
        for (const QString &id : menteeApplicationIds)
            names << menteeName(m_snapshot->data.menteeIndex(id));
    }
    mime->setText(names.join(QLatin1Char('\n')));
    return mime;
}

QStringList MatchBoard::menteesOf(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(menteeMimeType()))
        return {};
    return QString::fromUtf8(mime->data(menteeMimeType())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString MatchBoard::menteeName(int mentee) const
{
    if (!m_snapshot || mentee < 0 || mentee >= m_snapshot->data.mentees.size())
        return {};
    const MatchParticipant &p = m_snapshot->data.mentees.at(mentee);
    return p.name.isEmpty() ? p.code : p.name;
}

QString MatchBoard::mentorName(int mentor) const
{
    if (!m_snapshot || mentor < 0 || mentor >= m_snapshot->data.mentors.size())
        return {};
    const MatchParticipant &p = m_snapshot->data.mentors.at(mentor);
    return p.name.isEmpty() ? p.code : p.name;
}

DropCheck MatchBoard::checkDrop(const QString &menteeId, const QString &mentorId) const
{
    DropCheck check;
    if (!isWritable()) {
        check.reason = m_document && m_document->isReadOnly() ? tr("The program is open read-only.")
                                                              : tr("The board is not loaded.");
        return check;
    }
    if (m_stale) {
        check.reason = tr("The board is updating; try again in a moment.");
        return check;
    }
    const MatchingData &d = m_snapshot->data;
    const int mentee = d.menteeIndex(menteeId);
    const int mentor = d.mentorIndex(mentorId);
    if (mentee < 0 || mentor < 0) {
        check.reason = tr("Only accepted mentees and mentors of this cycle can be matched.");
        return check;
    }
    const Match *current = d.matchOfMentee(menteeId);
    const QString mentorText = mentorName(mentor);
    if (current && current->mentorApplicationId == mentorId) {
        check.kind = DropCheck::Kind::Nothing;
        check.reason = tr("%1 is already %2's mentee.").arg(menteeName(mentee), mentorText);
        return check;
    }
    if (current && current->status != QLatin1String("draft")) {
        check.reason = tr("%1's match is published; unmatch it first if it must change.").arg(menteeName(mentee));
        return check;
    }
    if (current && current->locked) {
        check.reason = tr("%1's match is locked; unlock it first.").arg(menteeName(mentee));
        return check;
    }
    if (const QString blocked = m_snapshot->model->blockedReason(mentee, mentor); !blocked.isEmpty()) {
        check.reason = blocked;
        return check;
    }
    const int capacity = d.mentors.at(mentor).capacity;
    const int load = m_snapshot->load.at(std::size_t(mentor));
    if (load >= capacity) {
        check.reason = tr("%1 is full (%2 of %3).").arg(mentorText).arg(load).arg(capacity);
        return check;
    }
    check.score = m_snapshot->model->score(mentee, mentor);
    const QString score = QLocale().toString(*check.score, 'f', 2);
    check.kind = current ? DropCheck::Kind::Move : DropCheck::Kind::Create;
    check.reason = current ? tr("Move %1 to %2: score %3").arg(menteeName(mentee), mentorText, score)
                           : tr("Match %1 with %2: score %3").arg(menteeName(mentee), mentorText, score);
    return check;
}

DropCheck MatchBoard::checkUnmatch(const QString &menteeId) const
{
    DropCheck check;
    if (!isWritable() || m_stale) {
        check.reason = tr("The board is updating; try again in a moment.");
        return check;
    }
    const Match *current = m_snapshot->data.matchOfMentee(menteeId);
    const QString name = menteeName(m_snapshot->data.menteeIndex(menteeId));
    if (!current) {
        check.kind = DropCheck::Kind::Nothing;
        check.reason = tr("%1 is not matched.").arg(name);
        return check;
    }
    if (current->locked) {
        check.reason = tr("%1's match is locked; unlock it first.").arg(name);
        return check;
    }
    check.kind = DropCheck::Kind::Move;
    check.reason = current->status == QLatin1String("draft")
                       ? tr("Unmatch %1").arg(name)
                       : tr("Unmatch %1 (the match is published: the pair was told)").arg(name);
    return check;
}

bool MatchBoard::match(const QString &menteeId, const QString &mentorId)
{
    const DropCheck check = checkDrop(menteeId, mentorId);
    if (!check.allowed()) {
        emit statusMessage(check.reason);
        return false;
    }
    const MatchingData &d = m_snapshot->data;
    const QString mentee = menteeName(d.menteeIndex(menteeId));
    const QString mentor = mentorName(d.mentorIndex(mentorId));
    QUndoCommand *command =
        check.kind == DropCheck::Kind::Move
            ? MatchCommands::move(*m_document, *d.matchOfMentee(menteeId), mentorId, check.score, mentee, mentor)
            : MatchCommands::create(*m_document, d.cycleId, menteeId, mentorId, check.score, mentee, mentor);
    if (!execute(command))
        return false;
    emit statusMessage(check.reason);
    return true;
}

bool MatchBoard::unmatch(const QString &menteeId)
{
    const DropCheck check = checkUnmatch(menteeId);
    if (!check.allowed()) {
        emit statusMessage(check.reason);
        return false;
    }
    const MatchingData &d = m_snapshot->data;
    if (!execute(MatchCommands::remove(*m_document, *d.matchOfMentee(menteeId), menteeName(d.menteeIndex(menteeId)))))
        return false;
    emit statusMessage(check.reason);
    return true;
}

bool MatchBoard::execute(QUndoCommand *command)
{
    auto *changes = dynamic_cast<MatchChangesCommand *>(command);
    m_applying = true;
    const Status status = m_document->execute(command); // the stack owns the command from here
    m_applying = false;
    if (!status)
        return false;
    if (changes)
        applyLocally(changes->changes()); // still on the stack: pushed just now
    return true;
}

// The rows a drop wrote, applied to a copy of the snapshot: the lists copy cheaply (implicitly
// shared); the compatibility model is built again over the copy (its features, not its scores: a
// few tens of milliseconds for 5,000 × 2,500). Best scores are kept but for the mentees moved.
void MatchBoard::applyLocally(const QList<MatchChange> &changes)
{
    if (!m_snapshot || !m_snapshot->model)
        return;
    auto next = std::make_shared<MatchingSnapshot>();
    next->cycleId = m_snapshot->cycleId;
    next->generation = m_snapshot->generation;
    next->data = m_snapshot->data;
    QList<Match> &matches = next->data.matches;
    QStringList moved;
    for (const MatchChange &change : changes) {
        const QString id = change.after ? change.after->id : change.before->id;
        const auto it = std::find_if(matches.begin(), matches.end(), [&id](const Match &m) { return m.id == id; });
        if (!change.after) {
            if (it != matches.end())
                matches.erase(it);
        } else if (it != matches.end()) {
            *it = *change.after;
        } else {
            matches.append(*change.after);
        }
        moved << (change.after ? change.after->menteeApplicationId : change.before->menteeApplicationId);
    }
    next->data.rebuildIndex();
    next->model = std::make_unique<Compatibility>(next->data);
    const MatchingData &d = next->data;
    next->load.resize(std::size_t(d.mentors.size()));
    for (int m = 0; m < d.mentors.size(); ++m)
        next->load[std::size_t(m)] = d.load(m);
    next->bestScore = m_snapshot->bestScore;
    for (const QString &mentee : std::as_const(moved)) {
        const int e = d.menteeIndex(mentee);
        if (e < 0 || d.matchOfMentee(mentee))
            continue;
        const auto best = next->model->suggestions(e, 1);
        next->bestScore[std::size_t(e)] = best.isEmpty() ? -1.0 : best.first().score;
    }
    m_snapshot = std::move(next);
    emit snapshotChanged();
}

} // namespace cohort
