#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace cohort {

// The one typed wrapper over QSettings (keys and defaults in settingskeys.h).
// With COHORT_NO_SYSTEM_SETTINGS=1 (set by the test helper) it writes an ini file in a temporary
// folder that lives as long as the process, so tests never read or change the user's settings.
class AppSettings
{
public:
    AppSettings();
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    int currentArea() const;
    void setCurrentArea(int area);

    QStringList recentFiles() const;
    void setRecentFiles(const QStringList &files);
    QString lastFile() const;
    void setLastFile(const QString &path);
    // The folder of the last CSV file imported (the Documents folder at first).
    QString importFolder() const;
    void setImportFolder(const QString &folder);

    QString lettersFolder() const;
    void setLettersFolder(const QString &folder);

    QString selectedCycle(const QString &filePath) const;
    void setSelectedCycle(const QString &filePath, const QString &cycleId);

    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

    QByteArray headerState(const QString &name) const;
    void setHeaderState(const QString &name, const QByteArray &state);

    QString reviewRole() const;
    void setReviewRole(const QString &role);
    int reviewMethod() const;
    void setReviewMethod(int method);

    void sync();
    // The ini file used instead of the system settings, or empty when the system settings are used.
    static QString isolatedFilePath();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace cohort
