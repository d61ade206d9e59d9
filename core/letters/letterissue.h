#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace cohort {

class Database;
struct Letterhead;

struct LetterIssueOptions
{
    QString role;     // empty: the kind's default
    QString status;   // empty: the kind's default
    QString language; // empty: each recipient's language
    QString outDir;
    bool combined = false;                                         // one PDF for everyone instead of one per person
    bool force = false;                                            // issue again letters whose text was issued already
    QString fileNamePattern = QStringLiteral("{code}-{kind}.pdf"); // {code}, {kind}, {cycle}
    QString actor;
    QStringList applicationIds; // non-empty: only these of the kind's recipients (a hand-picked list)
};

struct IssuedFile
{
    QString applicationId;
    QString code;
    QString name;
    QString fileName;
};

struct IssueReport
{
    int recipients = 0;
    QList<IssuedFile> issued;
    QStringList current; // names of recipients skipped: the same letter was issued already
    QStringList files;   // the files written (absolute paths)
};

// A person whose decision calls for a letter they do not have in its current form.
struct PendingLetter
{
    QString applicationId;
    QString code;
    QString name;
    QString role;
    QString kind;
    QString lastIssuedAt; // the latest letter of this kind (UTC ISO-8601), empty: never sent
    QString problem;      // why the letter cannot be issued as things stand, empty when it can
};

// Issues the letters of one kind for a cycle: checks every letter first (any problem: nothing is
// written and every problem is reported with its recipient and place), skips letters already
// issued with the same text (unless force), writes the PDFs, then records each letter in one
// transaction. progress(done, total) may return false to cancel: no file and no record is left.
class LetterIssue
{
    Q_DECLARE_TR_FUNCTIONS(cohort::LetterIssue)

public:
    using Progress = std::function<bool(int done, int total)>;

    static Result<IssueReport> issue(Database &db, const QString &cycleId, const QString &kind,
                                     const LetterIssueOptions &options, const Progress &progress = {});

    // Every problem of the kind's template (unknown placeholders, syntax) and of each
    // recipient's letter (missing values), one line each; empty when all letters render.
    static Result<QStringList> check(Database &db, const QString &cycleId, const QString &kind,
                                     const LetterIssueOptions &options = {});

    // The letter bodies as they would be issued now (each in its recipient's language, in
    // recipient order), for printing; refused, with every problem, when one cannot be rendered.
    static Result<QList<QString>> bodies(Database &db, const QString &cycleId, const QString &kind,
                                         const LetterIssueOptions &options = {});

    // "Letters to send": for every application of the cycle, the letter its decision calls for —
    // acceptance (by role), waitlist, decline, and the match introduction for both partners of a
    // published match — when it was never issued or would now say something else.
    static Result<QList<PendingLetter>> pending(Database &db, const QString &cycleId);

    // The letterhead from the program's settings (signature name and title may be set per cycle).
    static Result<Letterhead> letterhead(Database &db, const QString &cycleId);
};

} // namespace cohort
