#pragma once

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace cohort {

class PageMessage;
struct ImportSession;

// Step 1: the CSV file, the cycle the applications go to and their role. A file that cannot be
// a CSV file (missing, unreadable, empty, a workbook, a PDF, an image, a database) is named on
// the page and blocks Next; Next reads the whole file into the session.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(ImportSession &session, QWidget *parent = nullptr);

    void setFilePath(const QString &path);
    QString filePath() const;
    // Selects the cycle (by id) and the role ("mentor" or "mentee").
    void setCycleId(const QString &cycleId);
    void setRole(const QString &role);
    QString cycleId() const;
    QString role() const;
    // What is wrong with the chosen file, or empty.
    QString problem() const { return m_problem; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void checkFile();
    void guessRole(const QString &path);

    ImportSession &m_session;
    QLineEdit *m_fileEdit;
    QPushButton *m_browseButton;
    PageMessage *m_fileMessage;
    QComboBox *m_cycleComboBox;
    QRadioButton *m_menteeRadio;
    QRadioButton *m_mentorRadio;
    QButtonGroup *m_roleGroup;
    PageMessage *m_cycleMessage;
    QString m_problem;
    bool m_roleChosen = false; // once the user picks a role, the file name no longer suggests one
};

} // namespace cohort
