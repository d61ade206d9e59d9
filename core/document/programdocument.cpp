#include "document/programdocument.h"

#include "db/database.h"
#include "domain/ids.h"
#include "store/applicationstore.h"
#include "store/cyclestore.h"
#include "store/matchstore.h"
#include "store/programstore.h"
#include "store/reviewstore.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QUndoStack>

#include <utility>

namespace cohort {

ProgramDocument::ProgramDocument(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_programStore(std::make_unique<ProgramStore>(*m_db)),
      m_cycleStore(std::make_unique<CycleStore>(*m_db)), m_applicationStore(std::make_unique<ApplicationStore>(*m_db)),
      m_matchStore(std::make_unique<MatchStore>(*m_db)), m_reviewStore(std::make_unique<ReviewStore>(*m_db)),
      m_undoStack(new QUndoStack(this))
{}

ProgramDocument::~ProgramDocument()
{
    // Undo commands refer to the stores: clear them before the stores and the connection go.
    delete m_undoStack;
    m_undoStack = nullptr;
}

QString ProgramDocument::actor()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

Result<std::unique_ptr<ProgramDocument>> ProgramDocument::create(const QString &path, const QString &programName)
{
    auto db = Database::createFile(path);
    if (!db)
        return Error{db.error()};
    ProgramStore store(*db.value());
    ProgramInfo info;
    info.id = newId();
    info.name = programName.trimmed().isEmpty() ? QFileInfo(path).completeBaseName() : programName.trimmed();
    // The per-program secret that signs review packets (HMAC-SHA256 key, 256 bits).
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(secret.data()),
                                         reinterpret_cast<quint32 *>(secret.data() + secret.size()));
    {
        Transaction transaction(*db.value());
        if (!transaction.started())
            return Error{transaction.started().error()};
        if (Status s = store.initialize(info, QString::fromLatin1(secret.toHex()), nowTimestamp()); !s)
            return Error{s.error()};
        if (Status s =
                store.audit(actor(), QStringLiteral("program.create"), QStringLiteral("program"), info.id, info.name);
            !s)
            return Error{s.error()};
        if (Status s = transaction.commit(); !s)
            return Error{s.error()};
    }
    return adopt(std::move(db).value());
}

Result<std::unique_ptr<ProgramDocument>> ProgramDocument::open(const QString &path, bool readOnly)
{
    auto db = Database::openFile(path, readOnly);
    if (!db)
        return Error{db.error()};
    return adopt(std::move(db).value());
}

Result<std::unique_ptr<ProgramDocument>> ProgramDocument::adopt(std::unique_ptr<Database> db)
{
    auto document = std::unique_ptr<ProgramDocument>(new ProgramDocument(std::move(db)));
    auto info = document->m_programStore->load();
    if (!info)
        return Error{info.error()};
    document->m_program = info.value();
    return document;
}

QString ProgramDocument::filePath() const
{
    return m_db->path();
}

QString ProgramDocument::fileName() const
{
    return m_db->dialect() == Database::Dialect::Sqlite ? QFileInfo(m_db->path()).fileName() : m_db->path();
}

bool ProgramDocument::isReadOnly() const
{
    return m_db->isReadOnly();
}

QString ProgramDocument::readOnlyReason() const
{
    return m_db->readOnlyReason();
}

Status ProgramDocument::execute(QUndoCommand *command)
{
    m_executing = true;
    m_executeError.clear();
    m_undoStack->push(command);
    m_executing = false;
    if (!m_executeError.isEmpty())
        return Error{std::exchange(m_executeError, {})};
    return {};
}

Status ProgramDocument::executeAsOne(const QString &text, const QList<QUndoCommand *> &commands)
{
    if (commands.size() == 1)
        return execute(commands.first());
    Status status;
    m_undoStack->beginMacro(text);
    for (QUndoCommand *command : commands) {
        if (status)
            status = execute(command); // a failed command is obsolete: the stack drops it
        else
            delete command;
    }
    m_undoStack->endMacro();
    if (status)
        return status;
    // Undo what the macro's earlier commands did, then mark the macro obsolete, so that the
    // stack's undo() deletes it without undoing it a second time and nothing is left to redo.
    auto *macro = const_cast<QUndoCommand *>(m_undoStack->command(m_undoStack->index() - 1));
    macro->undo();
    macro->setObsolete(true);
    m_undoStack->undo();
    return status;
}

void ProgramDocument::reportFailure(const QString &message)
{
    if (m_executing)
        m_executeError = message;
    else
        emit commandFailed(message);
}

Status ProgramDocument::applyProgramName(const QString &name)
{
    auto renamed = m_programStore->rename(name, m_program.version, actor());
    if (!renamed)
        return Error{renamed.error()};
    m_program = renamed.value();
    emit programChanged();
    return {};
}

} // namespace cohort
