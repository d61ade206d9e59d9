#include "common/icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QStyle>

namespace cohort {

namespace {
struct Fallback
{
    const char *themeName;
    QStyle::StandardPixmap standard;
};

Fallback fallbackFor(const QString &name)
{
    static const QHash<QString, Fallback> fallbacks = {
        {QStringLiteral("dashboard"), {"view-statistics", QStyle::SP_FileDialogDetailedView}},
        {QStringLiteral("applications"), {"document-multiple", QStyle::SP_FileIcon}},
        {QStringLiteral("review"), {"document-edit", QStyle::SP_FileDialogContentsView}},
        {QStringLiteral("matching"), {"system-users", QStyle::SP_DirLinkIcon}},
        {QStringLiteral("timeline"), {"view-calendar", QStyle::SP_FileDialogInfoView}},
        {QStringLiteral("letters"), {"mail-message", QStyle::SP_DialogSaveButton}},
        {QStringLiteral("cohort"), {"system-users", QStyle::SP_DesktopIcon}},
    };
    return fallbacks.value(name, {"", QStyle::SP_FileIcon});
}
} // namespace

QIcon Icons::named(const QString &name)
{
    const QString path = QStringLiteral(":/cohort/icons/") + name + QStringLiteral(".svg");
    if (QFile::exists(path))
        return QIcon(path);
    const Fallback fallback = fallbackFor(name);
    const QString themeName = QString::fromLatin1(fallback.themeName);
    if (!themeName.isEmpty() && QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return QApplication::style()->standardIcon(fallback.standard);
}

} // namespace cohort
