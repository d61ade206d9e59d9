#pragma once

#include "domain/review.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cohort {

// What a review packet says about itself. Everything here is covered by the packet's MAC.
struct PacketMeta
{
    int format = 1;
    QString packetId;
    QString programId;
    QString programName;
    QString cycleId;
    QString cycleName;
    QString reviewerId;
    QString reviewerName;
    QString rubricHash; // PacketFile::rubricHash() of the criteria in the packet
    QDateTime exportedAt;
    bool blind = false;
};

// An application as the reviewer reads it: the fields a reviewer may see (never confidential
// ones; in blind review nothing that names the applicant), as label and text.
struct PacketApplication
{
    QString id;
    QString code;
    QString role;
    QString title; // the code, or "code · name" when not blind
    QList<std::pair<QString, QString>> fields;
};

// One of the reviewer's assignments: the base (the program's row at export) and the
// reviewer's comment as edited in the packet.
struct PacketAssignment
{
    QString id;
    QString applicationId;
    QString baseComment;
    int baseVersion = 1;
    bool baseSubmitted = false; // submitted before export: the packet shows it read-only
    QString comment;            // the reviewer's (starts as the base)
    QDateTime editedAt;         // when the reviewer last changed the comment (invalid: never)
};

// One cell of the grid: the program's value at export (base; version 0 = no row) and the
// reviewer's value in the packet.
struct PacketCell
{
    QString assignmentId;
    QString criterionId;
    std::optional<double> baseValue;
    bool baseNotApplicable = false;
    int baseVersion = 0;
    std::optional<double> value;
    bool notApplicable = false;
    QDateTime editedAt;

    bool changed() const { return value != baseValue || notApplicable != baseNotApplicable; }
};

// A whole packet in memory.
struct PacketContent
{
    PacketMeta meta;
    QByteArray mac; // HMAC-SHA256, as stored
    QList<Criterion> criteria;
    QList<PacketApplication> applications;
    QList<PacketAssignment> assignments;
    QList<PacketCell> cells;
    QDateTime submittedAt; // the reviewer marked the packet submitted (invalid: not yet)
};

// The review packet file (`<reviewer>-<cycle>.cohort-review`): a small SQLite database with a
// fixed schema that carries one reviewer's share of a cycle's review out of the program and the
// reviewer's scores back in. Only Cohort writes it; anything else in it is refused on reading.
//
// Trust: the program's secret signs (HMAC-SHA256) everything the chair exported — metadata,
// applications, rubric, assignments, and each cell's base value and version — but not the
// reviewer's own edits (values, comments, edit times, submission), which the reviewer changes
// without the secret. A packet whose signed part was altered fails verify().
class PacketFile
{
    Q_DECLARE_TR_FUNCTIONS(cohort::PacketFile)

public:
    static constexpr int FormatVersion = 1;
    static QString suffix() { return QStringLiteral("cohort-review"); }

    // Writes a new packet at `path`, created 0600, whole or not at all (written beside it under a
    // temporary name, then renamed over it). Computes and stores the MAC with `secret`.
    static Status write(const QString &path, const PacketContent &content, const QByteArray &secret);

    // Reads a packet after checking, before trusting anything in it: the file starts like SQLite;
    // it opens with triggers, views and untrusted schema functions off (defensive mode); its
    // schema is exactly the packet's (no other table, index, trigger or view, no changed column);
    // quick_check passes; the format version is one this Cohort reads. Refusals say why in words.
    // The MAC is not checked here (that needs the program's secret): see verify().
    static Result<PacketContent> read(const QString &path);

    // The MAC of the signed part of `content`.
    static QByteArray mac(const PacketContent &content, const QByteArray &secret);
    static bool verify(const PacketContent &content, const QByteArray &secret);
    // SHA-256 (hex) over the criteria that scoring depends on: id, role, name, scale, weight,
    // N/A, order.
    static QString rubricHash(QList<Criterion> criteria);

    // A safe file name: "<reviewer>-<cycle>.cohort-review" with characters other than letters,
    // digits, '-' and '_' replaced.
    static QString fileName(const QString &reviewerName, const QString &cycleName);
};

// The reviewer's side: edits saved in the packet at once. open() runs PacketFile::read()'s checks
// first, then keeps the file open for writing.
class PacketEditor
{
    Q_DECLARE_TR_FUNCTIONS(cohort::PacketEditor)

public:
    PacketEditor();
    ~PacketEditor();
    PacketEditor(const PacketEditor &) = delete;
    PacketEditor &operator=(const PacketEditor &) = delete;

    Status open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    const PacketContent &content() const { return m_content; }

    // Writes cells (value, or N/A, or neither to clear) in one transaction; refused as a whole,
    // with nothing written, for an unknown cell, a value outside the criterion's scale, N/A where
    // not allowed, a cell of an assignment submitted before export, or after submitting.
    struct CellEdit
    {
        QString assignmentId;
        QString criterionId;
        std::optional<double> value;
        bool notApplicable = false;
    };
    Status setCells(const QList<CellEdit> &edits);
    Status setComment(const QString &assignmentId, const QString &comment);
    // Marks the packet submitted (or not): the chair's merge submits the complete assignments.
    Status setSubmitted(bool submitted);

private:
    struct Handle;
    Handle *m_handle = nullptr;
    QString m_path;
    PacketContent m_content;
};

} // namespace cohort
