#pragma once

#include "letters/letterdata.h"
#include "letters/letterissue.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace cohort {

// Letters › Issue Letters…: whom (the kind's people by role and decision, narrowed by hand in a
// checked list), in which language, and where — one PDF per person named by a pattern, or one
// combined PDF — and whether to issue again letters already sent as they stand. Nothing is
// written here: options() is what LetterIssue::issue runs with.
class IssueLettersDialog : public QDialog
{
    Q_OBJECT

public:
    // Reads the people a kind goes to with a role and decision filter (empty: the kind's own).
    using RecipientSource =
        std::function<Result<QList<LetterRecipient>>(const QString &kind, const QString &role, const QString &status)>;

    IssueLettersDialog(const QString &cycleName, const QString &kind, RecipientSource source,
                       QWidget *parent = nullptr);

    QString kind() const;
    LetterIssueOptions options() const;
    // Checks only these people (by application id); the others stay listed, unchecked.
    void checkOnly(const QStringList &applicationIds);
    void setOutDir(const QString &dir);
    int checkedCount() const;

    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *roleCombo() const { return m_role; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *languageCombo() const { return m_language; }
    QListWidget *peopleList() const { return m_people; }
    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *patternEdit() const { return m_pattern; }
    QRadioButton *combinedRadio() const { return m_combined; }
    QCheckBox *forceCheck() const { return m_force; }
    QPushButton *issueButton() const { return m_issueButton; }

private:
    void reloadPeople();
    void updateState();

    RecipientSource m_source;
    QComboBox *m_kind;
    QComboBox *m_role;
    QComboBox *m_status;
    QComboBox *m_language;
    QListWidget *m_people;
    QLabel *m_summary;
    QLineEdit *m_folder;
    QRadioButton *m_separate;
    QRadioButton *m_combined;
    QLineEdit *m_pattern;
    QCheckBox *m_force;
    QPushButton *m_issueButton;
};

} // namespace cohort
