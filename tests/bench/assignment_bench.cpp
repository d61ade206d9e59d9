// assignment_bench MATRIX_FILE: the min-cost assignment of a dense cost matrix read from a text
// file (one row per line, numbers separated by spaces, tabs or commas, blank lines ignored), timed
// around solveLinearAssignment only. Prints one JSON line:
//   {"rows":R,"cols":C,"total":T,"solve_ms":M,"assignment":[...]}
// with assignment[i] the column of row i (−1: none, when rows > cols) and total to 17 digits, for
// comparison with tests/bench/lsap_scipy.py on the same file. Exit 1 on a malformed file, 2 when
// no assignment avoids the +inf costs.
// assignment_bench --generate R C SEED OUT_FILE: writes an R × C matrix of uniform [0, 1) costs
// (std::mt19937_64, 53-bit values, shortest round-trip text), the same on every machine.
// assignment_bench --slots MENTEES MENTORS CAPACITY SEED [--most-matched]: SlotAssignment of
// MENTEES to MENTORS with CAPACITY places each, dense uniform scores, minimum score 0; prints
// {"mentees":…,"mentors":…,"capacity":…,"mode":…,"solve_ms":…,"matched":…,"total_score":…}.
#include "matching/linearassignment.h"
#include "matching/slotassignment.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using namespace cohort::matching;

namespace {

double uniform(std::mt19937_64 &rng)
{
    return double(rng() >> 11) * 0x1.0p-53;
}

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

bool readFile(const char *path, std::string &text)
{
    std::FILE *file = std::fopen(path, "rb");
    if (!file)
        return false;
    bool ok = std::fseek(file, 0, SEEK_END) == 0;
    const long size = ok ? std::ftell(file) : -1;
    ok = ok && size >= 0 && std::fseek(file, 0, SEEK_SET) == 0;
    if (ok) {
        text.resize(std::size_t(size));
        ok = std::fread(text.data(), 1, text.size(), file) == text.size();
    }
    std::fclose(file);
    return ok;
}

bool isSeparator(char c)
{
    return c == ' ' || c == '\t' || c == ',' || c == '\r';
}

int solveFile(const char *path)
{
    std::string text;
    if (!readFile(path, text)) {
        std::fprintf(stderr, "cannot read %s\n", path);
        return 1;
    }
    // Room for every number, from the first row's count and the number of lines.
    std::vector<double> cost;
    {
        const std::size_t firstEnd = std::min(text.find('\n'), text.size());
        std::size_t perRow = 1;
        for (std::size_t k = 0; k < firstEnd; ++k)
            perRow += isSeparator(text[k]) && !isSeparator(text[k + 1]) ? 1 : 0;
        cost.reserve(perRow * std::size_t(std::count(text.begin(), text.end(), '\n') + 1));
    }
    int rows = 0;
    int cols = -1;
    long long lineNumber = 0;
    std::size_t position = 0;
    while (position < text.size()) {
        std::size_t end = text.find('\n', position);
        if (end == std::string::npos)
            end = text.size();
        ++lineNumber;
        const char *const lineStart = text.data() + position;
        const char *p = lineStart;
        const char *last = text.data() + end;
        position = end + 1;
        int count = 0;
        while (true) {
            while (p < last && isSeparator(*p))
                ++p;
            if (p == last)
                break;
            double value = 0.0;
            if (*p == '+') // from_chars does not take a leading '+'
                ++p;
            const auto [next, error] = std::from_chars(p, last, value);
            if (error != std::errc{} || (next < last && !isSeparator(*next))) {
                std::fprintf(stderr, "%s:%lld: not a number (or out of range) at character %lld\n", path, lineNumber,
                             static_cast<long long>(p - lineStart) + 1);
                return 1;
            }
            cost.push_back(value);
            ++count;
            p = next;
        }
        if (count == 0)
            continue; // blank line
        if (cols < 0) {
            cols = count;
        } else if (count != cols) {
            std::fprintf(stderr, "%s:%lld: %d numbers, but the first row has %d\n", path, lineNumber, count, cols);
            return 1;
        }
        ++rows;
    }
    if (cols < 0)
        cols = 0;

    const auto start = std::chrono::steady_clock::now();
    const LinearAssignmentResult result = solveLinearAssignment(cost, rows, cols);
    const double ms = msSince(start);

    if (result.invalidInput) {
        std::fprintf(stderr, "%s: NaN or -inf among the costs\n", path);
        return 1;
    }
    std::string line = "{\"rows\":" + std::to_string(rows) + ",\"cols\":" + std::to_string(cols) + ",\"total\":";
    char number[64];
    if (result.feasible) {
        std::snprintf(number, sizeof number, "%.17g", result.total);
        line += number;
    } else {
        line += "null";
    }
    std::snprintf(number, sizeof number, ",\"solve_ms\":%.3f,\"assignment\":[", ms);
    line += number;
    for (std::size_t i = 0; i < result.columnOfRow.size(); ++i) {
        if (i > 0)
            line += ',';
        line += std::to_string(result.columnOfRow[i]);
    }
    line += "]}\n";
    std::fputs(line.c_str(), stdout);
    return result.feasible ? 0 : 2;
}

int generate(int rows, int cols, unsigned long long seed, const char *path)
{
    std::FILE *file = std::fopen(path, "wb");
    if (!file) {
        std::fprintf(stderr, "cannot write %s\n", path);
        return 1;
    }
    std::mt19937_64 rng(seed);
    std::string line;
    char number[32];
    for (int i = 0; i < rows; ++i) {
        line.clear();
        for (int j = 0; j < cols; ++j) {
            if (j > 0)
                line += ' ';
            const auto result = std::to_chars(number, number + sizeof number, uniform(rng));
            line.append(number, result.ptr);
        }
        line += '\n';
        std::fwrite(line.data(), 1, line.size(), file);
    }
    const bool ok = std::fclose(file) == 0;
    return ok ? 0 : 1;
}

int solveSlots(int mentees, int mentors, int capacity, unsigned long long seed, bool mostMatched)
{
    SlotAssignmentRequest request;
    request.menteeCount = mentees;
    request.capacities = QList<int>(mentors, capacity);
    request.scores.resize(std::size_t(mentees) * std::size_t(mentors));
    std::mt19937_64 rng(seed);
    for (double &score : request.scores)
        score = uniform(rng);
    request.mode = mostMatched ? SlotAssignmentMode::MostMatched : SlotAssignmentMode::BestScores;

    const auto start = std::chrono::steady_clock::now();
    const cohort::Result<SlotAssignmentPlan> plan = SlotAssignment::solve(request);
    const double ms = msSince(start);
    if (!plan) {
        std::fprintf(stderr, "%s\n", plan.error().toUtf8().constData());
        return 1;
    }
    std::printf("{\"mentees\":%d,\"mentors\":%d,\"capacity\":%d,\"mode\":\"%s\",\"solve_ms\":%.3f,\"matched\":%d,"
                "\"total_score\":%.17g}\n",
                mentees, mentors, capacity, mostMatched ? "most_matched" : "best_scores", ms, plan->matchedCount,
                plan->totalScore);
    return 0;
}

bool parseInt(const char *text, long long &value)
{
    const char *end = text + std::strlen(text);
    const auto [next, error] = std::from_chars(text, end, value);
    return error == std::errc{} && next == end;
}

int usage()
{
    std::fprintf(stderr, "usage: assignment_bench MATRIX_FILE\n"
                         "       assignment_bench --generate ROWS COLS SEED OUT_FILE\n"
                         "       assignment_bench --slots MENTEES MENTORS CAPACITY SEED [--most-matched]\n");
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 2 && argv[1][0] != '-')
        return solveFile(argv[1]);
    long long a = 0;
    long long b = 0;
    long long c = 0;
    long long d = 0;
    if (argc == 6 && std::strcmp(argv[1], "--generate") == 0 && parseInt(argv[2], a) && parseInt(argv[3], b) &&
        parseInt(argv[4], c) && a >= 0 && b >= 0)
        return generate(int(a), int(b), static_cast<unsigned long long>(c), argv[5]);
    if ((argc == 6 || (argc == 7 && std::strcmp(argv[6], "--most-matched") == 0)) &&
        std::strcmp(argv[1], "--slots") == 0 && parseInt(argv[2], a) && parseInt(argv[3], b) && parseInt(argv[4], c) &&
        parseInt(argv[5], d) && a >= 0 && b >= 0 && c >= 0)
        return solveSlots(int(a), int(b), int(c), static_cast<unsigned long long>(d), argc == 7);
    return usage();
}
