#pragma once

#include "mainwindow/area.h"

#include <QListWidget>

namespace cohort {

// The left column of the window: one entry per area, with its icon and name, and under the name
// a small badge with a count that needs attention ("12 to score"), when there is one.
class AreaSidebar : public QListWidget
{
    Q_OBJECT

public:
    explicit AreaSidebar(QWidget *parent = nullptr);

    Area currentArea() const;
    void setCurrentArea(Area area);
    // Shows `text` as the area's badge (empty: none); the tooltip says it too.
    void setBadge(Area area, const QString &text, const QString &toolTip = {});
    QString badge(Area area) const;

    QSize sizeHint() const override;

signals:
    void areaSelected(cohort::Area area);
};

} // namespace cohort
