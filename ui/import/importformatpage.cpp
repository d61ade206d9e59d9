#include "import/importformatpage.h"

#include "import/csvpreviewmodel.h"
#include "import/importsession.h"
#include "import/pagemessage.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cohort {

namespace {
const QList<TextEncoding> &encodings()
{
    static const QList<TextEncoding> all = {TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Utf16LE,
                                            TextEncoding::Utf16BE, TextEncoding::Windows1252};
    return all;
}

QString delimiterLabel(QChar delimiter)
{
    if (delimiter == QLatin1Char(';'))
        return ImportFormatPage::tr("Semicolon ( ; )");
    if (delimiter == QLatin1Char('\t'))
        return ImportFormatPage::tr("Tab");
    return ImportFormatPage::tr("Comma ( , )");
}

// Runs on a worker thread: bytes is an implicitly shared copy, nothing else is touched.
ImportFormatPage::Outcome parse(int generation, const QByteArray &bytes, bool detect, TextEncoding encoding,
                                QChar delimiter)
{
    ImportFormatPage::Outcome outcome;
    outcome.generation = generation;
    CsvOptions options;
    if (!detect) {
        options.encoding = encoding;
        options.delimiter = delimiter;
    }
    auto table = Csv::parse(bytes, options);
    if (detect) {
        outcome.detected = true;
        if (table) {
            outcome.encoding = table->encoding;
            outcome.delimiter = table->delimiter;
        } else {
            // The parse failed, so ask the detectors themselves what the combo boxes should show.
            outcome.encoding = Csv::detectEncoding(bytes);
            if (const auto text = Csv::decode(bytes, outcome.encoding))
                outcome.delimiter = Csv::detectDelimiter(text.value());
        }
    }
    if (table)
        outcome.table = std::make_shared<const CsvTable>(std::move(table).value());
    else
        outcome.error = table.error();
    return outcome;
}
} // namespace

ImportFormatPage::ImportFormatPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_encodingComboBox(new QComboBox(this)),
      m_delimiterComboBox(new QComboBox(this)), m_busyBar(new QProgressBar(this)), m_message(new PageMessage(this)),
      m_previewView(new QTableView(this)), m_previewModel(new CsvPreviewModel(this))
{
    setTitle(tr("Check the Format"));
    setSubTitle(tr("Cohort detected how the file is written. If the preview looks wrong — odd characters such as "
                   "“Ã©”, or every answer in one column — choose another encoding or delimiter."));

    m_encodingComboBox->setObjectName(QStringLiteral("encodingComboBox"));
    m_encodingComboBox->setAccessibleName(tr("Encoding"));
    m_encodingComboBox->setToolTip(tr("How the file's characters are written. Form services write UTF-8; "
                                      "spreadsheet programs on Windows often write Windows-1252."));
    m_encodingComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_delimiterComboBox->setObjectName(QStringLiteral("delimiterComboBox"));
    m_delimiterComboBox->setAccessibleName(tr("Delimiter"));
    m_delimiterComboBox->setToolTip(tr("The character between the answers of a row. Spreadsheet programs in many "
                                       "European languages write semicolons."));
    m_delimiterComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillEncodings(TextEncoding::Utf8);
    fillDelimiters(QLatin1Char(','));
    m_encodingComboBox->setCurrentIndex(-1);
    m_delimiterComboBox->setCurrentIndex(-1);

    m_busyBar->setObjectName(QStringLiteral("parseProgressBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(160);
    m_busyBar->setAccessibleName(tr("Reading the file"));
    m_busyBar->setVisible(false);
    m_message->setObjectName(QStringLiteral("formatMessage"));

    m_previewView->setObjectName(QStringLiteral("previewTableView"));
    m_previewView->setAccessibleName(tr("Preview of the first rows"));
    m_previewView->setModel(m_previewModel);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewView->setWordWrap(false);
    m_previewView->setTextElideMode(Qt::ElideRight);
    m_previewView->horizontalHeader()->setDefaultSectionSize(150);
    m_previewView->horizontalHeader()->setMaximumSectionSize(320);
    m_previewView->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_previewView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 8);
    m_previewView->verticalHeader()->setMinimumWidth(
        m_previewView->fontMetrics().horizontalAdvance(QStringLiteral("00000")));
    m_previewView->setToolTip(
        tr("The first rows as Cohort reads them. The numbers at the left are the lines of the file."));

    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encodingComboBox);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiterComboBox);
    auto *choices = new QHBoxLayout;
    choices->addWidget(encodingLabel);
    choices->addWidget(m_encodingComboBox);
    choices->addSpacing(24);
    choices->addWidget(delimiterLabel);
    choices->addWidget(m_delimiterComboBox);
    choices->addSpacing(24);
    choices->addWidget(m_busyBar);
    choices->addStretch(1);

    auto *previewLabel =
        new QLabel(tr("&Preview (the first %n rows):", nullptr, CsvPreviewModel::DefaultRowLimit), this);
    previewLabel->setBuddy(m_previewView);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_message);
    layout->addWidget(previewLabel);
    layout->addWidget(m_previewView, 1);

    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportFormatPage::finishParse);
    connect(m_encodingComboBox, &QComboBox::activated, this, [this] { startParse(false); });
    connect(m_delimiterComboBox, &QComboBox::activated, this, [this] { startParse(false); });
}

ImportFormatPage::~ImportFormatPage()
{
    m_watcher.waitForFinished();
}

void ImportFormatPage::fillEncodings(TextEncoding detected)
{
    const QSignalBlocker blocker(m_encodingComboBox);
    m_encodingComboBox->clear();
    for (TextEncoding encoding : encodings()) {
        const QString label = encodingLabel(encoding);
        m_encodingComboBox->addItem(encoding == detected ? tr("%1 (detected)").arg(label) : label, int(encoding));
    }
    m_encodingComboBox->setCurrentIndex(m_encodingComboBox->findData(int(detected)));
}

void ImportFormatPage::fillDelimiters(QChar detected)
{
    const QSignalBlocker blocker(m_delimiterComboBox);
    m_delimiterComboBox->clear();
    for (QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        const QString label = delimiterLabel(delimiter);
        m_delimiterComboBox->addItem(delimiter == detected ? tr("%1 (detected)").arg(label) : label,
                                     QString(delimiter));
    }
    m_delimiterComboBox->setCurrentIndex(m_delimiterComboBox->findData(QString(detected)));
}

void ImportFormatPage::initializePage()
{
    if (m_fileSerial == m_session.fileSerial && (m_session.table || isParsing() || !m_error.isEmpty()))
        return; // same file, same choices: keep the parse (and its error)
    m_fileSerial = m_session.fileSerial;
    startParse(true);
}

bool ImportFormatPage::isComplete() const
{
    return !isParsing() && m_session.table != nullptr;
}

bool ImportFormatPage::validatePage()
{
    return isComplete();
}

void ImportFormatPage::setEncoding(TextEncoding encoding)
{
    m_encodingComboBox->setCurrentIndex(m_encodingComboBox->findData(int(encoding)));
    startParse(false);
}

void ImportFormatPage::setDelimiter(QChar delimiter)
{
    m_delimiterComboBox->setCurrentIndex(m_delimiterComboBox->findData(QString(delimiter)));
    startParse(false);
}

TextEncoding ImportFormatPage::encoding() const
{
    return static_cast<TextEncoding>(m_encodingComboBox->currentData().toInt());
}

QChar ImportFormatPage::delimiter() const
{
    const QString data = m_delimiterComboBox->currentData().toString();
    return data.isEmpty() ? QLatin1Char(',') : data.at(0);
}

void ImportFormatPage::startParse(bool detect)
{
    // A parse still running for an earlier choice finishes on its own; its outcome is dropped
    // (it holds only its own copy of the bytes).
    const int generation = ++m_generation;
    m_parsing = true;
    m_session.table.reset();
    m_previewModel->setTable(nullptr);
    m_error.clear();
    m_message->setMessage(PageMessage::Kind::Information,
                          tr("Reading “%1”…").arg(QFileInfo(m_session.filePath).fileName()));
    m_busyBar->setVisible(true);
    m_encodingComboBox->setEnabled(!detect);
    m_delimiterComboBox->setEnabled(!detect);
    m_watcher.setFuture(QtConcurrent::run(parse, generation, m_session.bytes, detect, encoding(), delimiter()));
    emit completeChanged();
}

void ImportFormatPage::finishParse()
{
    const Outcome outcome = m_watcher.result();
    if (outcome.generation != m_generation)
        return;
    m_parsing = false;
    m_busyBar->setVisible(false);
    m_encodingComboBox->setEnabled(true);
    m_delimiterComboBox->setEnabled(true);
    if (outcome.detected) {
        fillEncodings(outcome.encoding);
        fillDelimiters(outcome.delimiter);
    }
    m_session.table = outcome.table;
    m_previewModel->setTable(outcome.table);
    if (outcome.table) {
        m_error.clear();
        const CsvTable &table = *outcome.table;
        const QString rows = tr("%n rows", nullptr, int(table.rows.size()));
        const QString columns = tr("%n columns", nullptr, int(table.header.size()));
        m_message->setMessage(PageMessage::Kind::Information,
                              tr("The file has %1 and %2. If the preview looks right, go on to match the columns "
                                 "with Cohort's fields.")
                                  .arg(rows, columns));
    } else {
        m_error = outcome.error;
        m_message->setMessage(PageMessage::Kind::Error,
                              outcome.error + QStringLiteral("\n") +
                                  tr("Nothing can be imported from the file as it is. Try another encoding or "
                                     "delimiter, or correct the file and download or save it again."));
    }
    emit completeChanged();
    emit parsed(outcome.table != nullptr);
}

} // namespace cohort
