#pragma once

#include "domain/cycle.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace cohort {

// Cycle › New Cycle…: a season and a year (by default the cycle after the newest one), made
// from the published template or as a copy of an existing cycle (its phases moved to the new
// year), under a name that is prefilled ("Fall 2027"), editable and unique among the program's
// cycles. The table previews the phases and their dates; a refused name is explained under it
// and OK stays disabled. Nothing is stored here: cycle() is the cycle for NewCycleCommand.
class NewCycleDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Source
    {
        Template,
        Copy
    };
    enum Column
    {
        NameColumn,
        KindColumn,
        StartsColumn,
        EndsColumn,
        DeadlineColumn,
        ColumnCount
    };

    explicit NewCycleDialog(QList<Cycle> existing, QWidget *parent = nullptr);

    // The cycle to insert: new ids, the name as entered, after every existing cycle in order.
    Cycle cycle() const { return m_cycle; }

    QString season() const;
    void setSeason(const QString &season); // spring, fall
    int year() const;
    void setYear(int year);
    Source source() const;
    void setSource(Source source);
    QString copiedCycleId() const;
    void setCopiedCycle(const QString &cycleId);
    QString name() const;
    void setName(const QString &name);

    // Why OK is refused (a name taken or empty), or empty.
    QString problem() const { return m_problem; }
    QTableWidget *previewTable() const { return m_preview; }
    QPushButton *okButton() const { return m_okButton; }

    void accept() override;

    // The season and year after the newest of `cycles` (spring → fall of the same year, fall →
    // spring of the next); with no cycles, the next season to come after `today`.
    static std::pair<QString, int> nextCycle(const QList<Cycle> &cycles, const QDate &today);
    static QString seasonName(const QString &season);

private:
    QString autoName() const;
    void sourceChanged();
    void refresh();

    QList<Cycle> m_existing; // newest first
    Cycle m_cycle;
    QString m_problem;
    QString m_lastAutoName;
    bool m_refreshing = false;
    QComboBox *m_seasonComboBox;
    QSpinBox *m_yearSpinBox;
    QRadioButton *m_templateRadio;
    QRadioButton *m_copyRadio;
    QComboBox *m_copyComboBox;
    QLineEdit *m_nameEdit;
    QTableWidget *m_preview;
    QLabel *m_problemLabel;
    QPushButton *m_okButton;
};

} // namespace cohort
