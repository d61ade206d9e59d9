#pragma once

#include "domain/match.h"
#include "result.h"
#include "timeline/timelinedata.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cohort {

class Database;
struct CsvTable;

// One reason a line of a contacts file cannot be imported. The whole file is refused while
// there is any: nothing is written.
struct ContactImportProblem
{
    int line = 0;   // 1-based line in the file
    QString column; // header text, empty for the whole row
    QString message;
};

// What a contacts file would add, worked out against the stored contacts (nothing written yet).
struct ContactImportPlan
{
    QList<ContactEntry> added; // new contacts (new ids, version 1), in file order
    QList<int> addedLines;     // the line of each, parallel to added
    QList<ContactImportProblem> problems;
    int rows = 0;         // data rows read
    int alreadyThere = 0; // rows identical to a stored contact: not added again
    QString sourceName;   // the file's name, for the audit log (set by the caller)

    bool ok() const { return problems.isEmpty(); }
};

// Contacts logged in a spreadsheet (or exported from a form), imported all or nothing.
//
// Columns, by header (case, spaces and hyphens ignored, any order, others ignored):
//  "mentee" (the mentee's application code) or "match" (the match id) — one is required; with
//    both, the match wins and the mentee must be its mentee;
//  "mentor" (optional: the mentor's code, checked against the match);
//  "date" (2017-10-13, or the US form 10/13/2017 — month first; nothing else);
//  "method" (email, phone, video, chat, in_person; also the words ContactFields::parseMethod
//    accepts, such as "In person" or "Skype");
//  "initiated_by" (or "initiator": mentor, mentee or liaison);
//  "note" (optional).
// The match must be published or ended, and the date neither after `today` nor before the
// match's start nor after its end. A row identical to a stored contact (same match, date,
// method, initiator and note — the note compared without surrounding spaces) is "already
// there" and not added again; rows are matched one to one, so a file with two identical rows
// adds two contacts once, and importing the same file again adds nothing.
class ContactImport
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ContactImport)

public:
    // mentee, mentor, date, method, initiated_by, note: the columns a template file has.
    static QStringList header();

    // Plans against the given cycles' timelines. A mentee code found in more than one of them
    // is a problem (the match id, or one cycle, says which).
    static ContactImportPlan plan(const CsvTable &table, const QList<TimelineData> &cycles,
                                  QDate today = QDate::currentDate());
    // Reads the timeline of the cycle given, or of every cycle, and plans.
    static Result<ContactImportPlan> plan(Database &db, const CsvTable &table, const QString &cycleId = {},
                                          QDate today = QDate::currentDate());

    // Writes a plan's contacts in one transaction with an audit entry ("contacts.import").
    // Refused when the plan has problems; a plan that adds nothing writes nothing.
    static Status apply(Database &db, const ContactImportPlan &plan, const QString &actor);

    // "2017-10-13" or "10/13/2017"; none otherwise.
    static std::optional<QDate> parseDate(const QString &text);
    // "Line 4, column “date”: …" (or "Line 4: …" without a column).
    static QString problemText(const ContactImportProblem &problem);
};

} // namespace cohort
