#pragma once

#include "applications/applicationtablemodel.h"
#include "settings/appsettings.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace cohort {

class ApplicationDetailPanel;
class ApplicationFilterModel;
class EmptyState;
class ProgramDocument;

// What the loading thread hands back: the rows of one cycle, with their keys already built.
struct LoadedApplications
{
    QString cycleId;
    quint64 generation = 0;
    QString error;
    QList<ApplicationRow> rows;
    ApplicationTableModel::SortedRows sorted; // each column's order, ranks set in rows
    QHash<QString, QStringList> duplicates;   // application id → other applications, same name and library
};

// The Applications area: the selected cycle's applications in a sortable table with filters
// (the window's search field, role, status, eligibility), a column chooser, and the detail panel
// to the right. Rows load on a worker thread with its own connection, so a cycle of 50,000
// applications never freezes the window.
class ApplicationsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicationsPage(QWidget *parent = nullptr);
    ~ApplicationsPage() override;

    // The document outlives the page's use of it: the window calls setDocument(nullptr) first,
    // which waits for a running load.
    void setDocument(ProgramDocument *document);
    void setCycle(const QString &cycleId, const QString &cycleName);

    void setSearchText(const QString &text);
    QString searchText() const;
    bool isLoading() const;
    QString countText() const;

    QAction *newApplicationAction() const { return m_newApplicationAction; }
    QAction *exportAction() const { return m_exportAction; }
    // Applications › Eligibility Rules… (also the Rules… button beside the eligibility filter).
    QAction *eligibilityRulesAction() const { return m_eligibilityRulesAction; }
    // The empty state's Import Applications… button (the window connects importRequested()).
    QAction *importAction() const { return m_importAction; }

    QTableView *tableView() const { return m_tableView; }
    ApplicationTableModel *tableModel() const { return m_model; }
    ApplicationFilterModel *filterModel() const { return m_filterModel; }
    ApplicationDetailPanel *detailPanel() const { return m_detailPanel; }
    QSplitter *splitter() const { return m_splitter; }

    void selectApplication(const QString &applicationId);
    QString selectedApplicationId() const;
    void setColumnVisible(int column, bool visible);

    // Adds an application from New Application… (ids, code and cycle are set here); selects it.
    bool addApplication(Person person, Application application);
    // Writes the table as shown (visible columns in their order, filtered and sorted rows).
    bool exportTo(const QString &path);

public slots:
    void newApplicationDialog();
    void exportDialog();
    void eligibilityRulesDialog();
    void reload();

signals:
    void loaded();
    void importRequested();
    void statusMessage(const QString &message);
    // "Clear Filters" under an empty result: the window's search field should clear too.
    void clearSearchRequested();

private:
    void clearFilters();
    void startLoad();
    void finishLoad();
    void showState();
    void updateCount();
    void updateActions();
    void refreshRow(const QString &applicationId);
    void onApplicationsChanged(const QString &cycleId);
    void onCurrentRowChanged();
    void fillColumnMenu(QMenu *menu);
    void saveHeaderState();
    void restoreHeaderState();

    QPointer<ProgramDocument> m_document;
    QString m_cycleId;
    QString m_cycleName;
    AppSettings m_settings;
    quint64 m_generation = 0;
    bool m_reloadPending = false;
    bool m_loading = false; // from startLoad() until its result is shown (finished is queued)
    bool m_ownEdit = false; // a command from the detail panel is running
    QString m_ownEditId;    // … and changes only this row (empty: more)
    QString m_selectAfterLoad;
    QHash<QString, QStringList> m_duplicates;
    QString m_loadError;
    QFutureWatcher<LoadedApplications> m_loadWatcher;

    ApplicationTableModel *m_model;
    ApplicationFilterModel *m_filterModel;
    QStackedWidget *m_stack;
    EmptyState *m_noCycleState;
    QLabel *m_loadingLabel;
    EmptyState *m_emptyState;
    QSplitter *m_splitter;
    QTableView *m_tableView;
    ApplicationDetailPanel *m_detailPanel;
    QComboBox *m_roleComboBox;
    QComboBox *m_statusComboBox;
    QComboBox *m_eligibilityComboBox;
    QLabel *m_countLabel;
    QStackedWidget *m_resultStack = nullptr; // the table, or "no application matches" over it
    QLabel *m_noMatchLabel = nullptr;
    QToolButton *m_columnsButton;
    QMenu *m_columnsMenu;
    QAction *m_newApplicationAction;
    QAction *m_exportAction;
    QAction *m_eligibilityRulesAction;
    QAction *m_importAction;
    QTimer *m_reloadTimer;
    QTimer *m_headerSaveTimer;
};

} // namespace cohort
