#include "intake/importmapping.h"

#include <QDateTime>
#include <QTest>

using namespace cohort;

using Expected = QHash<QString, QString>; // header → field key; "" for a header that stays unmapped

// Column mapping suggestions from the headers that online-form services write, value conversion
// by field kind, and saved mappings as JSON.
class TestImportMapping : public QObject
{
    Q_OBJECT

private slots:
    void catalogIsComplete();
    void suggestsFromFormServices_data();
    void suggestsFromFormServices();
    void suggestsEachFieldOnce();
    void exportedLabelsMapBack();
    void convertsValues_data();
    void convertsValues();
    void refusesValues_data();
    void refusesValues();
    void jsonRoundTrip();
};

void TestImportMapping::catalogIsComplete()
{
    const QStringList keys = {
        QStringLiteral("first_name"),       QStringLiteral("last_name"),        QStringLiteral("full_name"),
        QStringLiteral("email"),            QStringLiteral("phone"),            QStringLiteral("submitted_at"),
        QStringLiteral("library"),          QStringLiteral("library_type"),     QStringLiteral("position"),
        QStringLiteral("city"),             QStringLiteral("state"),            QStringLiteral("country"),
        QStringLiteral("time_zone"),        QStringLiteral("alsc_member"),      QStringLiteral("alsc_member_id"),
        QStringLiteral("ala_member"),       QStringLiteral("membership_attested"), QStringLiteral("years_experience"),
        QStringLiteral("interests"),        QStringLiteral("connection"),       QStringLiteral("career_stage"),
        QStringLiteral("contact_methods"),  QStringLiteral("languages"),        QStringLiteral("gender"),
        QStringLiteral("bipoc"),            QStringLiteral("disability"),       QStringLiteral("use_demographics"),
        QStringLiteral("mentor_preference"), QStringLiteral("avoid"),           QStringLiteral("statement"),
        QStringLiteral("offer"),            QStringLiteral("capacity"),         QStringLiteral("adult"),
        QStringLiteral("guardian_permission")};
    QCOMPARE(ImportFields::all().size(), keys.size());
    QSet<QString> labels;
    for (const QString &key : keys) {
        const ImportField *field = ImportFields::find(key);
        QVERIFY2(field, qPrintable(key));
        QVERIFY(!field->label.isEmpty());
        labels.insert(field->label);
    }
    QCOMPARE(labels.size(), keys.size());
    QVERIFY(!ImportFields::find(QStringLiteral("nonsense")));
    // The confidential fields of the schema's field_catalog are confidential here too.
    for (const char *key : {"gender", "bipoc", "disability", "mentor_preference", "avoid"})
        QVERIFY2(ImportFields::find(QString::fromLatin1(key))->confidential, key);
    QVERIFY(!ImportFields::find(QStringLiteral("email"))->confidential);
    QCOMPARE(ImportFields::find(QStringLiteral("library_type"))->choices,
             QStringList({QStringLiteral("public"), QStringLiteral("school"), QStringLiteral("academic"),
                          QStringLiteral("special"), QStringLiteral("none")}));
}

void TestImportMapping::suggestsFromFormServices_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("role");
    QTest::addColumn<Expected>("expected");

    QTest::newRow("Google Forms, mentee form with long questions")
        << QStringList{QStringLiteral("Timestamp"),
                       QStringLiteral("Email Address"),
                       QStringLiteral("What is your first name?"),
                       QStringLiteral("Last Name"),
                       QStringLiteral("Are you a current ALSC member?"),
                       QStringLiteral("How many years have you worked in children's library service?"),
                       QStringLiteral("Which areas of children's library service interest you? (check all that apply)"),
                       QStringLiteral("Preferred contact method(s)"),
                       QStringLiteral("Is there anyone you would prefer not to be matched with?"),
                       QStringLiteral("I would like a mentor who..."),
                       QStringLiteral("Are you 18 or older?"),
                       QStringLiteral("If you are under 18, do you have a parent's or guardian's permission?"),
                       QStringLiteral("Describe your connection to children's library service"),
                       QStringLiteral("Which best describes where you are in your career?"),
                       QStringLiteral("Why are you applying, and what do you hope to gain?"),
                       QStringLiteral("Which best describes your library?"),
                       QStringLiteral("What languages do you speak?"),
                       QStringLiteral("Gender (optional, confidential)"),
                       QStringLiteral("Do you identify as BIPOC?"),
                       QStringLiteral("Would you like us to consider this information when matching?"),
                       QStringLiteral("Time zone")}
        << QStringLiteral("mentee")
        << Expected{{QStringLiteral("Timestamp"), QStringLiteral("submitted_at")},
                    {QStringLiteral("Email Address"), QStringLiteral("email")},
                    {QStringLiteral("What is your first name?"), QStringLiteral("first_name")},
                    {QStringLiteral("Last Name"), QStringLiteral("last_name")},
                    {QStringLiteral("Are you a current ALSC member?"), QStringLiteral("alsc_member")},
                    {QStringLiteral("How many years have you worked in children's library service?"),
                     QStringLiteral("years_experience")},
                    {QStringLiteral("Which areas of children's library service interest you? (check all that apply)"),
                     QStringLiteral("interests")},
                    {QStringLiteral("Preferred contact method(s)"), QStringLiteral("contact_methods")},
                    {QStringLiteral("Is there anyone you would prefer not to be matched with?"),
                     QStringLiteral("avoid")},
                    {QStringLiteral("I would like a mentor who..."), QStringLiteral("mentor_preference")},
                    {QStringLiteral("Are you 18 or older?"), QStringLiteral("adult")},
                    {QStringLiteral("If you are under 18, do you have a parent's or guardian's permission?"),
                     QStringLiteral("guardian_permission")},
                    {QStringLiteral("Describe your connection to children's library service"),
                     QStringLiteral("connection")},
                    {QStringLiteral("Which best describes where you are in your career?"),
                     QStringLiteral("career_stage")},
                    {QStringLiteral("Why are you applying, and what do you hope to gain?"), QStringLiteral("statement")},
                    {QStringLiteral("Which best describes your library?"), QStringLiteral("library_type")},
                    {QStringLiteral("What languages do you speak?"), QStringLiteral("languages")},
                    {QStringLiteral("Gender (optional, confidential)"), QStringLiteral("gender")},
                    {QStringLiteral("Do you identify as BIPOC?"), QStringLiteral("bipoc")},
                    {QStringLiteral("Would you like us to consider this information when matching?"),
                     QStringLiteral("use_demographics")},
                    {QStringLiteral("Time zone"), QStringLiteral("time_zone")}};

    QTest::newRow("Google Forms, mentor form")
        << QStringList{QStringLiteral("Timestamp"),
                       QStringLiteral("What is your email address?"),
                       QStringLiteral("Your name"),
                       QStringLiteral("Library"),
                       QStringLiteral("ALSC member ID"),
                       QStringLiteral("Are you a current ALSC member?"),
                       QStringLiteral("Will you remain an ALSC member throughout the 2017 program year?"),
                       QStringLiteral("In which areas do you have experience? (check all that apply)"),
                       QStringLiteral("What can you offer a mentee?"),
                       QStringLiteral("How many mentees can you take on?"),
                       QStringLiteral("Are you an ALA member?")}
        << QStringLiteral("mentor")
        << Expected{{QStringLiteral("Timestamp"), QStringLiteral("submitted_at")},
                    {QStringLiteral("What is your email address?"), QStringLiteral("email")},
                    {QStringLiteral("Your name"), QStringLiteral("full_name")},
                    {QStringLiteral("Library"), QStringLiteral("library")},
                    {QStringLiteral("ALSC member ID"), QStringLiteral("alsc_member_id")},
                    {QStringLiteral("Are you a current ALSC member?"), QStringLiteral("alsc_member")},
                    {QStringLiteral("Will you remain an ALSC member throughout the 2017 program year?"),
                     QStringLiteral("membership_attested")},
                    {QStringLiteral("In which areas do you have experience? (check all that apply)"),
                     QStringLiteral("interests")},
                    {QStringLiteral("What can you offer a mentee?"), QStringLiteral("offer")},
                    {QStringLiteral("How many mentees can you take on?"), QStringLiteral("capacity")},
                    {QStringLiteral("Are you an ALA member?"), QStringLiteral("ala_member")}};

    // Microsoft Forms: ID, Start time, Completion time, then the respondent's account (Email,
    // Name — often "anonymous") before the questions. The form's own questions win.
    QTest::newRow("Microsoft Forms with email and name questions")
        << QStringList{QStringLiteral("ID"),
                       QStringLiteral("Start time"),
                       QStringLiteral("Completion time"),
                       QStringLiteral("Email"),
                       QStringLiteral("Name"),
                       QStringLiteral("What is your email address?"),
                       QStringLiteral("First name"),
                       QStringLiteral("Last name"),
                       QStringLiteral("Library or institution")}
        << QStringLiteral("mentee")
        << Expected{{QStringLiteral("ID"), QString()},
                    {QStringLiteral("Start time"), QString()},
                    {QStringLiteral("Completion time"), QStringLiteral("submitted_at")},
                    {QStringLiteral("Email"), QString()},
                    {QStringLiteral("Name"), QString()},
                    {QStringLiteral("What is your email address?"), QStringLiteral("email")},
                    {QStringLiteral("First name"), QStringLiteral("first_name")},
                    {QStringLiteral("Last name"), QStringLiteral("last_name")},
                    {QStringLiteral("Library or institution"), QStringLiteral("library")}};
    QTest::newRow("Microsoft Forms, account columns only")
        << QStringList{QStringLiteral("ID"), QStringLiteral("Start time"), QStringLiteral("Completion time"),
                       QStringLiteral("Email"), QStringLiteral("Name"), QStringLiteral("Which library do you work at?")}
        << QStringLiteral("mentee")
        << Expected{{QStringLiteral("ID"), QString()},
                    {QStringLiteral("Start time"), QString()},
                    {QStringLiteral("Completion time"), QStringLiteral("submitted_at")},
                    {QStringLiteral("Email"), QStringLiteral("email")},
                    {QStringLiteral("Name"), QStringLiteral("full_name")},
                    {QStringLiteral("Which library do you work at?"), QStringLiteral("library")}};

    QTest::newRow("SurveyMonkey")
        << QStringList{QStringLiteral("Respondent ID"), QStringLiteral("Collector ID"), QStringLiteral("Start Date"),
                       QStringLiteral("End Date"),      QStringLiteral("IP Address"),   QStringLiteral("Email Address"),
                       QStringLiteral("First Name"),    QStringLiteral("Last Name"),    QStringLiteral("Custom Data 1"),
                       QStringLiteral("Years of experience in youth services")}
        << QStringLiteral("mentor")
        << Expected{{QStringLiteral("Respondent ID"), QString()},
                    {QStringLiteral("Collector ID"), QString()},
                    {QStringLiteral("Start Date"), QString()},
                    {QStringLiteral("End Date"), QStringLiteral("submitted_at")},
                    {QStringLiteral("IP Address"), QString()},
                    {QStringLiteral("Email Address"), QStringLiteral("email")},
                    {QStringLiteral("First Name"), QStringLiteral("first_name")},
                    {QStringLiteral("Last Name"), QStringLiteral("last_name")},
                    {QStringLiteral("Custom Data 1"), QString()},
                    {QStringLiteral("Years of experience in youth services"), QStringLiteral("years_experience")}};

    QTest::newRow("JotForm, split name")
        << QStringList{QStringLiteral("Submission Date"), QStringLiteral("Name (First)"), QStringLiteral("Name (Last)"),
                       QStringLiteral("E-mail"), QStringLiteral("Phone Number"), QStringLiteral("Submission ID")}
        << QStringLiteral("mentee")
        << Expected{{QStringLiteral("Submission Date"), QStringLiteral("submitted_at")},
                    {QStringLiteral("Name (First)"), QStringLiteral("first_name")},
                    {QStringLiteral("Name (Last)"), QStringLiteral("last_name")},
                    {QStringLiteral("E-mail"), QStringLiteral("email")},
                    {QStringLiteral("Phone Number"), QStringLiteral("phone")},
                    {QStringLiteral("Submission ID"), QString()}};
    QTest::newRow("JotForm, full name")
        << QStringList{QStringLiteral("Submission Date"), QStringLiteral("Full Name"), QStringLiteral("E-mail"),
                       QStringLiteral("Type of library")}
        << QStringLiteral("mentee")
        << Expected{{QStringLiteral("Submission Date"), QStringLiteral("submitted_at")},
                    {QStringLiteral("Full Name"), QStringLiteral("full_name")},
                    {QStringLiteral("E-mail"), QStringLiteral("email")},
                    {QStringLiteral("Type of library"), QStringLiteral("library_type")}};
    QTest::newRow("EmailMeForm")
        << QStringList{QStringLiteral("Date"), QStringLiteral("IP"), QStringLiteral("First Name"),
                       QStringLiteral("Last Name"), QStringLiteral("Email"), QStringLiteral("City"),
                       QStringLiteral("State/Province"), QStringLiteral("Country")}
        << QStringLiteral("mentee")
        << Expected{{QStringLiteral("Date"), QStringLiteral("submitted_at")},
                    {QStringLiteral("IP"), QString()},
                    {QStringLiteral("First Name"), QStringLiteral("first_name")},
                    {QStringLiteral("Last Name"), QStringLiteral("last_name")},
                    {QStringLiteral("Email"), QStringLiteral("email")},
                    {QStringLiteral("City"), QStringLiteral("city")},
                    {QStringLiteral("State/Province"), QStringLiteral("state")},
                    {QStringLiteral("Country"), QStringLiteral("country")}};
    QTest::newRow("unknown questions stay unmapped")
        << QStringList{QStringLiteral("Email"), QStringLiteral("Favorite picture book"), QString()}
        << QStringLiteral("mentee")
        << Expected{{QStringLiteral("Email"), QStringLiteral("email")},
                    {QStringLiteral("Favorite picture book"), QString()},
                    {QString(), QString()}};
}

void TestImportMapping::suggestsFromFormServices()
{
    QFETCH(QStringList, header);
    QFETCH(QString, role);
    QFETCH(Expected, expected);
    const ImportMapping mapping = ImportFields::suggest(header, role);
    QCOMPARE(mapping.role, role);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(mapping.fields.value(it.key()) + QStringLiteral(" ← ") + it.key(),
                 it.value() + QStringLiteral(" ← ") + it.key());
}

void TestImportMapping::suggestsEachFieldOnce()
{
    // Google Forms collects the address itself and the form asks for it again: one email column.
    const QStringList header = {QStringLiteral("Timestamp"), QStringLiteral("Email Address"),
                                QStringLiteral("Please confirm your email address"), QStringLiteral("Name"),
                                QStringLiteral("Full name")};
    const ImportMapping mapping = ImportFields::suggest(header, QStringLiteral("mentee"));
    QCOMPARE(mapping.fields.value(QStringLiteral("Email Address")), QStringLiteral("email"));
    QVERIFY(!mapping.fields.contains(QStringLiteral("Please confirm your email address")));
    QCOMPARE(mapping.fields.value(QStringLiteral("Full name")), QStringLiteral("full_name"));
    QVERIFY(!mapping.fields.contains(QStringLiteral("Name")));
    QMultiHash<QString, QString> byKey;
    for (auto it = mapping.fields.cbegin(); it != mapping.fields.cend(); ++it)
        byKey.insert(it.value(), it.key());
    for (const QString &key : byKey.uniqueKeys())
        QCOMPARE(byKey.count(key), 1);
}

void TestImportMapping::exportedLabelsMapBack()
{
    QStringList header;
    for (const ImportField &field : ImportFields::all())
        header.append(field.label);
    const ImportMapping mapping = ImportFields::suggest(header, QStringLiteral("mentor"));
    for (const ImportField &field : ImportFields::all())
        QCOMPARE(mapping.fields.value(field.label, QStringLiteral("(none)")),
                 field.key == QLatin1String("full_name") ? QStringLiteral("(none)") : field.key);
}

void TestImportMapping::convertsValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QVariant>("expected");

    const QVariant null;
    auto at = [](int y, int mo, int d, int h = 0, int mi = 0, int s = 0) {
        return QVariant(QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC));
    };
    // Yes / no, in English, Spanish and French, as sentences and check marks.
    for (const char *yes : {"Yes", "yes", " Y ", "TRUE", "1", "x", "Checked", "Yes, I am a current member",
                            "Yes – I agree", "I agree", "I attest that I will remain a member", "Sí", "si", "Oui",
                            "Oui, je suis membre", "Vrai", "✓", "Verdadero"})
        QTest::addRow("yes: %s", yes) << QStringLiteral("alsc_member") << QString::fromUtf8(yes) << QVariant(true);
    for (const char *no : {"No", "n", "FALSE", "0", "No, but I plan to join", "Non", "Faux", "Falso", "I am not",
                           "Not yet", "No – thank you"})
        QTest::addRow("no: %s", no) << QStringLiteral("alsc_member") << QString::fromUtf8(no) << QVariant(false);
    QTest::newRow("yes/no empty") << QStringLiteral("adult") << QStringLiteral("  ") << null;

    // Numbers of years.
    QTest::newRow("number plain") << QStringLiteral("years_experience") << QStringLiteral("5") << QVariant(5.0);
    QTest::newRow("number decimal") << QStringLiteral("years_experience") << QStringLiteral("5.5") << QVariant(5.5);
    QTest::newRow("number decimal comma") << QStringLiteral("years_experience") << QStringLiteral("2,5")
                                          << QVariant(2.5);
    QTest::newRow("number with unit") << QStringLiteral("years_experience") << QStringLiteral("5 years")
                                      << QVariant(5.0);
    QTest::newRow("number about") << QStringLiteral("years_experience") << QStringLiteral("about 10")
                                  << QVariant(10.0);
    QTest::newRow("number plus") << QStringLiteral("years_experience") << QStringLiteral("20+") << QVariant(20.0);
    QTest::newRow("number range") << QStringLiteral("years_experience") << QStringLiteral("3-5 years")
                                  << QVariant(4.0);
    QTest::newRow("number words") << QStringLiteral("years_experience") << QStringLiteral("about ten years")
                                  << QVariant(10.0);
    QTest::newRow("number less than a year") << QStringLiteral("years_experience")
                                             << QStringLiteral("Less than a year") << QVariant(0.5);
    QTest::newRow("number none") << QStringLiteral("years_experience") << QStringLiteral("None") << QVariant(0.0);

    // Dates and times as the services write them (a time without zone is kept as written).
    QTest::newRow("Google US") << QStringLiteral("submitted_at") << QStringLiteral("2/24/2017 14:03:11")
                               << at(2017, 2, 24, 14, 3, 11);
    QTest::newRow("Google download with zone") << QStringLiteral("submitted_at")
                                               << QStringLiteral("2017/02/24 2:03:11 PM GMT-5")
                                               << at(2017, 2, 24, 19, 3, 11);
    QTest::newRow("ISO minutes") << QStringLiteral("submitted_at") << QStringLiteral("2017-02-24 14:03")
                                 << at(2017, 2, 24, 14, 3);
    QTest::newRow("ISO T Z") << QStringLiteral("submitted_at") << QStringLiteral("2017-02-24T14:03:11Z")
                             << at(2017, 2, 24, 14, 3, 11);
    QTest::newRow("ISO offset") << QStringLiteral("submitted_at") << QStringLiteral("2017-02-24T14:03:11+01:00")
                                << at(2017, 2, 24, 13, 3, 11);
    QTest::newRow("ISO date") << QStringLiteral("submitted_at") << QStringLiteral("2017-02-24") << at(2017, 2, 24);
    QTest::newRow("month name") << QStringLiteral("submitted_at") << QStringLiteral("Feb 24, 2017")
                                << at(2017, 2, 24);
    QTest::newRow("month name full, time") << QStringLiteral("submitted_at")
                                           << QStringLiteral("Friday, February 24, 2017 at 2:03 PM")
                                           << at(2017, 2, 24, 14, 3);
    QTest::newRow("day month year") << QStringLiteral("submitted_at") << QStringLiteral("24 February 2017")
                                    << at(2017, 2, 24);
    QTest::newRow("Spanish") << QStringLiteral("submitted_at") << QStringLiteral("24 de febrero de 2017")
                             << at(2017, 2, 24);
    QTest::newRow("SurveyMonkey AM/PM") << QStringLiteral("submitted_at") << QStringLiteral("02/24/2017 02:03:11 PM")
                                        << at(2017, 2, 24, 14, 3, 11);
    QTest::newRow("midnight AM") << QStringLiteral("submitted_at") << QStringLiteral("2/24/2017 12:15 AM")
                                 << at(2017, 2, 24, 0, 15);
    QTest::newRow("Microsoft two-digit year") << QStringLiteral("submitted_at") << QStringLiteral("2/24/17 14:03:11")
                                              << at(2017, 2, 24, 14, 3, 11);
    QTest::newRow("day first when unambiguous") << QStringLiteral("submitted_at") << QStringLiteral("24/02/2017")
                                                << at(2017, 2, 24);
    QTest::newRow("European dots") << QStringLiteral("submitted_at") << QStringLiteral("03.02.2017 09:30")
                                   << at(2017, 2, 3, 9, 30);
    QTest::newRow("US slashes") << QStringLiteral("submitted_at") << QStringLiteral("03/02/2017")
                                << at(2017, 3, 2);

    // Lists.
    QTest::newRow("list comma (Google)") << QStringLiteral("interests") << QStringLiteral("Storytime, STEM,  Outreach")
                                         << QVariant(QStringList{QStringLiteral("Storytime"), QStringLiteral("STEM"),
                                                                 QStringLiteral("Outreach")});
    QTest::newRow("list semicolon keeps commas")
        << QStringLiteral("interests") << QStringLiteral("Storytime, early literacy; STEM;")
        << QVariant(QStringList{QStringLiteral("Storytime, early literacy"), QStringLiteral("STEM")});
    QTest::newRow("list pipes") << QStringLiteral("contact_methods") << QStringLiteral("Email | Phone")
                                << QVariant(QStringList{QStringLiteral("Email"), QStringLiteral("Phone")});
    QTest::newRow("list lines") << QStringLiteral("languages") << QStringLiteral("English\r\nSpanish\n\n")
                                << QVariant(QStringList{QStringLiteral("English"), QStringLiteral("Spanish")});

    // Choices matched loosely.
    QTest::newRow("choice exact") << QStringLiteral("library_type") << QStringLiteral("public") << QVariant(QStringLiteral("public"));
    QTest::newRow("choice label") << QStringLiteral("library_type") << QStringLiteral("Public library")
                                  << QVariant(QStringLiteral("public"));
    QTest::newRow("choice within") << QStringLiteral("library_type") << QStringLiteral("School library (K-12)")
                                   << QVariant(QStringLiteral("school"));
    QTest::newRow("choice synonym") << QStringLiteral("library_type") << QStringLiteral("University")
                                    << QVariant(QStringLiteral("academic"));
    QTest::newRow("choice student") << QStringLiteral("library_type")
                                    << QStringLiteral("Student / not currently employed")
                                    << QVariant(QStringLiteral("none"));
    QTest::newRow("career stage") << QStringLiteral("career_stage")
                                  << QStringLiteral("Early career (less than 5 years)")
                                  << QVariant(QStringLiteral("early_career"));
    QTest::newRow("career stage stored") << QStringLiteral("career_stage") << QStringLiteral("early_career")
                                         << QVariant(QStringLiteral("early_career"));
    QTest::newRow("career returning") << QStringLiteral("career_stage") << QStringLiteral("Returning to the profession")
                                      << QVariant(QStringLiteral("returning"));

    // Text is trimmed and otherwise kept exactly.
    QTest::newRow("text hostile") << QStringLiteral("last_name") << QStringLiteral("  Robert'); DROP TABLE applications;--")
                                  << QVariant(QStringLiteral("Robert'); DROP TABLE applications;--"));
    QTest::newRow("text formula") << QStringLiteral("library") << QStringLiteral("=HYPERLINK(\"x\")")
                                  << QVariant(QStringLiteral("=HYPERLINK(\"x\")"));
    QTest::newRow("email") << QStringLiteral("email") << QStringLiteral(" Ann.Lee@Example.org ")
                           << QVariant(QStringLiteral("Ann.Lee@Example.org"));
}

void TestImportMapping::convertsValues()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QVariant, expected);
    const ImportField *field = ImportFields::find(key);
    QVERIFY(field);
    const Result<QVariant> converted = ImportFields::convert(*field, value);
    QVERIFY2(converted.ok(), qPrintable(converted.error()));
    if (expected.typeId() == QMetaType::QDateTime) {
        QCOMPARE(converted.value().toDateTime(), expected.toDateTime());
        QCOMPARE(converted.value().toDateTime().timeSpec(), Qt::UTC);
    } else {
        QCOMPARE(converted.value(), expected);
    }
}

void TestImportMapping::refusesValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("yes/no maybe") << QStringLiteral("alsc_member") << QStringLiteral("maybe");
    QTest::newRow("number words") << QStringLiteral("years_experience") << QStringLiteral("lots");
    QTest::newRow("date nonsense") << QStringLiteral("submitted_at") << QStringLiteral("last Tuesday");
    QTest::newRow("date impossible") << QStringLiteral("submitted_at") << QStringLiteral("2/30/2017");
    QTest::newRow("time impossible") << QStringLiteral("submitted_at") << QStringLiteral("2/24/2017 25:00");
    QTest::newRow("email without at") << QStringLiteral("email") << QStringLiteral("ann.example.org");
    QTest::newRow("email two addresses") << QStringLiteral("email") << QStringLiteral("a@x.org, b@y.org");
    QTest::newRow("email no domain dot") << QStringLiteral("email") << QStringLiteral("ann@localhost");
    QTest::newRow("choice unknown") << QStringLiteral("library_type") << QStringLiteral("Bookmobile");
}

void TestImportMapping::refusesValues()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    const Result<QVariant> converted = ImportFields::convert(*ImportFields::find(key), value);
    QVERIFY(!converted.ok());
    QVERIFY2(converted.error().contains(value), qPrintable(converted.error()));
}

void TestImportMapping::jsonRoundTrip()
{
    ImportMapping mapping;
    mapping.name = QStringLiteral("Spring mentee form");
    mapping.role = QStringLiteral("mentee");
    mapping.fields.insert(QStringLiteral("Email Address"), QStringLiteral("email"));
    mapping.fields.insert(QStringLiteral("Are you 18 or older?"), QStringLiteral("adult"));
    mapping.fields.insert(QStringLiteral("Zoë's \"quoted\" question"), QStringLiteral("statement"));
    const ImportMapping back = ImportMapping::fromJson(mapping.name, QString(), mapping.toJson());
    QCOMPARE(back.name, mapping.name);
    QCOMPARE(back.role, mapping.role);
    QCOMPARE(back.fields, mapping.fields);

    // A hand-written file: a bare object, with a field this version does not know.
    const ImportMapping bare = ImportMapping::fromJson(
        QStringLiteral("file"), QStringLiteral("mentor"),
        QStringLiteral(R"({"E-mail": "email", "Shoe size": "shoe_size"})"));
    QCOMPARE(bare.role, QStringLiteral("mentor"));
    QCOMPARE(bare.fields, (QHash<QString, QString>{{QStringLiteral("E-mail"), QStringLiteral("email")}}));
    QVERIFY(ImportMapping::fromJson(QStringLiteral("x"), {}, QStringLiteral("not json")).fields.isEmpty());
}

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
