#include "demo/demowords.h"

namespace cohort {

namespace {

QStringList fromUtf8(std::initializer_list<const char *> items)
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(items.size()));
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

DemoLibrary library(const char *name, const char *type, const char *city, const char *state, const char *country,
                    const char *zone, const char *domain, const char *areaCode)
{
    return {QString::fromUtf8(name),     QString::fromLatin1(type),    QString::fromUtf8(city),
            QString::fromLatin1(state),  QString::fromLatin1(country), QString::fromLatin1(zone),
            QString::fromLatin1(domain), QString::fromLatin1(areaCode)};
}

} // namespace

const QStringList &DemoWords::firstNames()
{
    static const QStringList names = fromUtf8(
        {"Aaliyah",  "Abigail",  "Adriana", "Aisha",   "Alejandra", "Alicia",    "Amara",    "Amy",      "Ana",
         "Andrea",   "Angela",   "Anjali",  "Ashley",  "Beatriz",   "Bethany",   "Brenda",   "Brianna",  "Camila",
         "Carmen",   "Caroline", "Chen",    "Chloe",   "Claire",    "Daniela",   "Deborah",  "Deepa",    "Destiny",
         "Diana",    "Eleanor",  "Elena",   "Emily",   "Erin",      "Esperanza", "Fatima",   "Gabriela", "Grace",
         "Hana",     "Hannah",   "Heather", "Imani",   "Ingrid",    "Jasmine",   "Jennifer", "Jessica",  "Joanna",
         "Julia",    "Kaitlyn",  "Keisha",  "Kendra",  "Kimberly",  "Laura",     "Leah",     "Lena",     "Lucía",
         "Madison",  "Maya",     "Megan",   "Mei",     "Michelle",  "Mónica",    "Naomi",    "Natalie",  "Nia",
         "Nicole",   "Noor",     "Olivia",  "Paige",   "Priya",     "Rachel",    "Rebecca",  "Rosa",     "Ruth",
         "Samantha", "Sara",     "Shanice", "Sofía",   "Stephanie", "Tamika",    "Tanisha",  "Thuy",     "Valeria",
         "Vanessa",  "Whitney",  "Ximena",  "Yolanda", "Yuki",      "Zainab",    "Zoe",      "Aaron",    "Andre",
         "Benjamin", "Carlos",   "Daniel",  "David",   "Diego",     "Ethan",     "Gabriel",  "Hiroshi",  "Isaac",
         "Jamal",    "James",    "Javier",  "Jorge",   "Joseph",    "Kevin",     "Luis",     "Malik",    "Marcus",
         "Matthew",  "Miguel",   "Nathan",  "Omar",    "Rafael",    "Raj",       "Samuel",   "Terrence", "Tomás",
         "Wei",      "Alex",     "Jordan",  "Riley",   "Taylor",    "Casey",     "Robin",    "Sky"});
    return names;
}

const QStringList &DemoWords::lastNames()
{
    static const QStringList names =
        fromUtf8({"Abernathy", "Adeyemi",   "Aguilar",    "Ahmed",     "Alvarez",  "Anderson",   "Baker",   "Banerjee",
                  "Begay",     "Bennett",   "Brooks",     "Brown",     "Campbell", "Castillo",   "Chang",   "Chavez",
                  "Chen",      "Clark",     "Coleman",    "Cruz",      "Davis",    "Delgado",    "Diaz",    "Dubois",
                  "Edwards",   "Evans",     "Fernández",  "Fischer",   "Flores",   "Foster",     "García",  "Gomez",
                  "Gonzalez",  "Greene",    "Gupta",      "Hall",      "Harris",   "Hernández",  "Hill",    "Ho",
                  "Holmes",    "Huang",     "Ibrahim",    "Jackson",   "Jenkins",  "Johnson",    "Jones",   "Kaur",
                  "Kelly",     "Khan",      "Kim",        "King",      "Kowalski", "Lambert",    "Le",      "Lee",
                  "Lewis",     "Li",        "Lopez",      "MacDonald", "Martin",   "Martínez",   "Mendoza", "Miller",
                  "Mitchell",  "Moore",     "Morales",    "Morgan",    "Murphy",   "Nakamura",   "Nguyen",  "Novak",
                  "O'Brien",   "Okafor",    "Olson",      "Ortiz",     "Owens",    "Park",       "Patel",   "Perez",
                  "Peterson",  "Phillips",  "Quinn",      "Ramírez",   "Reyes",    "Richardson", "Rivera",  "Roberts",
                  "Robinson",  "Rodriguez", "Romero",     "Ross",      "Russell",  "Sanchez",    "Santos",  "Schmidt",
                  "Scott",     "Shah",      "Silva",      "Singh",     "Smith",    "Sullivan",   "Tanaka",  "Taylor",
                  "Thomas",    "Thompson",  "Torres",     "Tran",      "Tremblay", "Turner",     "Vargas",  "Vasquez",
                  "Walker",    "Wang",      "Washington", "Watson",    "White",    "Williams",   "Wilson",  "Wong",
                  "Wright",    "Yazzie",    "Young",      "Zhang",     "Zimmerman"});
    return names;
}

const QList<DemoLibrary> &DemoWords::libraries()
{
    static const QList<DemoLibrary> list = {
        library("Saint Paul Public Library", "public", "Saint Paul", "MN", "US", "America/Chicago",
                "stpaul-lib.example", "651"),
        library("Hennepin County Library, Brookdale", "public", "Brooklyn Center", "MN", "US", "America/Chicago",
                "hclib.example", "763"),
        library("Chicago Public Library, Little Village Branch", "public", "Chicago", "IL", "US", "America/Chicago",
                "chipublib.example", "312"),
        library("Evanston Public Library", "public", "Evanston", "IL", "US", "America/Chicago", "evanston-lib.example",
                "847"),
        library("Denver Public Library, Schlessman Family Branch", "public", "Denver", "CO", "US", "America/Denver",
                "denver-lib.example", "720"),
        library("Salt Lake County Library", "public", "West Jordan", "UT", "US", "America/Denver",
                "slcolibrary.example", "801"),
        library("Phoenix Public Library, Burton Barr Central", "public", "Phoenix", "AZ", "US", "America/Phoenix",
                "phx-lib.example", "602"),
        library("Pima County Public Library", "public", "Tucson", "AZ", "US", "America/Phoenix", "pima-lib.example",
                "520"),
        library("Los Angeles Public Library, Pico Union Branch", "public", "Los Angeles", "CA", "US",
                "America/Los_Angeles", "lapl.example", "213"),
        library("San José Public Library", "public", "San José", "CA", "US", "America/Los_Angeles", "sjpl.example",
                "408"),
        library("Oakland Public Library, Cesar E. Chavez Branch", "public", "Oakland", "CA", "US",
                "America/Los_Angeles", "oaklandlib.example", "510"),
        library("Seattle Public Library, Rainier Beach", "public", "Seattle", "WA", "US", "America/Los_Angeles",
                "spl-wa.example", "206"),
        library("Multnomah County Library", "public", "Portland", "OR", "US", "America/Los_Angeles",
                "multcolib.example", "503"),
        library("Anchorage Public Library", "public", "Anchorage", "AK", "US", "America/Anchorage",
                "anchoragelib.example", "907"),
        library("Hawaii State Public Library System, Kaimuki", "public", "Honolulu", "HI", "US", "Pacific/Honolulu",
                "hawaiilib.example", "808"),
        library("Houston Public Library, Melcher Branch", "public", "Houston", "TX", "US", "America/Chicago",
                "houstonlib.example", "713"),
        library("San Antonio Public Library", "public", "San Antonio", "TX", "US", "America/Chicago", "sapl.example",
                "210"),
        library("Austin Public Library, Twin Oaks", "public", "Austin", "TX", "US", "America/Chicago",
                "austinlib.example", "512"),
        library("New Orleans Public Library, Algiers Regional", "public", "New Orleans", "LA", "US", "America/Chicago",
                "nolalib.example", "504"),
        library("Nashville Public Library", "public", "Nashville", "TN", "US", "America/Chicago",
                "nashvillelib.example", "615"),
        library("Atlanta-Fulton Public Library", "public", "Atlanta", "GA", "US", "America/New_York", "afpls.example",
                "404"),
        library("Charlotte Mecklenburg Library", "public", "Charlotte", "NC", "US", "America/New_York",
                "cmlibrary.example", "704"),
        library("Miami-Dade Public Library, Hispanic Branch", "public", "Miami", "FL", "US", "America/New_York",
                "mdpls.example", "305"),
        library("Orange County Library System", "public", "Orlando", "FL", "US", "America/New_York", "ocls.example",
                "407"),
        library("Enoch Pratt Free Library", "public", "Baltimore", "MD", "US", "America/New_York", "prattlib.example",
                "410"),
        library("DC Public Library, Anacostia", "public", "Washington", "DC", "US", "America/New_York",
                "dclibrary.example", "202"),
        library("Free Library of Philadelphia, Widener Branch", "public", "Philadelphia", "PA", "US",
                "America/New_York", "freelib.example", "215"),
        library("Carnegie Library of Pittsburgh, Hazelwood", "public", "Pittsburgh", "PA", "US", "America/New_York",
                "carnegielib.example", "412"),
        library("Brooklyn Public Library, Sunset Park", "public", "Brooklyn", "NY", "US", "America/New_York",
                "bklynlib.example", "718"),
        library("Queens Public Library, Flushing", "public", "Queens", "NY", "US", "America/New_York",
                "queenslib.example", "718"),
        library("Boston Public Library, Egleston Square", "public", "Boston", "MA", "US", "America/New_York",
                "bpl-ma.example", "617"),
        library("Providence Community Library", "public", "Providence", "RI", "US", "America/New_York",
                "pcl-ri.example", "401"),
        library("Cuyahoga County Public Library", "public", "Parma", "OH", "US", "America/New_York",
                "cuyahogalib.example", "216"),
        library("Detroit Public Library, Campbell Branch", "public", "Detroit", "MI", "US", "America/Detroit",
                "detroitlib.example", "313"),
        library("Kansas City Public Library", "public", "Kansas City", "MO", "US", "America/Chicago",
                "kclibrary.example", "816"),
        library("Omaha Public Library", "public", "Omaha", "NE", "US", "America/Chicago", "omahalib.example", "402"),
        library("Albuquerque and Bernalillo County Library", "public", "Albuquerque", "NM", "US", "America/Denver",
                "abqlibrary.example", "505"),
        library("Navajo Nation Library", "public", "Window Rock", "AZ", "US", "America/Denver", "navajolib.example",
                "928"),
        library("Toronto Public Library, Malvern Branch", "public", "Toronto", "ON", "CA", "America/Toronto",
                "tpl-on.example", "416"),
        library("Ottawa Public Library", "public", "Ottawa", "ON", "CA", "America/Toronto", "biblioottawa.example",
                "613"),
        library("Vancouver Public Library, Britannia", "public", "Vancouver", "BC", "CA", "America/Vancouver",
                "vpl-bc.example", "604"),
        library("Edmonton Public Library", "public", "Edmonton", "AB", "CA", "America/Edmonton", "epl-ab.example",
                "780"),
        library("Winnipeg Public Library", "public", "Winnipeg", "MB", "CA", "America/Winnipeg", "wpl-mb.example",
                "204"),
        library("Halifax Public Libraries", "public", "Halifax", "NS", "CA", "America/Halifax", "halifaxlib.example",
                "902"),
        library("Regina Public Library", "public", "Regina", "SK", "CA", "America/Regina", "rpl-sk.example", "306"),
        library("Lincoln Elementary School Library", "school", "Madison", "WI", "US", "America/Chicago", "mmsd.example",
                "608"),
        library("Roosevelt Middle School Library", "school", "Spokane", "WA", "US", "America/Los_Angeles",
                "spokaneschools.example", "509"),
        library("Garfield Elementary School", "school", "Boise", "ID", "US", "America/Boise", "boiseschools.example",
                "208"),
        library("Dr. Martin Luther King Jr. Elementary School", "school", "Jackson", "MS", "US", "America/Chicago",
                "jps-ms.example", "601"),
        library("Sunnyside Unified School District Libraries", "school", "Tucson", "AZ", "US", "America/Phoenix",
                "susd.example", "520"),
        library("Fairfax County Public Schools, Mason Crest Elementary", "school", "Annandale", "VA", "US",
                "America/New_York", "fcps.example", "703"),
        library("École Sainte-Anne Library", "school", "Ottawa", "ON", "CA", "America/Toronto", "ecolesa.example",
                "613"),
        library("Burlington School District Libraries", "school", "Burlington", "VT", "US", "America/New_York",
                "bsdvt.example", "802"),
        library("University of Illinois Education and Social Science Library", "academic", "Urbana", "IL", "US",
                "America/Chicago", "illinois-lib.example", "217"),
        library("Kent State University, Reinberger Children's Library Center", "academic", "Kent", "OH", "US",
                "America/New_York", "kent-lib.example", "330"),
        library("University of Minnesota Children's Literature Research Collections", "academic", "Minneapolis", "MN",
                "US", "America/Chicago", "umn-lib.example", "612"),
        library("Texas Woman's University Libraries", "academic", "Denton", "TX", "US", "America/Chicago",
                "twu-lib.example", "940"),
        library("Children's Hospital Family Resource Library", "special", "Cincinnati", "OH", "US", "America/New_York",
                "cchmc-lib.example", "513"),
        library("Museum of Children's Literature Reading Room", "special", "Amherst", "MA", "US", "America/New_York",
                "childlitmuseum.example", "413"),
    };
    return list;
}

const QList<DemoLibrary> &DemoWords::studentPrograms()
{
    static const QList<DemoLibrary> list = {
        library("MLIS program, San José State University", "none", "Sacramento", "CA", "US", "America/Los_Angeles", "",
                "916"),
        library("School of Information Sciences, University of Illinois", "none", "Champaign", "IL", "US",
                "America/Chicago", "", "217"),
        library("iSchool, University of Washington", "none", "Tacoma", "WA", "US", "America/Los_Angeles", "", "253"),
        library("School of Library and Information Science, University of South Carolina", "none", "Columbia", "SC",
                "US", "America/New_York", "", "803"),
        library("MLIS program, University of Wisconsin–Milwaukee", "none", "Milwaukee", "WI", "US", "America/Chicago",
                "", "414"),
        library("School of Information, University of Texas at Austin", "none", "Austin", "TX", "US", "America/Chicago",
                "", "512"),
        library("Faculty of Information, University of Toronto", "none", "Toronto", "ON", "CA", "America/Toronto", "",
                "416"),
        library("School of Information Studies, McGill University", "none", "Montréal", "QC", "CA", "America/Toronto",
                "", "514"),
        library("MLS program, Texas Woman's University", "none", "El Paso", "TX", "US", "America/Denver", "", "915"),
        library("Simmons University School of Library and Information Science", "none", "Worcester", "MA", "US",
                "America/New_York", "", "508"),
    };
    return list;
}

const QStringList &DemoWords::personalDomains()
{
    static const QStringList list = fromUtf8({"example.com", "example.net", "example.org", "mail.example"});
    return list;
}

const QStringList &DemoWords::mentorPositions(const QString &libraryType)
{
    static const QStringList publicList = fromUtf8(
        {"Children's Librarian", "Senior Children's Librarian", "Youth Services Manager", "Head of Children's Services",
         "Early Literacy Coordinator", "Branch Manager", "Youth Services Coordinator", "Outreach Librarian"});
    static const QStringList schoolList =
        fromUtf8({"School Library Media Specialist", "Teacher Librarian", "District Library Coordinator"});
    static const QStringList academicList =
        fromUtf8({"Curriculum Materials Librarian", "Education Librarian", "Curator of Children's Literature"});
    static const QStringList specialList = fromUtf8({"Family Resource Librarian", "Collections Librarian"});
    if (libraryType == QLatin1String("school"))
        return schoolList;
    if (libraryType == QLatin1String("academic"))
        return academicList;
    if (libraryType == QLatin1String("special"))
        return specialList;
    return publicList;
}

const QStringList &DemoWords::menteePositions(const QString &libraryType)
{
    static const QStringList publicList = fromUtf8(
        {"Children's Librarian", "Library Assistant", "Youth Services Associate", "Library Associate, Children's Room",
         "Storytime Specialist", "Part-time Children's Librarian", "Library Page", "Teen and Children's Librarian"});
    static const QStringList schoolList =
        fromUtf8({"School Library Media Specialist", "Library Paraprofessional", "Teacher Librarian (first year)"});
    static const QStringList academicList = fromUtf8({"Library Technician", "Graduate Assistant"});
    static const QStringList specialList = fromUtf8({"Library Assistant", "Program Coordinator"});
    static const QStringList noneList = fromUtf8({"MLIS student", "MLS student", "Graduate student"});
    if (libraryType == QLatin1String("school"))
        return schoolList;
    if (libraryType == QLatin1String("academic"))
        return academicList;
    if (libraryType == QLatin1String("special"))
        return specialList;
    if (libraryType == QLatin1String("none"))
        return noneList;
    return publicList;
}

const QStringList &DemoWords::interests()
{
    static const QStringList list =
        fromUtf8({"Storytime and early literacy", "Programming", "Collection development", "Outreach",
                  "School partnerships", "Management", "Youth advocacy", "STEM", "Technology",
                  "Equity, diversity and inclusion", "Award committees", "Children's literature"});
    return list;
}

const QStringList &DemoWords::secondLanguages()
{
    static const QStringList list =
        fromUtf8({"Spanish", "Spanish", "Spanish", "Spanish", "French", "Mandarin", "Vietnamese",
                  "American Sign Language", "Korean", "Tagalog", "Arabic", "Navajo", "Somali", "Portuguese"});
    return list;
}

const QStringList &DemoWords::menteeOpenings()
{
    static const QStringList list = fromUtf8(
        {"I have worked in children's services for %1 years and I am ready to grow.",
         "As an MLIS student focused on youth services, I want to learn from someone already doing the work.",
         "After several years away from libraries, I am returning to the profession and want to catch up quickly.",
         "I recently became the only youth services staff member at a small branch.",
         "I started as a library page and now lead our family storytimes.",
         "I am a first-year school librarian serving more than six hundred students.",
         "I moved into children's services from adult reference %1 years ago.",
         "I coordinate our summer reading program with a very small team.",
         "I serve a community where many families speak Spanish at home.",
         "I am the newest member of a busy children's department."});
    return list;
}

const QStringList &DemoWords::menteeHopes()
{
    static const QStringList list = fromUtf8(
        {"I hope to build confidence in planning programs for school-age children.",
         "I would like guidance on developing a collection that reflects the families we serve.",
         "I want to learn how to advocate for children's services with administrators and city council.",
         "I am looking for feedback on my storytime practice and early literacy messages for caregivers.",
         "I want to understand how ALSC committees work and how to get involved.",
         "I would like help preparing for my first supervisory role.",
         "I hope to build partnerships with the schools in our neighborhood.",
         "I want to bring more STEM and maker activities into our after-school programs.",
         "I would like to learn how experienced librarians manage burnout and stay energized.",
         "I am preparing to apply for full-time children's librarian positions and want feedback on my resume.",
         "I want to make our programs more welcoming for children with disabilities."});
    return list;
}

const QStringList &DemoWords::menteeClosings()
{
    static const QStringList list =
        fromUtf8({"I would especially value a mentor with experience in %1.", "I am especially curious about %1.",
                  "My strongest interest right now is %1.", "A mentor who knows %1 well would be a great fit for me.",
                  "I would love to spend part of the year on %1."});
    return list;
}

const QStringList &DemoWords::menteeConnections()
{
    static const QStringList list =
        fromUtf8({"I work in the children's room of my public library.", "I lead weekly baby and toddler storytimes.",
                  "I am taking children's literature and youth services courses in my MLIS program.",
                  "I volunteer with our library's homework help program.",
                  "I am a school librarian at an elementary school.", "I run our branch's summer reading program.",
                  "I was a children's librarian before a career break and am returning this year.",
                  "I staff the youth services desk two evenings a week."});
    return list;
}

const QStringList &DemoWords::mentorOpenings()
{
    static const QStringList list =
        fromUtf8({"I have served children and families for %1 years.",
                  "I have been a children's librarian for %1 years, the last several as a manager.",
                  "Over %1 years I have worked in public and school libraries.",
                  "I was mentored early in my career and have wanted to give that back for a long time.",
                  "I have supervised new children's librarians for %1 years."});
    return list;
}

const QStringList &DemoWords::mentorMiddles()
{
    static const QStringList list =
        fromUtf8({"I have served on the Caldecott and Sibert committees and enjoy talking about evaluating books.",
                  "I built our system's bilingual storytime program from scratch.",
                  "I chair our state library association's youth services section.",
                  "I have trained more than forty staff members in early literacy practices.",
                  "I led our library's partnership with the school district for library cards for every student.",
                  "I manage a department of twelve and care a great deal about growing new leaders.",
                  "I have presented on STEM programming for young children at several conferences.",
                  "My work focuses on outreach to families who do not yet use the library."});
    return list;
}

const QStringList &DemoWords::mentorOffers()
{
    static const QStringList list = fromUtf8(
        {"resume review and mock interviews with written feedback",
         "a shared list of program ideas that have worked for us", "help building a diverse book list",
         "guidance on joining and serving on ALSC committees", "a mock Newbery or Caldecott discussion",
         "observation of a storytime by video with feedback", "conversations about what makes an effective manager",
         "introductions to colleagues in school librarianship", "attending a conference or webinar together",
         "support with grant writing for children's programs"});
    return list;
}

const QStringList &DemoWords::mentorPreferences()
{
    static const QStringList list =
        fromUtf8({"I would like a mentor who works in a small or rural library.",
                  "I would like a mentor who speaks Spanish.", "I would like a mentor who is a person of color.",
                  "I would like a mentor who has managed a children's department.",
                  "I would like a mentor who is in my time zone so that we can talk after work.",
                  "I would like a mentor who has worked in a school library.",
                  "I would like a mentor who identifies as LGBTQ+."});
    return list;
}

const QStringList &DemoWords::reviewComments()
{
    static const QStringList list = fromUtf8(
        {"Clear goals; would pair well with a mentor in school librarianship.",
         "Strong storytime background. Statement is short but specific.",
         "Very motivated; a returning librarian who could use help with technology.",
         "Goals are broad. Worth a conversation about what they want from the year.",
         "Excellent offer; has mentored informally before.", "Capacity of two seems realistic given their schedule.",
         "Limited experience with children so far, but a clear plan to get it.",
         "Would be a great match for a Spanish-speaking mentee.",
         "Statement reads as a cover letter; little about mentoring.",
         "Already active in ALSC; could help a mentee with committee service."});
    return list;
}

const QList<DemoGoalTemplate> &DemoWords::goalTemplates()
{
    static const QList<DemoGoalTemplate> list = {
        {1, QString::fromUtf8("Lead a bilingual storytime series"),
         QString::fromUtf8("Plan and lead six bilingual (English/Spanish) storytimes at my branch."),
         QString::fromUtf8("Six sessions delivered; attendance and caregiver comments recorded after each one."),
         QString::fromUtf8("My mentor will review my plans and watch one session by video."),
         QString::fromUtf8("Builds my skills and confidence with early literacy programming.")},
        {1, QString::fromUtf8("Plan a school-age program on my own"),
         QString::fromUtf8("Design and run a four-week after-school book club for grades 3–5."),
         QString::fromUtf8("Four meetings held; a short survey of the children at the end."),
         QString::fromUtf8("My supervisor has approved the time; my mentor will share outlines that worked for her."),
         QString::fromUtf8("School-age programming is the part of my job I feel least sure about.")},
        {2, QString::fromUtf8("Meet colleagues beyond my library"),
         QString::fromUtf8(
             "Attend my state association's youth services meeting and introduce myself to five colleagues."),
         QString::fromUtf8("Five new contacts, with a follow-up e-mail to each."),
         QString::fromUtf8("The meeting is online; my mentor will introduce me to two people she knows."),
         QString::fromUtf8("I work alone in my branch and need a network.")},
        {3, QString::fromUtf8("Learn collection development for diverse readers"),
         QString::fromUtf8("Audit our picture book collection for representation and build a purchase list."),
         QString::fromUtf8("An audit spreadsheet and a purchase list of at least forty titles."),
         QString::fromUtf8("My mentor will review the method and the list; my manager has set aside budget."),
         QString::fromUtf8("Our community is changing faster than our collection.")},
        {3, QString::fromUtf8("Get feedback on my resume and interviewing"),
         QString::fromUtf8("Revise my resume and do one mock interview with my mentor."),
         QString::fromUtf8("A revised resume and written feedback from the mock interview."),
         QString::fromUtf8("My mentor hires children's librarians and has offered to run the interview."),
         QString::fromUtf8("I am applying for full-time children's librarian positions this year.")},
        {4, QString::fromUtf8("Bring new energy to summer reading"),
         QString::fromUtf8("Redesign our summer reading kickoff with one new community partner."),
         QString::fromUtf8("A partner confirmed and kickoff attendance compared with last year."),
         QString::fromUtf8("My mentor will share how her library found partners."),
         QString::fromUtf8("After eight summers, I want to rediscover what I love about this work.")},
        {5, QString::fromUtf8("Volunteer for an ALSC committee"),
         QString::fromUtf8("Learn how committee appointments work and submit a volunteer form."),
         QString::fromUtf8("Volunteer form submitted; one virtual committee meeting observed."),
         QString::fromUtf8("My mentor serves on a process committee and will explain the workload."),
         QString::fromUtf8("I want to contribute to the profession beyond my library.")},
        {5, QString::fromUtf8("Hold a mock Newbery discussion"),
         QString::fromUtf8("Read eight eligible titles and hold a mock Newbery discussion with my mentor's group."),
         QString::fromUtf8("Eight titles read with notes; one discussion held."),
         QString::fromUtf8("My mentor's library already runs a mock election; I will join it."),
         QString::fromUtf8("Award committees are where I would like to serve one day.")},
        {6, QString::fromUtf8("Work through the ALSC competencies"),
         QString::fromUtf8(
             "Rate myself against the Competencies for Librarians Serving Children and pick two to develop."),
         QString::fromUtf8("A self-assessment and a plan for two competencies, reviewed with my mentor."),
         QString::fromUtf8("The competencies are online; my mentor will share how she used them."),
         QString::fromUtf8("I want a clear picture of where I am strong and where I am not.")},
        {6, QString::fromUtf8("Make storytime more inclusive"),
         QString::fromUtf8("Adapt two storytimes for children with sensory needs and families new to English."),
         QString::fromUtf8("Two adapted storytimes held; feedback from three families."),
         QString::fromUtf8("My mentor has run sensory storytimes for years."),
         QString::fromUtf8("Equity, diversity and inclusion are at the center of our strategic plan.")},
        {7, QString::fromUtf8("Prepare for a supervisory role"),
         QString::fromUtf8("Discuss what makes an effective manager and shadow my mentor's staff meeting."),
         QString::fromUtf8("Notes from four conversations and one shadowing session."),
         QString::fromUtf8("My mentor manages a children's department and has offered her time."),
         QString::fromUtf8("I expect to apply for a youth services manager position next year.")},
        {7, QString::fromUtf8("Present at a conference"),
         QString::fromUtf8("Submit a proposal about our outreach program to the state library conference."),
         QString::fromUtf8("Proposal submitted; a practice run with my mentor."),
         QString::fromUtf8("My mentor has presented many times and will review drafts."),
         QString::fromUtf8("Sharing our work is how I want to grow as a leader.")},
    };
    return list;
}

const QStringList &DemoWords::contactNotes()
{
    static const QStringList list = fromUtf8(
        {"First call: got to know each other and talked about expectations.",
         "Talked through the goal sheet and agreed on the first goal.",
         "Shared a draft of the diverse book list for feedback.",
         "Discussed the summer reading wrap-up and what to change next year.",
         "Video call about storytime: watched a recording together.",
         "Quick check-in by e-mail; both busy with school visits.",
         "Talked about a difficult conversation with a supervisor.", "Mentor sent links to webinars on early literacy.",
         "Reviewed the resume; second draft due next time.", "Mock interview with written feedback.",
         "Chatted about the ALSC committee volunteer form.", "Traded program ideas for fall.",
         "Talked about burnout and setting boundaries.", "Planned to attend the same webinar next month.", "", "", ""});
    return list;
}

} // namespace cohort
