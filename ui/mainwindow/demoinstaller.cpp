#include "mainwindow/demoinstaller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace cohort {

DemoInstaller::DemoInstaller(QString sourcePath, QString targetFolder)
    : m_sourcePath(sourcePath.isEmpty() ? bundledDemoPath() : std::move(sourcePath)),
      m_targetFolder(targetFolder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                            : std::move(targetFolder))
{}

QString DemoInstaller::targetPath() const
{
    return QDir(m_targetFolder).filePath(QStringLiteral("demo.cohort"));
}

bool DemoInstaller::isInstalled() const
{
    return QFileInfo(targetPath()).isFile();
}

bool DemoInstaller::isAvailable() const
{
    return QFileInfo::exists(m_sourcePath);
}

Result<QString> DemoInstaller::install() const
{
    const QString target = targetPath();
    if (isInstalled())
        return target;
    if (!isAvailable())
        return Error{tr("The demo program is not part of this build of Cohort.")};
    if (!QDir().mkpath(m_targetFolder))
        return Error{
            tr("Cannot create the folder “%1” for the demo program.").arg(QDir::toNativeSeparators(m_targetFolder))};
    // Copy next to the target, then rename: an interrupted copy never looks like an installed demo.
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    if (!QFile::copy(m_sourcePath, partial)) {
        QFile::remove(partial);
        return Error{tr("Cannot copy the demo program to “%1”.").arg(QDir::toNativeSeparators(target))};
    }
    // A copy of a resource is read-only; the demo holds (made-up) personal data: owner only.
    if (!QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error{tr("Cannot write the demo program to “%1”.").arg(QDir::toNativeSeparators(target))};
    }
    return target;
}

} // namespace cohort
