#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cohort {

// The areas of the window, in sidebar order (Ctrl+1 … Ctrl+6).
enum class Area
{
    Dashboard,
    Applications,
    Review,
    Matching,
    Timeline,
    Letters
};

// What the sidebar, the View menu and an area's empty state say about each area.
struct AreaInfo
{
    Q_DECLARE_TR_FUNCTIONS(cohort::AreaInfo)

public:
    Area area;
    QString iconName; // resources/icons/<iconName>.svg
    QString title;
    QString toolTip;
    QString emptyTitle;
    QString emptyText;

    static QList<AreaInfo> all();
    static AreaInfo of(Area area);
};

} // namespace cohort
