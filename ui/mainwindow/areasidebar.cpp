#include "mainwindow/areasidebar.h"

#include "common/icons.h"

#include <QStyledItemDelegate>

namespace cohort {

namespace {
// Highlights the whole row of the current area, icon included (QListView leaves the icon out),
// without a focus frame cutting through it.
class WholeRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->showDecorationSelected = true;
        option->state &= ~QStyle::State_HasFocus; // the tint already marks the current area
    }
};
} // namespace

AreaSidebar::AreaSidebar(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("areaSidebar"));
    setAccessibleName(tr("Areas"));
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int icon = fontMetrics().height() * 2;
    setIconSize(QSize(icon, icon));
    setSpacing(2);
    setUniformItemSizes(true);
    setItemDelegate(new WholeRowDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    // The current area gets a tint of the highlight colour rather than the full highlight, so
    // the dark strokes of the icons stay visible on it (in light and dark palettes alike).
    QPalette tinted = palette();
    const QColor highlight = tinted.color(QPalette::Highlight);
    const QColor window = tinted.color(QPalette::Window);
    const auto mix = [](int a, int b) {
        return (a * 3 + b * 7) / 10;
    };
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        tinted.setColor(group, QPalette::Highlight,
                        QColor(mix(highlight.red(), window.red()), mix(highlight.green(), window.green()),
                               mix(highlight.blue(), window.blue())));
        tinted.setColor(group, QPalette::HighlightedText, tinted.color(QPalette::WindowText));
    }
    setPalette(tinted);
    for (const AreaInfo &info : AreaInfo::all()) {
        auto *item = new QListWidgetItem(Icons::named(info.iconName), info.title, this);
        item->setToolTip(info.toolTip);
        item->setSizeHint(QSize(0, icon + fontMetrics().height()));
    }
    setCurrentRow(0);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit areaSelected(static_cast<Area>(row));
    });
}

Area AreaSidebar::currentArea() const
{
    return static_cast<Area>(std::max(0, currentRow()));
}

void AreaSidebar::setCurrentArea(Area area)
{
    setCurrentRow(static_cast<int>(area));
}

QSize AreaSidebar::sizeHint() const
{
    int width = 0;
    for (int row = 0; row < count(); ++row)
        width = std::max(width, fontMetrics().horizontalAdvance(item(row)->text()));
    return {width + iconSize().width() + fontMetrics().height() * 3, QListWidget::sizeHint().height()};
}

} // namespace cohort
