#include "letters/letterissue.h"

#include "db/database.h"
#include "letters/letterdata.h"
#include "letters/letterrenderer.h"
#include "letters/lettertemplate.h"
#include "letters/pdfsplitter.h"
#include "store/letterstore.h"
#include "store/programstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <numeric>

namespace cohort {

namespace {

struct Prepared
{
    LetterRecipient recipient;
    QString body;
    LetterTemplateRow templ;
};

struct Checked
{
    QList<Prepared> letters;
    QStringList problems;
    QList<std::pair<LetterRecipient, QString>> refused; // recipients whose letter cannot be rendered
    QString cycleName;
};

QString safeFilePart(QString text)
{
    static const QRegularExpression bad(QStringLiteral(R"([^A-Za-z0-9._-]+)"));
    text.replace(bad, QStringLiteral("_"));
    return text;
}

Result<Checked> prepare(Database &db, const QString &cycleId, const QString &kind, const LetterIssueOptions &options)
{
    auto recipients = LetterData::recipients(db, cycleId, kind, options.role, options.status, options.language);
    if (!recipients)
        return Error{recipients.error()};
    Checked out;
    {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("SELECT name FROM cycles WHERE id = ?"));
        query.addBindValue(cycleId);
        if (query.exec() && query.next())
            out.cycleName = query.value(0).toString();
    }
    LetterStore store(db);
    QHash<QString, LetterTemplateRow> templates; // by language
    QSet<QString> checkedLanguages;
    QSet<QString> badLanguages;
    const LetterTemplate renderer;
    for (const LetterRecipient &r : std::as_const(recipients.value())) {
        if (!options.applicationIds.isEmpty() && !options.applicationIds.contains(r.applicationId))
            continue;
        if (!templates.contains(r.language)) {
            auto found = store.findTemplate(kind, r.language);
            if (!found)
                return Error{found.error()};
            if (!found->has_value())
                return Error{LetterIssue::tr("There is no “%1” letter template.").arg(kind)};
            templates.insert(r.language, *found.value());
        }
        const LetterTemplateRow &t = templates[r.language];
        if (!checkedLanguages.contains(r.language)) {
            checkedLanguages.insert(r.language);
            const QList<LetterProblem> problems = LetterTemplate::check(t.body);
            for (const LetterProblem &p : problems)
                out.problems.append(LetterIssue::tr("Template “%1” (%2), line %3, column %4: %5")
                                        .arg(kind, r.language)
                                        .arg(p.line)
                                        .arg(p.column)
                                        .arg(p.text));
            if (!problems.isEmpty())
                badLanguages.insert(r.language);
        }
        if (badLanguages.contains(r.language)) {
            out.refused.append({r, LetterIssue::tr("The “%1” template (%2) has problems.").arg(kind, r.language)});
            continue;
        }
        auto body = renderer.render(t.body, r.values, r.name.isEmpty() ? r.code : r.name);
        if (!body) {
            out.problems.append(body.error());
            out.refused.append({r, body.error()});
            continue;
        }
        out.letters.append({r, body.value(), t});
    }
    return out;
}

// A letter is current when the one issued says the same as it would now — dated as it was then,
// so that issuing again on a later day does not count as a change.
bool isCurrent(const Prepared &p, const IssuedLetter &issued)
{
    if (issued.issuedText == p.body)
        return true;
    const QDateTime at = QDateTime::fromString(issued.issuedAt, Qt::ISODateWithMs);
    if (!at.isValid())
        return false;
    QVariantMap values = p.recipient.values;
    values.insert(QStringLiteral("today"),
                  QLocale(p.recipient.language).toString(at.toLocalTime().date(), QLocale::LongFormat));
    auto then = LetterTemplate().render(p.templ.body, values, p.recipient.name);
    return then && then.value() == issued.issuedText;
}

void removeAll(const QStringList &files)
{
    for (const QString &f : files)
        QFile::remove(f);
}

// One PDF to write: a person's letter, or every letter (combined).
struct PdfJob
{
    QList<QString> bodies;
    QString title;
    QString path;    // where it ends up
    int letters = 0; // for the progress
};

struct PdfDone
{
    QString temporary; // written, under a temporary name in the folder; empty until then
    QString sha256;    // hex
};

// Writes bytes to a new file next to path, under a name no other file has (".<name>.<random>.part"),
// with the permissions a new file gets. Not synced to disk: see writePdfs(). On failure nothing
// is left.
Result<QString> writeTemporary(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString temporary =
            info.absolutePath() + QStringLiteral("/.%1.%2.part")
                                      .arg(info.fileName())
                                      .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (file.exists())
                continue;
            return Error{LetterIssue::tr("Cannot write %1: %2").arg(path, file.errorString())};
        }
        const bool written = file.write(bytes) == bytes.size() && file.flush();
        file.close();
        if (!written || file.error() != QFileDevice::NoError) {
            const QString error = file.errorString();
            QFile::remove(temporary);
            return Error{LetterIssue::tr("Cannot write %1: %2").arg(path, error)};
        }
        return temporary;
    }
    return Error{LetterIssue::tr("Cannot write %1: no free temporary name.").arg(path)};
}

// Letters rendered into one PDF before it is split into one PDF per person (separate letters):
// Qt subsets and embeds the fonts once per PDF it writes — most of the time a one-page PDF takes —
// so rendering several letters together and splitting the result with qpdf costs that once per
// chunk. Larger chunks save little more (docs/PERFORMANCE.md, "Letters"), make every file carry a
// larger font subset (the glyphs of the whole chunk) and report progress later.
constexpr qsizetype maxLettersPerChunk = 50;

// Consecutive jobs [begin, end) rendered into one PDF: enough chunks for every thread to have
// several (so that the threads finish together), none larger than maxLettersPerChunk nor, unless
// there are fewer jobs, smaller than minLettersPerChunk (a few letters are cheap to render
// together and a chunk of one is written as it is, without splitting).
QList<std::pair<qsizetype, qsizetype>> chunksOf(const QList<PdfJob> &jobs, int threads)
{
    constexpr qsizetype minLettersPerChunk = 4;
    const qsizetype wanted = std::max<qsizetype>(1, qsizetype(threads) * 4);
    const qsizetype size =
        std::clamp<qsizetype>((jobs.size() + wanted - 1) / wanted, minLettersPerChunk, maxLettersPerChunk);
    QList<std::pair<qsizetype, qsizetype>> chunks;
    for (qsizetype begin = 0; begin < jobs.size(); begin += size)
        chunks.append({begin, std::min(begin + size, jobs.size())});
    return chunks;
}

// Renders the PDFs on worker threads (one per core, each with its own renderer and QPdfWriter
// writing to memory), hashes each in memory and writes it under a temporary name in its folder.
// Several jobs are rendered together into one PDF (a chunk, see chunksOf()), which PdfSplitter
// then cuts into each job's pages, titled with the job's title; a chunk of one job is written as
// rendered. progress(done letters) is called from the calling thread, once for every PDF
// written; when it returns false the work stops. Returns the temporary files and hashes in the
// order of the jobs; on failure or cancel, every temporary file written is removed (cancelled is
// set on cancel).
//
// No fsync: unlike QSaveFile, the files are not synced to disk one by one (1 ms a file on an idle
// disk, 5 ms and more while other programs write; docs/PERFORMANCE.md). A crash of the machine
// soon after issuing may lose files the records name; a failure or a cancel leaves none, since
// issue() renames the files to their names only when every PDF is written.
Result<QList<PdfDone>> writePdfs(const Letterhead &head, const QList<PdfJob> &jobs,
                                 const std::function<bool(int)> &progress, bool &cancelled)
{
    cancelled = false;
    QList<PdfDone> done(jobs.size());
    PdfDone *const results = done.data(); // detached here, once; each worker fills in its jobs
    std::mutex mutex;
    std::condition_variable changed;
    const int cores = std::max(1, QThread::idealThreadCount());
    const QList<std::pair<qsizetype, qsizetype>> chunks = chunksOf(jobs, cores);
    std::atomic<qsizetype> next{0}; // the next chunk
    std::atomic<bool> stop{false};
    QList<int> finished; // letters done after each PDF written, in the order written; guarded by mutex
    int lettersDone = 0; // guarded by mutex, as are the rest
    int running = 0;
    QString error;
    const int threads = int(std::min<qsizetype>(chunks.size(), cores));
    QThreadPool pool; // our own: the caller may itself run on the global pool
    pool.setMaxThreadCount(threads);
    running = threads;
    for (int t = 0; t < threads; ++t) {
        pool.start([&] {
            Letterhead own = head; // nothing of the caller's letterhead is shared with other threads
            own.logo = head.logo.copy();
            own.signature = head.signature.copy();
            const LetterRenderer renderer(std::move(own));
            // Writes job i's PDF; an error message, or empty.
            const auto finish = [&](qsizetype i, const QByteArray &data) -> QString {
                auto temporary = writeTemporary(jobs.at(i).path, data);
                if (!temporary)
                    return temporary.error();
                results[i].temporary = temporary.value();
                results[i].sha256 =
                    QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
                const std::lock_guard lock(mutex);
                lettersDone += jobs.at(i).letters;
                finished.append(lettersDone);
                changed.notify_all();
                return {};
            };
            // Renders the chunk's jobs into one PDF and writes each job's pages of it.
            const auto renderChunk = [&](qsizetype begin, qsizetype end) -> QString {
                if (end - begin == 1) {
                    const PdfJob &job = jobs.at(begin);
                    auto data = renderer.pdfData(job.bodies, job.title);
                    if (!data)
                        return LetterIssue::tr("Cannot write %1: %2").arg(job.path, data.error());
                    return finish(begin, data.value());
                }
                QList<QString> bodies;
                for (qsizetype i = begin; i < end; ++i)
                    bodies.append(jobs.at(i).bodies);
                QList<int> pageCounts;
                auto data = renderer.pdfData(bodies, jobs.at(begin).title, &pageCounts);
                if (!data)
                    return LetterIssue::tr("Cannot write %1: %2").arg(jobs.at(begin).path, data.error());
                PdfSplitter splitter;
                Status opened = splitter.open(data.value());
                if (opened && (pageCounts.size() != bodies.size() ||
                               splitter.pageCount() != std::accumulate(pageCounts.cbegin(), pageCounts.cend(), 0)))
                    opened = Error{LetterIssue::tr("The pages of the letters cannot be told apart.")};
                if (!opened)
                    return LetterIssue::tr("Cannot write %1: %2").arg(jobs.at(begin).path, opened.error());
                int page = 0;
                qsizetype body = 0;
                for (qsizetype i = begin; i < end && !stop; ++i) {
                    const PdfJob &job = jobs.at(i);
                    int pages = 0;
                    for (qsizetype b = 0; b < job.bodies.size(); ++b)
                        pages += pageCounts.at(body++);
                    auto part = splitter.extract(page, pages, job.title);
                    if (!part)
                        return LetterIssue::tr("Cannot write %1: %2").arg(job.path, part.error());
                    page += pages;
                    if (QString failed = finish(i, part.value()); !failed.isEmpty())
                        return failed;
                }
                return {};
            };
            QString failed;
            while (!stop && failed.isEmpty()) {
                const qsizetype c = next++;
                if (c >= chunks.size())
                    break;
                failed = renderChunk(chunks.at(c).first, chunks.at(c).second);
            }
            const std::lock_guard lock(mutex);
            if (!failed.isEmpty() && error.isEmpty())
                error = failed;
            if (!failed.isEmpty())
                stop = true;
            --running;
            changed.notify_all();
        });
    }
    qsizetype reported = 0;
    {
        std::unique_lock lock(mutex);
        for (;;) {
            changed.wait(lock, [&] { return finished.size() > reported || running == 0 || !error.isEmpty(); });
            if (!error.isEmpty())
                break;
            if (finished.size() > reported) {
                const QList<int> now = finished.mid(reported);
                reported = finished.size();
                lock.unlock();
                bool go = true;
                for (qsizetype k = 0; go && k < now.size(); ++k)
                    go = !progress || progress(now.at(k));
                lock.lock();
                if (!go) {
                    cancelled = true;
                    stop = true;
                    break;
                }
                continue;
            }
            if (running == 0)
                break;
        }
    }
    pool.waitForDone();
    if (cancelled || !error.isEmpty()) {
        for (const PdfDone &d : std::as_const(done))
            if (!d.temporary.isEmpty())
                QFile::remove(d.temporary);
        return Error{error};
    }
    return done;
}

// Gives each written file its name (replacing a file of that name). On failure, removes what was
// renamed and what was not yet.
Status renameAll(const QList<PdfJob> &jobs, const QList<PdfDone> &done)
{
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        std::error_code failed;
        std::filesystem::rename(std::filesystem::path(done.at(i).temporary.toStdU16String()),
                                std::filesystem::path(jobs.at(i).path.toStdU16String()), failed);
        if (failed) {
            for (qsizetype k = 0; k < jobs.size(); ++k)
                QFile::remove(k < i ? jobs.at(k).path : done.at(k).temporary);
            return Error{
                LetterIssue::tr("Cannot write %1: %2").arg(jobs.at(i).path, QString::fromLocal8Bit(failed.message()))};
        }
    }
    return {};
}

} // namespace

Result<Letterhead> LetterIssue::letterhead(Database &db, const QString &cycleId)
{
    auto stored = LetterStore(db).loadLetterhead();
    if (!stored)
        return Error{stored.error()};
    Letterhead head;
    head.organization = stored->organization;
    if (head.organization.isEmpty()) {
        auto info = ProgramStore(db).load();
        if (!info)
            return Error{info.error()};
        head.organization = info->organization.isEmpty() ? info->name : info->organization;
    }
    head.address = stored->address;
    if (!stored->logoPng.isEmpty())
        head.logo = QImage::fromData(stored->logoPng, "PNG");
    if (!stored->signaturePng.isEmpty())
        head.signature = QImage::fromData(stored->signaturePng, "PNG");
    head.signatureName = stored->signatureName;
    head.signatureTitle = stored->signatureTitle;
    ProgramStore program(db);
    if (!cycleId.isEmpty()) {
        if (auto name = program.setting(cycleId, QStringLiteral("letters.signature_name")); name && !name->isEmpty())
            head.signatureName = name.value();
        if (auto title = program.setting(cycleId, QStringLiteral("letters.signature_title"));
            title && !title->isEmpty())
            head.signatureTitle = title.value();
    }
    head.pageSize = QPageSize(stored->pageSize == QLatin1String("a4") ? QPageSize::A4 : QPageSize::Letter);
    head.marginsMm =
        QMarginsF(stored->marginLeftMm, stored->marginTopMm, stored->marginRightMm, stored->marginBottomMm);
    return head;
}

Result<QList<QString>> LetterIssue::bodies(Database &db, const QString &cycleId, const QString &kind,
                                           const LetterIssueOptions &options)
{
    auto checked = prepare(db, cycleId, kind, options);
    if (!checked)
        return Error{checked.error()};
    if (!checked->problems.isEmpty())
        return Error{tr("%n letter(s) cannot be rendered:\n", nullptr, int(checked->problems.size())) +
                     checked->problems.join(QLatin1Char('\n'))};
    QList<QString> out;
    for (const Prepared &p : std::as_const(checked->letters))
        out.append(p.body);
    return out;
}

Result<QList<PendingLetter>> LetterIssue::pending(Database &db, const QString &cycleId)
{
    LetterStore store(db);
    QList<PendingLetter> out;
    const QStringList kinds{QStringLiteral("acceptance_mentor"), QStringLiteral("acceptance_mentee"),
                            QStringLiteral("waitlist"), QStringLiteral("decline"),
                            QStringLiteral("match_introduction")};
    for (const QString &kind : kinds) {
        auto checked = prepare(db, cycleId, kind, {});
        if (!checked)
            return Error{checked.error()};
        auto latest = store.latestIssuedInCycle(cycleId, kind);
        if (!latest)
            return Error{latest.error()};
        const auto add = [&](const LetterRecipient &r, const QString &problem) {
            const auto it = latest->constFind(r.applicationId);
            out.append({r.applicationId, r.code, r.name, r.role, kind,
                        it == latest->constEnd() ? QString() : it->issuedAt, problem});
        };
        for (const Prepared &p : std::as_const(checked->letters)) {
            const auto it = latest->constFind(p.recipient.applicationId);
            if (it == latest->constEnd() || !isCurrent(p, *it))
                add(p.recipient, {});
        }
        for (const auto &[recipient, problem] : std::as_const(checked->refused))
            add(recipient, problem);
    }
    return out;
}

Result<QStringList> LetterIssue::check(Database &db, const QString &cycleId, const QString &kind,
                                       const LetterIssueOptions &options)
{
    auto checked = prepare(db, cycleId, kind, options);
    if (!checked)
        return Error{checked.error()};
    return checked->problems;
}

Result<IssueReport> LetterIssue::issue(Database &db, const QString &cycleId, const QString &kind,
                                       const LetterIssueOptions &options, const Progress &progress)
{
    if (options.outDir.isEmpty())
        return Error{tr("Choose a folder to write the letters to.")};
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{tr("Letters can only be written by an application with fonts (a QGuiApplication).")};
    auto checked = prepare(db, cycleId, kind, options);
    if (!checked)
        return Error{checked.error()};
    if (!checked->problems.isEmpty())
        return Error{
            tr("No letter was written: %n letter(s) cannot be issued.\n", nullptr, int(checked->problems.size())) +
            checked->problems.join(QLatin1Char('\n'))};

    LetterStore store(db);
    auto latest = store.latestIssuedInCycle(cycleId, kind);
    if (!latest)
        return Error{latest.error()};

    IssueReport report;
    report.recipients = int(checked->letters.size());
    QList<Prepared> toIssue;
    for (const Prepared &p : std::as_const(checked->letters)) {
        const auto it = latest->constFind(p.recipient.applicationId);
        if (!options.force && it != latest->constEnd() && isCurrent(p, *it))
            report.current.append(p.recipient.name);
        else
            toIssue.append(p);
    }
    if (toIssue.isEmpty())
        return report;

    QDir dir(options.outDir);
    if (!dir.exists() && !QDir().mkpath(options.outDir))
        return Error{tr("The folder “%1” cannot be created.").arg(options.outDir)};
    auto head = letterhead(db, cycleId);
    if (!head)
        return Error{head.error()};
    const auto fileName = [&](const QString &code) {
        QString name =
            options.fileNamePattern.isEmpty() ? QStringLiteral("{code}-{kind}.pdf") : options.fileNamePattern;
        name.replace(QLatin1String("{code}"), safeFilePart(code));
        name.replace(QLatin1String("{kind}"), kind);
        name.replace(QLatin1String("{cycle}"), safeFilePart(checked->cycleName));
        return name;
    };
    const int total = int(toIssue.size());
    QList<PdfJob> jobs;
    QList<QString> fileOfLetter; // by letter
    QList<qsizetype> jobOfLetter;
    if (options.combined) {
        PdfJob job;
        for (const Prepared &p : std::as_const(toIssue))
            job.bodies.append(p.body);
        job.title = checked->cycleName + QLatin1Char(' ') + kind;
        const QString name = fileName(QStringLiteral("all"));
        job.path = dir.absoluteFilePath(name);
        job.letters = total;
        jobs.append(job);
        for (qsizetype i = 0; i < toIssue.size(); ++i) {
            fileOfLetter.append(name);
            jobOfLetter.append(0);
        }
    } else {
        QSet<QString> names;
        for (const Prepared &p : std::as_const(toIssue)) {
            const QString name = fileName(p.recipient.code);
            if (names.contains(name))
                return Error{tr("Two letters would be written to “%1”; use {code} in the file name.").arg(name)};
            names.insert(name);
            jobs.append({{p.body}, p.recipient.name, dir.absoluteFilePath(name), 1});
            fileOfLetter.append(name);
            jobOfLetter.append(jobs.size() - 1);
        }
    }
    const auto cancelledError = [] {
        return Error{tr("Issuing the letters was cancelled; nothing was written.")};
    };
    if (progress && !progress(0, total))
        return cancelledError();
    // Every PDF is written under a temporary name first and gets its name only when all are
    // written: a failure or a cancel leaves no file of this batch, and one before the renaming
    // (rendering, writing, cancel) leaves an earlier file of the same name as it was.
    bool cancelled = false;
    auto done = writePdfs(
        head.value(), jobs, [&](int letters) { return !progress || progress(letters, total); }, cancelled);
    if (cancelled)
        return cancelledError();
    if (!done)
        return Error{done.error()};
    if (Status s = renameAll(jobs, done.value()); !s)
        return Error{s.error()};
    QStringList written;
    for (const PdfJob &job : std::as_const(jobs))
        written.append(job.path);

    Transaction transaction(db);
    if (!transaction.started()) {
        removeAll(written);
        return Error{transaction.started().error()};
    }
    const QString issuedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (int i = 0; i < total; ++i) {
        const Prepared &p = toIssue.at(i);
        IssuedLetter l;
        l.applicationId = p.recipient.applicationId;
        l.templateId = p.templ.id;
        l.templateVersion = p.templ.version;
        l.kind = kind;
        l.language = p.recipient.language;
        l.issuedText = p.body;
        l.fileName = fileOfLetter.at(i);
        l.pdfSha256 = done->at(jobOfLetter.at(i)).sha256;
        l.issuedAt = issuedAt;
        l.issuedBy = options.actor;
        if (Status s = store.recordIssued(l); !s) {
            removeAll(written);
            return Error{s.error()};
        }
        report.issued.append({p.recipient.applicationId, p.recipient.code, p.recipient.name, l.fileName});
    }
    if (Status s = transaction.commit(); !s) {
        removeAll(written);
        return Error{s.error()};
    }
    report.files = written;
    return report;
}

} // namespace cohort
