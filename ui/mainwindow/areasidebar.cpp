#include "mainwindow/areasidebar.h"

#include "common/icons.h"

#include <QApplication>
#include <QPainter>
#include <QStyledItemDelegate>

namespace cohort {

namespace {
constexpr int BadgeRole = Qt::UserRole + 1;
constexpr int ToolTipWithoutBadgeRole = Qt::UserRole + 2;

QFont badgeFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    return small;
}

// Highlights the whole row of the current area, icon included (QListView leaves the icon out),
// without a focus frame cutting through it; draws the badge, if any, as a pill under the name.
class WholeRowDelegate : public QStyledItemDelegate
{
public:
    explicit WholeRowDelegate(const QPalette &accent, QObject *parent) : QStyledItemDelegate(parent), m_accent(accent)
    {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString badge = index.data(BadgeRole).toString();
        if (badge.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString name = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        QStyleOptionViewItem textOpt(option);
        initStyleOption(&textOpt, index);
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &textOpt, opt.widget);
        const QFontMetrics nameMetrics(opt.font);
        const QFont small = badgeFont(opt.font);
        const QFontMetrics smallMetrics(small);
        const int pillHeight = smallMetrics.height() + 2;
        const int gap = 2;
        const int top = textRect.center().y() - (nameMetrics.height() + gap + pillHeight) / 2;
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(
            opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect nameRect(textRect.left(), top, textRect.width(), nameMetrics.height());
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                          nameMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));
        const int padding = smallMetrics.height() / 2;
        const int pillWidth = std::min(textRect.width(), smallMetrics.horizontalAdvance(badge) + 2 * padding);
        const QRectF pill(textRect.left(), top + nameMetrics.height() + gap, pillWidth, pillHeight);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_accent.color(QPalette::Highlight));
        painter->drawRoundedRect(pill, pillHeight / 2.0, pillHeight / 2.0);
        painter->setFont(small);
        painter->setPen(m_accent.color(QPalette::HighlightedText));
        painter->drawText(pill, Qt::AlignCenter,
                          smallMetrics.elidedText(badge, Qt::ElideRight, int(pill.width()) - padding));
        painter->restore();
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->showDecorationSelected = true;
        option->state &= ~QStyle::State_HasFocus; // the tint already marks the current area
    }

private:
    QPalette m_accent; // the untinted palette: the badge in the full highlight colour
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
    setItemDelegate(new WholeRowDelegate(palette(), this));
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
        item->setData(ToolTipWithoutBadgeRole, info.toolTip);
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

void AreaSidebar::setBadge(Area area, const QString &text, const QString &toolTip)
{
    QListWidgetItem *entry = item(static_cast<int>(area));
    if (!entry || entry->data(BadgeRole).toString() == text)
        return;
    entry->setData(BadgeRole, text);
    const QString base = entry->data(ToolTipWithoutBadgeRole).toString();
    const QString note = toolTip.isEmpty() ? text : toolTip;
    entry->setToolTip(text.isEmpty() ? base : base + QStringLiteral("\n") + note);
    entry->setData(Qt::AccessibleDescriptionRole, note);
    updateGeometry();
    viewport()->update();
}

QString AreaSidebar::badge(Area area) const
{
    const QListWidgetItem *entry = item(static_cast<int>(area));
    return entry ? entry->data(BadgeRole).toString() : QString();
}

QSize AreaSidebar::sizeHint() const
{
    int width = 0;
    const QFontMetrics small(badgeFont(font()));
    for (int row = 0; row < count(); ++row) {
        width = std::max(width, fontMetrics().horizontalAdvance(item(row)->text()));
        const QString badge = item(row)->data(BadgeRole).toString();
        if (!badge.isEmpty())
            width = std::max(width, small.horizontalAdvance(badge) + small.height());
    }
    return {width + iconSize().width() + fontMetrics().height() * 3, QListWidget::sizeHint().height()};
}

} // namespace cohort
