#include "settings/appsettings.h"

#include "settings/settingskeys.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace cohort {

namespace {
QString fileKey(const QString &filePath)
{
    const QString canonical = QFileInfo(filePath).canonicalFilePath();
    const QString path = canonical.isEmpty() ? QFileInfo(filePath).absoluteFilePath() : canonical;
    return QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString groupKey(QLatin1String group, const QString &key)
{
    return group + QLatin1Char('/') + key;
}
} // namespace

QString AppSettings::isolatedFilePath()
{
    if (qEnvironmentVariableIntValue("COHORT_NO_SYSTEM_SETTINGS") != 1)
        return {};
    static QTemporaryDir dir; // removed when the process ends
    return dir.filePath(QStringLiteral("cohort.ini"));
}

AppSettings::AppSettings()
{
    const QString isolated = isolatedFilePath();
    m_settings = isolated.isEmpty() ? std::make_unique<QSettings>()
                                    : std::make_unique<QSettings>(isolated, QSettings::IniFormat);
}

AppSettings::~AppSettings() = default;

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(SettingsKeys::WindowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(SettingsKeys::WindowGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(SettingsKeys::WindowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(SettingsKeys::WindowState, state);
}

int AppSettings::currentArea() const
{
    return m_settings->value(SettingsKeys::CurrentArea, SettingsKeys::CurrentAreaDefault).toInt();
}

void AppSettings::setCurrentArea(int area)
{
    m_settings->setValue(SettingsKeys::CurrentArea, area);
}

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(SettingsKeys::RecentFiles).toStringList();
}

void AppSettings::setRecentFiles(const QStringList &files)
{
    m_settings->setValue(SettingsKeys::RecentFiles, files.mid(0, SettingsKeys::RecentFilesMax));
}

QString AppSettings::lastFile() const
{
    return m_settings->value(SettingsKeys::LastFile).toString();
}

void AppSettings::setLastFile(const QString &path)
{
    m_settings->setValue(SettingsKeys::LastFile, path);
}

QString AppSettings::lettersFolder() const
{
    return m_settings
        ->value(SettingsKeys::LettersFolder,
                QString(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                        QStringLiteral("/Cohort Letters")))
        .toString();
}

void AppSettings::setLettersFolder(const QString &folder)
{
    m_settings->setValue(SettingsKeys::LettersFolder, folder);
}

QString AppSettings::importFolder() const
{
    return m_settings
        ->value(SettingsKeys::ImportFolder, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void AppSettings::setImportFolder(const QString &folder)
{
    m_settings->setValue(SettingsKeys::ImportFolder, folder);
}

QString AppSettings::selectedCycle(const QString &filePath) const
{
    return m_settings->value(groupKey(SettingsKeys::SelectedCycleGroup, fileKey(filePath))).toString();
}

void AppSettings::setSelectedCycle(const QString &filePath, const QString &cycleId)
{
    m_settings->setValue(groupKey(SettingsKeys::SelectedCycleGroup, fileKey(filePath)), cycleId);
}

QByteArray AppSettings::splitterState(const QString &name) const
{
    return m_settings->value(groupKey(SettingsKeys::SplitterGroup, name)).toByteArray();
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(groupKey(SettingsKeys::SplitterGroup, name), state);
}

QByteArray AppSettings::headerState(const QString &name) const
{
    return m_settings->value(groupKey(SettingsKeys::HeaderGroup, name)).toByteArray();
}

void AppSettings::setHeaderState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(groupKey(SettingsKeys::HeaderGroup, name), state);
}

QString AppSettings::reviewRole() const
{
    return m_settings->value(SettingsKeys::ReviewRole, QString(SettingsKeys::ReviewRoleDefault)).toString();
}

void AppSettings::setReviewRole(const QString &role)
{
    m_settings->setValue(SettingsKeys::ReviewRole, role);
}

int AppSettings::reviewMethod() const
{
    return m_settings->value(SettingsKeys::ReviewMethod, SettingsKeys::ReviewMethodDefault).toInt();
}

void AppSettings::setReviewMethod(int method)
{
    m_settings->setValue(SettingsKeys::ReviewMethod, method);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace cohort
