#pragma once

#include "domain/application.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cohort {

// New Application…: an application that came by email or on paper, with the essential fields
// (the rest are filled in the detail panel afterwards). OK is enabled once the entries are valid.
class NewApplicationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewApplicationDialog(const QString &cycleName, QWidget *parent = nullptr);

    // The entries as a person and an application (ids, cycle and code are the caller's to set).
    Person person() const;
    Application application() const;
    bool isValid() const;
    QString problems() const; // every problem, one per line

    QComboBox *roleComboBox() const { return m_roleComboBox; }

private:
    void validate();

    QComboBox *m_roleComboBox;
    QComboBox *m_sourceComboBox;
    QDateEdit *m_receivedDateEdit;
    QLineEdit *m_firstNameEdit;
    QLineEdit *m_lastNameEdit;
    QLineEdit *m_emailEdit;
    QLineEdit *m_phoneEdit;
    QLineEdit *m_libraryEdit;
    QComboBox *m_libraryTypeComboBox;
    QCheckBox *m_alscMemberCheckBox;
    QPlainTextEdit *m_connectionEdit;
    QCheckBox *m_adultCheckBox;
    QFormLayout *m_form;
    QLabel *m_problemsLabel;
    QDialogButtonBox *m_buttons;
    QStringList m_problems;
};

} // namespace cohort
