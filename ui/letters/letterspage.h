#pragma once

#include "settings/appsettings.h"
#include "store/letterstore.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QPrinter;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace cohort {

class EmptyState;
class LetterPreview;
class LetterTemplateEditor;
class ProgramDocument;
struct LetterIssueOptions;
struct LetterLists;

// The Letters area: the letter kinds | the selected kind's template in a language, in a rich-text
// editor | a live preview of the letter as printed for one recipient at a time. Below, the
// letters to send — people whose decision or match calls for a letter they do not have as it
// would read now — and the record of the letters issued in the cycle.
//
// Template edits save on their own a moment after typing stops (and before anything issues or
// prints), as one undo step per editing session. The page owns the Letters menu's actions.
class LettersPage : public QWidget
{
    Q_OBJECT

public:
    explicit LettersPage(QWidget *parent = nullptr);
    ~LettersPage() override;

    void setDocument(ProgramDocument *document);
    void setCycle(const QString &cycleId, const QString &cycleName);

    QString kind() const { return m_kind; }
    QString language() const { return m_language; }
    void setKind(const QString &kind);
    void setLanguage(const QString &language);

    // Saves the template being edited now, if it has unsaved edits; false when saving failed.
    bool saveTemplate();
    // Issues letters with the options, on a worker with progress and Cancel; false when nothing
    // was issued (cancelled, refused, or an error — said in a message).
    bool issue(const QString &kind, const LetterIssueOptions &options);
    // Paints the letters of the current kind for everyone in the preview's list, each in their
    // language; false (and a message) when some letter cannot be rendered.
    bool printLetters(QPrinter *printer);

    LetterTemplateEditor *editor() const { return m_editor; }
    LetterPreview *preview() const { return m_preview; }
    QListWidget *kindList() const { return m_kindList; }
    QComboBox *languageCombo() const { return m_languageCombo; }
    QTableView *toSendView() const { return m_toSendView; }
    QTableView *issuedView() const { return m_issuedView; }
    QStandardItemModel *toSendModel() const { return m_toSendModel; }
    QStandardItemModel *issuedModel() const { return m_issuedModel; }
    QLabel *templateStateLabel() const { return m_templateState; }
    int toSendCount() const { return m_toSendCount; }
    // Whether the letters to send and the record are being read (on a worker thread).
    bool isLoadingLists() const;

    // The toolbar's search: shows the people to send to and the letters issued whose name, code
    // or letter contains the text.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    QAction *issueAction() const { return m_issueAction; }
    QAction *issueSelectedAction() const { return m_issueSelectedAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *printPreviewAction() const { return m_printPreviewAction; }
    QAction *letterheadAction() const { return m_letterheadAction; }
    QAction *restoreDefaultAction() const { return m_restoreDefaultAction; }
    QAction *nextRecipientAction() const { return m_nextAction; }
    QAction *previousRecipientAction() const { return m_previousAction; }
    QAction *showIssuedAction() const { return m_showIssuedAction; }
    QMenu *placeholderMenu() const;

public slots:
    void refresh();
    void issueLetters();
    void issueForSelected();
    void print();
    void printPreview();
    void editLetterhead();
    void restoreDefault();
    void showIssuedLetter();

signals:
    // People whose letter is still to send: the sidebar's badge.
    void toSendChanged(int count);
    void statusMessage(const QString &message);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void loadTemplate();
    void reloadRecipients();
    void reloadLists();
    void finishLists();
    void showLists(const std::shared_ptr<const LetterLists> &lists);
    void updatePreview();
    void updateTemplateState();
    void updateActions();
    void openIssueDialog(const QString &kind, const QStringList &onlyThese);
    void saveSplitters();

    QPointer<ProgramDocument> m_document;
    QString m_cycleId;
    QString m_cycleName;
    QString m_kind;
    QString m_language;
    LetterTemplateRow m_template;
    int m_session = 0;
    bool m_dirty = false;
    bool m_saving = false;
    int m_toSendCount = 0;
    QFutureWatcher<std::shared_ptr<const LetterLists>> m_listsWatcher;
    bool m_listsPending = false;
    bool m_listsLoading = false;
    AppSettings m_settings;

    QStackedWidget *m_stack;
    EmptyState *m_emptyState;
    QSplitter *m_vertical;
    QSplitter *m_horizontal;
    QListWidget *m_kindList;
    QComboBox *m_languageCombo;
    QLabel *m_templateState;
    QPushButton *m_restoreButton;
    LetterTemplateEditor *m_editor;
    LetterPreview *m_preview;
    QLabel *m_kindDescription;
    QTabWidget *m_tabs;
    QString m_searchText;
    QStandardItemModel *m_toSendModel;
    QSortFilterProxyModel *m_toSendProxy;
    QSortFilterProxyModel *m_issuedProxy;
    QTableView *m_toSendView;
    QStandardItemModel *m_issuedModel;
    QTableView *m_issuedView;
    QTimer *m_saveTimer;
    QTimer *m_previewTimer;
    QTimer *m_refreshTimer;

    QAction *m_issueAction;
    QAction *m_issueSelectedAction;
    QAction *m_printAction;
    QAction *m_printPreviewAction;
    QAction *m_letterheadAction;
    QAction *m_restoreDefaultAction;
    QAction *m_nextAction;
    QAction *m_previousAction;
    QAction *m_showIssuedAction;
};

} // namespace cohort
