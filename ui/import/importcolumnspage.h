#pragma once

#include "intake/importmapping.h"

#include <QList>
#include <QStringList>
#include <QWizardPage>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace cohort {

class PageMessage;
struct ImportSession;

// Step 3: which field each column of the file fills. One row per column: its header text, an
// example value, a combo box of fields (suggested from the header, "— not imported —" first)
// and a note (confidential, or chosen twice). Mappings are saved by name and offered again for
// a file with the same columns. A field chosen twice, or a field the role needs left out,
// blocks Next.
class ImportColumnsPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column
    {
        HeaderColumn,
        ExampleColumn,
        FieldColumn,
        NoteColumn,
        ColumnCount
    };

    ImportColumnsPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The combo box of the file's column `column` (its data is the field key, empty for none).
    QComboBox *fieldComboBox(int column) const;
    // Chooses a field (empty: not imported) for a column, as the user would.
    void setField(int column, const QString &fieldKey);
    QComboBox *savedMappingComboBox() const { return m_savedComboBox; }
    // Loads a saved mapping (as choosing it in the combo box); false when there is none by that name.
    bool loadSavedMapping(const QString &name);
    // Saves the current choices under `name` (asking before replacing another mapping).
    bool saveMappingAs(const QString &name);
    // What blocks Next, or empty.
    QString problem() const { return m_problem; }
    // Information about the mapping in use (loaded, saved), or empty.
    QString mappingNote() const;

private:
    void rebuild();
    void applyMapping(const ImportMapping &mapping);
    void updateMapping();
    void reloadSavedMappings();
    void savedMappingActivated(int index);
    void saveDialog();
    // The saved mapping made for this file's columns (all its columns are here), if any.
    const ImportMapping *matchingSavedMapping() const;

    ImportSession &m_session;
    QComboBox *m_savedComboBox;
    QPushButton *m_saveButton;
    PageMessage *m_mappingMessage;
    QTableWidget *m_table;
    PageMessage *m_problemMessage;
    QStringList m_header;
    QString m_role;
    QList<ImportMapping> m_saved;
    QString m_problem;
    bool m_updating = false;
};

} // namespace cohort
