#pragma once

#include "matching/matchingdata.h"

#include <QDialog>
#include <QList>

#include <memory>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QTimer;

namespace cohort {

struct MatchingSnapshot;

// Matching › Matching Settings: how much each compatibility factor counts, the minimum score and
// the same-library rule of the cycle, with a live preview of their effect on this cycle (the
// mean best score, and what auto-match would do).
class MatchingSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    MatchingSettingsDialog(std::shared_ptr<const MatchingSnapshot> snapshot, QWidget *parent = nullptr);

    MatchingSettings settings() const;
    void setSettings(const MatchingSettings &settings);
    QLabel *previewLabel() const { return m_preview; }
    // Recomputes the preview now (it otherwise follows the edits after a short pause).
    void updatePreview();

private:
    std::shared_ptr<const MatchingSnapshot> m_snapshot;
    QList<QDoubleSpinBox *> m_weights; // in MatchFactor order
    QDoubleSpinBox *m_minimumSpin;
    QCheckBox *m_sameLibraryCheck;
    QLabel *m_preview;
    QTimer *m_previewTimer;
};

} // namespace cohort
