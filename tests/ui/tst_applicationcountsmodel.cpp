#include "dashboard/applicationcountsmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace cohort;

// The Dashboard's numbers table: statuses in workflow order, a total row, raw values for sorting.
class TestApplicationCountsModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsFollowWorkflowOrderWithTotal();
    void emptyCycleHasOnlyTotal();
    void unknownStatusStillCounts();
    void passesModelTester();
};

void TestApplicationCountsModel::rowsFollowWorkflowOrderWithTotal()
{
    ApplicationCountsModel model;
    model.setCounts({{QStringLiteral("mentee"), QStringLiteral("waitlisted"), 3},
                     {QStringLiteral("mentor"), QStringLiteral("accepted"), 2},
                     {QStringLiteral("mentee"), QStringLiteral("accepted"), 5},
                     {QStringLiteral("mentee"), QStringLiteral("received"), 1200}});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(ApplicationCountsModel::ColumnCount));
    QCOMPARE(model.index(0, 0).data(ApplicationCountsModel::StatusCodeRole).toString(), QStringLiteral("received"));
    QCOMPARE(model.index(1, 0).data(ApplicationCountsModel::StatusCodeRole).toString(), QStringLiteral("accepted"));
    QCOMPARE(model.index(2, 0).data(ApplicationCountsModel::StatusCodeRole).toString(), QStringLiteral("waitlisted"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Accepted"));
    QCOMPARE(model.index(1, ApplicationCountsModel::MentorColumn).data(ApplicationCountsModel::RawValueRole).toInt(),
             2);
    QCOMPARE(model.index(1, ApplicationCountsModel::TotalColumn).data().toString(), QStringLiteral("7"));
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("Total"));
    QCOMPARE(model.index(3, ApplicationCountsModel::TotalColumn).data(ApplicationCountsModel::RawValueRole).toInt(),
             1210);
    QCOMPARE(model.index(3, ApplicationCountsModel::TotalColumn).data().toString(), QLocale().toString(1210));
    // Status is text and colour; numbers are right-aligned.
    QVERIFY(model.index(0, 0).data(Qt::DecorationRole).value<QColor>().isValid());
    QVERIFY(!model.index(3, 0).data(Qt::DecorationRole).isValid());
    QVERIFY(model.index(0, 1).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
}

void TestApplicationCountsModel::emptyCycleHasOnlyTotal()
{
    ApplicationCountsModel model;
    model.setCounts({});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ApplicationCountsModel::TotalColumn).data().toString(), QStringLiteral("0"));
}

void TestApplicationCountsModel::unknownStatusStillCounts()
{
    ApplicationCountsModel model;
    model.setCounts({{QStringLiteral("mentor"), QStringLiteral("on_hold"), 4}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("on_hold"));
    QCOMPARE(model.index(1, ApplicationCountsModel::MentorColumn).data(ApplicationCountsModel::RawValueRole).toInt(),
             4);
}

void TestApplicationCountsModel::passesModelTester()
{
    ApplicationCountsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCounts({{QStringLiteral("mentor"), QStringLiteral("eligible"), 1}});
    model.setCounts({{QStringLiteral("mentor"), QStringLiteral("eligible"), 1},
                     {QStringLiteral("mentee"), QStringLiteral("declined"), 9}});
    model.setCounts({});
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestApplicationCountsModel)
#include "tst_applicationcountsmodel.moc"
