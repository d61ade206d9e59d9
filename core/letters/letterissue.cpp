#include "letters/letterissue.h"

#include "db/database.h"
#include "letters/letterdata.h"
#include "letters/letterrenderer.h"
#include "letters/lettertemplate.h"
#include "store/letterstore.h"
#include "store/programstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

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
        if (badLanguages.contains(r.language))
            continue;
        auto body = renderer.render(t.body, r.values, r.name.isEmpty() ? r.code : r.name);
        if (!body) {
            out.problems.append(body.error());
            continue;
        }
        out.letters.append({r, body.value(), t});
    }
    return out;
}

Letterhead letterheadOf(Database &db, const QString &cycleId)
{
    Letterhead head;
    ProgramStore program(db);
    if (auto info = program.load()) {
        head.organization = info->organization.isEmpty() ? info->name : info->organization;
    }
    for (const QString &scope : {QString(), cycleId}) {
        if (auto name = program.setting(scope, QStringLiteral("letters.signature_name")); name && !name->isEmpty())
            head.signatureName = name.value();
        if (auto title = program.setting(scope, QStringLiteral("letters.signature_title")); title && !title->isEmpty())
            head.signatureTitle = title.value();
    }
    return head;
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

} // namespace

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
    const LetterRenderer renderer(letterheadOf(db, cycleId));
    const auto fileName = [&](const QString &code) {
        QString name =
            options.fileNamePattern.isEmpty() ? QStringLiteral("{code}-{kind}.pdf") : options.fileNamePattern;
        name.replace(QLatin1String("{code}"), safeFilePart(code));
        name.replace(QLatin1String("{kind}"), kind);
        name.replace(QLatin1String("{cycle}"), safeFilePart(checked->cycleName));
        return name;
    };
    const int total = int(toIssue.size());
    QStringList written;
    QHash<QString, QString> shaOfFile;
    QList<QString> fileOfLetter;
    const auto cancelled = [&] {
        removeAll(written);
        return Error{tr("Issuing the letters was cancelled; nothing was written.")};
    };
    if (progress && !progress(0, total))
        return cancelled();
    const auto writeOne = [&](const QStringList &bodies, const QString &name, const QString &title) -> Status {
        const QString path = dir.absoluteFilePath(name);
        if (Status s = renderer.writePdf(bodies, path, title); !s)
            return s;
        written.append(path);
        auto sha = LetterRenderer::sha256OfFile(path);
        if (!sha)
            return Error{sha.error()};
        shaOfFile.insert(name, QString::fromLatin1(sha->toHex()));
        return {};
    };
    if (options.combined) {
        QStringList bodies;
        for (const Prepared &p : std::as_const(toIssue))
            bodies.append(p.body);
        const QString name = fileName(QStringLiteral("all"));
        if (Status s = writeOne(bodies, name, checked->cycleName + QLatin1Char(' ') + kind); !s) {
            removeAll(written);
            return Error{s.error()};
        }
        for (qsizetype i = 0; i < toIssue.size(); ++i)
            fileOfLetter.append(name);
        if (progress && !progress(total, total))
            return cancelled();
    } else {
        for (int i = 0; i < total; ++i) {
            const Prepared &p = toIssue.at(i);
            const QString name = fileName(p.recipient.code);
            if (shaOfFile.contains(name)) {
                removeAll(written);
                return Error{tr("Two letters would be written to “%1”; use {code} in the file name.").arg(name)};
            }
            if (Status s = writeOne({p.body}, name, p.recipient.name); !s) {
                removeAll(written);
                return Error{s.error()};
            }
            fileOfLetter.append(name);
            if (progress && !progress(i + 1, total))
                return cancelled();
        }
    }

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
        l.pdfSha256 = shaOfFile.value(l.fileName);
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
