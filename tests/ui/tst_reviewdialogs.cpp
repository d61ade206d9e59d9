#include "charts/customplot.h"
#include "common/messages.h"
#include "db/database.h"
#include "document/programdocument.h"
#include "document/reviewcommands.h"
#include "domain/ids.h"
#include "programfixture.h"
#include "review/assignreviewersdialog.h"
#include "review/reviewcharts.h"
#include "review/reviewersdialog.h"
#include "review/reviewstatistics.h"
#include "store/cyclestore.h"
#include "store/reviewstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHash>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace cohort;

// The Review area's charts and its two reviewer dialogs on a real program file: the fixture's
// Fall cycle with its seven mentee applications made eligible (A-0017 … A-0023, index 0 … 6 in
// ReviewCycleData order), a rubric of two 1–5 criteria, four reviewers (Rita the chair, Sam,
// Tess, Uma; capacity 20) and a mentee target of two. For the conflict suggestions: Tess applied
// to Spring 2017 from "Dayton Metro Library" (so that is her library), the applicant of index 2
// works at "Dayton Metro" and the applicant of index 4 has an address at daytonmetro.org.
// Nothing is assigned or scored in the template; the chart tests add scores they can check.
class TestReviewDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void boxPlotHasOneBoxPerReviewerWithTheirQuartiles();
    void scatterHasOnePointPerRankedApplication();
    void histogramDrawsTheAcceptanceLineAtTheTargetsLastPlace();
    void assignDialogStoresKReviewersWithinCapacityAndUndoRemovesThem();
    void assignDialogShowsShortfallsWhenCapacityIsTooSmall();
    void confirmedSuggestedConflictKeepsTheReviewerOff();

private:
    std::unique_ptr<ProgramDocument> openDocument();
    static QString fallId(ProgramDocument &document);
    static QString reviewerId(ProgramDocument &document, const QString &name);
    static std::shared_ptr<const ReviewCycleData> loadFall(ProgramDocument &document);
    static bool enterScores(ProgramDocument &document);
    static bool setCapacities(ProgramDocument &document, const QHash<QString, int> &capacities);
    std::unique_ptr<ReviewCharts> makeCharts(ProgramDocument &document);
    static bool buildFixture(const QString &path);

    QTemporaryDir m_templateDir;
    QString m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    std::shared_ptr<const ReviewCycleData> m_data;
    std::shared_ptr<const ReviewStatistics> m_statistics;
};

namespace {
const QString Rita = QStringLiteral("Rita Chair");
const QString Sam = QStringLiteral("Sam Reviewer");
const QString Tess = QStringLiteral("Tess Reviewer");
const QString Uma = QStringLiteral("Uma Reviewer");
const QString Mentee = QStringLiteral("mentee");

bool exec(ProgramDocument &document, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(document.database().connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() && query.numRowsAffected() > 0;
}

QPushButton *applyButton(QDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    return buttons ? buttons->button(QDialogButtonBox::Apply) : nullptr;
}

// The stored assignments of the Fall mentees: application id → reviewer ids.
QHash<QString, QStringList> reviewersByApplication(const QList<Assignment> &assignments)
{
    QHash<QString, QStringList> result;
    for (const Assignment &assignment : assignments)
        result[assignment.applicationId].append(assignment.reviewerId);
    return result;
}

QHash<QString, int> loadsOf(const QList<Assignment> &assignments)
{
    QHash<QString, int> loads;
    for (const Assignment &assignment : assignments)
        ++loads[assignment.reviewerId];
    return loads;
}

// The row of the dialog's loads table for a reviewer, and its "After" column (3).
int afterLoad(const QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == name)
            return table->item(row, 3)->text().toInt();
    }
    return -1;
}

template <class Item> QList<Item *> itemsOf(QCustomPlot *plot)
{
    QList<Item *> items;
    for (int i = 0; i < plot->itemCount(); ++i) {
        if (auto *item = qobject_cast<Item *>(plot->item(i)))
            items.append(item);
    }
    return items;
}

QString titleOf(QCustomPlot *plot)
{
    auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0));
    return title ? title->text() : QString();
}
} // namespace

bool TestReviewDialogs::buildFixture(const QString &path)
{
    if (!ProgramFixture::create(path))
        return false;
    auto opened = ProgramDocument::open(path);
    if (!opened)
        return false;
    ProgramDocument &doc = *opened.value();
    const QString fall = fallId(doc);
    if (!exec(doc, QStringLiteral("UPDATE applications SET status = 'eligible' WHERE cycle_id = ? AND role = 'mentee'"),
              {fall}))
        return false;
    for (int i = 0; i < 2; ++i) {
        Criterion c;
        c.id = newId();
        c.cycleId = fall;
        c.role = Mentee;
        c.name = i == 0 ? QStringLiteral("Experience") : QStringLiteral("Statement");
        c.sortOrder = i;
        if (!doc.execute(new AddCriterionCommand(doc, c)))
            return false;
    }
    for (const QString &name : {Rita, Sam, Tess, Uma}) {
        Reviewer r;
        r.id = newId();
        r.name = name;
        r.email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@committee.test");
        r.role = name == Rita ? QStringLiteral("chair") : QStringLiteral("member");
        if (!doc.execute(new AddReviewerCommand(doc, r)))
            return false;
    }
    // Tess's own Spring application gives her library; two Fall applicants share it or a domain.
    if (!exec(doc,
              QStringLiteral("UPDATE people SET email = 'tess@committee.test' WHERE id = "
                             "(SELECT person_id FROM applications WHERE code = 'A-0001')"),
              {}) ||
        !exec(doc, QStringLiteral("UPDATE applications SET library = 'Dayton Metro Library' WHERE code = 'A-0001'"),
              {}) ||
        !exec(doc, QStringLiteral("UPDATE applications SET library = 'Dayton Metro' WHERE code = 'A-0019'"), {}) ||
        !exec(doc,
              QStringLiteral("UPDATE people SET email = 'pat@daytonmetro.org' WHERE id = "
                             "(SELECT person_id FROM applications WHERE code = 'A-0021')"),
              {}))
        return false;
    auto data = loadFall(doc);
    if (!data || data->applications.size() != 7 || data->applications.at(2).code != QLatin1String("A-0019") ||
        data->applications.at(4).code != QLatin1String("A-0021"))
        return false;
    ReviewSettings settings = data->settings;
    settings.menteeTarget = 2;
    return bool(doc.execute(new SetReviewSettingsCommand(doc, fall, settings)));
}

void TestReviewDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_templateDir.isValid());
    m_template = m_templateDir.filePath(QStringLiteral("template.cohort"));
    QVERIFY(buildFixture(m_template));
}

void TestReviewDialogs::init()
{
    Messages::setTestMode(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("program.cohort"));
    QVERIFY(QFile::copy(m_template, m_file));
}

void TestReviewDialogs::cleanup()
{
    for (const Messages::Shown &shown : Messages::takeShown())
        qWarning() << "message left over:" << shown.title << shown.text;
    m_data.reset();
    m_statistics.reset();
    m_dir.reset();
}

std::unique_ptr<ProgramDocument> TestReviewDialogs::openDocument()
{
    auto opened = ProgramDocument::open(m_file);
    if (!opened)
        qWarning() << opened.error();
    return opened ? std::move(opened).value() : nullptr;
}

QString TestReviewDialogs::fallId(ProgramDocument &document)
{
    const QList<Cycle> cycles = document.cycleStore().list().value();
    for (const Cycle &cycle : cycles) {
        if (cycle.name.startsWith(QLatin1String("Fall")))
            return cycle.id;
    }
    return {};
}

QString TestReviewDialogs::reviewerId(ProgramDocument &document, const QString &name)
{
    const QList<Reviewer> reviewers = document.reviewStore().listReviewers().value();
    for (const Reviewer &r : reviewers) {
        if (r.name == name)
            return r.id;
    }
    return {};
}

std::shared_ptr<const ReviewCycleData> TestReviewDialogs::loadFall(ProgramDocument &document)
{
    auto data = document.reviewStore().loadCycle(fallId(document), Mentee);
    if (!data) {
        qWarning() << data.error();
        return nullptr;
    }
    return std::make_shared<const ReviewCycleData>(std::move(data).value());
}

bool TestReviewDialogs::setCapacities(ProgramDocument &document, const QHash<QString, int> &capacities)
{
    for (auto it = capacities.cbegin(); it != capacities.cend(); ++it) {
        if (!exec(document, QStringLiteral("UPDATE reviewers SET capacity = ? WHERE name = ?"), {it.value(), it.key()}))
            return false;
    }
    return true;
}

// Scores with known totals (both criteria get the same value, so a total is that value):
// - Rita reads applications 0–2 and gives 4: totals {4, 4, 4};
// - Sam reads 0–6 and gives 3, but 1 to application 5; application 6 only half scored (not
//   counted): totals {3, 3, 3, 3, 3, 1};
// - Tess reads 0–5 and gives 5 − a/2: totals {5, 4.5, 4, 3.5, 3, 2.5};
// - Uma reads 3–4 and has scored nothing.
// So applications 0–5 are ranked (raw means 4, 23/6, 11/3, 3.25, 3, 1.75) and 6 is not.
bool TestReviewDialogs::enterScores(ProgramDocument &document)
{
    auto data = loadFall(document);
    if (!data)
        return false;
    const QString rita = reviewerId(document, Rita), sam = reviewerId(document, Sam), tess = reviewerId(document, Tess),
                  uma = reviewerId(document, Uma);
    QList<Assignment> adds;
    QList<ScoreEdit> edits;
    const auto assign = [&](int a, const QString &reviewer, const QList<std::optional<double>> &values) {
        Assignment assignment;
        assignment.id = newId();
        assignment.applicationId = data->applications.at(a).id;
        assignment.reviewerId = reviewer;
        adds.append(assignment);
        for (int c = 0; c < values.size(); ++c) {
            if (values.at(c))
                edits.append(ScoreEdit{assignment.id, data->criteria.at(c).id, values.at(c), false});
        }
    };
    for (int a = 0; a < 7; ++a) {
        if (a < 3)
            assign(a, rita, {4.0, 4.0});
        const double s = a == 5 ? 1.0 : 3.0;
        assign(a, sam, a == 6 ? QList<std::optional<double>>{3.0, std::nullopt} : QList<std::optional<double>>{s, s});
        if (a < 6)
            assign(a, tess, {5.0 - a * 0.5, 5.0 - a * 0.5});
        if (a == 3 || a == 4)
            assign(a, uma, {});
    }
    const QString fall = fallId(document);
    return document.execute(new ChangeAssignmentsCommand(document, fall, adds, {})) &&
           document.execute(new SetScoresCommand(document, fall, edits));
}

std::unique_ptr<ReviewCharts> TestReviewDialogs::makeCharts(ProgramDocument &document)
{
    // What the committee view hands the charts after ReviewLoader has read the file.
    m_data = loadFall(document);
    if (!m_data)
        return nullptr;
    auto statistics = ReviewStatistics::compute(*m_data);
    if (!statistics)
        return nullptr;
    m_statistics = std::make_shared<const ReviewStatistics>(std::move(statistics).value());
    auto charts = std::make_unique<ReviewCharts>();
    charts->resize(800, 600);
    charts->setReview(m_data, m_statistics, CalibrationMethod::ReviewerOffset);
    charts->show();
    if (!QTest::qWaitForWindowExposed(charts.get()))
        return nullptr;
    return charts;
}

void TestReviewDialogs::boxPlotHasOneBoxPerReviewerWithTheirQuartiles()
{
    auto doc = openDocument();
    QVERIFY(doc);
    QVERIFY(enterScores(*doc));
    auto charts = makeCharts(*doc);
    QVERIFY(charts);
    QCustomPlot *plot = charts->boxPlot();
    auto *stack = charts->findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget(), plot); // the first chart shown

    QCOMPARE(plot->plottableCount(), 1);
    auto *boxes = qobject_cast<QCPStatisticalBox *>(plot->plottable(0));
    QVERIFY(boxes);
    // Uma has assignments but no complete scores: no box for her.
    QCOMPARE(boxes->data()->size(), 3);
    auto ticker = qSharedPointerDynamicCast<QCPAxisTickerText>(plot->xAxis->ticker());
    QVERIFY(ticker);
    QCOMPARE(ticker->ticks().keys(), QList<double>({1.0, 2.0, 3.0}));
    QCOMPARE(ticker->ticks().values(), QStringList({Rita, Sam, Tess}));

    const auto rita = boxes->data()->at(0);
    QCOMPARE(rita->key, 1.0);
    QCOMPARE(rita->median, 4.0);
    QCOMPARE(rita->lowerQuartile, 4.0);
    QCOMPARE(rita->upperQuartile, 4.0);

    // Sam: {1, 3, 3, 3, 3, 3}: the box collapses on 3 and the 1 is an outlier.
    const auto sam = boxes->data()->at(1);
    QCOMPARE(sam->key, 2.0);
    QCOMPARE(sam->median, 3.0);
    QCOMPARE(sam->lowerQuartile, 3.0);
    QCOMPARE(sam->upperQuartile, 3.0);
    QCOMPARE(sam->minimum, 3.0);
    QCOMPARE(sam->maximum, 3.0);
    QCOMPARE(sam->outliers, QVector<double>({1.0}));

    // Tess: {2.5, 3, 3.5, 4, 4.5, 5}, quartiles by linear interpolation.
    const auto tess = boxes->data()->at(2);
    QCOMPARE(tess->key, 3.0);
    QCOMPARE(tess->minimum, 2.5);
    QCOMPARE(tess->lowerQuartile, 3.125);
    QCOMPARE(tess->median, 3.75);
    QCOMPARE(tess->upperQuartile, 4.375);
    QCOMPARE(tess->maximum, 5.0);
    QVERIFY(tess->outliers.isEmpty());

    // On the rubric's scale.
    QVERIFY(plot->yAxis->range().contains(1.0) && plot->yAxis->range().contains(5.0));
    QVERIFY(plot->yAxis->range().upper < 5.5);

    // Cleared, the chart is empty.
    charts->clear();
    QCOMPARE(plot->plottableCount(), 0);
}

void TestReviewDialogs::scatterHasOnePointPerRankedApplication()
{
    auto doc = openDocument();
    QVERIFY(doc);
    QVERIFY(enterScores(*doc));
    auto charts = makeCharts(*doc);
    QVERIFY(charts);

    // Chosen the way a person does: the chart combo box, one step down.
    auto *combo = charts->findChild<QComboBox *>(QStringLiteral("chartComboBox"));
    auto *stack = charts->findChild<QStackedWidget *>();
    QVERIFY(combo && stack);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), 1);
    QCustomPlot *plot = charts->scatterPlot();
    QCOMPARE(stack->currentWidget(), plot);

    QCOMPARE(m_statistics->rankedCount, 6);
    QCOMPARE(plot->graphCount(), 1);
    QCPGraph *graph = plot->graph(0);
    QCOMPARE(graph->dataCount(), 6); // application 6 (half scored) is not ranked: no point
    QVERIFY(titleOf(plot).contains(QStringLiteral("6 applications")));

    const QList<double> rawMeans = {1.75, 3.0, 3.25, 11.0 / 3.0, 23.0 / 6.0, 4.0};
    QHash<int, double> offsetByApplication;
    for (int i = 0; i < graph->dataCount(); ++i) {
        const double raw = graph->data()->at(i)->key;
        QCOMPARE(raw, rawMeans.at(i));
        // y is the application's reviewer-offset score.
        const auto it = std::find_if(
            m_statistics->applications.cbegin(), m_statistics->applications.cend(),
            [&](const ApplicationStatistics &s) { return s.reviewCount > 0 && qFuzzyCompare(s.rawMean, raw); });
        QVERIFY(it != m_statistics->applications.cend());
        QCOMPARE(graph->data()->at(i)->value, it->offsetScore);
    }
    // The diagonal, where calibration changes nothing.
    QCOMPARE(itemsOf<QCPItemStraightLine>(plot).size(), 1);

    // With the raw mean as the method every point sits on the diagonal.
    charts->setMethod(CalibrationMethod::RawMean);
    graph = plot->graph(0);
    QCOMPARE(plot->graphCount(), 1);
    QCOMPARE(graph->dataCount(), 6);
    for (int i = 0; i < graph->dataCount(); ++i)
        QCOMPARE(graph->data()->at(i)->value, graph->data()->at(i)->key);
    QCOMPARE(itemsOf<QCPItemStraightLine>(plot).size(), 1); // rebuilt, not added twice
}

void TestReviewDialogs::histogramDrawsTheAcceptanceLineAtTheTargetsLastPlace()
{
    auto doc = openDocument();
    QVERIFY(doc);
    QVERIFY(enterScores(*doc));
    auto charts = makeCharts(*doc);
    QVERIFY(charts);
    auto *combo = charts->findChild<QComboBox *>(QStringLiteral("chartComboBox"));
    QVERIFY(combo);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Down);
    QCustomPlot *plot = charts->histogram();
    QCOMPARE(charts->findChild<QStackedWidget *>()->currentWidget(), plot);

    // Every ranked application is in one bar.
    QCOMPARE(plot->plottableCount(), 1);
    auto *bars = qobject_cast<QCPBars *>(plot->plottable(0));
    QVERIFY(bars);
    double counted = 0;
    for (int i = 0; i < bars->dataCount(); ++i)
        counted += bars->data()->at(i)->value;
    QCOMPARE(counted, 6.0);

    // Target 2: the line is at the score of the application ranked second by the method.
    const auto lineAt = [&]() -> std::optional<double> {
        const QList<QCPItemStraightLine *> lines = itemsOf<QCPItemStraightLine>(plot);
        if (lines.size() != 1 || lines.first()->point1->coords().x() != lines.first()->point2->coords().x())
            return std::nullopt; // one vertical line
        return lines.first()->point1->coords().x();
    };
    double second = 0;
    QList<double> offsets;
    for (const ApplicationStatistics &s : m_statistics->applications) {
        if (s.offsetRank == 2)
            second = s.offsetScore;
        if (s.reviewCount > 0)
            offsets.append(s.offsetScore);
    }
    QVERIFY(lineAt().has_value());
    QCOMPARE(*lineAt(), second);
    QCOMPARE(std::count_if(offsets.cbegin(), offsets.cend(), [&](double s) { return s >= second; }), qsizetype(2));
    const QList<QCPItemText *> labels = itemsOf<QCPItemText>(plot);
    QCOMPARE(labels.size(), 1);
    QVERIFY2(labels.first()->text().contains(QStringLiteral("2 places")), qPrintable(labels.first()->text()));
    QVERIFY(titleOf(plot).contains(QStringLiteral("accepted at %1 or more").arg(QLocale().toString(second, 'f', 2))));

    // By raw mean the second place is application 1 (raw mean 23/6).
    charts->setMethod(CalibrationMethod::RawMean);
    QVERIFY(lineAt().has_value());
    QCOMPARE(*lineAt(), 23.0 / 6.0);
    QCOMPARE(itemsOf<QCPItemText>(plot).size(), 1);

    // Without a target (and no accepted mentors to derive one from) there is no line.
    ReviewSettings settings = m_data->settings;
    settings.menteeTarget.reset();
    QVERIFY(doc->execute(new SetReviewSettingsCommand(*doc, fallId(*doc), settings)));
    auto data = loadFall(*doc);
    QVERIFY(data);
    charts->setReview(data, m_statistics, CalibrationMethod::RawMean);
    QVERIFY(itemsOf<QCPItemStraightLine>(plot).isEmpty());
    QVERIFY(itemsOf<QCPItemText>(plot).isEmpty());
    QVERIFY(titleOf(plot).contains(QStringLiteral("no target set")));
}

void TestReviewDialogs::assignDialogStoresKReviewersWithinCapacityAndUndoRemovesThem()
{
    auto doc = openDocument();
    QVERIFY(doc);
    const QHash<QString, int> capacities = {{Rita, 3}, {Sam, 4}, {Tess, 4}, {Uma, 4}}; // 15 places for 14 reviews
    QVERIFY(setCapacities(*doc, capacities));
    auto before = loadFall(*doc);
    QVERIFY(before);
    // Sam has a confirmed conflict with the applicant of application 0; Uma already reads 1.
    Conflict conflict;
    conflict.id = newId();
    conflict.reviewerId = reviewerId(*doc, Sam);
    conflict.personId = before->applications.at(0).personId;
    conflict.status = QStringLiteral("confirmed");
    QVERIFY(doc->execute(new AddConflictsCommand(*doc, {conflict})));
    Assignment existing;
    existing.id = newId();
    existing.applicationId = before->applications.at(1).id;
    existing.reviewerId = reviewerId(*doc, Uma);
    QVERIFY(doc->execute(new ChangeAssignmentsCommand(*doc, fallId(*doc), {existing}, {})));
    const int steps = doc->undoStack()->count();

    AssignReviewersDialog dialog(*doc, loadFall(*doc), QStringLiteral("Fall"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.perApplicationSpinBox()->value(), 2); // the cycle's setting
    QLineEdit *seed = dialog.findChild<QLineEdit *>(QStringLiteral("seedLineEdit"));
    QVERIFY(seed);
    seed->setFocus();
    seed->selectAll();
    QTest::keyClicks(seed, QStringLiteral("42"));
    QPushButton *apply = applyButton(dialog);
    QVERIFY(apply);
    QTRY_VERIFY(apply->isEnabled() && dialog.proposal().seed == 42);
    QCOMPARE(dialog.proposal().added.size(), 13);
    QVERIFY2(dialog.shortfallText().startsWith(QStringLiteral("None")), qPrintable(dialog.shortfallText()));
    QVERIFY(dialog.summaryText().contains(QStringLiteral("seed 42")));
    QCOMPARE(doc->undoStack()->count(), steps); // nothing written before Apply

    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(doc->undoStack()->count(), steps + 1);

    const QList<Assignment> stored = doc->reviewStore().listAssignments(fallId(*doc), Mentee).value();
    QCOMPARE(stored.size(), 14);
    const QHash<QString, QStringList> byApplication = reviewersByApplication(stored);
    for (const ReviewApplication &application : before->applications) {
        const QStringList reviewers = byApplication.value(application.id);
        QCOMPARE(reviewers.size(), 2);
        QCOMPARE(QSet<QString>(reviewers.cbegin(), reviewers.cend()).size(), 2);
    }
    QVERIFY(!byApplication.value(before->applications.at(0).id).contains(reviewerId(*doc, Sam)));
    QVERIFY(byApplication.value(before->applications.at(1).id).contains(reviewerId(*doc, Uma)));
    const QHash<QString, int> loads = loadsOf(stored);
    for (auto it = capacities.cbegin(); it != capacities.cend(); ++it) {
        const int load = loads.value(reviewerId(*doc, it.key()));
        QVERIFY2(load <= it.value(), qPrintable(it.key()));
        QCOMPARE(afterLoad(dialog.loadsTable(), it.key()), load); // the preview said so
    }
    for (const Assignment &assignment : stored) {
        if (assignment.id == existing.id) {
            QCOMPARE(assignment.source, QStringLiteral("manual"));
        } else {
            QCOMPARE(assignment.source, QStringLiteral("auto"));
            QCOMPARE(assignment.seed, std::optional<qint64>(42));
        }
    }

    // Edit › Undo takes the whole proposal back and keeps what was there.
    doc->undoStack()->undo();
    const QList<Assignment> undone = doc->reviewStore().listAssignments(fallId(*doc), Mentee).value();
    QCOMPARE(undone.size(), 1);
    QCOMPARE(undone.first().id, existing.id);
}

void TestReviewDialogs::assignDialogShowsShortfallsWhenCapacityIsTooSmall()
{
    auto doc = openDocument();
    QVERIFY(doc);
    // 8 places for 14 reviews.
    QVERIFY(setCapacities(*doc, {{Rita, 2}, {Sam, 2}, {Tess, 2}, {Uma, 2}}));
    const auto data = loadFall(*doc);
    QVERIFY(data);
    AssignReviewersDialog dialog(*doc, data, QStringLiteral("Fall"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *apply = applyButton(dialog);
    QVERIFY(apply);
    QTRY_VERIFY(apply->isEnabled());

    QCOMPARE(dialog.proposal().added.size(), 8);
    QCOMPARE(dialog.proposal().shortfalls.size(), 6);
    QVERIFY2(dialog.summaryText().contains(QStringLiteral("short")), qPrintable(dialog.summaryText()));
    const QStringList lines = dialog.shortfallText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 6);
    for (const QString &line : lines)
        QVERIFY2(line.contains(QStringLiteral("short")) && line.contains(QStringLiteral("capacity")), qPrintable(line));
    for (const QString &name : {Rita, Sam, Tess, Uma})
        QCOMPARE(afterLoad(dialog.loadsTable(), name), 2);

    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<Assignment> stored = doc->reviewStore().listAssignments(fallId(*doc), Mentee).value();
    QCOMPARE(stored.size(), 8);
    const QHash<QString, QStringList> byApplication = reviewersByApplication(stored);
    QStringList shortCodes;
    for (const ReviewApplication &application : data->applications) {
        const qsizetype count = byApplication.value(application.id).size();
        QVERIFY2(count >= 1, qPrintable(application.code)); // one reviewer short rather than unread
        if (count < 2)
            shortCodes.append(application.code);
    }
    QStringList shownCodes;
    for (const QString &line : lines)
        shownCodes.append(line.section(QLatin1Char(':'), 0, 0));
    QCOMPARE(shownCodes, shortCodes); // the applications shown short are the ones stored short
    for (int load : loadsOf(stored))
        QCOMPARE(load, 2);
}

void TestReviewDialogs::confirmedSuggestedConflictKeepsTheReviewerOff()
{
    auto doc = openDocument();
    QVERIFY(doc);
    const auto data = loadFall(*doc);
    QVERIFY(data);
    const QString uma = reviewerId(*doc, Uma), tess = reviewerId(*doc, Tess);
    const QString patPerson = data->applications.at(4).personId; // pat@daytonmetro.org
    const QString dayton = data->applications.at(2).personId;    // works at "Dayton Metro"
    QVERIFY(doc->reviewStore().listConflicts().value().isEmpty());

    ReviewersDialog dialog(*doc, fallId(*doc), Mentee);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget *reviewers = dialog.reviewersTable();
    int umaRow = -1;
    for (int row = 0; row < reviewers->rowCount(); ++row) {
        if (reviewers->item(row, ReviewersDialog::NameColumn)->text() == Uma)
            umaRow = row;
    }
    QVERIFY(umaRow >= 0);

    // Uma moves to Dayton Metro: her new address is typed into the Email cell.
    reviewers->setFocus();
    reviewers->setCurrentCell(umaRow, ReviewersDialog::EmailColumn);
    QTest::keyClick(reviewers, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("uma@daytonmetro.org"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(doc->reviewStore().loadReviewer(uma).value().email, QStringLiteral("uma@daytonmetro.org"));
    QTRY_COMPARE(dialog.reviewers().at(umaRow).email, QStringLiteral("uma@daytonmetro.org"));

    auto *suggest = dialog.findChild<QPushButton *>(QStringLiteral("suggestConflictsButton"));
    QVERIFY(suggest && suggest->isEnabled());
    QTest::mouseClick(suggest, Qt::LeftButton);
    QVERIFY2(dialog.messageText().contains(QStringLiteral("2")), qPrintable(dialog.messageText()));

    // Uma by email domain (Pat), Tess by library (the Dayton Metro applicant); nothing else.
    QList<Conflict> conflicts = doc->reviewStore().listConflicts().value();
    QCOMPARE(conflicts.size(), 2);
    const auto find = [&](const QString &reviewer) {
        return std::find_if(conflicts.cbegin(), conflicts.cend(),
                            [&](const Conflict &c) { return c.reviewerId == reviewer; });
    };
    QVERIFY(find(uma) != conflicts.cend() && find(tess) != conflicts.cend());
    QCOMPARE(find(uma)->personId, patPerson);
    QCOMPARE(find(uma)->source, QStringLiteral("email_domain"));
    QCOMPARE(find(uma)->status, QStringLiteral("suggested"));
    QCOMPARE(find(tess)->personId, dayton);
    QCOMPARE(find(tess)->source, QStringLiteral("same_library"));
    QCOMPARE(find(tess)->status, QStringLiteral("suggested"));
    const QString umaConflictId = find(uma)->id;

    // Select Uma, then her suggestion, and confirm it.
    QTest::mouseClick(reviewers->viewport(), Qt::LeftButton, {},
                      reviewers->visualRect(reviewers->model()->index(umaRow, ReviewersDialog::NameColumn)).center());
    QCOMPARE(reviewers->currentRow(), umaRow);
    QTableWidget *table = dialog.conflictsTable();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Same email domain"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
    auto *confirm = dialog.findChild<QPushButton *>(QStringLiteral("confirmConflictButton"));
    QVERIFY(confirm);
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(doc->reviewStore().loadConflict(umaConflictId).value().status, QStringLiteral("confirmed"));
    QCOMPARE(doc->reviewStore().listConflicts(tess).value().first().status, QStringLiteral("suggested"));
    QVERIFY(table->item(0, 2)->text().startsWith(QStringLiteral("Confirmed")));
    QCOMPARE(dialog.messageText(), QString());

    // Automatic assignment with k = every reviewer: each application gets all four, except that
    // Uma stays off Pat's; Tess's suggestion, not confirmed, keeps nobody off.
    AssignReviewersDialog assign(*doc, loadFall(*doc), QStringLiteral("Fall"));
    assign.show();
    QVERIFY(QTest::qWaitForWindowExposed(&assign));
    QSpinBox *k = assign.perApplicationSpinBox();
    k->setFocus();
    QTest::keyClick(k, Qt::Key_Up);
    QTest::keyClick(k, Qt::Key_Up);
    QCOMPARE(k->value(), 4);
    QPushButton *apply = applyButton(assign);
    QVERIFY(apply);
    QTRY_VERIFY(apply->isEnabled() && assign.proposal().perApplication == 4);
    QVERIFY2(assign.shortfallText().startsWith(data->applications.at(4).code + QLatin1Char(':')) &&
                 assign.shortfallText().contains(QStringLiteral("conflict")),
             qPrintable(assign.shortfallText()));
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(assign.result(), int(QDialog::Accepted));

    const QHash<QString, QStringList> byApplication =
        reviewersByApplication(doc->reviewStore().listAssignments(fallId(*doc), Mentee).value());
    for (int a = 0; a < data->applications.size(); ++a) {
        const QStringList on = byApplication.value(data->applications.at(a).id);
        QCOMPARE(on.size(), a == 4 ? 3 : 4);
        QCOMPARE(on.contains(uma), a != 4);
        QVERIFY(on.contains(tess));
    }

    // Undoing the assignment and then the confirmation puts the suggestion back.
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->reviewStore().loadConflict(umaConflictId).value().status, QStringLiteral("suggested"));
}

QTEST_MAIN(TestReviewDialogs)
#include "tst_reviewdialogs.moc"
