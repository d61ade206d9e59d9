#include "import/importwizard.h"

#include "document/programdocument.h"
#include "import/importcheckpage.h"
#include "import/importcolumnspage.h"
#include "import/importfilepage.h"
#include "import/importformatpage.h"
#include "import/importrunpage.h"

#include <QAbstractButton>

namespace cohort {

ImportWizard::ImportWizard(ProgramDocument &document, const QString &cycleId, QWidget *parent) : QWizard(parent)
{
    m_session.document = &document;
    m_filePage = new ImportFilePage(m_session, this);
    m_formatPage = new ImportFormatPage(m_session, this);
    m_columnsPage = new ImportColumnsPage(m_session, this);
    m_checkPage = new ImportCheckPage(m_session, this);
    m_runPage = new ImportRunPage(m_session, this);
    setPage(FilePageId, m_filePage);
    setPage(FormatPageId, m_formatPage);
    setPage(ColumnsPageId, m_columnsPage);
    setPage(CheckPageId, m_checkPage);
    setPage(ImportPageId, m_runPage);
    m_filePage->setCycleId(cycleId);

    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Applications"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(860, 620);
    resize(980, 700);

    connect(m_formatPage, &ImportFormatPage::parsed, this, &ImportWizard::fileParsed);
    connect(m_checkPage, &ImportCheckPage::checked, this, &ImportWizard::checkFinished);
    connect(m_runPage, &ImportRunPage::finished, this, [this](bool committed) {
        // Nothing left to cancel: the last page keeps only Finish.
        setOption(QWizard::NoCancelButtonOnLastPage, true);
        if (committed && m_session.importReport)
            emit imported(m_session.cycleId, m_session.importReport->inserted + m_session.importReport->updated);
        emit importFinished(committed);
    });
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFilePath(const QString &path)
{
    m_filePage->setFilePath(path);
}

void ImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        m_runPage->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace cohort
