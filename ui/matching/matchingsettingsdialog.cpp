#include "matching/matchingsettingsdialog.h"

#include "matching/automatch.h"
#include "matching/compatibility.h"
#include "matching/matchboard.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cohort {

namespace {
constexpr int PreviewDelay = 200;        // ms after the last edit
constexpr qint64 PreviewLimit = 250'000; // mentees × mentors previewed live (an auto-match on each edit)
} // namespace

MatchingSettingsDialog::MatchingSettingsDialog(std::shared_ptr<const MatchingSnapshot> snapshot, QWidget *parent)
    : QDialog(parent), m_snapshot(std::move(snapshot)), m_minimumSpin(new QDoubleSpinBox(this)),
      m_sameLibraryCheck(new QCheckBox(tr("Never match two people from the same &library"), this)),
      m_preview(new QLabel(this)), m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Matching Settings"));
    setObjectName(QStringLiteral("matchingSettingsDialog"));
    auto *form = new QFormLayout;
    const QList<QPair<QString, QString>> factors = {
        {tr("&Practice area"), tr("The mentee's interests and goals against the mentor's experience")},
        {tr("Library &type"), tr("Public, school, academic, special")},
        {tr("&Time zone"), tr("Hours apart: the same zone counts fully, six or more not at all")},
        {tr("&Contact methods"), tr("Email, phone, video, chat in common")},
        {tr("Lan&guage"), tr("A language in common")},
        {tr("&Experience gap"), tr("Years the mentor has beyond the mentee: five or more count fully")},
        {tr("P&references"), tr("The mentee's stated preferences, only where they opted in")},
    };
    for (const auto &[label, tip] : factors) {
        auto *spin = new QDoubleSpinBox(this);
        spin->setRange(0.0, 10.0);
        spin->setSingleStep(0.5);
        spin->setDecimals(1);
        spin->setToolTip(tip);
        form->addRow(label, spin);
        m_weights << spin;
        connect(spin, &QDoubleSpinBox::valueChanged, m_previewTimer, qOverload<>(&QTimer::start));
    }
    m_minimumSpin->setRange(0.0, 1.0);
    m_minimumSpin->setSingleStep(0.05);
    m_minimumSpin->setDecimals(2);
    m_minimumSpin->setToolTip(tr("Auto-match leaves pairs scoring below this unmatched"));
    form->addRow(tr("&Minimum score:"), m_minimumSpin);
    form->addRow(QString(), m_sameLibraryCheck);
    connect(m_minimumSpin, &QDoubleSpinBox::valueChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_sameLibraryCheck, &QCheckBox::toggled, m_previewTimer, qOverload<>(&QTimer::start));

    m_preview->setObjectName(QStringLiteral("settingsPreviewLabel"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(8);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelay);
    connect(m_previewTimer, &QTimer::timeout, this, &MatchingSettingsDialog::updatePreview);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        MatchingSettings defaults;
        defaults.weights = MatchWeights::defaults();
        setSettings(defaults);
    });

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("How much each factor counts in a pair's score (0 leaves it out). The preview "
                                "shows the effect on this cycle."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    if (m_snapshot)
        setSettings(m_snapshot->data.settings);
    updatePreview();
}

MatchingSettings MatchingSettingsDialog::settings() const
{
    MatchingSettings s;
    MatchWeights &w = s.weights;
    double *fields[] = {&w.practiceArea, &w.libraryType, &w.timeZone,   &w.contactMethods,
                        &w.language,     &w.experience,  &w.preferences};
    for (int i = 0; i < m_weights.size(); ++i)
        *fields[i] = m_weights.at(i)->value();
    s.minimumScore = m_minimumSpin->value();
    s.forbidSameLibrary = m_sameLibraryCheck->isChecked();
    return s;
}

void MatchingSettingsDialog::setSettings(const MatchingSettings &settings)
{
    const MatchWeights &w = settings.weights;
    const double values[] = {w.practiceArea, w.libraryType, w.timeZone,   w.contactMethods,
                             w.language,     w.experience,  w.preferences};
    for (int i = 0; i < m_weights.size(); ++i)
        m_weights.at(i)->setValue(values[i]);
    m_minimumSpin->setValue(settings.minimumScore);
    m_sameLibraryCheck->setChecked(settings.forbidSameLibrary);
    m_previewTimer->start();
}

void MatchingSettingsDialog::updatePreview()
{
    m_previewTimer->stop();
    if (!m_snapshot || m_snapshot->data.mentees.isEmpty() || m_snapshot->data.mentors.isEmpty()) {
        m_preview->setText(tr("No accepted mentees and mentors to preview on."));
        return;
    }
    const qint64 pairs = qint64(m_snapshot->data.mentees.size()) * m_snapshot->data.mentors.size();
    if (pairs > PreviewLimit) {
        m_preview->setText(tr("This cycle is too large to preview while typing; Auto-Match shows the effect."));
        return;
    }
    MatchingData data = m_snapshot->data;
    data.settings = settings();
    const Compatibility model(data);
    double sumBest = 0;
    int withOption = 0;
    for (int e = 0; e < data.mentees.size(); ++e) {
        const auto best = model.suggestions(e, 1);
        if (!best.isEmpty()) {
            sumBest += best.first().score;
            ++withOption;
        }
    }
    const QLocale locale;
    QString text = withOption > 0
                       ? tr("Mean best score of a mentee: %1.").arg(locale.toString(sumBest / withOption, 'f', 2))
                       : tr("No mentee has a mentor open to them.");
    if (auto proposal = AutoMatch::propose(data, model, AutoMatchMode::BestScores))
        text += QLatin1Char(' ') + tr("Auto-match would give: %1").arg(proposal->summary());
    m_preview->setText(text);
}

} // namespace cohort
