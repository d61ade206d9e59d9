#include "document/programdocument.h"
#include "mainwindow/demoinstaller.h"
#include "programfixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

// The bundled demo is copied once to the user's data folder, as a writable 0600 file, and the
// original (read-only, like a resource) is never changed.
class TestDemoInstaller : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void copiesOnceAsWritableOwnerOnlyFile();
    void neverOverwritesAnExistingCopy();
    void missingOriginalIsReported();
    void defaultsToBundledDemoAndAppData();

private:
    QByteArray hashOf(const QString &path) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_original;
};

void TestDemoInstaller::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_original = m_dir->filePath(QStringLiteral("bundled.cohort"));
    QVERIFY(ProgramFixture::create(m_original, QStringLiteral("Demo")));
    // Like a file from a Qt resource: read-only.
    QVERIFY(QFile::setPermissions(m_original, QFile::ReadOwner | QFile::ReadUser));
}

QByteArray TestDemoInstaller::hashOf(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void TestDemoInstaller::copiesOnceAsWritableOwnerOnlyFile()
{
    const QByteArray originalHash = hashOf(m_original);
    const DemoInstaller installer(m_original, m_dir->filePath(QStringLiteral("data/Cohort")));
    QVERIFY(installer.isAvailable());
    QVERIFY(!installer.isInstalled());
    auto installed = installer.install();
    QVERIFY2(installed, qPrintable(installed.error()));
    QCOMPARE(installed.value(), installer.targetPath());
    QVERIFY(installer.isInstalled());
    // Owner read and write, nothing for group and others (0600).
    const QFile::Permissions posixBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                         QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther |
                                         QFile::ExeOther;
    QCOMPARE(QFile::permissions(installed.value()) & posixBits, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(!QFileInfo::exists(installed.value() + QStringLiteral(".part")));

    // The copy opens writable and takes changes; the original stays byte for byte the same.
    auto document = ProgramDocument::open(installed.value());
    QVERIFY2(document, qPrintable(document.error()));
    QVERIFY(!document.value()->isReadOnly());
    QVERIFY(document.value()->applyProgramName(QStringLiteral("My demo")));
    document.value().reset();
    QCOMPARE(hashOf(m_original), originalHash);
}

void TestDemoInstaller::neverOverwritesAnExistingCopy()
{
    const DemoInstaller installer(m_original, m_dir->filePath(QStringLiteral("data")));
    QVERIFY(installer.install());
    {
        auto document = ProgramDocument::open(installer.targetPath());
        QVERIFY(document);
        QVERIFY(document.value()->applyProgramName(QStringLiteral("Changed by the user")));
    }
    const QByteArray changed = hashOf(installer.targetPath());
    auto again = installer.install();
    QVERIFY(again);
    QCOMPARE(hashOf(installer.targetPath()), changed);
    auto document = ProgramDocument::open(installer.targetPath());
    QVERIFY(document);
    QCOMPARE(document.value()->program().name, QStringLiteral("Changed by the user"));
}

void TestDemoInstaller::missingOriginalIsReported()
{
    const DemoInstaller installer(m_dir->filePath(QStringLiteral("absent.cohort")),
                                  m_dir->filePath(QStringLiteral("d")));
    QVERIFY(!installer.isAvailable());
    auto installed = installer.install();
    QVERIFY(!installed);
    QVERIFY(!installed.error().isEmpty());
    QVERIFY(!installer.isInstalled());
}

void TestDemoInstaller::defaultsToBundledDemoAndAppData()
{
    QStandardPaths::setTestModeEnabled(true);
    const DemoInstaller installer;
    QCOMPARE(installer.sourcePath(), QStringLiteral(":/cohort/demo/demo.cohort"));
    QVERIFY(installer.targetPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(installer.targetPath().endsWith(QStringLiteral("/demo.cohort")));
}

QTEST_GUILESS_MAIN(TestDemoInstaller)
#include "tst_demoinstaller.moc"
