// bench_letters_view FILE [--runs N]
// The Letters area on a program with many people (offscreen: QT_QPA_PLATFORM=offscreen);
// `bench_letters --keep FILE` writes one with 1,000 accepted mentees. Times what the window does
// opening the area on the cycle (on the window's thread: the template, the recipients, the
// preview; then, read on a worker, the letters to send and the record), LetterIssue::pending
// alone, stepping the preview to the next recipient, and a keystroke's preview refresh. Prints figures; never fails on
// time.
#include "document/programdocument.h"
#include "letters/letterissue.h"
#include "letters/letterpreview.h"
#include "letters/letterspage.h"
#include "letters/templateeditor.h"
#include "store/cyclestore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cohort;

namespace {

struct Figures
{
    std::vector<double> ms;
    void add(double v) { ms.push_back(v); }
    void print(const char *what)
    {
        std::sort(ms.begin(), ms.end());
        std::printf("%-44s median %8.1f ms   min %8.1f   max %8.1f   (%zu runs)\n", what, ms[ms.size() / 2], ms.front(),
                    ms.back(), ms.size());
    }
};

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_letters_view FILE [--runs N]\n");
        return 2;
    }
    int runs = 5;
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        runs = std::max(1, args.at(i + 1).toInt());
    // A copy: the keystrokes below may save the template.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("letters.cohort"));
    if (!dir.isValid() || !QFile::copy(args.at(1), copy)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(args.at(1)));
        return 1;
    }
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto opened = ProgramDocument::open(copy);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    ProgramDocument &doc = *opened.value();
    auto cycles = doc.cycleStore().list();
    if (!cycles || cycles->isEmpty())
        return 1;
    const QString cycleId = cycles->first().id;

    Figures open, shown, pending, step, keystroke;
    int toSend = 0;
    int recipients = 0;
    for (int run = 0; run < runs; ++run) {
        LettersPage page;
        page.resize(1400, 900);
        page.setDocument(&doc);
        page.show();
        QElapsedTimer timer;
        timer.start();
        page.setCycle(cycleId, cycles->first().name);
        open.add(msSince(timer));
        if (!QTest::qWaitFor([&page] { return !page.isLoadingLists(); }, 120000)) {
            std::fprintf(stderr, "the letters to send did not load\n");
            return 1;
        }
        shown.add(msSince(timer));
        toSend = page.toSendCount();
        recipients = page.preview()->count();

        timer.restart();
        auto list = LetterIssue::pending(doc.database(), cycleId);
        pending.add(msSince(timer));
        if (!list)
            return 1;

        timer.restart();
        page.preview()->next();
        step.add(msSince(timer));

        // A keystroke in the editor, then the preview's refresh once the pause has passed.
        QTextEdit *edit = page.editor()->textEdit();
        edit->moveCursor(QTextCursor::End);
        timer.restart();
        QTest::keyClick(edit, Qt::Key_Space);
        const double typed = msSince(timer);
        QTest::qWait(300);
        timer.restart();
        page.preview()->setTemplateBody(page.editor()->body());
        keystroke.add(typed + msSince(timer));
        edit->document()->undo();
    }
    std::printf("%s: %d to send, %d recipients of the mentee acceptance\n", qPrintable(cycles->first().name), toSend,
                recipients);
    open.print("open the area (window's thread)");
    shown.print("... and the letters to send shown (worker)");
    pending.print("LetterIssue::pending (letters to send)");
    step.print("preview the next recipient");
    keystroke.print("a keystroke and its preview");
    return 0;
}
