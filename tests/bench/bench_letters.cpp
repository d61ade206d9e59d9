// bench_letters [--mentees N] [--runs R] [--keep FILE] [--dump-json FILE] [--out DIR] [--sample DIR]
//               [--pieces]
// The design's letters budget: issue 1,000 one-page PDF letters faster than ReportLab writing the
// same letters (tests/bench/letters_reportlab.py). Writes (or, with --keep FILE when FILE exists,
// reuses) a program with one cycle of N accepted mentees (default 1,000; realistic names,
// libraries and e-mails from the demo vocabulary), N/2 accepted mentors of capacity 2, every
// mentee in a published match, an orientation date and a signature, so that every placeholder of
// the acceptance_mentee template has a value. Then times LetterIssue::issue (force) R times each
// (default 3), on a fresh output folder every time and a fresh copy of the program:
//   - one PDF per mentee,
//   - one combined PDF,
// printing median/min/max wall times, files and bytes, and checks the output (N files of one
// page; the combined PDF has N pages, by pdfinfo when installed, else counted in the file).
// --dump-json FILE writes the rendered letters (recipient, paragraphs, letterhead, signature)
// for letters_reportlab.py. --sample DIR keeps the first run's first PDF and combined PDF there
// (the output folders are removed otherwise; --out DIR puts them under DIR). --pieces times the
// steps of one-PDF-per-person issuing one by one, on one thread (data, template, HTML parsing,
// layout, painting, PDF finishing once per 50 letters, splitting with qpdf, saving, hashing,
// recording); LetterIssue spreads rendering, splitting, hashing and writing over the cores. Needs a QGuiApplication:
// runs on the offscreen platform unless QT_QPA_PLATFORM is set. Prints figures; never fails on time.
#include "db/database.h"
#include "demo/demowords.h"
#include "document/programdocument.h"
#include "domain/application.h"
#include "domain/cycle.h"
#include "domain/ids.h"
#include "domain/match.h"
#include "letters/letterdata.h"
#include "letters/letterissue.h"
#include "letters/letterrenderer.h"
#include "letters/lettertemplate.h"
#include "letters/pdfsplitter.h"
#include "store/applicationstore.h"
#include "store/cyclestore.h"
#include "store/letterstore.h"
#include "store/matchstore.h"
#include "store/programstore.h"
#include "store/statementcache.h"
#include "store/timelinestore.h"
#include "timeline/cadence.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace cohort;

namespace {

const QString kKind = QStringLiteral("acceptance_mentee");
const QString kOrganization = QStringLiteral("Tri-County Library Association");

bool makeProgram(const QString &path, int mentees)
{
    auto created = ProgramDocument::create(path, QStringLiteral("Youth Services Mentoring Program"));
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error()));
        return false;
    }
    ProgramDocument &doc = *created.value();
    Database &db = doc.database();
    const QString now = nowTimestamp();
    const QString actor = QStringLiteral("bench");
    QRandomGenerator random(1000);
    Transaction transaction(db);
    if (!transaction.started())
        return false;
    {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("UPDATE program SET organization = ?"));
        query.addBindValue(kOrganization);
        if (!query.exec())
            return false;
    }
    Cycle cycle;
    cycle.id = newId();
    cycle.name = QStringLiteral("Fall 2024");
    cycle.season = QStringLiteral("fall");
    cycle.year = 2024;
    cycle.startsOn = QDate(2024, 8, 1);
    cycle.endsOn = QDate(2025, 7, 31);
    if (!doc.cycleStore().insert(cycle, now, actor))
        return false;
    CadenceSettings cadence;
    cadence.orientationDates = {QDate(2024, 9, 12)};
    if (Status s = TimelineStore(db).saveSettings(cycle.id, cadence, actor); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return false;
    }
    // The letterhead as the Letters area keeps it: settings "letters.*" of the program's scope.
    ProgramStore &program = doc.programStore();
    const QList<QPair<QString, QString>> letterhead = {
        {QStringLiteral("letters.address"), QStringLiteral("1200 Main Street, Suite 300\nSpringfield, IL 62701")},
        {QStringLiteral("letters.signature_name"), QStringLiteral("Margaret O'Donnell-Reyes")},
        {QStringLiteral("letters.signature_title"), QStringLiteral("Chair, Mentoring Program Committee")}};
    for (const auto &[key, value] : letterhead)
        if (!program.setSetting({}, key, value, actor))
            return false;

    StatementCache cache(db);
    const QStringList &firstNames = DemoWords::firstNames();
    const QStringList &lastNames = DemoWords::lastNames();
    const QList<DemoLibrary> &libraries = DemoWords::libraries();
    const int mentors = (mentees + 1) / 2;
    QList<QString> mentorIds;
    for (int k = 0; k < mentors + mentees; ++k) {
        const bool mentor = k < mentors;
        const int serial = mentor ? k + 1 : k - mentors + 1;
        const DemoLibrary &library = libraries.at(int(random.bounded(int(libraries.size()))));
        Person person;
        person.id = newId();
        person.firstName = firstNames.at(int(random.bounded(int(firstNames.size()))));
        person.lastName = lastNames.at(int(random.bounded(int(lastNames.size()))));
        person.email = QStringLiteral("%1.%2%3@%4")
                           .arg(person.firstName.toLower(), person.lastName.toLower())
                           .arg(k)
                           .arg(library.domain)
                           .remove(QLatin1Char(' '))
                           .remove(QLatin1Char('\''));
        if (!doc.applicationStore().insertPerson(person, now, actor, &cache))
            return false;
        Application a;
        a.id = newId();
        a.cycleId = cycle.id;
        a.personId = person.id;
        a.role = mentor ? QStringLiteral("mentor") : QStringLiteral("mentee");
        a.code = (mentor ? QStringLiteral("M-%1") : QStringLiteral("E-%1")).arg(serial, 5, 10, QLatin1Char('0'));
        a.status = QStringLiteral("accepted");
        a.eligibility = QStringLiteral("eligible");
        a.submittedAt =
            QDateTime(QDate(2024, 5, 1).addDays(random.bounded(40)), QTime(9 + random.bounded(10), 0), Qt::UTC);
        a.library = library.name;
        a.libraryType = library.type;
        a.timeZone = library.timeZone;
        a.contactMethods = {QStringLiteral("email"), QStringLiteral("Video chat (Skype)")};
        a.languages = {QStringLiteral("English")};
        a.capacity = mentor ? 2 : 1;
        if (!doc.applicationStore().insertApplication(a, now, actor, &cache))
            return false;
        if (mentor) {
            mentorIds.append(a.id);
            continue;
        }
        Match m;
        m.id = newId();
        m.cycleId = cycle.id;
        m.mentorApplicationId = mentorIds.at((serial - 1) / 2);
        m.menteeApplicationId = a.id;
        m.status = QStringLiteral("published");
        m.source = QStringLiteral("auto");
        m.publishedOn = QDate(2024, 8, 19);
        if (!doc.matchStore().insertMatch(m, now, actor, &cache))
            return false;
    }
    return bool(transaction.commit());
}

double millis(QElapsedTimer &timer)
{
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    return ms;
}

struct Figures
{
    QList<double> ms;
    qint64 files = 0;
    qint64 bytes = 0;
};

void printFigures(const char *what, Figures f)
{
    std::sort(f.ms.begin(), f.ms.end());
    const double median =
        f.ms.size() % 2 ? f.ms.at(f.ms.size() / 2) : (f.ms.at(f.ms.size() / 2 - 1) + f.ms.at(f.ms.size() / 2)) / 2;
    std::printf("%-10s median %8.0f ms  min %8.0f ms  max %8.0f ms  (%lld runs)  %lld files, %lld bytes\n", what,
                median, f.ms.first(), f.ms.last(), qlonglong(f.ms.size()), qlonglong(f.files), qlonglong(f.bytes));
}

// Pages of a PDF: pdfinfo's count when it is installed, else the page objects in the file.
int pageCount(const QString &path, QString *how = nullptr)
{
    static const bool havePdfinfo = !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
    if (havePdfinfo) {
        QProcess process;
        process.start(QStringLiteral("pdfinfo"), {path});
        if (process.waitForFinished(-1) && process.exitCode() == 0) {
            static const QRegularExpression pages(QStringLiteral(R"(^Pages:\s+(\d+))"),
                                                  QRegularExpression::MultilineOption);
            const auto m = pages.match(QString::fromLatin1(process.readAllStandardOutput()));
            if (m.hasMatch()) {
                if (how)
                    *how = QStringLiteral("pdfinfo");
                return m.captured(1).toInt();
            }
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression page(QStringLiteral(R"(/Type\s*/Page(?![s\w]))"));
    if (how)
        *how = QStringLiteral("page objects");
    return int(QString::fromLatin1(file.readAll()).count(page));
}

// Counts the pages of the PDFs of a folder by their page objects (pdfinfo on each would
// take longer than writing them).
int pagesInFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray data = file.readAll();
    int n = 0;
    for (qsizetype at = data.indexOf("/Type /Page"); at >= 0; at = data.indexOf("/Type /Page", at + 1)) {
        const char next = at + 11 < data.size() ? data.at(at + 11) : ' ';
        if (next != 's')
            ++n;
    }
    return n;
}

// The rendered letters for letters_reportlab.py: what LetterIssue writes, read the same way.
struct Rendered
{
    QString organization;
    QString address;
    QString signatureName;
    QString signatureTitle;
    QList<LetterRecipient> recipients;
    QStringList bodies;
};

Result<Rendered> renderAll(Database &db, const QString &cycleId)
{
    Rendered out;
    ProgramStore program(db);
    auto info = program.load();
    if (!info)
        return Error{info.error()};
    // As LetterIssue::letterhead reads it: "letters.*" settings of the program's scope, the
    // signature's name and title possibly overridden for the cycle.
    const auto setting = [&program](const QString &scope, const char *key) {
        auto v = program.setting(scope, QLatin1String(key));
        return v ? v.value() : QString();
    };
    out.organization = setting({}, "letters.organization");
    if (out.organization.isEmpty())
        out.organization = info->organization.isEmpty() ? info->name : info->organization;
    out.address = setting({}, "letters.address");
    for (const QString &scope : {QString(), cycleId}) {
        if (const QString v = setting(scope, "letters.signature_name"); !v.isEmpty())
            out.signatureName = v;
        if (const QString v = setting(scope, "letters.signature_title"); !v.isEmpty())
            out.signatureTitle = v;
    }
    auto recipients = LetterData::recipients(db, cycleId, kKind);
    if (!recipients)
        return Error{recipients.error()};
    auto templ = LetterStore(db).findTemplate(kKind, QStringLiteral("en"));
    if (!templ)
        return Error{templ.error()};
    if (!templ->has_value())
        return Error{QStringLiteral("no template")};
    const LetterTemplate renderer;
    for (const LetterRecipient &r : std::as_const(recipients.value())) {
        auto body = renderer.render((*templ.value()).body, r.values, r.name);
        if (!body)
            return Error{body.error()};
        out.bodies.append(body.value());
    }
    out.recipients = recipients.value();
    return out;
}

bool dumpJson(const Rendered &rendered, const QString &path)
{
    static const QRegularExpression paragraph(QStringLiteral(R"(<p\b[^>]*>(.*?)</p>)"),
                                              QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression otherTags(QStringLiteral(R"(<(?!/?(b|i)>)[^>]*>)"));
    static const QRegularExpression spaces(QStringLiteral(R"(\s+)"));
    QJsonArray letters;
    for (qsizetype i = 0; i < rendered.recipients.size(); ++i) {
        const LetterRecipient &r = rendered.recipients.at(i);
        QJsonArray plain;
        QJsonArray markup;
        for (auto it = paragraph.globalMatch(rendered.bodies.at(i)); it.hasNext();) {
            const QString inner = it.next().captured(1).trimmed();
            if (inner.isEmpty()) // LetterRenderer drops empty paragraphs
                continue;
            plain.append(QTextDocumentFragment::fromHtml(inner).toPlainText().simplified());
            // ReportLab's paragraph markup: XML-escaped text with <b> and <i>, as the template has.
            markup.append(QString(inner).replace(otherTags, QString()).replace(spaces, QStringLiteral(" ")));
        }
        letters.append(QJsonObject{{QStringLiteral("code"), r.code},
                                   {QStringLiteral("name"), r.name},
                                   {QStringLiteral("email"), r.email},
                                   {QStringLiteral("paragraphs"), plain},
                                   {QStringLiteral("paragraphs_markup"), markup}});
    }
    const QJsonObject root{
        {QStringLiteral("kind"), kKind},
        {QStringLiteral("letterhead"), QJsonObject{{QStringLiteral("organization"), rendered.organization},
                                                   {QStringLiteral("address"), rendered.address}}},
        {QStringLiteral("signature"), QJsonObject{{QStringLiteral("name"), rendered.signatureName},
                                                  {QStringLiteral("title"), rendered.signatureTitle}}},
        {QStringLiteral("page"), QJsonObject{{QStringLiteral("size"), QStringLiteral("Letter")},
                                             {QStringLiteral("margins_mm"), 20},
                                             {QStringLiteral("font_pt"), 11}}},
        {QStringLiteral("letters"), letters}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return file.commit();
}

// LetterRenderer::letterHtml, as it is (private there), for --pieces.
QString letterHtml(const Rendered &r, const QString &body)
{
    const auto escaped = [](const QString &text) {
        return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
    };
    QString html = QStringLiteral("<html><body><div align=\"left\">");
    if (!r.organization.isEmpty())
        html += QStringLiteral("<p style=\"font-size:14pt\"><b>%1</b></p>").arg(escaped(r.organization));
    if (!r.address.isEmpty())
        html += QStringLiteral("<p style=\"font-size:9pt\">%1</p>").arg(escaped(r.address));
    static const QRegularExpression emptyParagraph(QStringLiteral(R"(<p\b[^>]*>\s*</p>)"));
    html += QStringLiteral("</div><hr><div>%1</div><p><br></p>").arg(QString(body).remove(emptyParagraph));
    if (!r.signatureName.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(r.signatureName));
    if (!r.signatureTitle.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(r.signatureTitle));
    html += QStringLiteral("</body></html>");
    return html;
}

// The steps of issuing one PDF per person, timed one by one over all the letters (the same work
// as LetterIssue::issue, in the same order, on one thread, without sealImages): the letters are
// rendered 50 to a PDF (as LetterIssue does for 1,000 letters on 2 cores), which PdfSplitter then
// cuts into one PDF per person.
bool timePieces(Database &db, const QString &cycleId, const QString &outDir)
{
    constexpr qsizetype chunk = 50;
    QElapsedTimer timer;
    timer.start();
    auto recipients = LetterData::recipients(db, cycleId, kKind);
    if (!recipients)
        return false;
    const double data = millis(timer);
    auto rendered = renderAll(db, cycleId); // recipients again, then the template
    if (!rendered)
        return false;
    const double dataAndTemplate = millis(timer);
    double html = 0, layout = 0, begin = 0, draw = 0, end = 0, parse = 0, split = 0, save = 0, hash = 0;
    QList<QPair<QString, QString>> shas;
    QStringList temporaries;
    qint64 bytes = 0;
    for (qsizetype first = 0; first < rendered->bodies.size(); first += chunk) {
        const qsizetype last = std::min(first + chunk, rendered->bodies.size());
        timer.restart();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QList<int> pageCounts;
        {
            QPdfWriter writer(&buffer);
            writer.setTitle(rendered->recipients.at(first).name);
            writer.setCreator(QStringLiteral("Cohort"));
            writer.setResolution(300);
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                                             QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
            QPainter painter;
            if (!painter.begin(&writer))
                return false;
            begin += millis(timer);
            const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
            for (qsizetype i = first; i < last; ++i) {
                timer.restart();
                QTextDocument doc;
                doc.setDefaultFont(QFont(QStringLiteral("Serif"), 11));
                doc.setHtml(letterHtml(rendered.value(), rendered->bodies.at(i)));
                html += millis(timer);
                doc.documentLayout()->setPaintDevice(&writer);
                doc.setPageSize(page.size());
                const int pages = doc.pageCount();
                pageCounts.append(pages);
                layout += millis(timer);
                for (int p = 0; p < pages; ++p) {
                    if (i > first || p > 0)
                        writer.newPage();
                    painter.save();
                    painter.translate(0, -p * page.height());
                    doc.drawContents(&painter, QRectF(0, p * page.height(), page.width(), page.height()));
                    painter.restore();
                }
                draw += millis(timer);
            }
            timer.restart();
            painter.end();
        }
        end += millis(timer);
        PdfSplitter splitter;
        if (!splitter.open(buffer.data()))
            return false;
        parse += millis(timer);
        int page = 0;
        for (qsizetype i = first; i < last; ++i) {
            timer.restart();
            auto part = splitter.extract(page, pageCounts.at(i - first), rendered->recipients.at(i).name);
            if (!part)
                return false;
            page += pageCounts.at(i - first);
            split += millis(timer);
            // As LetterIssue: a new file under a temporary name (no fsync), renamed after the last.
            const QString path = QDir(outDir).filePath(QStringLiteral("%1.pdf").arg(rendered->recipients.at(i).code));
            QFile file(path + QStringLiteral(".part"));
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(part.value()) != part->size())
                return false;
            file.close();
            temporaries.append(path);
            bytes += part->size();
            save += millis(timer);
            shas.append(
                {rendered->recipients.at(i).applicationId,
                 QString::fromLatin1(QCryptographicHash::hash(part.value(), QCryptographicHash::Sha256).toHex())});
            hash += millis(timer);
        }
    }
    timer.restart();
    for (const QString &path : std::as_const(temporaries))
        if (!QFile::rename(path + QStringLiteral(".part"), path))
            return false;
    save += millis(timer);
    {
        LetterStore store(db);
        Transaction transaction(db);
        const QString issuedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (qsizetype i = 0; i < shas.size(); ++i) {
            IssuedLetter l;
            l.applicationId = shas.at(i).first;
            l.kind = kKind;
            l.language = QStringLiteral("en");
            l.issuedText = rendered->bodies.at(i);
            l.fileName = rendered->recipients.at(i).code + QStringLiteral(".pdf");
            l.pdfSha256 = shas.at(i).second;
            l.issuedAt = issuedAt;
            if (!store.recordIssued(l))
                return false;
        }
        if (!transaction.commit())
            return false;
    }
    const double record = millis(timer);
    const double total = dataAndTemplate + html + layout + begin + draw + end + parse + split + save + hash + record;
    std::printf("pieces, %lld letters, one PDF each, rendered %lld to a PDF and split (%lld bytes):\n",
                qlonglong(shas.size()), qlonglong(chunk), qlonglong(bytes));
    const auto line = [total](const char *what, double ms) {
        std::printf("  %-72s %8.0f ms  %5.1f%%\n", what, ms, 100.0 * ms / total);
    };
    line("LetterData::recipients", data);
    line("LetterTemplate::render (with recipients and template again)", dataAndTemplate - data);
    line("QTextDocument::setHtml (letterhead + body)", html);
    line("layout (setPaintDevice, setPageSize, pageCount)", layout);
    line("QPdfWriter set up + QPainter::begin (once per 50)", begin);
    line("QTextDocument::drawContents into the PDF engine", draw);
    line("QPainter::end (PDF finished: fonts subset and embedded, once per 50)", end);
    line("qpdf: reading each PDF of 50 (PdfSplitter::open)", parse);
    line("qpdf: writing each person's pages (PdfSplitter::extract)", split);
    line("writing each file (temporary name, no fsync) + renaming", save);
    line("sha256 of each PDF (in memory)", hash);
    line("recording the letters (one transaction)", record);
    std::printf("  %-72s %8.0f ms\n", "total", total);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int mentees = 1000;
    int runs = 3;
    QString keep;
    QString dump;
    QString outBase;
    QString sample; // where to copy one separate PDF and the combined PDF of the first run
    bool pieces = false;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--pieces"))
            pieces = true;
        else if (a == QLatin1String("--mentees") && hasValue)
            mentees = args.at(++i).toInt();
        else if (a == QLatin1String("--runs") && hasValue)
            runs = args.at(++i).toInt();
        else if (a == QLatin1String("--keep") && hasValue)
            keep = args.at(++i);
        else if (a == QLatin1String("--dump-json") && hasValue)
            dump = args.at(++i);
        else if (a == QLatin1String("--sample") && hasValue)
            sample = args.at(++i);
        else if (a == QLatin1String("--out") && hasValue)
            outBase = args.at(++i);
        else
            mentees = 0;
    }
    if (mentees < 1 || runs < 1) {
        std::fprintf(stderr, "usage: bench_letters [--mentees N] [--runs R] [--keep FILE] [--dump-json FILE] "
                             "[--out DIR] [--sample DIR] [--pieces]\n");
        return 2;
    }
    QTemporaryDir dir(outBase.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_letters-XXXXXX")
                                        : QDir(outBase).filePath(QStringLiteral("bench_letters-XXXXXX")));
    if (!dir.isValid())
        return 1;
    const QString pristine = dir.filePath(QStringLiteral("letters.cohort"));
    QElapsedTimer timer;
    timer.start();
    if (!keep.isEmpty() && QFileInfo::exists(keep)) {
        if (!QFile::copy(keep, pristine))
            return 1;
        std::printf("program: reusing %s\n", qPrintable(keep));
    } else {
        if (!makeProgram(pristine, mentees)) {
            std::fprintf(stderr, "could not make the program\n");
            return 1;
        }
        std::printf("program: %d accepted mentees in published matches with %d mentors, written in %.0f ms\n", mentees,
                    (mentees + 1) / 2, millis(timer));
        if (!keep.isEmpty()) {
            if (!QFile::copy(pristine, keep)) {
                std::fprintf(stderr, "could not keep the program as %s\n", qPrintable(keep));
                return 1;
            }
            std::printf("program kept as %s\n", qPrintable(keep));
        }
    }

    // A fresh copy of the program for each issue, so that earlier runs' records do not count.
    int copies = 0;
    QString cycleId;
    const auto openCopy = [&]() -> std::unique_ptr<Database> {
        const QString path = dir.filePath(QStringLiteral("run-%1.cohort").arg(++copies));
        if (!QFile::copy(pristine, path))
            return {};
        auto opened = Database::openFile(path);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
            return {};
        }
        if (cycleId.isEmpty()) {
            auto cycles = CycleStore(*opened.value()).list();
            if (!cycles || cycles->isEmpty())
                return {};
            cycleId = cycles->first().id;
        }
        return std::move(opened.value());
    };

    std::unique_ptr<Database> db = openCopy();
    if (!db)
        return 1;
    auto problems = LetterIssue::check(*db, cycleId, kKind);
    if (!problems || !problems->isEmpty()) {
        std::fprintf(stderr, "the letters do not render:\n%s\n",
                     qPrintable(problems ? problems->join(QLatin1Char('\n')) : problems.error()));
        return 1;
    }
    auto rendered = renderAll(*db, cycleId);
    if (!rendered) {
        std::fprintf(stderr, "%s\n", qPrintable(rendered.error()));
        return 1;
    }
    const int expected = int(rendered->bodies.size());
    std::printf("%d %s letters render; letterhead \"%s\", signed \"%s\", \"%s\"\n", expected, qPrintable(kKind),
                qPrintable(rendered->organization), qPrintable(rendered->signatureName),
                qPrintable(rendered->signatureTitle));
    if (!dump.isEmpty()) {
        if (!dumpJson(rendered.value(), dump)) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(dump));
            return 1;
        }
        std::printf("letters written to %s\n", qPrintable(dump));
    }
    db.reset();

    bool ok = true;
    Figures separate;
    Figures combined;
    for (int run = 0; run < runs; ++run) {
        for (const bool all : {false, true}) {
            db = openCopy();
            if (!db)
                return 1;
            const QString out = dir.filePath(
                QStringLiteral("%1-%2").arg(all ? QLatin1String("combined") : QLatin1String("separate")).arg(run));
            LetterIssueOptions options;
            options.outDir = out;
            options.combined = all;
            options.force = true;
            options.actor = QStringLiteral("bench");
            timer.restart();
            auto report = LetterIssue::issue(*db, cycleId, kKind, options);
            const double ms = millis(timer);
            db.reset();
            if (!report) {
                std::fprintf(stderr, "%s\n", qPrintable(report.error()));
                return 1;
            }
            Figures &f = all ? combined : separate;
            f.ms.append(ms);
            const QFileInfoList files = QDir(out).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files);
            f.files = files.size();
            f.bytes = 0;
            for (const QFileInfo &file : files)
                f.bytes += file.size();
            if (all) {
                QString how;
                const int pages = files.size() == 1 ? pageCount(files.first().absoluteFilePath(), &how) : -1;
                if (files.size() != 1 || pages != expected) {
                    std::fprintf(stderr, "check failed: combined: %lld files, %d pages (expected 1 file, %d pages)\n",
                                 qlonglong(files.size()), pages, expected);
                    ok = false;
                } else if (run == 0) {
                    std::printf("check: combined PDF has %d pages (%s)\n", pages, qPrintable(how));
                }
            } else {
                int wrong = 0;
                for (const QFileInfo &file : files)
                    if (pagesInFile(file.absoluteFilePath()) != 1)
                        ++wrong;
                QString how;
                const int firstPages = files.isEmpty() ? -1 : pageCount(files.first().absoluteFilePath(), &how);
                if (files.size() != expected || wrong > 0 || firstPages != 1) {
                    std::fprintf(stderr, "check failed: separate: %lld files (expected %d), %d not of one page\n",
                                 qlonglong(files.size()), expected, wrong);
                    ok = false;
                } else if (run == 0) {
                    std::printf("check: %lld files of one page each (page objects; the first by %s)\n",
                                qlonglong(files.size()), qPrintable(how));
                }
            }
            if (!sample.isEmpty() && run == 0 && !files.isEmpty()) {
                QDir().mkpath(sample);
                const QString copy = QDir(sample).filePath(files.first().fileName());
                QFile::remove(copy);
                QFile::copy(files.first().absoluteFilePath(), copy);
            }
            QDir(out).removeRecursively();
        }
    }
    printFigures("separate", separate);
    printFigures("combined", combined);

    if (pieces) {
        db = openCopy();
        const QString out = dir.filePath(QStringLiteral("pieces"));
        if (!db || !QDir().mkpath(out) || !timePieces(*db, cycleId, out)) {
            std::fprintf(stderr, "timing the pieces failed\n");
            return 1;
        }
    }
    return ok ? 0 : 1;
}
