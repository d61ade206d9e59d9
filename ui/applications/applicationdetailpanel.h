#pragma once

#include "applications/applicationfields.h"
#include "domain/application.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QMenu;
class QScrollArea;
class QStackedWidget;
class QToolButton;

namespace cohort {

class ProgramDocument;

// The detail panel of the Applications area: the selected application as a form, grouped as
// the application forms ask (Contact, Membership, Experience, Preferences, Statements), with its
// status, eligibility verdict, likely duplicates and the person's history. Each field is saved
// when it is left (Enter, Tab, a click elsewhere) as one EditApplicationCommand; invalid values
// are refused with a message under the field and never stored.
class ApplicationDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicationDetailPanel(QWidget *parent = nullptr);

    void setDocument(ProgramDocument *document);
    // Shows the application (empty: nothing selected); `likelyDuplicates` are the ids of other
    // applications of the cycle that look like the same person.
    void setApplication(const QString &applicationId, const QStringList &likelyDuplicates = {});
    QString applicationId() const { return m_applicationId; }
    const Application &application() const { return m_application; }
    const Person &person() const { return m_person; }
    // Reads the application again from the program file.
    void reload();

    // What the form does when a field is left with `value`; false when refused or not saved.
    bool commitField(const QString &key, const QVariant &value);
    // Moves the application along the workflow; a status that needs a reason refuses an empty one.
    bool changeStatus(const QString &status, const QString &reason = {});
    // Asks for a reason where the workflow needs one, then changes the status.
    void requestStatusChange(const QString &status);
    // Merges this application's person into the person of another application.
    bool mergeInto(const QString &otherApplicationId);

    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    QString message(const QString &key) const;
    QString eligibilityText() const;

signals:
    // Around every command the panel pushes, so the table can refresh just this row.
    void aboutToEdit(const QString &applicationId);
    void editFinished(const QString &applicationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm();
    void showApplication();
    void showValue(const ApplicationField &field);
    QVariant editorValue(const ApplicationField &field) const;
    void setMessage(const QString &key, const QString &message);
    void updateEditable();
    void fillStatusMenu();
    void fillMergeMenu();
    bool readOnly() const;

    QPointer<ProgramDocument> m_document;
    QString m_applicationId;
    QStringList m_duplicates;
    Application m_application;
    Person m_person;
    QList<ApplicationField> m_fields;
    QString m_committing; // the field being saved, so a reload does not fight the user's typing

    QStackedWidget *m_stack;
    QLabel *m_placeholderLabel;
    QScrollArea *m_scrollArea;
    QLabel *m_nameLabel;
    QLabel *m_subtitleLabel;
    QLabel *m_errorLabel;
    QWidget *m_duplicateBox;
    QLabel *m_duplicateLabel;
    QToolButton *m_mergeButton;
    QMenu *m_mergeMenu;
    QLabel *m_statusLabel;
    QLabel *m_statusReasonLabel;
    QLabel *m_eligibilityLabel;
    QToolButton *m_statusButton;
    QMenu *m_statusMenu;
    QLabel *m_historyLabel;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_messages;
    QHash<QString, QFormLayout *> m_formOf;
};

} // namespace cohort
