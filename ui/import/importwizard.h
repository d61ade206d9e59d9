#pragma once

#include "import/importsession.h"

#include <QWizard>

namespace cohort {

class ImportCheckPage;
class ImportColumnsPage;
class ImportFilePage;
class ImportFormatPage;
class ImportRunPage;
class ProgramDocument;

// File › Import Applications…: a CSV export of an online form into one cycle, in five steps —
// the file, its format (encoding, delimiter, preview), the columns, the check, the import. The
// file is read and parsed once and shared by the pages (ImportSession); checking and importing
// run on worker threads with their own connections. A committed import is one undo step.
//
// For tests: the pages are reachable, every long step emits a signal when it ends, and
// setFilePath() fills the first page without a file dialog.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        FormatPageId,
        ColumnsPageId,
        CheckPageId,
        ImportPageId
    };

    // cycleId: the cycle selected in the main window, preselected on the first page.
    ImportWizard(ProgramDocument &document, const QString &cycleId, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setFilePath(const QString &path);

    ImportFilePage *filePage() const { return m_filePage; }
    ImportFormatPage *formatPage() const { return m_formatPage; }
    ImportColumnsPage *columnsPage() const { return m_columnsPage; }
    ImportCheckPage *checkPage() const { return m_checkPage; }
    ImportRunPage *runPage() const { return m_runPage; }
    const ImportSession &session() const { return m_session; }

    // Cancel (and Escape, and closing the window) while the import runs stops the import and
    // keeps the wizard open to say that nothing was imported.
    void reject() override;

signals:
    // The file was parsed with the current encoding and delimiter (ok: no parse error).
    void fileParsed(bool ok);
    // The check finished (ok: it ran; its report is in session()).
    void checkFinished(bool ok);
    // The import ended; committed: the applications are in the program and on the undo stack.
    void importFinished(bool committed);
    // A committed import, for the main window to show the cycle it went into.
    void imported(const QString &cycleId, int applications);

private:
    ImportSession m_session;
    ImportFilePage *m_filePage;
    ImportFormatPage *m_formatPage;
    ImportColumnsPage *m_columnsPage;
    ImportCheckPage *m_checkPage;
    ImportRunPage *m_runPage;
};

} // namespace cohort
