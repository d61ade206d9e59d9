#include "import/importcolumnspage.h"

#include "common/messages.h"
#include "db/database.h"
#include "document/programdocument.h"
#include "import/csvpreviewmodel.h"
#include "import/importsession.h"
#include "import/pagemessage.h"
#include "intake/importer.h"

#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace cohort {

namespace {
constexpr int ExampleRows = 20;
const QColor ProblemColor(0xc6, 0x28, 0x28);

// A combo box in a table row ignores the wheel until it has focus, so scrolling through the
// columns never changes a field by accident.
class FieldComboBox : public QComboBox
{
public:
    using QComboBox::QComboBox;

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        if (hasFocus())
            QComboBox::wheelEvent(event);
        else
            event->ignore();
    }
};

QString fieldText(const ImportField &field)
{
    return field.confidential ? ImportColumnsPage::tr("%1 (confidential)").arg(field.label) : field.label;
}

QString roleNoun(const QString &role)
{
    return role == QLatin1String("mentor") ? ImportColumnsPage::tr("mentor") : ImportColumnsPage::tr("mentee");
}
} // namespace

ImportColumnsPage::ImportColumnsPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_savedComboBox(new QComboBox(this)),
      m_saveButton(new QPushButton(tr("&Save Mapping As…"), this)), m_mappingMessage(new PageMessage(this)),
      m_table(new QTableWidget(this)), m_problemMessage(new PageMessage(this))
{
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Choose the field each column of the file fills. Cohort suggested fields from the questions "
                   "in the header; columns left as “— not imported —” are ignored."));

    m_savedComboBox->setObjectName(QStringLiteral("savedMappingComboBox"));
    m_savedComboBox->setAccessibleName(tr("Saved mapping"));
    m_savedComboBox->setToolTip(tr("Use the choices saved for an earlier export of the same form"));
    m_savedComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_savedComboBox->setMinimumContentsLength(24);
    m_saveButton->setObjectName(QStringLiteral("saveMappingButton"));
    m_saveButton->setToolTip(tr("Keep these choices under a name, to use them for next cycle's export of this form"));
    m_mappingMessage->setObjectName(QStringLiteral("mappingMessage"));
    m_problemMessage->setObjectName(QStringLiteral("columnsProblemMessage"));

    m_table->setObjectName(QStringLiteral("columnsTableWidget"));
    m_table->setAccessibleName(tr("Columns of the file"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("Example"), tr("Imported as"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus); // the combo boxes take the focus, row by row
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(HeaderColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ExampleColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(FieldColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(NoteColumn, QHeaderView::Interactive);
    header->resizeSection(ExampleColumn, 170);
    header->resizeSection(FieldColumn, 310);
    header->resizeSection(NoteColumn, 150);
    header->setHighlightSections(false);

    auto *savedLabel = new QLabel(tr("Saved &mapping:"), this);
    savedLabel->setBuddy(m_savedComboBox);
    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(savedLabel);
    savedRow->addWidget(m_savedComboBox);
    savedRow->addWidget(m_saveButton);
    savedRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(savedRow);
    layout->addWidget(m_mappingMessage);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problemMessage);

    connect(m_savedComboBox, &QComboBox::activated, this, &ImportColumnsPage::savedMappingActivated);
    connect(m_saveButton, &QPushButton::clicked, this, &ImportColumnsPage::saveDialog);
}

void ImportColumnsPage::initializePage()
{
    if (!m_session.table)
        return;
    if (m_session.table->header == m_header && m_session.role == m_role)
        return; // back from the next page: keep the user's choices
    m_header = m_session.table->header;
    m_role = m_session.role;
    rebuild();
}

void ImportColumnsPage::rebuild()
{
    const CsvTable &table = *m_session.table;
    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_header.size()));
    const int rowHeight = m_table->fontMetrics().height() + 16;
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    for (int column = 0; column < m_header.size(); ++column) {
        const QString headerText = m_header.at(column);
        auto *headerItem = new QTableWidgetItem(CsvPreviewModel::oneLine(headerText));
        headerItem->setToolTip(headerText);
        m_table->setItem(column, HeaderColumn, headerItem);

        QString example;
        for (qsizetype row = 0; row < table.rows.size() && row < ExampleRows && example.isEmpty(); ++row)
            example = table.rows.at(row).value(column).trimmed();
        auto *exampleItem = new QTableWidgetItem(CsvPreviewModel::oneLine(example));
        exampleItem->setToolTip(example);
        m_table->setItem(column, ExampleColumn, exampleItem);

        auto *combo = new FieldComboBox(m_table);
        combo->setObjectName(QStringLiteral("fieldComboBox%1").arg(column));
        combo->setAccessibleName(tr("Field for the column “%1”").arg(CsvPreviewModel::oneLine(headerText)));
        combo->setFocusPolicy(Qt::StrongFocus);
        combo->addItem(tr("— not imported —"), QString());
        for (const ImportField &field : ImportFields::all()) {
            combo->addItem(fieldText(field), field.key);
            if (field.confidential)
                combo->setItemData(combo->count() - 1,
                                   tr("Confidential: kept out of exports and letters unless asked for"),
                                   Qt::ToolTipRole);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                updateMapping();
        });
        m_table->setCellWidget(column, FieldColumn, combo);
        m_table->setItem(column, NoteColumn, new QTableWidgetItem);
    }
    reloadSavedMappings();
    if (const ImportMapping *saved = matchingSavedMapping()) {
        applyMapping(*saved);
        m_savedComboBox->setCurrentIndex(m_savedComboBox->findData(saved->name));
        m_mappingMessage->setMessage(
            PageMessage::Kind::Information,
            tr("Using the saved mapping “%1”, made for a file with these columns.").arg(saved->name));
    } else {
        applyMapping(ImportFields::suggest(m_header, m_role));
        m_savedComboBox->setCurrentIndex(0);
        m_mappingMessage->clear();
    }
}

QComboBox *ImportColumnsPage::fieldComboBox(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, FieldColumn));
}

void ImportColumnsPage::setField(int column, const QString &fieldKey)
{
    if (QComboBox *combo = fieldComboBox(column))
        combo->setCurrentIndex(std::max(0, combo->findData(fieldKey)));
}

void ImportColumnsPage::applyMapping(const ImportMapping &mapping)
{
    m_updating = true;
    for (int column = 0; column < m_header.size(); ++column) {
        QComboBox *combo = fieldComboBox(column);
        const int index = combo->findData(mapping.fields.value(m_header.at(column)));
        combo->setCurrentIndex(std::max(0, index));
    }
    m_updating = false;
    updateMapping();
}

void ImportColumnsPage::updateMapping()
{
    ImportMapping mapping;
    mapping.name = m_savedComboBox->currentData().toString();
    mapping.role = m_role;
    QHash<QString, QList<int>> columnsOfField;
    for (int column = 0; column < m_header.size(); ++column) {
        const QString key = fieldComboBox(column)->currentData().toString();
        if (key.isEmpty())
            continue;
        columnsOfField[key].append(column);
        mapping.fields.insert(m_header.at(column), key);
    }
    m_session.mapping = mapping;

    // The note of each row: chosen twice (a problem, in words and colour), else confidential.
    QStringList twice;
    for (int column = 0; column < m_header.size(); ++column) {
        QTableWidgetItem *note = m_table->item(column, NoteColumn);
        const QString key = fieldComboBox(column)->currentData().toString();
        const ImportField *field = key.isEmpty() ? nullptr : ImportFields::find(key);
        const QList<int> others = columnsOfField.value(key);
        if (field && others.size() > 1) {
            const int other = others.constFirst() == column ? others.at(1) : others.constFirst();
            note->setText(tr("Also chosen for “%1”").arg(CsvPreviewModel::oneLine(m_header.at(other))));
            note->setToolTip(tr("Each field can fill one column. Choose another field, or “— not imported —”, "
                                "for one of them."));
            note->setForeground(ProblemColor);
            if (!twice.contains(field->label))
                twice.append(field->label);
        } else if (field && field->confidential) {
            note->setText(tr("Confidential"));
            note->setToolTip(tr("Kept out of exports and letters unless asked for"));
            note->setData(Qt::ForegroundRole, QVariant());
        } else {
            note->setText(QString());
            note->setToolTip(QString());
            note->setData(Qt::ForegroundRole, QVariant());
        }
    }

    // Fields the role needs; a full name column gives the first and last name.
    const bool mentor = m_role == QLatin1String("mentor");
    const bool fullName = columnsOfField.contains(QStringLiteral("full_name"));
    QStringList missing;
    for (const ImportField &field : ImportFields::all()) {
        if (!(mentor ? field.requiredForMentor : field.requiredForMentee) || columnsOfField.contains(field.key))
            continue;
        if (fullName && (field.key == QLatin1String("first_name") || field.key == QLatin1String("last_name")))
            continue;
        missing.append(field.label);
    }

    QStringList problems;
    if (!twice.isEmpty())
        problems.append(tr("Each field can fill one column, but these are chosen for more than one: %1.")
                            .arg(twice.join(QStringLiteral(", "))));
    if (!missing.isEmpty())
        problems.append(tr("Every %1 application needs these fields; choose the column that holds each: %2.")
                            .arg(roleNoun(m_role), missing.join(QStringLiteral(", "))));
    m_problem = problems.join(QLatin1Char('\n'));
    if (m_problem.isEmpty())
        m_problemMessage->setMessage(PageMessage::Kind::Information,
                                     tr("%n columns will be imported.", nullptr, int(mapping.fields.size())));
    else
        m_problemMessage->setMessage(PageMessage::Kind::Warning, m_problem);
    emit completeChanged();
}

bool ImportColumnsPage::isComplete() const
{
    return m_session.table && !m_header.isEmpty() && m_problem.isEmpty();
}

bool ImportColumnsPage::validatePage()
{
    return isComplete();
}

QString ImportColumnsPage::mappingNote() const
{
    return m_mappingMessage->text();
}

void ImportColumnsPage::reloadSavedMappings()
{
    m_saved.clear();
    if (m_session.document) {
        auto saved = ImportMappingStore(m_session.document->database()).list();
        if (saved)
            m_saved = saved.value();
        else
            m_mappingMessage->setMessage(PageMessage::Kind::Warning, saved.error());
    }
    const QString current = m_savedComboBox->currentData().toString();
    const QSignalBlocker blocker(m_savedComboBox);
    m_savedComboBox->clear();
    m_savedComboBox->addItem(tr("Suggested from the headers"), QString());
    for (const ImportMapping &mapping : std::as_const(m_saved)) {
        const QString text = mapping.role == QLatin1String("mentor")   ? tr("%1 (mentors)").arg(mapping.name)
                             : mapping.role == QLatin1String("mentee") ? tr("%1 (mentees)").arg(mapping.name)
                                                                       : mapping.name;
        m_savedComboBox->addItem(text, mapping.name);
    }
    m_savedComboBox->setCurrentIndex(std::max(0, m_savedComboBox->findData(current)));
}

const ImportMapping *ImportColumnsPage::matchingSavedMapping() const
{
    // The saved mapping for this role whose columns are all in the file and that fills the most.
    const QSet<QString> columns(m_header.cbegin(), m_header.cend());
    const ImportMapping *best = nullptr;
    for (const ImportMapping &mapping : m_saved) {
        if (mapping.fields.isEmpty() || (!mapping.role.isEmpty() && mapping.role != m_role))
            continue;
        bool all = true;
        for (auto it = mapping.fields.cbegin(); it != mapping.fields.cend() && all; ++it)
            all = columns.contains(it.key());
        if (all && (!best || mapping.fields.size() > best->fields.size()))
            best = &mapping;
    }
    return best;
}

void ImportColumnsPage::savedMappingActivated(int index)
{
    const QString name = m_savedComboBox->itemData(index).toString();
    if (name.isEmpty()) {
        applyMapping(ImportFields::suggest(m_header, m_role));
        m_mappingMessage->clear();
        return;
    }
    loadSavedMapping(name);
}

bool ImportColumnsPage::loadSavedMapping(const QString &name)
{
    if (!m_session.document)
        return false;
    auto loaded = ImportMappingStore(m_session.document->database()).load(name);
    if (!loaded) {
        m_mappingMessage->setMessage(PageMessage::Kind::Warning, loaded.error());
        return false;
    }
    m_savedComboBox->setCurrentIndex(std::max(0, m_savedComboBox->findData(name)));
    applyMapping(loaded.value());
    QStringList absent;
    for (auto it = loaded->fields.cbegin(); it != loaded->fields.cend(); ++it) {
        if (!m_header.contains(it.key()))
            absent.append(CsvPreviewModel::oneLine(it.key()));
    }
    if (absent.isEmpty())
        m_mappingMessage->setMessage(PageMessage::Kind::Information, tr("Using the saved mapping “%1”.").arg(name));
    else
        m_mappingMessage->setMessage(
            PageMessage::Kind::Warning,
            tr("Using the saved mapping “%1”. This file has no column “%2”; check the fields below.", nullptr,
               int(absent.size()))
                .arg(name, absent.join(QStringLiteral("”, “"))));
    return true;
}

void ImportColumnsPage::saveDialog()
{
    QString suggested = m_savedComboBox->currentData().toString();
    if (suggested.isEmpty())
        suggested = m_role == QLatin1String("mentor") ? tr("Mentor application form") : tr("Mentee application form");
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save Mapping"), tr("Name for these choices (for example, the form's name):"),
                              QLineEdit::Normal, suggested, &ok);
    if (ok)
        saveMappingAs(name);
}

bool ImportColumnsPage::saveMappingAs(const QString &rawName)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty()) {
        Messages::warning(this, tr("Save Mapping"), tr("A saved mapping needs a name. Type one, or cancel."));
        return false;
    }
    if (!m_session.document)
        return false;
    const bool exists = std::any_of(m_saved.cbegin(), m_saved.cend(),
                                    [&name](const ImportMapping &mapping) { return mapping.name == name; });
    if (exists && name != m_savedComboBox->currentData().toString() &&
        Messages::question(this, tr("Save Mapping"),
                           tr("There is already a saved mapping named “%1”. Replace it with these choices?").arg(name),
                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    ImportMapping mapping = m_session.mapping;
    mapping.name = name;
    mapping.role = m_role;
    if (const Status saved = ImportMappingStore(m_session.document->database()).save(mapping, ProgramDocument::actor());
        !saved) {
        Messages::critical(this, tr("Save Mapping"),
                           tr("Cohort could not save the mapping “%1”.\n\n%2").arg(name, saved.error()));
        return false;
    }
    reloadSavedMappings();
    m_savedComboBox->setCurrentIndex(std::max(0, m_savedComboBox->findData(name)));
    m_session.mapping.name = name;
    m_mappingMessage->setMessage(PageMessage::Kind::Information,
                                 tr("Saved as “%1”. Cohort offers it for the next file with these columns.").arg(name));
    return true;
}

} // namespace cohort
