#include "common/backgroundtask.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace cohort {

namespace {
constexpr int ShowAfter = 400;        // ms: quicker work shows no dialog at all
constexpr int ProgressInterval = 100; // ms between updates of the dialog
} // namespace

bool BackgroundTask::run(QWidget *parent, const QString &title, const QString &label,
                         const std::function<void(TaskProgress &)> &work)
{
    auto progress = std::make_shared<TaskProgress>();
    QProgressDialog dialog(label, QProgressDialog::tr("Cancel"), 0, 0, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumWidth(420);
    dialog.hide(); // QProgressDialog shows itself on its own schedule otherwise
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&dialog, progress] {
        progress->m_cancel = true;
        dialog.setLabelText(QProgressDialog::tr("Cancelling…"));
        dialog.setCancelButton(nullptr);
    });

    QTimer update;
    update.setInterval(ProgressInterval);
    QObject::connect(&update, &QTimer::timeout, &dialog, [&dialog, progress] {
        if (progress->cancelled())
            return;
        dialog.setMaximum(progress->m_total);
        dialog.setValue(progress->m_done);
        const std::lock_guard lock(progress->m_mutex);
        if (!progress->m_text.isEmpty())
            dialog.setLabelText(progress->m_text);
    });
    // Until the dialog shows, user input waits (nothing may edit the program meanwhile); once it
    // shows it is window-modal, and its Cancel button must get clicks.
    QEventLoop loop;
    bool done = false;
    QTimer::singleShot(ShowAfter, &dialog, [&dialog, &update, &loop] {
        dialog.show();
        update.start();
        loop.quit();
    });
    QFutureWatcher<void> watcher;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, [&done, &loop] {
        done = true;
        loop.quit();
    });
    watcher.setFuture(QtConcurrent::run([work, progress] { work(*progress); }));
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!done)
        loop.exec();
    return !progress->cancelled();
}

} // namespace cohort
