#pragma once

#include "intake/csv.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

class QComboBox;
class QProgressBar;
class QTableView;

namespace cohort {

class CsvPreviewModel;
class PageMessage;
struct ImportSession;

// Step 2: how the file is written. The encoding and the delimiter are detected, shown and can be
// overridden; every choice parses the whole file once, on a worker thread, into the session's
// table, and the preview shows its first rows. A parse error names the line and column and
// blocks Next.
class ImportFormatPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFormatPage(ImportSession &session, QWidget *parent = nullptr);
    ~ImportFormatPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Overrides (the same as choosing in the combo boxes); each starts a new parse.
    void setEncoding(TextEncoding encoding);
    void setDelimiter(QChar delimiter);
    TextEncoding encoding() const;
    QChar delimiter() const;
    // From the start of a parse until its outcome is on the page.
    bool isParsing() const { return m_parsing; }
    // The parse error shown, or empty.
    QString errorText() const { return m_error; }
    CsvPreviewModel *previewModel() const { return m_previewModel; }

    // What a parse found; the detected encoding and delimiter are set only on the first parse
    // of a file, which detects them.
    struct Outcome
    {
        int generation = 0;
        bool detected = false;
        TextEncoding encoding = TextEncoding::Utf8;
        QChar delimiter = QLatin1Char(',');
        std::shared_ptr<const CsvTable> table;
        QString error;
    };

signals:
    // A parse finished (ok: the table is in the session).
    void parsed(bool ok);

private:
    void startParse(bool detect);
    void finishParse();
    void fillEncodings(TextEncoding detected);
    void fillDelimiters(QChar detected);

    ImportSession &m_session;
    QComboBox *m_encodingComboBox;
    QComboBox *m_delimiterComboBox;
    QProgressBar *m_busyBar;
    PageMessage *m_message;
    QTableView *m_previewView;
    CsvPreviewModel *m_previewModel;
    QFutureWatcher<Outcome> m_watcher;
    int m_generation = 0;
    bool m_parsing = false;
    int m_fileSerial = -1; // the session's file this page parsed last
    QString m_error;
};

} // namespace cohort
