#include "import/importfilepage.h"

#include "import/importsession.h"
#include "import/pagemessage.h"
#include "intake/csv.h"
#include "settings/appsettings.h"
#include "store/cyclestore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cohort {

namespace {
// Larger than any form export; a file this big is a mistake (a video, a disk image).
constexpr qint64 MaxFileSize = qint64(512) * 1024 * 1024;
constexpr qint64 SniffSize = 8192;

// Why these first bytes are not a CSV file, or empty when they may be one.
QString notCsvReason(const QByteArray &head)
{
    const auto startsWith = [&head](const char *magic) {
        return head.startsWith(QByteArray(magic));
    };
    if (startsWith("PK\x03\x04"))
        return ImportFilePage::tr("This is a workbook or another compressed file (.xlsx, .ods, .zip), not a CSV file. "
                                  "Open it in your spreadsheet program and save it as “CSV (comma separated "
                                  "values)”, or download the responses from the form service as CSV.");
    if (startsWith("\xD0\xCF\x11\xE0"))
        return ImportFilePage::tr("This is an older Excel workbook (.xls), not a CSV file. Open it in your "
                                  "spreadsheet program and save it as “CSV (comma separated values)”.");
    if (startsWith("%PDF"))
        return ImportFilePage::tr("This is a PDF document, not a CSV file. Download the responses from the form "
                                  "service as CSV.");
    if (startsWith("SQLite format 3"))
        return ImportFilePage::tr("This is a database (perhaps a Cohort program file), not a CSV file. "
                                  "Open program files with File › Open.");
    if (startsWith("\x89PNG") || startsWith("\xFF\xD8\xFF") || startsWith("GIF8"))
        return ImportFilePage::tr("This is an image, not a CSV file.");
    // Text never holds NUL bytes, except as the high bytes of UTF-16.
    if (head.contains('\0')) {
        const TextEncoding encoding = Csv::detectEncoding(head);
        if (encoding != TextEncoding::Utf16LE && encoding != TextEncoding::Utf16BE)
            return ImportFilePage::tr("This file holds binary data, not text: it is not a CSV file.");
    }
    return {};
}
} // namespace

ImportFilePage::ImportFilePage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_fileEdit(new QLineEdit(this)),
      m_browseButton(new QPushButton(tr("&Browse…"), this)), m_fileMessage(new PageMessage(this)),
      m_cycleComboBox(new QComboBox(this)), m_menteeRadio(new QRadioButton(tr("M&entee applications"), this)),
      m_mentorRadio(new QRadioButton(tr("Me&ntor applications"), this)), m_roleGroup(new QButtonGroup(this)),
      m_cycleMessage(new PageMessage(this))
{
    setTitle(tr("Choose the File"));
    setSubTitle(tr("Download the responses from your form service (Google Forms, Microsoft Forms, SurveyMonkey, "
                   "JotForm …) as a CSV file, then choose it here. Nothing is imported until the last step."));

    m_fileEdit->setObjectName(QStringLiteral("fileLineEdit"));
    m_fileEdit->setPlaceholderText(tr("The CSV file with the applications"));
    m_fileEdit->setAccessibleName(tr("CSV file"));
    m_fileEdit->setClearButtonEnabled(true);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_browseButton->setToolTip(tr("Choose the CSV file"));
    m_fileMessage->setObjectName(QStringLiteral("fileMessage"));

    m_cycleComboBox->setObjectName(QStringLiteral("cycleComboBox"));
    m_cycleComboBox->setAccessibleName(tr("Cycle"));
    m_cycleComboBox->setToolTip(tr("The cycle these applications are for"));
    m_cycleComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_cycleComboBox->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    if (session.document) {
        auto cycles = session.document->cycleStore().list();
        if (!cycles) {
            m_cycleMessage->setMessage(PageMessage::Kind::Error, cycles.error());
        } else {
            for (const Cycle &cycle : cycles.value())
                m_cycleComboBox->addItem(cycle.name, cycle.id);
        }
    }
    m_cycleComboBox->setCurrentIndex(m_cycleComboBox->count() - 1); // the newest, until told otherwise
    if (m_cycleComboBox->count() == 0 && m_cycleMessage->text().isEmpty())
        m_cycleMessage->setMessage(PageMessage::Kind::Error,
                                   tr("This program has no cycle yet. Create one with Cycle › New Cycle first."));

    m_menteeRadio->setObjectName(QStringLiteral("menteeRadioButton"));
    m_mentorRadio->setObjectName(QStringLiteral("mentorRadioButton"));
    m_menteeRadio->setToolTip(tr("People who apply to be mentored"));
    m_mentorRadio->setToolTip(tr("People who apply to mentor"));
    m_roleGroup->addButton(m_menteeRadio);
    m_roleGroup->addButton(m_mentorRadio);
    m_menteeRadio->setChecked(true);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto *roleRow = new QHBoxLayout;
    roleRow->addWidget(m_menteeRadio);
    roleRow->addWidget(m_mentorRadio);
    roleRow->addStretch(1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_fileEdit);
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_fileMessage);
    auto *cycleLabel = new QLabel(tr("Import into &cycle:"), this);
    cycleLabel->setBuddy(m_cycleComboBox);
    form->addRow(cycleLabel, m_cycleComboBox);
    form->addRow(QString(), m_cycleMessage);
    form->addRow(tr("The file holds:"), roleRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_fileEdit, &QLineEdit::textChanged, this, [this](const QString &path) {
        guessRole(path);
        checkFile();
    });
    connect(m_cycleComboBox, &QComboBox::currentIndexChanged, this, &ImportFilePage::completeChanged);
    connect(m_roleGroup, &QButtonGroup::buttonClicked, this, [this] { m_roleChosen = true; });
}

void ImportFilePage::setFilePath(const QString &path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
}

QString ImportFilePage::filePath() const
{
    return QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
}

void ImportFilePage::setCycleId(const QString &cycleId)
{
    const int index = m_cycleComboBox->findData(cycleId);
    if (index >= 0)
        m_cycleComboBox->setCurrentIndex(index);
}

void ImportFilePage::setRole(const QString &role)
{
    (role == QLatin1String("mentor") ? m_mentorRadio : m_menteeRadio)->setChecked(true);
    m_roleChosen = true;
}

QString ImportFilePage::cycleId() const
{
    return m_cycleComboBox->currentData().toString();
}

QString ImportFilePage::role() const
{
    return m_mentorRadio->isChecked() ? QStringLiteral("mentor") : QStringLiteral("mentee");
}

bool ImportFilePage::isComplete() const
{
    return !filePath().isEmpty() && m_problem.isEmpty() && !cycleId().isEmpty();
}

void ImportFilePage::browse()
{
    AppSettings settings;
    const QString current = filePath();
    const QString folder = !current.isEmpty() && QFileInfo(current).absoluteDir().exists()
                               ? QFileInfo(current).absolutePath()
                               : settings.importFolder();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the CSV File"), folder,
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setImportFolder(QFileInfo(path).absolutePath());
    setFilePath(path);
}

void ImportFilePage::guessRole(const QString &path)
{
    // Committees often name the exports after the form ("Mentor application (Responses).csv").
    if (m_roleChosen)
        return;
    const QString name = QFileInfo(path).fileName();
    const bool mentor = name.contains(QLatin1String("mentor"), Qt::CaseInsensitive);
    const bool mentee = name.contains(QLatin1String("mentee"), Qt::CaseInsensitive);
    if (mentor != mentee)
        (mentor ? m_mentorRadio : m_menteeRadio)->setChecked(true);
}

void ImportFilePage::checkFile()
{
    const QString path = filePath();
    const QString name = QFileInfo(path).fileName();
    m_problem.clear();
    QString note;
    const QFileInfo info(path);
    if (path.isEmpty()) {
        // Nothing chosen yet: nothing to complain about.
    } else if (!info.exists()) {
        m_problem = tr("There is no file “%1”. Check the name and folder, or choose the file with Browse.")
                        .arg(QDir::toNativeSeparators(path));
    } else if (info.isDir()) {
        m_problem = tr("“%1” is a folder. Choose the CSV file inside it.").arg(QDir::toNativeSeparators(path));
    } else if (info.size() == 0) {
        m_problem = tr("“%1” is empty: it has no header and no applications.").arg(name);
    } else if (info.size() > MaxFileSize) {
        m_problem = tr("“%1” is %2, far larger than any form export. Is it the right file?")
                        .arg(name, locale().formattedDataSize(info.size()));
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_problem = tr("Cohort cannot read “%1”: %2").arg(name, file.errorString());
        } else {
            m_problem = notCsvReason(file.read(SniffSize));
            const QString suffix = info.suffix().toLower();
            if (m_problem.isEmpty() && suffix != QLatin1String("csv") && suffix != QLatin1String("txt") &&
                suffix != QLatin1String("tsv"))
                note = tr("The file name does not end in .csv; Cohort will read it as CSV text and show a preview.");
        }
    }
    if (!m_problem.isEmpty())
        m_fileMessage->setMessage(PageMessage::Kind::Error, m_problem);
    else if (!note.isEmpty())
        m_fileMessage->setMessage(PageMessage::Kind::Information, note);
    else
        m_fileMessage->clear();
    emit completeChanged();
}

bool ImportFilePage::validatePage()
{
    checkFile();
    if (!isComplete())
        return false;
    const QString path = filePath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem = tr("Cohort cannot read “%1”: %2").arg(QFileInfo(path).fileName(), file.errorString());
        m_fileMessage->setMessage(PageMessage::Kind::Error, m_problem);
        emit completeChanged();
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        m_problem = tr("Cohort could not read all of “%1”: %2").arg(QFileInfo(path).fileName(), file.errorString());
        m_fileMessage->setMessage(PageMessage::Kind::Error, m_problem);
        emit completeChanged();
        return false;
    }
    // A different file (or the same file changed on disk) starts the later pages over.
    if (path != m_session.filePath || bytes != m_session.bytes) {
        m_session.filePath = path;
        m_session.bytes = bytes;
        m_session.table.reset();
        ++m_session.fileSerial;
    }
    m_session.cycleId = cycleId();
    m_session.cycleName = m_cycleComboBox->currentText();
    m_session.role = role();
    AppSettings().setImportFolder(QFileInfo(path).absolutePath());
    return true;
}

} // namespace cohort
