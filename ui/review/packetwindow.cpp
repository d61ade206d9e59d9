#include "review/packetwindow.h"

#include "document/reviewcommands.h"
#include "review/packetfile.h"
#include "review/reviewcycledata.h"
#include "review/scoregridmodel.h"
#include "review/scoregridview.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace cohort {

// Edits go into the packet file (PacketEditor), each at once.
class PacketWindow::Writer : public ScoreWriter
{
public:
    explicit Writer(PacketEditor &editor) : m_editor(editor) {}
    bool isWritable() const override { return m_editor.isOpen() && !m_editor.content().submittedAt.isValid(); }
    Status write(const QList<ScoreEdit> &scores, const QList<std::pair<QString, QString>> &comments) override
    {
        QList<PacketEditor::CellEdit> cells;
        for (const ScoreEdit &edit : scores)
            cells.append({edit.assignmentId, edit.criterionId, edit.value, edit.notApplicable});
        if (!cells.isEmpty()) {
            if (Status s = m_editor.setCells(cells); !s)
                return s;
        }
        for (const auto &[assignmentId, comment] : comments) {
            if (Status s = m_editor.setComment(assignmentId, comment); !s)
                return s;
        }
        return {};
    }

private:
    PacketEditor &m_editor;
};

namespace {
// One role of the packet as the grid's read model: one reviewer, their assignments and cells.
std::shared_ptr<const ReviewCycleData> roleData(const PacketContent &packet, const QString &role)
{
    auto data = std::make_shared<ReviewCycleData>();
    data->cycleId = packet.meta.cycleId;
    data->role = role;
    data->settings.blind = packet.meta.blind;
    for (const Criterion &criterion : packet.criteria) {
        if (criterion.role == role)
            data->criteria.append(criterion);
    }
    Reviewer reviewer;
    reviewer.id = packet.meta.reviewerId;
    reviewer.name = packet.meta.reviewerName;
    data->reviewers.append(reviewer);
    for (const PacketApplication &a : packet.applications) {
        if (a.role != role)
            continue;
        ReviewApplication application;
        application.id = a.id;
        application.code = a.code;
        application.role = a.role;
        application.displayName = a.title.section(QStringLiteral(" · "), 1);
        application.status = QStringLiteral("under_review");
        data->applications.append(application);
    }
    data->buildIndex();
    for (const PacketAssignment &a : packet.assignments) {
        const int application = data->applicationIndex(a.applicationId);
        if (application < 0)
            continue;
        ReviewAssignment assignment;
        assignment.id = a.id;
        assignment.applicationId = a.applicationId;
        assignment.reviewerId = reviewer.id;
        assignment.comment = a.comment;
        if (a.baseSubmitted || packet.submittedAt.isValid())
            assignment.submittedAt = packet.submittedAt.isValid() ? packet.submittedAt : packet.meta.exportedAt;
        assignment.application = application;
        assignment.reviewer = 0;
        data->assignments.append(assignment);
    }
    data->buildIndex();
    for (const PacketCell &cell : packet.cells) {
        const int assignment = data->assignmentIndex(cell.assignmentId);
        const int criterion = data->criterionIndex(cell.criterionId);
        if (assignment < 0 || criterion < 0 || (!cell.value && !cell.notApplicable))
            continue;
        ReviewCell stored;
        stored.assignment = assignment;
        stored.criterion = criterion;
        stored.value = cell.value;
        stored.notApplicable = cell.notApplicable;
        data->cells.append(stored);
    }
    std::sort(data->cells.begin(), data->cells.end(), [](const ReviewCell &a, const ReviewCell &b) {
        return std::tie(a.assignment, a.criterion) < std::tie(b.assignment, b.criterion);
    });
    data->buildIndex();
    return data;
}
} // namespace

PacketWindow::PacketWindow(QWidget *parent)
    : QMainWindow(parent), m_editor(std::make_unique<PacketEditor>()), m_writer(std::make_unique<Writer>(*m_editor)),
      m_banner(new QLabel(this)), m_roleComboBox(new QComboBox(this)), m_model(new ScoreGridModel(this)),
      m_view(new ScoreGridView(this)), m_text(new QTextBrowser(this)), m_messageLabel(new QLabel(this)),
      m_submitAction(new QAction(tr("&Mark as Submitted"), this))
{
    setObjectName(QStringLiteral("packetWindow"));
    m_model->setWriter(m_writer.get());
    m_view->setScoreModel(m_model);
    m_view->setAccessibleName(tr("Scoring grid"));
    m_banner->setObjectName(QStringLiteral("packetBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setAutoFillBackground(true);
    m_banner->setMargin(8);
    QPalette tint = m_banner->palette();
    tint.setColor(QPalette::Window, tint.color(QPalette::Highlight).lighter(185));
    tint.setColor(QPalette::WindowText, tint.color(QPalette::Text));
    m_banner->setPalette(tint);
    m_text->setOpenLinks(false);
    m_text->setObjectName(QStringLiteral("packetApplicationText"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    QPalette warning = m_messageLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc9, 0x4c, 0x4c));
    m_messageLabel->setPalette(warning);
    m_submitAction->setCheckable(true);
    m_submitAction->setToolTip(tr("Tell the chair your scores are done; the packet is locked until you unmark it"));

    QMenu *file = menuBar()->addMenu(tr("&Packet"));
    file->addAction(m_submitAction);
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    QToolBar *toolbar = addToolBar(tr("Packet"));
    toolbar->setMovable(false);
    toolbar->addAction(m_submitAction);

    auto *roleRow = new QHBoxLayout;
    auto *roleLabel = new QLabel(tr("&Role:"), this);
    roleLabel->setBuddy(m_roleComboBox);
    roleRow->addWidget(roleLabel);
    roleRow->addWidget(m_roleComboBox);
    roleRow->addStretch(1);
    auto *hint =
        new QLabel(tr("Type a score to start; Enter moves down, Tab right; Delete clears; Ctrl+V pastes from a "
                      "spreadsheet. Every score is saved in the packet file as you go."),
                   this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(roleRow);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_messageLabel);
    leftLayout->addWidget(hint);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    resize(1200, 760);

    connect(m_roleComboBox, &QComboBox::currentIndexChanged, this, [this] { showRole(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showCurrentApplication(); });
    connect(m_model, &ScoreGridModel::editRefused, this, [this](const QString &message) {
        m_messageLabel->setText(message);
        m_messageLabel->setVisible(true);
    });
    connect(m_model, &ScoreGridModel::edited, this, [this] {
        m_messageLabel->setVisible(false);
        updateStatus();
    });
    connect(m_submitAction, &QAction::toggled, this, &PacketWindow::setSubmitted);
}

PacketWindow::~PacketWindow()
{
    // Closing commits an open editor into the packet: while the editor and writer still exist.
    close();
    m_model->setWriter(nullptr);
}

bool PacketWindow::open(const QString &path, QString *error)
{
    if (Status opened = m_editor->open(path); !opened) {
        if (error)
            *error = opened.error();
        return false;
    }
    const PacketContent &packet = m_editor->content();
    setWindowTitle(tr("Review Packet — %1 — %2 — Cohort").arg(packet.meta.reviewerName, packet.meta.cycleName));
    m_banner->setText(tr("Review packet of %1 for %2 (%3), made %4. Your scores are saved in %5 as you type; when you "
                         "are done, mark it as submitted and send the file back to the chair.")
                          .arg(packet.meta.reviewerName, packet.meta.cycleName, packet.meta.programName,
                               QLocale().toString(packet.meta.exportedAt.toLocalTime().date(), QLocale::LongFormat),
                               QFileInfo(path).fileName()));
    {
        const QSignalBlocker blocker(m_roleComboBox);
        m_roleComboBox->clear();
        for (const QString &role : {QStringLiteral("mentee"), QStringLiteral("mentor")}) {
            for (const PacketApplication &a : packet.applications) {
                if (a.role == role) {
                    m_roleComboBox->addItem(role == QLatin1String("mentee") ? tr("Mentees") : tr("Mentors"), role);
                    break;
                }
            }
        }
        m_roleComboBox->setEnabled(m_roleComboBox->count() > 1);
    }
    {
        const QSignalBlocker blocker(m_submitAction);
        m_submitAction->setChecked(packet.submittedAt.isValid());
    }
    showRole();
    return true;
}

void PacketWindow::showRole()
{
    const QString role = m_roleComboBox->currentData().toString();
    m_model->setReview(roleData(m_editor->content(), role), 0);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, m_model->criterionColumn(0)));
    m_view->resizeColumnsToContents();
    showCurrentApplication();
    updateStatus();
}

void PacketWindow::showCurrentApplication()
{
    const QString id = m_model->applicationIdAt(m_view->currentIndex().row());
    for (const PacketApplication &a : m_editor->content().applications) {
        if (a.id != id)
            continue;
        // The applicant's text: escaped, never interpreted.
        QString html = QStringLiteral("<h2>%1</h2>").arg(a.title.toHtmlEscaped());
        for (const auto &[label, value] : a.fields)
            html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                        .arg(label.toHtmlEscaped(),
                             value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        m_text->setHtml(html);
        return;
    }
    m_text->setPlainText(tr("Select a row of the grid to read the application here."));
}

QString PacketWindow::applicationText() const
{
    return m_text->toPlainText();
}

void PacketWindow::updateStatus()
{
    const bool submitted = m_editor->content().submittedAt.isValid();
    statusBar()->showMessage(
        submitted ? tr("Submitted: send the file back to the chair.")
                  : tr("%1 of %2 applications fully scored.").arg(m_model->completeRows()).arg(m_model->rowCount()));
}

void PacketWindow::setSubmitted(bool submitted)
{
    if (Status s = m_editor->setSubmitted(submitted); !s) {
        m_messageLabel->setText(s.error());
        m_messageLabel->setVisible(true);
        const QSignalBlocker blocker(m_submitAction);
        m_submitAction->setChecked(!submitted);
        return;
    }
    showRole(); // the grid becomes read-only, or editable again
}

} // namespace cohort
