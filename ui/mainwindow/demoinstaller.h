#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace cohort {

// Puts a copy of the bundled demo program where the user can change it: the resource copy is
// read-only and must never be modified, so the demo that opens is a 0600 copy in the user's
// data folder, made once and then left alone.
class DemoInstaller
{
    Q_DECLARE_TR_FUNCTIONS(cohort::DemoInstaller)

public:
    // sourcePath defaults to the demo embedded in the cohort executable; targetFolder to
    // QStandardPaths::AppDataLocation.
    explicit DemoInstaller(QString sourcePath = {}, QString targetFolder = {});

    static QString bundledDemoPath() { return QStringLiteral(":/cohort/demo/demo.cohort"); }

    QString sourcePath() const { return m_sourcePath; }
    QString targetPath() const;
    bool isInstalled() const;
    bool isAvailable() const; // the bundled original exists

    // Copies the demo unless a copy exists; returns the copy's path.
    Result<QString> install() const;

private:
    QString m_sourcePath;
    QString m_targetFolder;
};

} // namespace cohort
