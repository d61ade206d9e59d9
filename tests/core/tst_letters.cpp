#include "letters/letterdata.h"
#include "letters/letterrenderer.h"
#include "letters/lettertemplate.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

namespace {

// Sets a dotted path in a value tree.
void put(QVariantMap &map, const QString &path, const QVariant &value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        map.insert(path, value);
        return;
    }
    const QString head = path.left(dot);
    QVariantMap inner = map.value(head).toMap();
    put(inner, path.mid(dot + 1), value);
    map.insert(head, inner);
}

QVariantMap fullValues(bool matched = true)
{
    QVariantMap v;
    put(v, QStringLiteral("person.first_name"), QStringLiteral("Ana"));
    put(v, QStringLiteral("person.last_name"), QStringLiteral("Ruiz"));
    put(v, QStringLiteral("person.full_name"), QStringLiteral("Ana Ruiz"));
    put(v, QStringLiteral("person.email"), QStringLiteral("ana@example.org"));
    put(v, QStringLiteral("person.library"), QStringLiteral("Eastside Branch"));
    put(v, QStringLiteral("person.role"), QStringLiteral("mentee"));
    put(v, QStringLiteral("person.is_mentee"), true);
    put(v, QStringLiteral("cycle.name"), QStringLiteral("2026–2027"));
    put(v, QStringLiteral("decision"), QStringLiteral("accepted"));
    if (matched) {
        put(v, QStringLiteral("match.partner.full_name"), QStringLiteral("Beatriz Olmos"));
        put(v, QStringLiteral("match.partner.email"), QStringLiteral("beatriz@example.org"));
        put(v, QStringLiteral("match.partner.library"), QStringLiteral("Central Library"));
        put(v, QStringLiteral("match.partner.contact_methods"), QStringLiteral("email, video calls"));
        put(v, QStringLiteral("match.partners"),
            QVariantList{v.value(QStringLiteral("match")).toMap().value(QStringLiteral("partner"))});
        put(v, QStringLiteral("match.partner_names"), QStringLiteral("Beatriz Olmos"));
        put(v, QStringLiteral("service.mentees"), QStringLiteral("Beatriz Olmos"));
        put(v, QStringLiteral("service.contacts"), QStringLiteral("14"));
        put(v, QStringLiteral("service.contacts_text"), QStringLiteral("14 contacts"));
    } else {
        put(v, QStringLiteral("match"), false);
    }
    put(v, QStringLiteral("goals.due_date"), QStringLiteral("October 1, 2026"));
    put(v, QStringLiteral("orientation.date"), QStringLiteral("September 12, 2026"));
    put(v, QStringLiteral("program.name"), QStringLiteral("Youth Services Mentoring"));
    put(v, QStringLiteral("program.contact_rule"), QStringLiteral("Please meet at least once a month."));
    put(v, QStringLiteral("today"), QStringLiteral("August 20, 2026"));
    put(v, QStringLiteral("signature.name"), QStringLiteral("Carol Chen"));
    put(v, QStringLiteral("signature.title"), QStringLiteral("Committee Chair"));
    return v;
}

QString resource(const QString &lang, const QString &name)
{
    QFile f(QStringLiteral(":/cohort/letters/%1/%2.html").arg(lang, name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

Letterhead letterhead()
{
    Letterhead h;
    h.organization = QStringLiteral("Youth Services Mentoring Committee");
    h.address = QStringLiteral("100 Main Street\nSpringfield");
    h.signatureName = QStringLiteral("Carol Chen");
    h.signatureTitle = QStringLiteral("Committee Chair");
    return h;
}

bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty();
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &path)
{
    return run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
}

int pdfImages(const QString &path)
{
    const QStringList lines =
        run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return int(lines.size()) - 2; // two header lines
}

int pdfPages(const QString &path)
{
    const QStringList lines = run(QStringLiteral("pdfinfo"), {path}).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

} // namespace

class TestLetters : public QObject
{
    Q_OBJECT

private slots:
    void placeholders_data();
    void placeholders();
    void sections();
    void listSection();
    void unknownPlaceholder();
    void valueNotDocumentedButGiven();
    void missingValue();
    void syntaxErrors_data();
    void syntaxErrors();
    void escapingInHtml();
    void escapingInPdf();
    void noResourcesLoaded();
    void logoIsEmbedded();
    void spanishPdf();
    void combinedPdf();
    void failedWriteLeavesNoFile();
    void sha256();
    void defaultTemplates_data();
    void defaultTemplates();
    void bundledTemplatesCheck_data();
    void bundledTemplatesCheck();
    void bundledTemplatesWithFewValues_data();
    void bundledTemplatesWithFewValues();
    void partnersList();
    void introductionNamesEveryPartner();
    void languageOfApplication_data();
    void languageOfApplication();
};

void TestLetters::placeholders_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : LetterTemplate::placeholders())
        QTest::newRow(name.toUtf8().constData()) << name;
}

void TestLetters::placeholders()
{
    QFETCH(QString, name);
    QVariantMap values = fullValues();
    const bool section = name == QLatin1String("match");
    const QString tpl = section ? QStringLiteral("[{{#match}}yes{{/match}}]") : QStringLiteral("[{{%1}}]").arg(name);
    if (!section)
        put(values, name, QStringLiteral("V-%1").arg(name));
    QVERIFY(LetterTemplate::check(tpl).isEmpty());
    const Result<QString> out = LetterTemplate().render(tpl, values, QStringLiteral("Ana Ruiz"));
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QCOMPARE(out.value(), section ? QStringLiteral("[yes]") : QStringLiteral("[V-%1]").arg(name));
}

void TestLetters::sections()
{
    const QString tpl =
        QStringLiteral("{{#match}}A{{#match.partner.email}}<{{match.partner.email}}>{{/match.partner.email}}"
                       "{{^match.partner.email}}no email{{/match.partner.email}}{{/match}}"
                       "{{^match}}unmatched{{/match}}");
    QVERIFY(LetterTemplate::check(tpl).isEmpty());
    const LetterTemplate t;
    QVariantMap v = fullValues();
    Result<QString> out = t.render(tpl, v, QStringLiteral("Ana"));
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QCOMPARE(out.value(), QStringLiteral("A<beatriz@example.org>"));

    put(v, QStringLiteral("match.partner.email"), QString());
    out = t.render(tpl, v, QStringLiteral("Ana"));
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QCOMPARE(out.value(), QStringLiteral("Ano email"));

    out = t.render(tpl, fullValues(false), QStringLiteral("Ana"));
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QCOMPARE(out.value(), QStringLiteral("unmatched"));

    // Names inside a section resolve in the section's map first.
    out = t.render(QStringLiteral("{{#match}}{{partner.full_name}}{{/match}}"), fullValues(), QStringLiteral("Ana"));
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QCOMPARE(out.value(), QStringLiteral("Beatriz Olmos"));
    QVERIFY(LetterTemplate::check(QStringLiteral("{{#match}}{{partner.full_name}}{{/match}}")).isEmpty());
}

void TestLetters::listSection()
{
    QVariantMap v = fullValues();
    QVariantMap a, b;
    a.insert(QStringLiteral("title"), QStringLiteral("Story time"));
    b.insert(QStringLiteral("title"), QStringLiteral("Outreach"));
    v.insert(QStringLiteral("goals_list"), QVariantList{a, b});
    v.insert(QStringLiteral("none"), QVariantList{});
    const Result<QString> out = LetterTemplate().render(
        QStringLiteral("{{#goals_list}}<li>{{title}}</li>{{/goals_list}}{{#none}}x{{/none}}{{^none}}empty{{/none}}"), v,
        QStringLiteral("Ana"));
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QCOMPARE(out.value(), QStringLiteral("<li>Story time</li><li>Outreach</li>empty"));
}

void TestLetters::unknownPlaceholder()
{
    const QString tpl = QStringLiteral("<p>Dear {{person.first_name}},</p>\n<p>  {{person.nickname}}</p>");
    const QList<LetterProblem> problems = LetterTemplate::check(tpl);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().line, 2);
    QCOMPARE(problems.first().column, 6);
    QVERIFY(problems.first().text.contains(QLatin1String("person.nickname")));

    const Result<QString> out = LetterTemplate().render(tpl, fullValues(), QStringLiteral("Ana Ruiz"));
    QVERIFY(!out.ok());
    QVERIFY2(out.error().contains(QLatin1String("Ana Ruiz")), qPrintable(out.error()));
    QVERIFY2(out.error().contains(QLatin1String("person.nickname")), qPrintable(out.error()));
    QVERIFY2(out.error().contains(QLatin1String("line 2, column 6")), qPrintable(out.error()));
}

void TestLetters::valueNotDocumentedButGiven()
{
    QVariantMap v = fullValues();
    put(v, QStringLiteral("person.pronouns"), QStringLiteral("she/her"));
    const Result<QString> out =
        LetterTemplate().render(QStringLiteral("{{person.pronouns}}"), v, QStringLiteral("Ana"));
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QCOMPARE(out.value(), QStringLiteral("she/her"));
}

void TestLetters::missingValue()
{
    QVariantMap v = fullValues();
    put(v, QStringLiteral("orientation.date"), QString());
    const LetterTemplate t;
    const QString tpl = QStringLiteral("<p>Hi</p>\n<p>Orientation: {{orientation.date}}</p>");
    Result<QString> out = t.render(tpl, v, QStringLiteral("Ana Ruiz"));
    QVERIFY(!out.ok());
    QVERIFY2(out.error().contains(QLatin1String("Ana Ruiz")), qPrintable(out.error()));
    QVERIFY2(out.error().contains(QLatin1String("orientation.date")), qPrintable(out.error()));
    QVERIFY2(out.error().contains(QLatin1String("line 2, column 17")), qPrintable(out.error()));

    // Absent entirely (documented name): also refused.
    v.remove(QStringLiteral("orientation"));
    out = t.render(tpl, v, QStringLiteral("Ana Ruiz"));
    QVERIFY(!out.ok());

    // Inside a matched section, a missing partner email is still refused...
    QVariantMap m = fullValues();
    put(m, QStringLiteral("match.partner.email"), QString());
    out = t.render(QStringLiteral("{{#match}}{{match.partner.email}}{{/match}}"), m, QStringLiteral("Ana Ruiz"));
    QVERIFY(!out.ok());
    QVERIFY(out.error().contains(QLatin1String("match.partner.email")));
    // ...but a section guarding exactly that value lets it through.
    out = t.render(QStringLiteral("{{#orientation.date}}On {{orientation.date}}{{/orientation.date}}"), v,
                   QStringLiteral("Ana Ruiz"));
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QCOMPARE(out.value(), QString());
}

void TestLetters::syntaxErrors_data()
{
    QTest::addColumn<QString>("tpl");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("word");
    QTest::newRow("unclosed section") << QStringLiteral("a\n {{#match}}x") << 2 << 2 << QStringLiteral("never closed");
    QTest::newRow("mismatched close") << QStringLiteral("{{#match}}x\n{{/person}}") << 2 << 1
                                      << QStringLiteral("does not close");
    QTest::newRow("close without open") << QStringLiteral("ab{{/match}}") << 1 << 3 << QStringLiteral("closes no");
    QTest::newRow("unclosed tag") << QStringLiteral("x\ny {{person.email") << 2 << 3 << QStringLiteral("never closed");
    QTest::newRow("triple") << QStringLiteral("{{{person.email}}}") << 1 << 1 << QStringLiteral("Unescaped");
    QTest::newRow("ampersand") << QStringLiteral("{{&person.email}}") << 1 << 1 << QStringLiteral("not allowed");
    QTest::newRow("partial") << QStringLiteral("{{> other}}") << 1 << 1 << QStringLiteral("not allowed");
    QTest::newRow("stray close") << QStringLiteral("a }} b") << 1 << 3 << QStringLiteral("without");
    QTest::newRow("bad name") << QStringLiteral("{{person first}}") << 1 << 1 << QStringLiteral("not a placeholder");
}

void TestLetters::syntaxErrors()
{
    QFETCH(QString, tpl);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, word);
    const QList<LetterProblem> problems = LetterTemplate::check(tpl);
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().line, line);
    QCOMPARE(problems.first().column, column);
    QVERIFY2(problems.first().text.contains(word), qPrintable(problems.first().text));
    const Result<QString> out = LetterTemplate().render(tpl, fullValues(), QStringLiteral("Ana Ruiz"));
    QVERIFY(!out.ok());
    QVERIFY(out.error().contains(QLatin1String("Ana Ruiz")));
    QVERIFY2(out.error().contains(QStringLiteral("line %1, column %2").arg(line).arg(column)), qPrintable(out.error()));
}

void TestLetters::escapingInHtml()
{
    QVariantMap v = fullValues();
    put(v, QStringLiteral("person.full_name"), QStringLiteral("<img src=\"/etc/passwd\"> & 'O'Brien' {{x}}"));
    const Result<QString> out =
        LetterTemplate().render(QStringLiteral("<p>{{person.full_name}}</p>"), v, QStringLiteral("Ana"));
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QVERIFY(!out.value().contains(QLatin1String("<img")));
    QVERIFY(!out.value().contains(QLatin1String("{{")));
    QVERIFY(out.value().contains(QLatin1String("&lt;img src=&quot;/etc/passwd&quot;&gt; &amp; &#39;O&#39;Brien&#39;")));
}

void TestLetters::escapingInPdf()
{
    if (!havePoppler())
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdfimages) is not installed");
    QVariantMap v = fullValues();
    put(v, QStringLiteral("person.full_name"), QStringLiteral("<img src=\"/etc/passwd\">"));
    put(v, QStringLiteral("person.library"), QStringLiteral("<a href=\"http://x\">Tom & \"Jerry\"</a>"));
    const Result<QString> body =
        LetterTemplate().render(QStringLiteral("<p>Name: {{person.full_name}}</p>\n<p>Library: {{person.library}}</p>"),
                                v, QStringLiteral("Ana"));
    QVERIFY2(body.ok(), qPrintable(body.error()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    const Status s = LetterRenderer(letterhead()).writePdf({body.value()}, path, QStringLiteral("Letter"));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QLatin1String("Name: <img src=\"/etc/passwd\">")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Library: <a href=\"http://x\">Tom & \"Jerry\"</a>")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Youth Services Mentoring Committee")));
    QVERIFY(text.contains(QLatin1String("Committee Chair")));
    QCOMPARE(pdfImages(path), 0);
    QCOMPARE(pdfPages(path), 1);
}

void TestLetters::noResourcesLoaded()
{
    if (!havePoppler())
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdfimages) is not installed");
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("local.png"));
    QImage img(40, 40, QImage::Format_RGB32);
    img.fill(Qt::red);
    QVERIFY(img.save(png));
    // A template author writing an <img> to a local file or URL: nothing is loaded.
    const QString body = QStringLiteral("<p>Hello</p><img src=\"%1\"><img src=\"file://%1\"><img "
                                        "src=\"http://127.0.0.1:9/x.png\">"
                                        "<table background=\"%1\"><tr><td background=\"%1\">t</td></tr></table>"
                                        "<p style=\"background-image: url(%1)\">bg</p>")
                             .arg(png);
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    const Status s = LetterRenderer(letterhead()).writePdf({body}, path, QStringLiteral("Letter"));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(pdfImages(path), 0);
}

void TestLetters::logoIsEmbedded()
{
    if (!havePoppler())
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdfimages) is not installed");
    Letterhead h = letterhead();
    h.logo = QImage(120, 60, QImage::Format_RGB32);
    h.logo.fill(Qt::darkBlue);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    const Status s = LetterRenderer(h).writePdf({QStringLiteral("<p>Hello</p>")}, path, QStringLiteral("Letter"));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY(pdfImages(path) >= 1);
}

void TestLetters::spanishPdf()
{
    if (!havePoppler())
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdfimages) is not installed");
    const QString tpl = resource(QStringLiteral("es"), QStringLiteral("acceptance_mentee"));
    QVERIFY(!tpl.isEmpty());
    const Result<QString> body = LetterTemplate().render(tpl, fullValues(), QStringLiteral("Ana Ruiz"));
    QVERIFY2(body.ok(), qPrintable(body.error()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("carta.pdf"));
    const Status s = LetterRenderer(letterhead()).writePdf({body.value()}, path, QStringLiteral("Carta"));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    const QString text = pdfText(path).simplified();
    QVERIFY2(text.contains(QStringLiteral("Estimada/o Ana:")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("¡Enhorabuena")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("orientación")));
    QVERIFY(!text.contains(QLatin1String("{{")));
}

void TestLetters::combinedPdf()
{
    if (!havePoppler())
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdfimages) is not installed");
    QList<QString> bodies;
    for (const QString &name : {QStringLiteral("Ana"), QStringLiteral("Bo"), QStringLiteral("Cy")})
        bodies.append(QStringLiteral("<p>Dear %1,</p><p>Welcome.</p>").arg(name));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.pdf"));
    const Status s = LetterRenderer(letterhead()).writePdf(bodies, path, QStringLiteral("Letters"));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(pdfPages(path), 3);
    const QString text = pdfText(path);
    const QStringList pages = text.split(QLatin1Char('\f'));
    QVERIFY(pages.size() >= 3);
    QVERIFY(pages.at(0).contains(QLatin1String("Dear Ana,")));
    QVERIFY(pages.at(1).contains(QLatin1String("Dear Bo,")));
    QVERIFY(pages.at(2).contains(QLatin1String("Dear Cy,")));

    // A long body flows onto more pages.
    QString longBody;
    for (int i = 0; i < 200; ++i)
        longBody += QStringLiteral("<p>Paragraph %1</p>").arg(i);
    const Status s2 = LetterRenderer(letterhead()).writePdf({longBody, bodies.first()}, path, QStringLiteral("L"));
    QVERIFY2(s2.ok(), qPrintable(s2.error()));
    QVERIFY(pdfPages(path) >= 3);
}

void TestLetters::failedWriteLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/dir/letter.pdf"));
    const Status s = LetterRenderer(letterhead()).writePdf({QStringLiteral("<p>x</p>")}, path, QStringLiteral("L"));
    QVERIFY(!s.ok());
    QVERIFY(!QFile::exists(path));
    const Status empty = LetterRenderer(letterhead()).writePdf({}, dir.filePath(QStringLiteral("e.pdf")), {});
    QVERIFY(!empty.ok());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("e.pdf"))));
}

void TestLetters::sha256()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("abc");
    f.close();
    const Result<QByteArray> h = LetterRenderer::sha256OfFile(path);
    QVERIFY(h.ok());
    QCOMPARE(h.value().toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QVERIFY(!LetterRenderer::sha256OfFile(dir.filePath(QStringLiteral("none"))).ok());
}

void TestLetters::defaultTemplates_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("matched");
    for (const char *lang : {"en", "es"}) {
        for (const QString &kind : LetterKinds::all()) {
            const QByteArray name = kind.toLatin1();
            for (const bool matched : {true, false}) {
                QTest::addRow("%s/%s/%s", lang, name.constData(), matched ? "matched" : "unmatched")
                    << QString::fromLatin1(lang) << kind << matched;
            }
        }
    }
}

void TestLetters::defaultTemplates()
{
    QFETCH(QString, lang);
    QFETCH(QString, name);
    QFETCH(bool, matched);
    const QString tpl = resource(lang, name);
    QVERIFY2(!tpl.isEmpty(), qPrintable(name));
    const QList<LetterProblem> problems = LetterTemplate::check(tpl);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().text));
    const Result<QString> out = LetterTemplate().render(tpl, fullValues(matched), QStringLiteral("Ana Ruiz"));
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QVERIFY(!out.value().contains(QLatin1String("{{")));
    QVERIFY(!out.value().contains(QLatin1String("}}")));
    QVERIFY(out.value().contains(QLatin1String("Ana")));
    const bool namesPartner = name != QLatin1String("waitlist") && name != QLatin1String("decline");
    QCOMPARE(out.value().contains(QLatin1String("Beatriz Olmos")), matched && namesPartner);
}

// Every bundled template, every kind in every language, passes the check with no problem.
void TestLetters::bundledTemplatesCheck_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("kind");
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("es")})
        for (const QString &kind : LetterKinds::all())
            QTest::addRow("%s/%s", qPrintable(lang), qPrintable(kind)) << lang << kind;
}

void TestLetters::bundledTemplatesCheck()
{
    QFETCH(QString, lang);
    QFETCH(QString, kind);
    const QString tpl = resource(lang, kind);
    QVERIFY2(!tpl.isEmpty(), qPrintable(kind));
    const QList<LetterProblem> problems = LetterTemplate::check(tpl);
    for (const LetterProblem &p : problems)
        qWarning("%d:%d %s", p.line, p.column, qPrintable(p.text));
    QVERIFY(problems.isEmpty());
    QVERIFY(tpl.startsWith(QLatin1String("<p>{{today}}</p>\n<p>")));
}

// Only the values every recipient has: whatever may be missing is guarded by a section, so the
// letter still renders — for a mentor, a mentee and someone with neither flag.
void TestLetters::bundledTemplatesWithFewValues_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("role");
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("es")})
        for (const QString &kind : LetterKinds::all())
            for (const QString &role : {QStringLiteral("mentor"), QStringLiteral("mentee"), QString()})
                QTest::addRow("%s/%s/%s", qPrintable(lang), qPrintable(kind),
                              role.isEmpty() ? "none" : qPrintable(role))
                    << lang << kind << role;
}

void TestLetters::bundledTemplatesWithFewValues()
{
    QFETCH(QString, lang);
    QFETCH(QString, kind);
    QFETCH(QString, role);
    QVariantMap v;
    put(v, QStringLiteral("person.first_name"), QStringLiteral("Ana"));
    put(v, QStringLiteral("person.full_name"), QStringLiteral("Ana"));
    if (!role.isEmpty()) {
        put(v, QStringLiteral("person.role"), role);
        put(v, QStringLiteral("person.is_") + role, true);
    }
    put(v, QStringLiteral("cycle.name"), QStringLiteral("Spring 2027"));
    put(v, QStringLiteral("decision"), QStringLiteral("accepted"));
    put(v, QStringLiteral("program.name"), QStringLiteral("Youth Services Mentoring"));
    put(v, QStringLiteral("today"), QStringLiteral("August 20, 2026"));
    const LetterTemplate t;
    Result<QString> out = t.render(resource(lang, kind), v, QStringLiteral("Ana"));
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QVERIFY(out.value().contains(QLatin1String("Ana")));

    // Matched, with a partner who gave nothing but a name.
    const QVariantMap partner{{QStringLiteral("full_name"), QStringLiteral("Beatriz Olmos")}};
    put(v, QStringLiteral("match.partner"), partner);
    put(v, QStringLiteral("match.partners"), QVariantList{partner});
    put(v, QStringLiteral("match.partner_names"), QStringLiteral("Beatriz Olmos"));
    out = t.render(resource(lang, kind), v, QStringLiteral("Ana"));
    QVERIFY2(out.ok(), qPrintable(out.error()));
}

// Names inside {{#match.partners}} resolve in each partner's map, once per partner.
void TestLetters::partnersList()
{
    const QString tpl = QStringLiteral(
        "{{#match.partners}}[{{full_name}}{{#email}} <{{email}}>{{/email}}{{#library}}, {{library}}{{/library}}"
        "{{#contact_methods}}: {{contact_methods}}{{/contact_methods}}]{{/match.partners}}");
    QVERIFY(LetterTemplate::check(tpl).isEmpty());
    QVERIFY(!LetterTemplate::check(QStringLiteral("{{#match.partners}}{{shoe_size}}{{/match.partners}}")).isEmpty());
    QVariantMap v = fullValues();
    const QVariantMap first{{QStringLiteral("full_name"), QStringLiteral("Beatriz Olmos")},
                            {QStringLiteral("email"), QStringLiteral("beatriz@example.org")},
                            {QStringLiteral("contact_methods"), QStringLiteral("email, phone")}};
    const QVariantMap second{{QStringLiteral("full_name"), QStringLiteral("Carl Diaz")},
                             {QStringLiteral("library"), QStringLiteral("Westside")}};
    put(v, QStringLiteral("match.partners"), QVariantList{first, second});
    const Result<QString> out = LetterTemplate().render(tpl, v, QStringLiteral("Ana"));
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QCOMPARE(out.value(), QStringLiteral("[Beatriz Olmos <beatriz@example.org>: email, phone][Carl Diaz, Westside]"));
}

// A mentor with two mentees is introduced to both, in both languages.
void TestLetters::introductionNamesEveryPartner()
{
    QVariantMap v = fullValues();
    v[QStringLiteral("person")] = [&] {
        QVariantMap person = v.value(QStringLiteral("person")).toMap();
        person.remove(QStringLiteral("is_mentee"));
        person.insert(QStringLiteral("is_mentor"), true);
        return person;
    }();
    const QVariantMap first{{QStringLiteral("full_name"), QStringLiteral("Beatriz Olmos")},
                            {QStringLiteral("email"), QStringLiteral("beatriz@example.org")}};
    const QVariantMap second{{QStringLiteral("full_name"), QStringLiteral("Carl Diaz")},
                             {QStringLiteral("email"), QStringLiteral("carl@example.org")},
                             {QStringLiteral("contact_methods"), QStringLiteral("phone")}};
    put(v, QStringLiteral("match.partner"), first);
    put(v, QStringLiteral("match.partners"), QVariantList{first, second});
    put(v, QStringLiteral("match.several"), true);
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("es")}) {
        const Result<QString> out =
            LetterTemplate().render(resource(lang, QStringLiteral("match_introduction")), v, QStringLiteral("Ana"));
        QVERIFY2(out.ok(), qPrintable(out.error()));
        for (const char *word : {"Beatriz Olmos", "beatriz@example.org", "Carl Diaz", "carl@example.org", "phone"})
            QVERIFY2(out.value().contains(QLatin1String(word)),
                     qPrintable(QString(lang + QLatin1Char(' ') + QLatin1String(word))));
        QVERIFY(out.value().contains(lang == QLatin1String("en") ? QStringLiteral("your mentees")
                                                                 : QStringLiteral("las personas")));
    }
}

void TestLetters::languageOfApplication_data()
{
    QTest::addColumn<QString>("languages");
    QTest::addColumn<QString>("language");
    QTest::newRow("spanish first") << QStringLiteral("Spanish; English") << QStringLiteral("es");
    QTest::newRow("english first") << QStringLiteral("English; Spanish") << QStringLiteral("en");
    QTest::newRow("español") << QStringLiteral("Español") << QStringLiteral("es");
    QTest::newRow("ESPANOL") << QStringLiteral("ESPANOL; English") << QStringLiteral("es");
    QTest::newRow("es code") << QStringLiteral("es") << QStringLiteral("es");
    QTest::newRow("en code") << QStringLiteral("en; es") << QStringLiteral("en");
    QTest::newRow("others skipped") << QStringLiteral("French; Mandarin; spanish") << QStringLiteral("es");
    QTest::newRow("others only") << QStringLiteral("French; Vietnamese") << QStringLiteral("en");
    QTest::newRow("empty") << QString() << QStringLiteral("en");
    QTest::newRow("spaces") << QStringLiteral("  Spanish  ;English") << QStringLiteral("es");
}

void TestLetters::languageOfApplication()
{
    QFETCH(QString, languages);
    QFETCH(QString, language);
    QCOMPARE(LetterData::languageOf(languages), language);
}

QTEST_MAIN(TestLetters)
#include "tst_letters.moc"
