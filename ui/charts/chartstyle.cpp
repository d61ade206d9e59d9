#include "charts/chartstyle.h"

#include "common/messages.h"

#include "charts/customplot.h"
#include <QFileDialog>
#include <QMenu>
#include <QStandardPaths>

namespace cohort {

namespace {
const QString TitleObjectName = QStringLiteral("chartTitle");

QCPTextElement *findTitle(QCustomPlot *plot)
{
    if (plot->plotLayout()->rowCount() > 0) {
        if (auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0)))
            return title;
    }
    return nullptr;
}

void styleAxis(QCPAxis *axis, const QPalette &palette, const QFont &font)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15);
    axis->setBasePen(QPen(text, 1));
    axis->setTickPen(QPen(text, 1));
    axis->setSubTickPen(QPen(text, 1));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->setTickLabelFont(font);
    QFont labelFont = font;
    labelFont.setBold(true);
    axis->setLabelFont(labelFont);
    axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    axis->grid()->setZeroLinePen(QPen(grid, 1));
}
} // namespace

void ChartStyle::apply(QCustomPlot *plot)
{
    const QPalette palette = plot->palette();
    const QFont font = plot->font();
    plot->setBackground(palette.brush(QPalette::Base));
    plot->axisRect()->setBackground(palette.brush(QPalette::Base));
    for (QCPAxis *axis : plot->axisRect()->axes())
        styleAxis(axis, palette, font);
    plot->legend->setFont(font);
    plot->legend->setTextColor(palette.color(QPalette::WindowText));
    plot->legend->setBrush(palette.brush(QPalette::Base));
    plot->legend->setBorderPen(Qt::NoPen);
    if (QCPTextElement *title = findTitle(plot)) {
        QFont titleFont = font;
        titleFont.setPointSizeF(font.pointSizeF() * 1.25);
        titleFont.setBold(true);
        title->setFont(titleFont);
        title->setTextColor(palette.color(QPalette::WindowText));
    }
}

QCPTextElement *ChartStyle::setTitle(QCustomPlot *plot, const QString &title)
{
    QCPTextElement *element = findTitle(plot);
    if (!element) {
        plot->plotLayout()->insertRow(0);
        element = new QCPTextElement(plot, title);
        element->setObjectName(TitleObjectName);
        plot->plotLayout()->addElement(0, 0, element);
    }
    element->setText(title);
    apply(plot);
    return element;
}

void ChartStyle::setManyBars(QCustomPlot *plot, bool many)
{
    plot->setNotAntialiasedElements(many ? QCP::aePlottables : QCP::aeNone);
}

void ChartStyle::installExportMenu(QCustomPlot *plot, const QString &baseName)
{
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(plot, &QWidget::customContextMenuRequested, plot, [plot, baseName](const QPoint &pos) {
        QMenu menu(plot);
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QAction *png = menu.addAction(tr("Export as PNG…"));
        png->setToolTip(tr("Save this chart as a PNG image"));
        QAction *pdf = menu.addAction(tr("Export as PDF…"));
        pdf->setToolTip(tr("Save this chart as a PDF document"));
        QAction *chosen = menu.exec(plot->mapToGlobal(pos));
        if (!chosen)
            return;
        const bool asPdf = chosen == pdf;
        const QString suffix = asPdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
        QString path = QFileDialog::getSaveFileName(plot, asPdf ? tr("Export Chart as PDF") : tr("Export Chart as PNG"),
                                                    folder + QLatin1Char('/') + baseName + suffix,
                                                    asPdf ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(suffix, Qt::CaseInsensitive))
            path += suffix;
        const bool saved = asPdf ? plot->savePdf(path) : plot->savePng(path, 0, 0, 2.0);
        if (!saved)
            Messages::critical(
                plot, tr("Export Chart"),
                tr("The chart could not be written to “%1”. Choose a folder you can write to.").arg(path));
    });
}

} // namespace cohort
