#include "intake/csv.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

namespace {

QString u8(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Windows-1252 bytes 0x80–0x9F as the code page defines them (the five undefined ones are the
// C1 controls, as Windows decodes them), written out here independently of the reader's table.
QString windows1252High()
{
    return u8("€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ");
}

QByteArray utf16(const QString &text, bool bigEndian, bool bom)
{
    QByteArray bytes;
    if (bom)
        bytes += bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
    for (const QChar c : text) {
        const char high = static_cast<char>(c.unicode() >> 8);
        const char low = static_cast<char>(c.unicode() & 0xFF);
        bytes += bigEndian ? high : low;
        bytes += bigEndian ? low : high;
    }
    return bytes;
}

QByteArray windows1252(const QString &text)
{
    const QString high = windows1252High();
    QByteArray bytes;
    for (const QChar c : text) {
        const qsizetype index = high.indexOf(c);
        if (index >= 0)
            bytes += static_cast<char>(0x80 + index);
        else if (c.unicode() < 0x100)
            bytes += static_cast<char>(c.unicode());
        else
            bytes += '?';
    }
    return bytes;
}

QString fixture(const char *name)
{
    return QStringLiteral(COHORT_TEST_DATA_DIR "/csv/") + QLatin1String(name);
}

QString tooLongMessage(int line, int column, qsizetype length, qsizetype limit)
{
    const QLocale locale;
    return QStringLiteral("Line %1, column %2: a field of %3 characters is longer than the limit of %4")
        .arg(line)
        .arg(column)
        .arg(locale.toString(length), locale.toString(limit));
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void parsesRfc4180_data();
    void parsesRfc4180();
    void refusesMalformedFiles_data();
    void refusesMalformedFiles();
    void refusesLongFields_data();
    void refusesLongFields();
    void honoursMaxFieldLength();

    void detectsEncoding_data();
    void detectsEncoding();
    void decodesWindows1252Punctuation();
    void explicitEncodingWins();
    void reportsInvalidUtf8WithPlace_data();
    void reportsInvalidUtf8WithPlace();
    void reportsBrokenUtf16();
    void decodeStripsBomAndRefusesNul();
    void encodingNames();

    void detectsDelimiter_data();
    void detectsDelimiter();
    void explicitDelimiterWins();
    void makesHeaderNamesUnique();

    void readsFormServiceExports_data();
    void readsFormServiceExports();
    void readFileNamesTheFile();

    void neutralizesFormulas_data();
    void neutralizesFormulas();
    void writesSpreadsheetCsv();
    void hostileValuesRoundTrip();
    void writeFileIsWholeOrAbsent();
};

void TestCsv::parsesRfc4180_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("lines");

    const QChar comma = QLatin1Char(',');
    const QStringList ab = {QStringLiteral("a"), QStringLiteral("b")};
    const auto row = [](std::initializer_list<const char *> cells) {
        QStringList list;
        for (const char *cell : cells)
            list.append(u8(cell));
        return list;
    };

    QTest::newRow("simple") << QByteArray("name,email\nAda,ada@example.org\nBo,bo@example.org\n") << comma
                            << QStringList{QStringLiteral("name"), QStringLiteral("email")}
                            << QList<QStringList>{row({"Ada", "ada@example.org"}), row({"Bo", "bo@example.org"})}
                            << QList<int>{2, 3};
    QTest::newRow("no final line end") << QByteArray("a,b\n1,2") << comma << ab << QList<QStringList>{row({"1", "2"})}
                                       << QList<int>{2};
    QTest::newRow("quoted fields") << QByteArray("a,b\n\"x, y\",\"z\"\n") << comma << ab
                                   << QList<QStringList>{row({"x, y", "z"})} << QList<int>{2};
    QTest::newRow("escaped quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n") << comma << ab
                                    << QList<QStringList>{row({"say \"hi\"", "\""})} << QList<int>{2};
    QTest::newRow("embedded LF") << QByteArray("a,b\n\"one\ntwo\",x\ny,z\n") << comma << ab
                                 << QList<QStringList>{row({"one\ntwo", "x"}), row({"y", "z"})} << QList<int>{2, 4};
    QTest::newRow("embedded CR") << QByteArray("a,b\r\"one\rtwo\",x\ry,z\r") << comma << ab
                                 << QList<QStringList>{row({"one\rtwo", "x"}), row({"y", "z"})} << QList<int>{2, 4};
    QTest::newRow("embedded CRLF") << QByteArray("a,b\r\n\"one\r\ntwo\",x\r\ny,z\r\n") << comma << ab
                                   << QList<QStringList>{row({"one\r\ntwo", "x"}), row({"y", "z"})} << QList<int>{2, 4};
    QTest::newRow("CR record ends") << QByteArray("a,b\r1,2\r3,4\r") << comma << ab
                                    << QList<QStringList>{row({"1", "2"}), row({"3", "4"})} << QList<int>{2, 3};
    QTest::newRow("mixed record ends") << QByteArray("a,b\r\n1,2\n3,4\r5,6") << comma << ab
                                       << QList<QStringList>{row({"1", "2"}), row({"3", "4"}), row({"5", "6"})}
                                       << QList<int>{2, 3, 4};
    QTest::newRow("blank lines skipped") << QByteArray("\n\na,b\n\n1,2\r\n\r\n\r3,4\n\n") << comma << ab
                                         << QList<QStringList>{row({"1", "2"}), row({"3", "4"})} << QList<int>{5, 8};
    QTest::newRow("spreadsheet's empty rows skipped")
        << QByteArray("a,b\n1,2\n,\n,\n") << comma << ab << QList<QStringList>{row({"1", "2"})} << QList<int>{2};
    QTest::newRow("quoted empty field is a row")
        << QByteArray("a\n\"\"\nx\n") << comma << QStringList{QStringLiteral("a")}
        << QList<QStringList>{row({""}), row({"x"})} << QList<int>{2, 3};
    QTest::newRow("whitespace preserved") << QByteArray("a,b\n  x , \t y\t\n") << comma << ab
                                          << QList<QStringList>{row({"  x ", " \t y\t"})} << QList<int>{2};
    QTest::newRow("stray quote is a literal") << QByteArray("a,b\nO\"Brien,5\" tall\n") << comma << ab
                                              << QList<QStringList>{row({"O\"Brien", "5\" tall"})} << QList<int>{2};
    QTest::newRow("empty fields and trailing delimiter")
        << QByteArray("a,b,c\n1,,\n,,3\n") << comma
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
        << QList<QStringList>{row({"1", "", ""}), row({"", "", "3"})} << QList<int>{2, 3};
    QTest::newRow("quoted header with delimiter and line break")
        << QByteArray("\"Name, full\",\"Why?\nExplain\"\nAda,Because\n") << comma
        << QStringList{QStringLiteral("Name, full"), QStringLiteral("Why?\nExplain")}
        << QList<QStringList>{row({"Ada", "Because"})} << QList<int>{3};
    QTest::newRow("BOM trimmed") << QByteArray("\xEF\xBB\xBFname,email\nAda,a@example.org\n") << comma
                                 << QStringList{QStringLiteral("name"), QStringLiteral("email")}
                                 << QList<QStringList>{row({"Ada", "a@example.org"})} << QList<int>{2};
    QTest::newRow("semicolons") << QByteArray("a;b\n1;2,5\n") << QChar(QLatin1Char(';')) << ab
                                << QList<QStringList>{row({"1", "2,5"})} << QList<int>{2};
    QTest::newRow("tabs") << QByteArray("a\tb\n1\t2, 3\n") << QChar(QLatin1Char('\t')) << ab
                          << QList<QStringList>{row({"1", "2, 3"})} << QList<int>{2};
    QTest::newRow("non-ASCII") << QByteArray("name\nZo\xC3\xAB O'Brien-N\xC3\xBA\xC3\xB1"
                                             "ez\n")
                               << comma << QStringList{QStringLiteral("name")}
                               << QList<QStringList>{row({"Zoë O'Brien-Núñez"})} << QList<int>{2};
    QTest::newRow("quoted field ends the file")
        << QByteArray("a,b\n1,\"2\"") << comma << ab << QList<QStringList>{row({"1", "2"})} << QList<int>{2};
}

void TestCsv::parsesRfc4180()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, lines);

    const Result<CsvTable> table = Csv::parse(bytes);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->delimiter, delimiter);
    QCOMPARE(table->header, header);
    QCOMPARE(table->rows, rows);
    QCOMPARE(table->rowLines, lines);
}

void TestCsv::refusesMalformedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    const QString notClosed = QStringLiteral("Line %1, column %2: the quoted field is not closed");
    const QString afterQuote = QStringLiteral(
        "Line %1, column %2: there is text after the closing quote of a field (quotes inside a quoted field "
        "must be doubled)");
    const QString ragged = QStringLiteral("Line %1: the number of fields (%2) does not match the header (%3)");
    const QString nul = QStringLiteral(
        "Line %1, column %2: the text contains a NUL character; is it a CSV file, and is the encoding right?");
    const QString empty = QStringLiteral("The file is empty");
    const QString headerOnly = QStringLiteral("The file has a header row but no applications");

    QTest::newRow("missing closing quote") << QByteArray("a,b,c\n1,2,3\n4,5,\"six\n7,8,9\n") << notClosed.arg(3).arg(3);
    QTest::newRow("missing closing quote at the end") << QByteArray("a,b\n1,\"2") << notClosed.arg(2).arg(2);
    QTest::newRow("text after closing quote") << QByteArray("a,b\n\"x\"y,2\n") << afterQuote.arg(2).arg(1);
    QTest::newRow("space after closing quote") << QByteArray("a,b\n1,\"x\" \n") << afterQuote.arg(2).arg(2);
    QTest::newRow("text after a multi-line quoted field")
        << QByteArray("a,b\n1,\"x\ny\"z\n") << afterQuote.arg(3).arg(2);
    QTest::newRow("more fields than the header") << QByteArray("a,b\n1,2\n3,4,5\n") << ragged.arg(3).arg(3).arg(2);
    QTest::newRow("fewer fields than the header") << QByteArray("a,b,c\n1,2,3\n\n4,5\n") << ragged.arg(4).arg(2).arg(3);
    QTest::newRow("ragged row after a multi-line field")
        << QByteArray("a,b\n\"x\ny\",1\n2\n") << ragged.arg(4).arg(1).arg(2);
    QTest::newRow("empty file") << QByteArray() << empty;
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << empty;
    QTest::newRow("only blank lines") << QByteArray("\r\n\n\r\n") << empty;
    QTest::newRow("header only") << QByteArray("a,b,c\n") << headerOnly;
    QTest::newRow("header and blank lines") << QByteArray("a,b\r\n\r\n\r\n") << headerOnly;
    QTest::newRow("NUL byte") << QByteArrayLiteral("a,b\n1,x\0y\n") << nul.arg(2).arg(2);
    QTest::newRow("NUL in a quoted multi-line field")
        << QByteArrayLiteral("a,b,c\n1,\"x\ny\",\0\n") << nul.arg(3).arg(3);
    QTest::newRow("NUL in UTF-16") << utf16(QStringLiteral("a\tb\r\n1\t2\r\n3\t") + QChar(0) + QStringLiteral("\r\n"),
                                            false, true)
                                   << nul.arg(3).arg(2);
}

void TestCsv::refusesMalformedFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    const Result<CsvTable> table = Csv::parse(bytes);
    QVERIFY(!table.ok());
    QCOMPARE(table.error(), message);
}

void TestCsv::refusesLongFields_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    const QByteArray megabyte(1024 * 1024, 'x');
    QTest::newRow("unquoted") << QByteArray("name,bio\nAda,short\nBo," + megabyte + "\n")
                              << tooLongMessage(3, 2, megabyte.size(), 100000);
    QTest::newRow("quoted") << QByteArray("name,bio\r\n\"" + megabyte + "\",x\r\n")
                            << tooLongMessage(2, 1, megabyte.size(), 100000);
    QTest::newRow("in the header") << QByteArray("name," + megabyte + "\nAda,x\n")
                                   << tooLongMessage(1, 2, megabyte.size(), 100000);
}

void TestCsv::refusesLongFields()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    const Result<CsvTable> table = Csv::parse(bytes);
    QVERIFY(!table.ok());
    QCOMPARE(table.error(), message);
}

void TestCsv::honoursMaxFieldLength()
{
    CsvOptions options;
    options.maxFieldLength = 5;
    const Result<CsvTable> fits = Csv::parse("a,b\n12345,\"ab\"\"cd\"\n", options);
    QVERIFY2(fits.ok(), qPrintable(fits.error()));
    QCOMPARE(fits->rows.first(), (QStringList{QStringLiteral("12345"), QStringLiteral("ab\"cd")}));

    const Result<CsvTable> over = Csv::parse("a,b\n12345,123456\n", options);
    QVERIFY(!over.ok());
    QCOMPARE(over.error(), tooLongMessage(2, 2, 6, 5));
}

void TestCsv::detectsEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");

    // Every character here exists in Windows-1252 too, so all seven files hold the same table.
    const QString text = u8("Name,Library,Note\r\nZoë O'Brien-Núñez,Biblioteca “Central”,"
                            "\"Budget: 500 € – ‘fine’\"\r\nFrançois,Médiathèque,Œuvres…\r\n");
    QTest::newRow("UTF-8") << text.toUtf8() << TextEncoding::Utf8;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << TextEncoding::Utf8Bom;
    QTest::newRow("UTF-16 LE with BOM") << utf16(text, false, true) << TextEncoding::Utf16LE;
    QTest::newRow("UTF-16 BE with BOM") << utf16(text, true, true) << TextEncoding::Utf16BE;
    QTest::newRow("UTF-16 LE without BOM") << utf16(text, false, false) << TextEncoding::Utf16LE;
    QTest::newRow("UTF-16 BE without BOM") << utf16(text, true, false) << TextEncoding::Utf16BE;
    QTest::newRow("Windows-1252") << windows1252(text) << TextEncoding::Windows1252;
}

void TestCsv::detectsEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);

    QCOMPARE(Csv::detectEncoding(bytes), encoding);
    const Result<CsvTable> table = Csv::parse(bytes);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->encoding, encoding);
    QCOMPARE(table->header, (QStringList{QStringLiteral("Name"), QStringLiteral("Library"), QStringLiteral("Note")}));
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(0),
             (QStringList{u8("Zoë O'Brien-Núñez"), u8("Biblioteca “Central”"), u8("Budget: 500 € – ‘fine’")}));
    QCOMPARE(table->rows.at(1), (QStringList{u8("François"), u8("Médiathèque"), u8("Œuvres…")}));
}

void TestCsv::decodesWindows1252Punctuation()
{
    QByteArray bytes;
    for (int b = 0x80; b <= 0xFF; ++b)
        bytes += static_cast<char>(b);
    const Result<QString> text = Csv::decode(bytes, TextEncoding::Windows1252);
    QVERIFY2(text.ok(), qPrintable(text.error()));
    QCOMPARE(text->size(), 128);
    QCOMPARE(text->left(32), windows1252High());
    // 0xA0–0xFF are Latin-1.
    for (int b = 0xA0; b <= 0xFF; ++b)
        QCOMPARE(text->at(b - 0x80).unicode(), char16_t(b));
    QCOMPARE(Csv::detectEncoding(bytes), TextEncoding::Windows1252);
}

void TestCsv::explicitEncodingWins()
{
    const QByteArray utf8 = QByteArray("name\nZo\xC3\xAB\n");
    CsvOptions options;
    options.encoding = TextEncoding::Windows1252;
    const Result<CsvTable> table = Csv::parse(utf8, options);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->encoding, TextEncoding::Windows1252);
    QCOMPARE(table->rows.first().first(), u8("ZoÃ«"));

    options.encoding = TextEncoding::Utf8;
    const Result<CsvTable> asUtf8 = Csv::parse(utf8, options);
    QVERIFY2(asUtf8.ok(), qPrintable(asUtf8.error()));
    QCOMPARE(asUtf8->rows.first().first(), u8("Zoë"));
}

void TestCsv::reportsInvalidUtf8WithPlace_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    const QString invalid = QStringLiteral(
        "Line %1, column %2: the text is not valid UTF-8 (byte 0x%3); is the file in another encoding, such as "
        "Windows-1252?");
    QTest::newRow("Windows-1252 letter") << QByteArray("name,email\nAda,ada@example.org\nZo\xEB,zoe@example.org\n")
                                         << invalid.arg(3).arg(1).arg(QStringLiteral("EB"));
    QTest::newRow("second column") << QByteArray("a,b\n1,\xFF\n") << invalid.arg(2).arg(2).arg(QStringLiteral("FF"));
    QTest::newRow("after a multi-line field")
        << QByteArray("a,b,c\n\"Zo\xC3\xAB\nx\",y,\x93quoted\x94\n") << invalid.arg(3).arg(3).arg(QStringLiteral("93"));
    QTest::newRow("semicolon file") << QByteArray("a;b;c\n1;2;\x80\n")
                                    << invalid.arg(2).arg(3).arg(QStringLiteral("80"));
    QTest::newRow("overlong slash") << QByteArray("a,b\n1,\xC0\xAF\n")
                                    << invalid.arg(2).arg(2).arg(QStringLiteral("C0"));
    QTest::newRow("surrogate") << QByteArray("a,b\n\xED\xA0\x80,1\n")
                               << invalid.arg(2).arg(1).arg(QStringLiteral("ED"));
    QTest::newRow("above U+10FFFF") << QByteArray("a,b\n1,\xF4\x90\x80\x80\n")
                                    << invalid.arg(2).arg(2).arg(QStringLiteral("F4"));
    QTest::newRow("cut off at the end") << QByteArray("a,b\n1,\xE2\x82")
                                        << invalid.arg(2).arg(2).arg(QStringLiteral("E2"));
}

void TestCsv::reportsInvalidUtf8WithPlace()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    CsvOptions options;
    options.encoding = TextEncoding::Utf8;
    const Result<CsvTable> table = Csv::parse(bytes, options);
    QVERIFY(!table.ok());
    QCOMPARE(table.error(), message);
    // Left to itself, the reader takes such bytes for Windows-1252.
    QCOMPARE(Csv::detectEncoding(bytes), TextEncoding::Windows1252);
}

void TestCsv::reportsBrokenUtf16()
{
    // Characters outside the BMP (surrogate pairs) are fine.
    const QString emoji = u8("a\tb\r\n1\tBooks 📚\r\n");
    const Result<CsvTable> table = Csv::parse(utf16(emoji, false, true));
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->rows.first().last(), u8("Books 📚"));

    const Result<CsvTable> oddLength = Csv::parse(utf16(QStringLiteral("a,b\r\n1,2"), false, true) + 'x');
    QVERIFY(!oddLength.ok());
    QCOMPARE(oddLength.error(), QStringLiteral("Line 2, column 2: the text is not valid UTF-16"));

    const Result<CsvTable> loneSurrogate =
        Csv::parse(utf16(QStringLiteral("a,b\r\n1,x") + QChar(0xD800) + QStringLiteral("y\r\n"), true, true));
    QVERIFY(!loneSurrogate.ok());
    QCOMPARE(loneSurrogate.error(), QStringLiteral("Line 2, column 2: the text is not valid UTF-16"));
}

void TestCsv::decodeStripsBomAndRefusesNul()
{
    const Result<QString> bom = Csv::decode("\xEF\xBB\xBFname", TextEncoding::Utf8Bom);
    QVERIFY2(bom.ok(), qPrintable(bom.error()));
    QCOMPARE(bom.value(), QStringLiteral("name"));
    // A BOM is dropped even when the encoding was chosen as plain UTF-8 or UTF-16.
    const Result<QString> plain = Csv::decode("\xEF\xBB\xBFname", TextEncoding::Utf8);
    QCOMPARE(plain.value(), QStringLiteral("name"));
    const Result<QString> wide = Csv::decode(utf16(QStringLiteral("name"), true, true), TextEncoding::Utf16BE);
    QCOMPARE(wide.value(), QStringLiteral("name"));

    const Result<QString> nul = Csv::decode(QByteArrayLiteral("a\tb\n1\t\0"), TextEncoding::Windows1252);
    QVERIFY(!nul.ok());
    QVERIFY2(nul.error().startsWith(QLatin1String("Line 2, column 2: ")), qPrintable(nul.error()));
}

void TestCsv::encodingNames()
{
    const QList<TextEncoding> all = {TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Utf16LE,
                                     TextEncoding::Utf16BE, TextEncoding::Windows1252};
    QStringList labels;
    for (const TextEncoding encoding : all) {
        QCOMPARE(encodingFromName(encodingName(encoding)), std::optional<TextEncoding>(encoding));
        QCOMPARE(encodingFromName(encodingName(encoding).toUpper()), std::optional<TextEncoding>(encoding));
        labels.append(encodingLabel(encoding));
    }
    QCOMPARE(labels,
             (QStringList{QStringLiteral("UTF-8"), QStringLiteral("UTF-8 with BOM"), QStringLiteral("UTF-16 LE"),
                          QStringLiteral("UTF-16 BE"), QStringLiteral("Windows-1252")}));
    QCOMPARE(encodingName(TextEncoding::Utf16LE), QStringLiteral("utf-16le"));
    QCOMPARE(encodingFromName(QStringLiteral("CP1252")), std::optional<TextEncoding>(TextEncoding::Windows1252));
    QCOMPARE(encodingFromName(QStringLiteral("Latin1")), std::optional<TextEncoding>(TextEncoding::Windows1252));
    QCOMPARE(encodingFromName(QStringLiteral("utf-7")), std::nullopt);
    QCOMPARE(encodingFromName(QString()), std::nullopt);
}

void TestCsv::detectsDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");

    const QChar comma = QLatin1Char(',');
    const QChar semicolon = QLatin1Char(';');
    const QChar tab = QLatin1Char('\t');
    QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n") << comma;
    QTest::newRow("semicolon") << QStringLiteral("a;b;c\n1;2;3\n") << semicolon;
    QTest::newRow("tab") << QStringLiteral("a\tb\tc\r\n1\t2\t3\r\n") << tab;
    QTest::newRow("commas inside quotes") << QStringLiteral("\"a,b\";\"c,d\"\n\"1,2\";\"3,4\"\n") << semicolon;
    QTest::newRow("semicolons inside quotes") << QStringLiteral("\"a;b\",\"c;d\"\n\"1;2\",\"3;4\"\n") << comma;
    QTest::newRow("decimal commas") << QStringLiteral("Name;Years\nAda;3,5\nBo;10\n") << semicolon;
    QTest::newRow("commas in tab text") << QStringLiteral("Name\tComment\nAda\tYes, please\nBo\tNo\n") << tab;
    QTest::newRow("semicolons in comma text") << QStringLiteral("Name,Comment\nAda,a; b; c\nBo,x\n") << comma;
    QTest::newRow("comma in an unquoted tab header") << QStringLiteral("Name, full\tEmail\nAda\ta@x\nBo\tb@x\n") << tab;
    QTest::newRow("quoted line break") << QStringLiteral("a;b\n\"x\ny;z\";1\n") << semicolon;
    QTest::newRow("one column") << QStringLiteral("Name\nAda\n") << comma;
    QTest::newRow("header only") << QStringLiteral("a\tb") << tab;
    QTest::newRow("empty") << QString() << comma;
}

void TestCsv::detectsDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QCOMPARE(Csv::detectDelimiter(text), delimiter);
}

void TestCsv::explicitDelimiterWins()
{
    CsvOptions options;
    options.delimiter = QLatin1Char(';');
    const Result<CsvTable> table = Csv::parse("a,b\n1,2\n", options);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->delimiter, QChar(QLatin1Char(';')));
    QCOMPARE(table->header, QStringList{QStringLiteral("a,b")});
    QCOMPARE(table->rows.first(), QStringList{QStringLiteral("1,2")});
}

void TestCsv::makesHeaderNamesUnique()
{
    const Result<CsvTable> table = Csv::parse("Name,,Email,Name,name, ,Name (2),Name\n1,2,3,4,5,6,7,8\n");
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->header, (QStringList{QStringLiteral("Name"), QStringLiteral("Column 2"), QStringLiteral("Email"),
                                         QStringLiteral("Name (3)"), QStringLiteral("name"), QStringLiteral("Column 6"),
                                         QStringLiteral("Name (2)"), QStringLiteral("Name (4)")}));
}

void TestCsv::readsFormServiceExports_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("row"); // -1: the header
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");

    const QString google = fixture("google-forms-mentees.csv");
    const QString microsoft = fixture("microsoft-forms-mentors.txt");
    const QString surveyMonkey = fixture("surveymonkey-windows1252.csv");
    const QString jotForm = fixture("jotform-utf8-bom.csv");
    const QChar comma = QLatin1Char(',');

    QTest::newRow("Google Forms: long question header")
        << google << TextEncoding::Utf8 << comma << 10 << 3 << -1 << 3
        << QStringLiteral("Which library do you work at? (Name, city, state)");
    QTest::newRow("Google Forms: multi-select answer")
        << google << TextEncoding::Utf8 << comma << 10 << 3 << 0 << 7
        << QStringLiteral("Storytime, Collection development, Outreach to schools");
    QTest::newRow("Google Forms: multi-line answer with quotes")
        << google << TextEncoding::Utf8 << comma << 10 << 3 << 0 << 8
        << QStringLiteral("I started as a page in 2014 and now run toddler time.\nI would like help planning outreach "
                          "to the schools nearby, and a sounding board for \"big\" ideas.");
    QTest::newRow("Google Forms: accented name")
        << google << TextEncoding::Utf8 << comma << 10 << 3 << 1 << 2 << u8("Zoë O'Brien-Núñez");
    QTest::newRow("Microsoft Forms: empty name column")
        << microsoft << TextEncoding::Utf16LE << QChar(QLatin1Char('\t')) << 11 << 3 << 0 << 4 << QString();
    QTest::newRow("Microsoft Forms: Vietnamese name")
        << microsoft << TextEncoding::Utf16LE << QChar(QLatin1Char('\t')) << 11 << 3 << 0 << 5 << u8("Nguyễn Thị Mai");
    QTest::newRow("Microsoft Forms: emoji and CRLF in an answer")
        << microsoft << TextEncoding::Utf16LE << QChar(QLatin1Char('\t')) << 11 << 3 << 0 << 10
        << u8("I was mentored myself 📚 and want to pass it on.\r\nHappy to meet monthly.");
    QTest::newRow("Microsoft Forms: hostile values kept as text")
        << microsoft << TextEncoding::Utf16LE << QChar(QLatin1Char('\t')) << 11 << 3 << 2 << 5
        << QStringLiteral("Robert'); DROP TABLE applications;--");
    QTest::newRow("Microsoft Forms: formula kept as text")
        << microsoft << TextEncoding::Utf16LE << QChar(QLatin1Char('\t')) << 11 << 3 << 2 << 9
        << QStringLiteral("=HYPERLINK(\"x\")");
    QTest::newRow("SurveyMonkey: curly apostrophe in header")
        << surveyMonkey << TextEncoding::Windows1252 << QChar(QLatin1Char(';')) << 10 << 3 << -1 << 8
        << u8("Years in children’s services");
    QTest::newRow("SurveyMonkey: last name") << surveyMonkey << TextEncoding::Windows1252 << QChar(QLatin1Char(';'))
                                             << 10 << 3 << 0 << 4 << u8("O'Brien-Núñez");
    QTest::newRow("SurveyMonkey: smart quotes and dash")
        << surveyMonkey << TextEncoding::Windows1252 << QChar(QLatin1Char(';')) << 10 << 3 << 0 << 9
        << u8("“Storytime” is my favourite part – truly.");
    QTest::newRow("SurveyMonkey: euro and em dash")
        << surveyMonkey << TextEncoding::Windows1252 << QChar(QLatin1Char(';')) << 10 << 3 << 1 << 9
        << u8("Budget: 500 € per year — is that typical?");
    QTest::newRow("SurveyMonkey: quoted semicolon")
        << surveyMonkey << TextEncoding::Windows1252 << QChar(QLatin1Char(';')) << 10 << 3 << 2 << 6
        << QStringLiteral("Library; Annex");
    QTest::newRow("SurveyMonkey: decimal comma") << surveyMonkey << TextEncoding::Windows1252 << QChar(QLatin1Char(';'))
                                                 << 10 << 3 << 0 << 8 << QStringLiteral("3,5");
    QTest::newRow("JotForm: BOM trimmed from the first header")
        << jotForm << TextEncoding::Utf8Bom << comma << 6 << 2 << -1 << 0 << QStringLiteral("Submission Date");
    QTest::newRow("JotForm: CRLF inside an answer")
        << jotForm << TextEncoding::Utf8Bom << comma << 6 << 2 << 0 << 5 << QStringLiteral("Storytime\r\nOutreach");
    QTest::newRow("JotForm: empty quoted answer")
        << jotForm << TextEncoding::Utf8Bom << comma << 6 << 2 << 1 << 3 << QString();
}

void TestCsv::readsFormServiceExports()
{
    QFETCH(QString, path);
    QFETCH(TextEncoding, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(int, columns);
    QFETCH(int, rows);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, value);

    const Result<CsvTable> table = Csv::readFile(path);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->encoding, encoding);
    QCOMPARE(table->delimiter, delimiter);
    QCOMPARE(table->header.size(), columns);
    QCOMPARE(table->rows.size(), rows);
    QCOMPARE(table->rowLines.size(), rows);
    QCOMPARE(row < 0 ? table->header.at(column) : table->rows.at(row).at(column), value);
}

void TestCsv::readFileNamesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QString missing = dir.filePath(QStringLiteral("no-such-export.csv"));
    const Result<CsvTable> notThere = Csv::readFile(missing);
    QVERIFY(!notThere.ok());
    QVERIFY2(notThere.error().startsWith(QStringLiteral("Cannot open ") + QDir::toNativeSeparators(missing)),
             qPrintable(notThere.error()));

    const Result<CsvTable> folder = Csv::readFile(dir.path());
    QVERIFY(!folder.ok());
    QVERIFY2(folder.error().contains(QDir::toNativeSeparators(dir.path())), qPrintable(folder.error()));

    // A sparse file: large on paper, nothing on disk.
    const QString huge = dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(512) * 1024 * 1024 + 1));
    }
    const Result<CsvTable> tooBig = Csv::readFile(huge);
    QVERIFY(!tooBig.ok());
    QCOMPARE(tooBig.error(),
             QDir::toNativeSeparators(huge) + QStringLiteral(" is 512 MB; files over 512 MB are not read"));
}

void TestCsv::neutralizesFormulas_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");

    QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("plus") << QStringLiteral("+1 555 0100") << QStringLiteral("'+1 555 0100");
    QTest::newRow("minus") << QStringLiteral("-2") << QStringLiteral("'-2");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("'=HYPERLINK(\"x\")");
    QTest::newRow("plain") << u8("Zoë O'Brien-Núñez") << u8("Zoë O'Brien-Núñez");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("equals later") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("leading space") << QStringLiteral(" =1") << QStringLiteral(" =1");
    QTest::newRow("already an apostrophe") << QStringLiteral("'=1") << QStringLiteral("'=1");
}

void TestCsv::neutralizesFormulas()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(Csv::neutralize(cell), expected);
}

void TestCsv::writesSpreadsheetCsv()
{
    const QByteArray bytes = Csv::write({QStringLiteral("Name"), QStringLiteral("Note")},
                                        {{QStringLiteral("Ada"), QStringLiteral("a, b")},
                                         {QStringLiteral("Bo"), QStringLiteral("say \"hi\"")},
                                         {QStringLiteral("Cy"), QStringLiteral("two\nlines")},
                                         {QStringLiteral("=1+2"), QStringLiteral("\rx")},
                                         {u8("Zoë"), QString()}});
    QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF"
                               "Name,Note\r\n"
                               "Ada,\"a, b\"\r\n"
                               "Bo,\"say \"\"hi\"\"\"\r\n"
                               "Cy,\"two\nlines\"\r\n"
                               "'=1+2,\"'\rx\"\r\n"
                               "Zo\xC3\xAB,\r\n"));
}

void TestCsv::hostileValuesRoundTrip()
{
    const QStringList header = {QStringLiteral("Name"), QStringLiteral("Library"), QStringLiteral("Notes")};
    const QList<QStringList> rows = {
        {u8("Zoë O'Brien-Núñez"), QStringLiteral("<b>Eve</b>"), QStringLiteral("Robert'); DROP TABLE applications;--")},
        {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("@cmd"), QStringLiteral("-2+3")},
        {QStringLiteral("a, \"b\"\r\nc"), QStringLiteral("  spaced  "), QStringLiteral("\tTabbed")},
        {u8("李明 📚"), QString(), QStringLiteral("\"")},
    };

    const Result<CsvTable> table = Csv::parse(Csv::write(header, rows));
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->encoding, TextEncoding::Utf8Bom);
    QCOMPARE(table->delimiter, QChar(QLatin1Char(',')));
    QCOMPARE(table->header, header);
    QList<QStringList> expected;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(Csv::neutralize(cell));
        expected.append(cells);
    }
    QCOMPARE(table->rows, expected);
    // The formulas come back with the leading apostrophe; everything else exactly.
    QCOMPARE(table->rows.at(1).at(0), QStringLiteral("'=HYPERLINK(\"x\")"));
    QCOMPARE(table->rows.at(0), rows.at(0));
    QCOMPARE(table->rows.at(3), rows.at(3));
}

void TestCsv::writeFileIsWholeOrAbsent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList header = {QStringLiteral("Name"), QStringLiteral("Email")};
    const QList<QStringList> rows = {{u8("Zoë"), QStringLiteral("zoe@example.org")}};

    const QString path = dir.filePath(QStringLiteral("export.csv"));
    const Status written = Csv::writeFile(path, header, rows);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const Result<CsvTable> back = Csv::readFile(path);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->header, header);
    QCOMPARE(back->rows, rows);

    // Overwriting replaces the file whole.
    const QList<QStringList> more = {{QStringLiteral("Ada"), QStringLiteral("ada@example.org")},
                                     {QStringLiteral("Bo"), QStringLiteral("bo@example.org")}};
    QVERIFY(Csv::writeFile(path, header, more).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), Csv::write(header, more));
    file.close();

    // A missing folder: an error naming the file, and nothing written anywhere.
    const QString orphan = dir.filePath(QStringLiteral("missing/export.csv"));
    const Status failed = Csv::writeFile(orphan, header, rows);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().startsWith(QStringLiteral("Cannot write ") + QDir::toNativeSeparators(orphan)),
             qPrintable(failed.error()));
    QVERIFY(!QFile::exists(orphan));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("export.csv")});
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
