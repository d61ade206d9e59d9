#pragma once

#include "mainwindow/area.h"

#include <QListWidget>

namespace cohort {

// The left column of the window: one entry per area, with its icon and name.
class AreaSidebar : public QListWidget
{
    Q_OBJECT

public:
    explicit AreaSidebar(QWidget *parent = nullptr);

    Area currentArea() const;
    void setCurrentArea(Area area);

    QSize sizeHint() const override;

signals:
    void areaSelected(cohort::Area area);
};

} // namespace cohort
