#pragma once

#include <QString>
#include <QStringList>

namespace cohort {

class AppSettings;

// The Open Recent list: newest first, at most SettingsKeys::RecentFilesMax, no duplicates.
class RecentFiles
{
public:
    explicit RecentFiles(AppSettings &settings) : m_settings(settings) {}

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

private:
    AppSettings &m_settings;
};

} // namespace cohort
