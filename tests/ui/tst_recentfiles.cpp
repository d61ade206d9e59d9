#include "mainwindow/recentfiles.h"
#include "settings/appsettings.h"
#include "settings/settingskeys.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

// Open Recent: newest first, no duplicates, at most ten; and the settings live in a temporary
// file under COHORT_NO_SYSTEM_SETTINGS, never in the user's.
class TestRecentFiles : public QObject
{
    Q_OBJECT

private slots:
    void settingsAreIsolatedInTests();
    void newestFirstWithoutDuplicatesAndAtMostTen();
    void removeAndClear();
};

void TestRecentFiles::settingsAreIsolatedInTests()
{
    QCOMPARE(qEnvironmentVariableIntValue("COHORT_NO_SYSTEM_SETTINGS"), 1);
    const QString path = AppSettings::isolatedFilePath();
    QVERIFY(!path.isEmpty());
    QVERIFY(path.startsWith(QDir::tempPath()));
    {
        AppSettings settings;
        settings.setLastFile(QStringLiteral("/somewhere/x.cohort"));
        settings.sync();
    }
    QVERIFY(QFile::exists(path));
    QCOMPARE(AppSettings().lastFile(), QStringLiteral("/somewhere/x.cohort"));
}

void TestRecentFiles::newestFirstWithoutDuplicatesAndAtMostTen()
{
    QTemporaryDir dir;
    AppSettings settings;
    RecentFiles recent(settings);
    recent.clear();
    for (int i = 0; i < 12; ++i)
        recent.add(dir.filePath(QStringLiteral("p%1.cohort").arg(i)));
    recent.add(dir.filePath(QStringLiteral("p5.cohort")));
    const QStringList files = recent.files();
    QCOMPARE(files.size(), SettingsKeys::RecentFilesMax);
    QCOMPARE(files.first(), dir.filePath(QStringLiteral("p5.cohort")));
    QCOMPARE(files.at(1), dir.filePath(QStringLiteral("p11.cohort")));
    QCOMPARE(files.count(dir.filePath(QStringLiteral("p5.cohort"))), 1);
    QVERIFY(!files.contains(dir.filePath(QStringLiteral("p0.cohort"))));
}

void TestRecentFiles::removeAndClear()
{
    AppSettings settings;
    RecentFiles recent(settings);
    recent.clear();
    recent.add(QStringLiteral("/tmp/a.cohort"));
    recent.add(QStringLiteral("/tmp/b.cohort"));
    recent.remove(QStringLiteral("/tmp/a.cohort"));
    QCOMPARE(recent.files(), QStringList{QStringLiteral("/tmp/b.cohort")});
    recent.clear();
    QVERIFY(recent.files().isEmpty());
}

QTEST_GUILESS_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
