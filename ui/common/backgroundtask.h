#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <mutex>

class QWidget;

namespace cohort {

// How far a background task got, written by the worker and read by the GUI thread.
class TaskProgress
{
public:
    void set(int done, int total)
    {
        m_done = done;
        m_total = total;
    }
    void setText(const QString &text)
    {
        const std::lock_guard lock(m_mutex);
        m_text = text;
    }
    bool cancelled() const { return m_cancel.load(); }

private:
    friend class BackgroundTask;
    std::atomic<int> m_done{0};
    std::atomic<int> m_total{0};
    std::atomic<bool> m_cancel{false};
    mutable std::mutex m_mutex;
    QString m_text;
};

// Runs work that may take seconds (a packet merge on a large program) on a worker thread, with
// its own database connection opened by the work itself (Qt Sql connections belong to one
// thread), and returns when it is done. Meanwhile the window keeps painting behind a
// window-modal progress dialog — shown only when the work takes longer than a moment — whose
// Cancel asks the work to stop (TaskProgress::cancelled()). The work must leave nothing
// half-written when it stops early.
class BackgroundTask
{
public:
    // Returns false when the user cancelled (the work has stopped by then).
    static bool run(QWidget *parent, const QString &title, const QString &label,
                    const std::function<void(TaskProgress &)> &work);
};

} // namespace cohort
