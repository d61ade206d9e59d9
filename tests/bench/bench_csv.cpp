// bench_csv [ROWS] [--runs N]: builds a form export of ROWS applications (default 100000) × 25
// columns in memory (UTF-8, comma-separated, quoted multi-select and free-text answers, some with
// line breaks and doubled quotes), then times Csv::parse on it and, for comparison, on the same
// table in UTF-16 LE and Windows-1252, and Csv::write. Prints the best of N runs (default 3) and
// MB/s. Not a CTest test: figures go into docs/PERFORMANCE.md.
#include "intake/csv.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <array>
#include <cstdio>
#include <ctime>

namespace {

// A small deterministic generator, so that every run measures the same file.
class Random
{
public:
    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    template <typename T, std::size_t N> const T &pick(const std::array<T, N> &items) { return items[next() % N]; }
    int between(int low, int high) { return low + int(next() % quint32(high - low + 1)); }

private:
    quint32 m_state = 2463534242u;
};

const std::array<const char *, 12> FirstNames = {"María José", "Zoë",   "Daniel", "Aisha",      "François", "Ming",
                                                 "Søren",      "Priya", "Tomás",  "Nguyễn Thị", "Olivia",   "Kwame"};
const std::array<const char *, 12> LastNames = {"López",      "O'Brien-Núñez", "Okafor", "Rahman", "Lefèvre", "Li",
                                                "Ærøskøbing", "Patel",         "Ruiz",   "Mai",    "Johnson", "Mensah"};
const std::array<const char *, 8> Libraries = {"Hillcrest Public Library",
                                               "Riverside Elementary School Library",
                                               "Lakeview Branch, Chicago Public Library",
                                               "Brooklyn Public Library",
                                               "Seattle Public Library – Beacon Hill",
                                               "Queens Public Library, Flushing",
                                               "Médiathèque Côte-d’Or",
                                               "Austin Public Library"};
const std::array<const char *, 8> Cities = {"Austin",  "Fresno",   "Chicago", "Brooklyn",
                                            "Seattle", "Flushing", "Dijon",   "Portland"};
const std::array<const char *, 8> States = {"TX", "CA", "IL", "NY", "WA", "NY", "—", "OR"};
const std::array<const char *, 4> LibraryTypes = {"Public", "School", "Academic", "Other"};
const std::array<const char *, 3> YesNo = {"Yes", "No", "Not sure"};
const std::array<const char *, 6> Areas = {"Storytime", "Collection development", "Outreach to schools", "Leadership",
                                           "Advocacy",  "Summer reading"};
const std::array<const char *, 6> Sentences = {"I started as a page and now run toddler time twice a week.",
                                               "I would like a sounding board for \"big\" ideas and for the budget.",
                                               "Our branch serves many families who are new to the country.",
                                               "After twelve years I want to give back to the profession.",
                                               "I hope to learn how to plan outreach to the schools nearby.",
                                               "Happy to meet monthly, online or in person."};

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString sentences(Random &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            text += random.next() % 5 == 0 ? QStringLiteral("\n") : QStringLiteral(" ");
        text += QString::fromUtf8(random.pick(Sentences));
    }
    return text;
}

QString exportText(int rows)
{
    QStringList header = {
        QStringLiteral("Timestamp"),
        QStringLiteral("Email Address"),
        QStringLiteral("What is your first name?"),
        QStringLiteral("What is your last name?"),
        QStringLiteral("Which library do you work at?"),
        QStringLiteral("City"),
        QStringLiteral("State"),
        QStringLiteral("What type of library is it?"),
        QStringLiteral("Are you a current ALSC member?"),
        QStringLiteral("How many years have you worked in children's library service?"),
        QStringLiteral("Which areas would you like to grow in? (Check all that apply)"),
        QStringLiteral("Tell us about yourself and why you would like a mentor."),
        QStringLiteral("What do you hope to gain from the program?"),
        QStringLiteral("Are you 18 or older?"),
        QStringLiteral("Phone number"),
        QStringLiteral("Job title"),
        QStringLiteral("Preferred way to meet"),
        QStringLiteral("Time zone"),
        QStringLiteral("How did you hear about the program?"),
        QStringLiteral("Languages you speak"),
        QStringLiteral("Supervisor's name"),
        QStringLiteral("Supervisor's email"),
        QStringLiteral("May we share your answers with your mentor?"),
        QStringLiteral("Anything else we should know?"),
        QStringLiteral("Score"),
    };
    Random random;
    QString text;
    text.reserve(qsizetype(rows) * 420);
    text += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int row = 0; row < rows; ++row) {
        const QString first = QString::fromUtf8(random.pick(FirstNames));
        const QString last = QString::fromUtf8(random.pick(LastNames));
        QStringList areas;
        for (int i = random.between(1, 3); i > 0; --i)
            areas.append(QString::fromUtf8(random.pick(Areas)));
        const QStringList cells = {
            QStringLiteral("3/%1/2017 %2:%3:%4")
                .arg(random.between(1, 31))
                .arg(random.between(7, 22))
                .arg(random.between(10, 59))
                .arg(random.between(10, 59)),
            QStringLiteral("applicant%1@example.org").arg(row),
            first,
            last,
            QString::fromUtf8(random.pick(Libraries)),
            QString::fromUtf8(random.pick(Cities)),
            QString::fromUtf8(random.pick(States)),
            QString::fromUtf8(random.pick(LibraryTypes)),
            QString::fromUtf8(random.pick(YesNo)),
            QString::number(random.between(0, 30)),
            areas.join(QStringLiteral(", ")),
            sentences(random, random.between(1, 3)),
            sentences(random, 1),
            QString::fromUtf8(random.pick(YesNo)),
            QStringLiteral("+1 555 01%1").arg(random.between(10, 99)),
            QStringLiteral("Children's Librarian"),
            QStringLiteral("Video call"),
            QStringLiteral("America/Chicago"),
            QStringLiteral("ALSC newsletter"),
            QStringLiteral("English, Spanish"),
            QString::fromUtf8(random.pick(FirstNames)) + QLatin1Char(' ') + QString::fromUtf8(random.pick(LastNames)),
            QStringLiteral("supervisor%1@example.org").arg(row),
            QString::fromUtf8(random.pick(YesNo)),
            random.next() % 4 == 0 ? sentences(random, 1) : QString(),
            QString::number(random.between(0, 100)),
        };
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            text += csvField(cells.at(i));
        }
        text += QStringLiteral("\r\n");
    }
    return text;
}

QByteArray utf16LE(const QString &text)
{
    QByteArray bytes("\xFF\xFE");
    bytes.reserve(2 + text.size() * 2);
    for (const QChar c : text) {
        bytes += static_cast<char>(c.unicode() & 0xFF);
        bytes += static_cast<char>(c.unicode() >> 8);
    }
    return bytes;
}

QByteArray latin(const QString &text)
{
    // Good enough for timing: every character of the generated text but a few fits in a byte.
    return text.toLatin1();
}

struct Timing
{
    double wall = -1; // seconds
    double cpu = -1;  // seconds of processor time: steadier than wall time on a busy machine
};

// The best of `runs` calls. `work` returns what it built, so that freeing it is not timed.
template <typename Work> Timing best(int runs, const Work &work)
{
    Timing fastest;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const std::clock_t cpuStart = std::clock();
        timer.start();
        auto built = work();
        const double wall = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        if (!built)
            return {};
        if (fastest.wall < 0 || wall < fastest.wall)
            fastest.wall = wall;
        if (fastest.cpu < 0 || cpu < fastest.cpu)
            fastest.cpu = cpu;
    }
    return fastest;
}

void report(const char *what, qsizetype bytes, Timing timing)
{
    const double megabytes = double(bytes) / (1024.0 * 1024.0);
    std::printf("%-22s %6.1f MB  wall %6.3f s %7.1f MB/s  cpu %6.3f s %7.1f MB/s\n", what, megabytes, timing.wall,
                megabytes / timing.wall, timing.cpu, megabytes / timing.cpu);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    int rows = 100000;
    int runs = 3;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = qMax(1, args.at(++i).toInt());
        else
            rows = args.at(i).toInt();
    }

    const QString text = exportText(rows);
    const QByteArray utf8 = text.toUtf8();
    QString failure;
    const auto parser = [&failure](const QByteArray &bytes) {
        return [&failure, bytes] {
            auto table = cohort::Csv::parse(bytes);
            if (!table)
                failure = table.error();
            return table;
        };
    };

    std::printf("bench_csv: %d rows x 25 columns, best of %d runs\n", rows, runs);
    const Timing utf8Timing = best(runs, parser(utf8));
    if (utf8Timing.wall < 0) {
        std::fprintf(stderr, "bench_csv: %s\n", qPrintable(failure));
        return 1;
    }
    report("parse UTF-8", utf8.size(), utf8Timing);
    report("  of which decoding", utf8.size(),
           best(runs, [&utf8] { return cohort::Csv::decode(utf8, cohort::TextEncoding::Utf8); }));
    const QByteArray wide = utf16LE(text);
    report("parse UTF-16 LE", wide.size(), best(runs, parser(wide)));
    const QByteArray narrow = latin(text);
    report("parse Windows-1252", narrow.size(), best(runs, parser(narrow)));

    const cohort::Result<cohort::CsvTable> table = cohort::Csv::parse(utf8);
    std::printf("rows parsed: %lld\n", static_cast<long long>(table->rows.size()));
    qsizetype written = 0;
    const Timing writing = best(runs, [&] {
        written = cohort::Csv::write(table->header, table->rows).size();
        return true;
    });
    report("write", written, writing);
    return 0;
}
