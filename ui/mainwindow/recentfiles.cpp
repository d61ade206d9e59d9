#include "mainwindow/recentfiles.h"

#include "settings/appsettings.h"
#include "settings/settingskeys.h"

#include <QFileInfo>

namespace cohort {

namespace {
QString normalized(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}
} // namespace

QStringList RecentFiles::files() const
{
    return m_settings.recentFiles();
}

void RecentFiles::add(const QString &path)
{
    const QString file = normalized(path);
    QStringList list = m_settings.recentFiles();
    list.removeAll(file);
    list.prepend(file);
    m_settings.setRecentFiles(list.mid(0, SettingsKeys::RecentFilesMax));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = m_settings.recentFiles();
    list.removeAll(path);
    list.removeAll(normalized(path));
    m_settings.setRecentFiles(list);
}

void RecentFiles::clear()
{
    m_settings.setRecentFiles({});
}

} // namespace cohort
