#include "letters/letterspage.h"

#include "common/backgroundtask.h"
#include "common/emptystate.h"
#include "common/icons.h"
#include "common/messages.h"
#include "common/statustext.h"
#include "db/database.h"
#include "document/lettercommands.h"
#include "document/programdocument.h"
#include "letters/issuelettersdialog.h"
#include "letters/letterdata.h"
#include "letters/letterheaddialog.h"
#include "letters/letterissue.h"
#include "letters/letterkindtext.h"
#include "letters/letterpreview.h"
#include "letters/letterrenderer.h"
#include "letters/templateeditor.h"
#include "store/programstore.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace cohort {

// The letters to send and the record of issued letters of a cycle, read on a worker.
struct LetterLists
{
    QString cycleId;
    QList<PendingLetter> pending;
    QList<IssuedLetter> issued;
    QString error;
};

namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int SortRole = Qt::UserRole + 2;
const QString VerticalSplitterName = QStringLiteral("lettersVertical");
const QString HorizontalSplitterName = QStringLiteral("lettersHorizontal");

// Shows issued HTML as it was sent, without loading anything it names.
class SealedBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

QString localTime(const QString &isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : isoUtc;
}

QStandardItem *item(const QString &text, const QString &tip = {}, const QVariant &sortKey = {})
{
    auto *i = new QStandardItem(text);
    i->setEditable(false);
    i->setData(sortKey.isValid() ? sortKey : QVariant(text), SortRole);
    if (!tip.isEmpty())
        i->setToolTip(tip);
    return i;
}

QTableView *makeTable(QSortFilterProxyModel *proxy, QStandardItemModel *model, const QString &name, QWidget *parent)
{
    proxy->setSourceModel(model);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortRole(SortRole);
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->sortByColumn(0, Qt::AscendingOrder);
    return view;
}

} // namespace

LettersPage::LettersPage(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_emptyState(new EmptyState(this)),
      m_vertical(new QSplitter(Qt::Vertical, this)), m_horizontal(new QSplitter(Qt::Horizontal, this)),
      m_kindList(new QListWidget(this)), m_languageCombo(new QComboBox(this)), m_templateState(new QLabel(this)),
      m_restoreButton(new QPushButton(this)), m_editor(new LetterTemplateEditor(this)),
      m_preview(new LetterPreview(this)), m_kindDescription(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_toSendModel(new QStandardItemModel(this)), m_toSendProxy(new QSortFilterProxyModel(this)),
      m_issuedProxy(new QSortFilterProxyModel(this)), m_issuedModel(new QStandardItemModel(this)),
      m_saveTimer(new QTimer(this)), m_previewTimer(new QTimer(this)), m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("lettersPage"));
    m_kind = QStringLiteral("acceptance_mentee");
    m_language = QStringLiteral("en");

    // Actions (the Letters menu).
    m_issueAction = new QAction(tr("&Issue Letters…"), this);
    m_issueAction->setObjectName(QStringLiteral("issueLettersAction"));
    m_issueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_issueAction->setToolTip(tr("Write this letter as PDFs for the people it goes to, and record what each was sent"));
    connect(m_issueAction, &QAction::triggered, this, &LettersPage::issueLetters);
    m_issueSelectedAction = new QAction(tr("Issue Letters to &Selected…"), this);
    m_issueSelectedAction->setToolTip(tr("Issue the letters the people selected in “To send” are waiting for"));
    connect(m_issueSelectedAction, &QAction::triggered, this, &LettersPage::issueForSelected);
    m_printAction = new QAction(tr("Prin&t Letters…"), this);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setToolTip(tr("Print this letter for everyone it goes to"));
    connect(m_printAction, &QAction::triggered, this, &LettersPage::print);
    m_printPreviewAction = new QAction(tr("Print Pre&view…"), this);
    m_printPreviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_printPreviewAction->setToolTip(tr("See every page before printing"));
    connect(m_printPreviewAction, &QAction::triggered, this, &LettersPage::printPreview);
    m_letterheadAction = new QAction(tr("&Letterhead…"), this);
    m_letterheadAction->setToolTip(tr("Organization, address, logo, signature, page size and margins of every letter"));
    connect(m_letterheadAction, &QAction::triggered, this, &LettersPage::editLetterhead);
    m_restoreDefaultAction = new QAction(tr("Restore &Default Text"), this);
    m_restoreDefaultAction->setToolTip(tr("Put back the text this letter came with (undoable)"));
    connect(m_restoreDefaultAction, &QAction::triggered, this, &LettersPage::restoreDefault);
    m_nextAction = new QAction(tr("&Next Recipient"), this);
    m_nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_nextAction->setToolTip(tr("Preview the letter of the next person"));
    connect(m_nextAction, &QAction::triggered, m_preview, &LetterPreview::next);
    m_previousAction = new QAction(tr("P&revious Recipient"), this);
    m_previousAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_previousAction->setToolTip(tr("Preview the letter of the previous person"));
    connect(m_previousAction, &QAction::triggered, m_preview, &LetterPreview::previous);
    m_showIssuedAction = new QAction(tr("Show Issued Te&xt"), this);
    m_showIssuedAction->setToolTip(tr("The exact text the selected person was sent"));
    connect(m_showIssuedAction, &QAction::triggered, this, &LettersPage::showIssuedLetter);

    // Empty state.
    m_emptyState->setIcon(Icons::named(QStringLiteral("letters")));

    // Left: the kinds.
    m_kindList->setObjectName(QStringLiteral("letterKindList"));
    m_kindList->setAccessibleName(tr("Letters"));
    for (const QString &k : LetterKinds::all()) {
        auto *i = new QListWidgetItem(LetterKindText::name(k), m_kindList);
        i->setData(KindRole, k);
        i->setToolTip(LetterKindText::description(k));
    }
    m_kindList->setCurrentRow(1);
    connect(m_kindList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            setKind(m_kindList->item(row)->data(KindRole).toString());
    });

    // Middle: the template.
    m_languageCombo->setObjectName(QStringLiteral("letterLanguageCombo"));
    m_languageCombo->setAccessibleName(tr("Language"));
    for (const QString &code : LetterKindText::languages())
        m_languageCombo->addItem(LetterKindText::language(code), code);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this,
            [this] { setLanguage(m_languageCombo->currentData().toString()); });
    m_templateState->setObjectName(QStringLiteral("templateStateLabel"));
    m_templateState->setTextFormat(Qt::PlainText);
    m_restoreButton->setText(tr("Restore Default"));
    m_restoreButton->setToolTip(m_restoreDefaultAction->toolTip());
    connect(m_restoreButton, &QPushButton::clicked, m_restoreDefaultAction, &QAction::trigger);
    m_kindDescription->setObjectName(QStringLiteral("kindDescription"));
    m_kindDescription->setWordWrap(true);
    m_kindDescription->setTextFormat(Qt::PlainText);
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    auto *languageLabel = new QLabel(tr("Lan&guage:"), this);
    languageLabel->setBuddy(m_languageCombo);
    head->addWidget(languageLabel);
    head->addWidget(m_languageCombo);
    head->addWidget(m_templateState, 1);
    head->addWidget(m_restoreButton);
    middleLayout->addWidget(m_kindDescription);
    middleLayout->addLayout(head);
    middleLayout->addWidget(m_editor, 1);

    // Right: the preview, and what to do with it.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_preview, 1);
    auto *actionsRow = new QHBoxLayout;
    auto *printButton = new QPushButton(tr("Print…"), this);
    printButton->setToolTip(m_printAction->toolTip());
    connect(printButton, &QPushButton::clicked, m_printPreviewAction, &QAction::trigger);
    auto *issueButton = new QPushButton(tr("Issue Letters…"), this);
    issueButton->setObjectName(QStringLiteral("issueLettersButton"));
    issueButton->setToolTip(m_issueAction->toolTip());
    issueButton->setDefault(true);
    connect(issueButton, &QPushButton::clicked, m_issueAction, &QAction::trigger);
    connect(m_issueAction, &QAction::changed, issueButton,
            [issueButton, this] { issueButton->setEnabled(m_issueAction->isEnabled()); });
    connect(m_printAction, &QAction::changed, printButton,
            [printButton, this] { printButton->setEnabled(m_printAction->isEnabled()); });
    actionsRow->addStretch();
    actionsRow->addWidget(printButton);
    actionsRow->addWidget(issueButton);
    rightLayout->addLayout(actionsRow);

    m_horizontal->setObjectName(QStringLiteral("lettersHorizontalSplitter"));
    m_horizontal->addWidget(m_kindList);
    m_horizontal->addWidget(middle);
    m_horizontal->addWidget(right);
    m_horizontal->setStretchFactor(0, 0);
    m_horizontal->setStretchFactor(1, 3);
    m_horizontal->setStretchFactor(2, 3);
    m_horizontal->setChildrenCollapsible(false);

    // Below: to send, and issued.
    m_toSendModel->setHorizontalHeaderLabels(
        {tr("Name"), tr("Code"), tr("Role"), tr("Letter"), tr("Last sent"), tr("Can be issued")});
    m_toSendView = makeTable(m_toSendProxy, m_toSendModel, QStringLiteral("toSendView"), this);
    m_toSendView->setAccessibleName(tr("Letters to send"));
    m_issuedModel->setHorizontalHeaderLabels({tr("Issued on"), tr("Name"), tr("Code"), tr("Letter"), tr("Language"),
                                              tr("File"), tr("Template version"), tr("PDF SHA-256"), tr("Issued by")});
    m_issuedView = makeTable(m_issuedProxy, m_issuedModel, QStringLiteral("issuedView"), this);
    m_issuedView->setAccessibleName(tr("Letters issued"));
    m_issuedView->sortByColumn(0, Qt::DescendingOrder); // the newest first
    connect(m_issuedView, &QTableView::doubleClicked, this, &LettersPage::showIssuedLetter);
    m_issuedView->addAction(m_showIssuedAction);
    m_issuedView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_toSendView->addAction(m_issueSelectedAction);
    m_toSendView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_toSendView, &QTableView::doubleClicked, this, &LettersPage::issueForSelected);

    auto *toSend = new QWidget(this);
    auto *toSendLayout = new QVBoxLayout(toSend);
    toSendLayout->addWidget(m_toSendView, 1);
    auto *toSendButtons = new QHBoxLayout;
    auto *issueSelected = new QPushButton(tr("Issue Letters to Selected…"), this);
    issueSelected->setObjectName(QStringLiteral("issueSelectedButton"));
    issueSelected->setToolTip(m_issueSelectedAction->toolTip());
    connect(issueSelected, &QPushButton::clicked, m_issueSelectedAction, &QAction::trigger);
    connect(m_issueSelectedAction, &QAction::changed, issueSelected,
            [issueSelected, this] { issueSelected->setEnabled(m_issueSelectedAction->isEnabled()); });
    toSendButtons->addWidget(new QLabel(tr("People whose decision or match calls for a letter they have not been "
                                           "sent as it would read now."),
                                        this),
                             1);
    toSendButtons->addWidget(issueSelected);
    toSendLayout->addLayout(toSendButtons);
    m_tabs->setObjectName(QStringLiteral("lettersTabs"));
    m_tabs->addTab(toSend, tr("To Send"));
    m_tabs->addTab(m_issuedView, tr("Issued"));

    m_vertical->setObjectName(QStringLiteral("lettersVerticalSplitter"));
    m_vertical->addWidget(m_horizontal);
    m_vertical->addWidget(m_tabs);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 1);
    m_vertical->setChildrenCollapsible(false);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_vertical);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    const QByteArray vertical = m_settings.splitterState(VerticalSplitterName);
    if (vertical.isEmpty() || !m_vertical->restoreState(vertical))
        m_vertical->setSizes({640, 220});
    const QByteArray horizontal = m_settings.splitterState(HorizontalSplitterName);
    if (horizontal.isEmpty() || !m_horizontal->restoreState(horizontal))
        m_horizontal->setSizes({200, 560, 520});
    connect(m_vertical, &QSplitter::splitterMoved, this, &LettersPage::saveSplitters);
    connect(m_horizontal, &QSplitter::splitterMoved, this, &LettersPage::saveSplitters);

    // Edits save a moment after typing stops; the preview follows sooner.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(1000);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { saveTemplate(); });
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &LettersPage::updatePreview);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &LettersPage::refresh);
    connect(m_editor, &LetterTemplateEditor::edited, this, [this] {
        m_dirty = true;
        m_saveTimer->start();
        m_previewTimer->start();
        updateTemplateState();
    });
    connect(m_toSendView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LettersPage::updateActions);
    connect(m_issuedView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LettersPage::updateActions);
    connect(m_preview, &LetterPreview::currentChanged, this, &LettersPage::updateActions);

    connect(&m_listsWatcher, &QFutureWatcher<std::shared_ptr<const LetterLists>>::finished, this,
            &LettersPage::finishLists);
    setDocument(nullptr);
}

LettersPage::~LettersPage()
{
    if (m_listsWatcher.isRunning())
        m_listsWatcher.waitForFinished(); // the worker reads the document's database
}

bool LettersPage::isLoadingLists() const
{
    return m_listsLoading;
}

QMenu *LettersPage::placeholderMenu() const
{
    return m_editor->placeholderMenu();
}

void LettersPage::hideEvent(QHideEvent *event)
{
    saveTemplate();
    QWidget::hideEvent(event);
}

void LettersPage::saveSplitters()
{
    m_settings.setSplitterState(VerticalSplitterName, m_vertical->saveState());
    m_settings.setSplitterState(HorizontalSplitterName, m_horizontal->saveState());
}

void LettersPage::setSearchText(const QString &text)
{
    m_searchText = text;
    m_toSendProxy->setFilterFixedString(text.trimmed());
    m_issuedProxy->setFilterFixedString(text.trimmed());
}

void LettersPage::setDocument(ProgramDocument *document)
{
    saveTemplate();
    if (m_listsWatcher.isRunning())
        m_listsWatcher.waitForFinished(); // the worker reads the document's database
    m_listsPending = false;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_cycleId.clear();
    m_dirty = false;
    if (document) {
        const auto later = [this] {
            m_refreshTimer->start();
        };
        connect(document, &ProgramDocument::lettersChanged, this, later);
        connect(document, &ProgramDocument::applicationsChanged, this, later);
        connect(document, &ProgramDocument::matchesChanged, this, later);
        connect(document, &ProgramDocument::cyclesChanged, this, later);
        connect(document, &ProgramDocument::programChanged, this, later);
    }
    refresh();
}

void LettersPage::setCycle(const QString &cycleId, const QString &cycleName)
{
    saveTemplate();
    m_cycleName = cycleName;
    if (cycleId == m_cycleId)
        return;
    m_cycleId = cycleId;
    refresh();
}

void LettersPage::setKind(const QString &kind)
{
    if (kind == m_kind || !LetterKinds::isKnown(kind))
        return;
    saveTemplate();
    m_kind = kind;
    for (int i = 0; i < m_kindList->count(); ++i)
        if (m_kindList->item(i)->data(KindRole).toString() == kind && m_kindList->currentRow() != i)
            m_kindList->setCurrentRow(i);
    m_dirty = false;
    loadTemplate();
    reloadRecipients();
}

void LettersPage::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    saveTemplate();
    m_language = language;
    const int index = m_languageCombo->findData(language);
    if (index >= 0 && m_languageCombo->currentIndex() != index)
        m_languageCombo->setCurrentIndex(index);
    m_dirty = false;
    loadTemplate();
    reloadRecipients();
}

void LettersPage::refresh()
{
    m_refreshTimer->stop();
    if (!m_document || m_cycleId.isEmpty()) {
        m_emptyState->setTitle(tr("Letters"));
        m_emptyState->setText(m_document ? tr("Choose a cycle in the toolbar: its acceptance, waitlist and decline "
                                              "letters, match introductions and reminders are written here.")
                                         : tr("Open a program to write its letters."));
        m_stack->setCurrentWidget(m_emptyState);
        m_toSendCount = 0;
        emit toSendChanged(0);
        updateActions();
        return;
    }
    m_stack->setCurrentWidget(m_vertical);
    // Someone else's change (an undo, another window): show the stored template unless the text
    // being typed is newer than what is stored.
    if (!m_saving && !m_dirty) {
        auto stored = LetterStore(m_document->database()).findTemplate(m_kind, m_language);
        if (!stored || !stored->has_value() || stored->value().version != m_template.version ||
            stored->value().builtIn != m_template.builtIn || m_template.kind != m_kind ||
            m_template.language != m_language)
            loadTemplate();
    }
    auto head = LetterIssue::letterhead(m_document->database(), m_cycleId);
    if (head)
        m_preview->setLetterhead(head.value());
    reloadRecipients();
    reloadLists();
    updateActions();
}

void LettersPage::loadTemplate()
{
    m_kindDescription->setText(LetterKindText::description(m_kind));
    if (!m_document)
        return;
    auto found = LetterStore(m_document->database()).findTemplate(m_kind, m_language);
    if (!found || !found->has_value()) {
        m_template = LetterTemplateRow{};
        m_template.kind = m_kind;
        m_template.language = m_language;
        m_editor->setTemplate(QString(), QString());
        m_templateState->setText(found ? tr("No template yet: write one.") : found.error());
    } else {
        m_template = *found.value();
        m_editor->setTemplate(m_template.subject, m_template.body);
    }
    ++m_session;
    m_dirty = false;
    updateTemplateState();
    updatePreview();
}

void LettersPage::updateTemplateState()
{
    QString state;
    if (m_dirty)
        state = tr("Editing…");
    else if (m_template.builtIn)
        state = tr("The text Cohort comes with");
    else if (m_template.version > 0)
        state = tr("Edited (version %1)").arg(m_template.version);
    m_templateState->setText(state);
    m_restoreDefaultAction->setEnabled(m_document && !m_document->isReadOnly() && (!m_template.builtIn || m_dirty));
    m_restoreButton->setEnabled(m_restoreDefaultAction->isEnabled());
}

bool LettersPage::saveTemplate()
{
    m_saveTimer->stop();
    if (!m_dirty || !m_document || m_document->isReadOnly())
        return true;
    LetterTemplateRow after = m_template;
    after.kind = m_kind;
    after.language = m_language;
    after.subject = m_editor->subject();
    after.body = m_editor->body();
    if (after.name.isEmpty())
        after.name = LetterKindText::name(m_kind);
    m_dirty = false;
    if (after.body == m_template.body && after.subject == m_template.subject) {
        updateTemplateState();
        return true;
    }
    m_saving = true;
    auto *command = new SaveLetterTemplateCommand(*m_document, m_template, after, m_session);
    command->setText(
        tr("Edit Letter “%1” (%2)").arg(LetterKindText::name(m_kind), LetterKindText::language(m_language)));
    const Status status = m_document->execute(command);
    m_saving = false;
    if (!status) {
        m_dirty = true;
        updateTemplateState();
        Messages::warning(this, tr("Save Letter"), status.error());
        return false;
    }
    if (auto stored = LetterStore(m_document->database()).findTemplate(m_kind, m_language);
        stored && stored->has_value())
        m_template = *stored.value();
    updateTemplateState();
    emit statusMessage(tr("Letter saved."));
    return true;
}

void LettersPage::restoreDefault()
{
    if (!m_document)
        return;
    QFile file(QStringLiteral(":/cohort/letters/%1/%2.html").arg(m_language, m_kind));
    if (!file.open(QIODevice::ReadOnly)) {
        Messages::warning(
            this, tr("Restore Default Text"),
            tr("Cohort has no default text for this letter in %1.").arg(LetterKindText::language(m_language)));
        return;
    }
    m_editor->setTemplate(m_template.subject, QString::fromUtf8(file.readAll()));
    m_dirty = true;
    saveTemplate();
    updatePreview();
}

void LettersPage::reloadRecipients()
{
    if (!m_document || m_cycleId.isEmpty()) {
        m_preview->setRecipients({}, QString());
        return;
    }
    auto recipients = LetterData::recipients(m_document->database(), m_cycleId, m_kind, {}, {}, m_language);
    if (!recipients) {
        m_preview->setRecipients({}, recipients.error());
        return;
    }
    m_preview->setRecipients(
        recipients.value(),
        tr("No one in %1 is due this letter yet. %2").arg(m_cycleName, LetterKindText::description(m_kind)));
    updatePreview();
}

void LettersPage::updatePreview()
{
    m_previewTimer->stop();
    m_preview->setTemplateBody(m_editor->body());
    updateActions();
}

void LettersPage::reloadLists()
{
    if (!m_document || m_cycleId.isEmpty()) {
        showLists(std::make_shared<LetterLists>());
        return;
    }
    if (m_listsWatcher.isRunning()) {
        m_listsPending = true; // the one under way is out of date
        return;
    }
    // Deciding who still needs a letter renders every letter of the cycle (a third of a second
    // for 3,000): a worker does it on its own connection.
    Database *database = &m_document->database();
    const QString cycleId = m_cycleId;
    m_listsLoading = true;
    m_listsWatcher.setFuture(QtConcurrent::run([database, cycleId]() -> std::shared_ptr<const LetterLists> {
        auto lists = std::make_shared<LetterLists>();
        lists->cycleId = cycleId;
        auto connection = database->openAnotherConnection();
        if (!connection) {
            lists->error = connection.error();
            return lists;
        }
        auto pending = LetterIssue::pending(*connection.value(), cycleId);
        if (pending)
            lists->pending = std::move(pending).value();
        else
            lists->error = pending.error();
        auto issued = LetterStore(*connection.value()).issuedInCycle(cycleId);
        if (issued)
            lists->issued = std::move(issued).value();
        else if (lists->error.isEmpty())
            lists->error = issued.error();
        return lists;
    }));
}

void LettersPage::finishLists()
{
    auto lists = m_listsWatcher.result();
    if (std::exchange(m_listsPending, false) || !lists || lists->cycleId != m_cycleId) {
        reloadLists();
        return;
    }
    showLists(lists);
}

void LettersPage::showLists(const std::shared_ptr<const LetterLists> &lists)
{
    m_listsLoading = false;
    m_toSendModel->removeRows(0, m_toSendModel->rowCount());
    m_issuedModel->removeRows(0, m_issuedModel->rowCount());
    QHash<QString, int> perKind;
    int toSend = 0;
    if (!lists->error.isEmpty())
        m_toSendModel->appendRow({item(lists->error)});
    for (const PendingLetter &p : lists->pending) {
        QList<QStandardItem *> row{
            item(p.name),
            item(p.code),
            item(p.role == QLatin1String("mentor") ? tr("Mentor") : tr("Mentee")),
            item(LetterKindText::name(p.kind)),
            item(p.lastIssuedAt.isEmpty() ? tr("Never") : tr("%1, since changed").arg(localTime(p.lastIssuedAt)), {},
                 p.lastIssuedAt),
            item(p.problem.isEmpty() ? tr("Yes") : tr("No: %1").arg(p.problem), p.problem)};
        row.first()->setData(p.applicationId, IdRole);
        row.first()->setData(p.kind, KindRole);
        if (!p.problem.isEmpty())
            row.last()->setForeground(QColor(0xc6, 0x28, 0x28));
        m_toSendModel->appendRow(row);
        perKind[p.kind] += 1;
        ++toSend;
    }
    for (const IssuedLetter &l : lists->issued) {
        QList<QStandardItem *> row{item(localTime(l.issuedAt), {}, l.issuedAt),
                                   item(l.recipientName),
                                   item(l.recipientCode),
                                   item(LetterKindText::name(l.kind)),
                                   item(LetterKindText::language(l.language)),
                                   item(l.fileName),
                                   item(l.templateId.isEmpty() ? tr("default") : QString::number(l.templateVersion)),
                                   item(l.pdfSha256.left(16), l.pdfSha256),
                                   item(l.issuedBy)};
        row.first()->setData(l.id, IdRole);
        row.first()->setData(l.issuedText, KindRole);
        m_issuedModel->appendRow(row);
    }
    m_tabs->setTabText(0, toSend > 0 ? tr("To Send (%1)").arg(toSend) : tr("To Send"));
    m_tabs->setTabText(1,
                       m_issuedModel->rowCount() > 0 ? tr("Issued (%1)").arg(m_issuedModel->rowCount()) : tr("Issued"));
    for (int i = 0; i < m_kindList->count(); ++i) {
        QListWidgetItem *kindItem = m_kindList->item(i);
        const QString k = kindItem->data(KindRole).toString();
        const int n = perKind.value(k);
        kindItem->setText(n > 0 ? tr("%1 (%2 to send)").arg(LetterKindText::name(k)).arg(n) : LetterKindText::name(k));
    }
    m_kindList->setMinimumWidth(m_kindList->sizeHintForColumn(0) + 2 * m_kindList->frameWidth() + 12);
    m_toSendView->resizeColumnsToContents();
    m_issuedView->resizeColumnsToContents();
    if (toSend != m_toSendCount || toSend == 0) {
        m_toSendCount = toSend;
        emit toSendChanged(toSend);
    }
}

void LettersPage::updateActions()
{
    const bool open = m_document && !m_cycleId.isEmpty();
    const bool writable = open && !m_document->isReadOnly();
    m_issueAction->setEnabled(writable);
    m_issueSelectedAction->setEnabled(writable && m_toSendView->selectionModel()->hasSelection());
    m_printAction->setEnabled(open && m_preview->count() > 0);
    m_printPreviewAction->setEnabled(open && m_preview->count() > 0);
    m_letterheadAction->setEnabled(m_document && !m_document->isReadOnly());
    m_nextAction->setEnabled(open && m_preview->currentIndex() + 1 < m_preview->count());
    m_previousAction->setEnabled(open && m_preview->currentIndex() > 0);
    m_showIssuedAction->setEnabled(m_issuedView->selectionModel()->hasSelection());
    m_editor->setReadOnly(!writable);
    updateTemplateState();
}

void LettersPage::issueLetters()
{
    openIssueDialog(m_kind, {});
}

void LettersPage::issueForSelected()
{
    const QModelIndexList rows = m_toSendView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    // One kind at a time: the first selected row's.
    const QString kind = m_toSendModel->item(m_toSendProxy->mapToSource(rows.first()).row())->data(KindRole).toString();
    QStringList ids;
    int otherKinds = 0;
    for (const QModelIndex &r : rows) {
        const QStandardItem *first = m_toSendModel->item(m_toSendProxy->mapToSource(r).row());
        if (first->data(KindRole).toString() == kind)
            ids.append(first->data(IdRole).toString());
        else
            ++otherKinds;
    }
    if (otherKinds > 0)
        emit statusMessage(tr("One letter at a time: this issues the “%1” letters; %n other selected row(s) wait "
                              "for theirs.",
                              nullptr, otherKinds)
                               .arg(LetterKindText::name(kind)));
    openIssueDialog(kind, ids);
}

void LettersPage::openIssueDialog(const QString &kind, const QStringList &onlyThese)
{
    if (!m_document || m_cycleId.isEmpty() || !saveTemplate())
        return;
    QPointer<ProgramDocument> document = m_document;
    const QString cycleId = m_cycleId;
    IssueLettersDialog dialog(
        m_cycleName, kind,
        [document, cycleId](const QString &k, const QString &role, const QString &status) {
            if (!document)
                return Result<QList<LetterRecipient>>(Error{QString()});
            return LetterData::recipients(document->database(), cycleId, k, role, status);
        },
        this);
    if (!onlyThese.isEmpty())
        dialog.checkOnly(onlyThese);
    dialog.setOutDir(m_settings.lettersFolder() + QLatin1Char('/') +
                     QString(m_cycleName).replace(QLatin1Char('/'), QLatin1Char('-')));
    if (dialog.exec() != QDialog::Accepted)
        return;
    LetterIssueOptions options = dialog.options();
    m_settings.setLettersFolder(QFileInfo(options.outDir).absolutePath());
    issue(dialog.kind(), options);
}

bool LettersPage::issue(const QString &kind, const LetterIssueOptions &given)
{
    if (!m_document || m_cycleId.isEmpty() || !saveTemplate())
        return false;
    LetterIssueOptions options = given;
    options.actor = ProgramDocument::actor();
    const QString title = tr("Issue Letters");
    Database *database = &m_document->database();
    const QString cycleId = m_cycleId;
    Result<IssueReport> report = Error{QString()};
    const bool finished = BackgroundTask::run(
        this, title, tr("Writing the “%1” letters…").arg(LetterKindText::name(kind)), [&](TaskProgress &progress) {
            auto connection = database->openAnotherConnection();
            if (!connection) {
                report = Error{connection.error()};
                return;
            }
            report = LetterIssue::issue(*connection.value(), cycleId, kind, options, [&progress](int done, int total) {
                progress.set(done, total);
                return !progress.cancelled();
            });
        });
    if (!finished) {
        emit statusMessage(tr("Issuing cancelled; no letter was written or recorded."));
        return false;
    }
    if (!report) {
        Messages::warning(this, title, report.error());
        return false;
    }
    emit m_document->lettersChanged(); // written on the worker's connection
    const int written = int(report->issued.size());
    QString text =
        written > 0 ? tr("%n letter(s) written to %1.", nullptr, written).arg(QDir::toNativeSeparators(options.outDir))
                    : tr("No letter was written.");
    if (!report->current.isEmpty())
        text += QLatin1Char('\n') +
                tr("%n person(s) already have this letter as it stands and were skipped (check “Issue again” to "
                   "write theirs too).",
                   nullptr, int(report->current.size()));
    Messages::information(this, title, text);
    emit statusMessage(tr("%n letter(s) issued.", nullptr, written));
    return written > 0;
}

bool LettersPage::printLetters(QPrinter *printer)
{
    if (!m_document || m_cycleId.isEmpty())
        return false;
    LetterIssueOptions options;
    for (int i = 0; i < m_preview->count(); ++i)
        options.applicationIds.append(m_preview->recipientCombo()->itemData(i).toString());
    auto bodies = LetterIssue::bodies(m_document->database(), m_cycleId, m_kind, options);
    if (!bodies) {
        Messages::warning(this, tr("Print Letters"), bodies.error());
        return false;
    }
    auto head = LetterIssue::letterhead(m_document->database(), m_cycleId);
    if (!head) {
        Messages::warning(this, tr("Print Letters"), head.error());
        return false;
    }
    const LetterRenderer renderer(head.value());
    printer->setPageLayout(renderer.pageLayout());
    printer->setDocName(tr("%1 — %2").arg(m_cycleName, LetterKindText::name(m_kind)));
    if (const Status s = renderer.paint(*printer, bodies.value()); !s) {
        Messages::warning(this, tr("Print Letters"), s.error());
        return false;
    }
    return true;
}

void LettersPage::print()
{
    if (!saveTemplate())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Letters"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (printLetters(&printer))
        emit statusMessage(tr("Letters sent to the printer (printing does not record them as issued)."));
}

void LettersPage::printPreview()
{
    if (!saveTemplate())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Preview — %1").arg(LetterKindText::name(m_kind)));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { printLetters(p); });
    dialog.resize(900, 900);
    dialog.exec();
}

void LettersPage::editLetterhead()
{
    if (!m_document)
        return;
    LetterStore store(m_document->database());
    auto before = store.loadLetterhead();
    if (!before) {
        Messages::warning(this, tr("Letterhead"), before.error());
        return;
    }
    const ProgramInfo &program = m_document->program();
    LetterheadDialog dialog(before.value(), program.organization.isEmpty() ? program.name : program.organization, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const LetterheadSettings after = dialog.settings();
    if (after == before.value())
        return;
    if (const Status s = m_document->execute(new SetLetterheadCommand(*m_document, before.value(), after)); !s)
        Messages::warning(this, tr("Letterhead"), s.error());
}

void LettersPage::showIssuedLetter()
{
    const QModelIndexList rows = m_issuedView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = m_issuedProxy->mapToSource(rows.first()).row();
    const QString html = m_issuedModel->item(row, 0)->data(KindRole).toString();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("issuedLetterDialog"));
    dialog.setWindowTitle(tr("%1 to %2, issued %3")
                              .arg(m_issuedModel->item(row, 3)->text(), m_issuedModel->item(row, 1)->text(),
                                   m_issuedModel->item(row, 0)->text()));
    auto *browser = new SealedBrowser(&dialog);
    browser->setOpenLinks(false);
    browser->setHtml(html);
    auto *note = new QLabel(
        tr("The exact text issued; the PDF's SHA-256 is %1.").arg(m_issuedModel->item(row, 7)->toolTip()), &dialog);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    dialog.resize(640, 700);
    dialog.exec();
}

} // namespace cohort
