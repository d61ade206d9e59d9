#pragma once

#include <QLatin1String>

// Every key Cohort keeps in QSettings, with its default beside it. Read and write them only
// through AppSettings.
namespace cohort::SettingsKeys {

inline constexpr QLatin1String WindowGeometry("window/geometry"); // QByteArray, default empty
inline constexpr QLatin1String WindowState("window/state");       // QByteArray, default empty
inline constexpr QLatin1String CurrentArea("window/area");        // int
inline constexpr int CurrentAreaDefault = 0;                      // Dashboard

inline constexpr QLatin1String RecentFiles("files/recent"); // QStringList, newest first
inline constexpr int RecentFilesMax = 10;
inline constexpr QLatin1String LastFile("files/last");             // QString, default empty: open the demo
inline constexpr QLatin1String ImportFolder("files/importFolder"); // QString, default: the Documents folder
// QString: where issued letters go (a folder per cycle inside), default: Documents/Cohort Letters
inline constexpr QLatin1String LettersFolder("files/lettersFolder");

// "cycles/<sha1 of the file path>": the cycle id last selected in that program file.
inline constexpr QLatin1String SelectedCycleGroup("cycles");
// "splitters/<name>": QSplitter::saveState() of one area's splitter.
inline constexpr QLatin1String SplitterGroup("splitters");
// "headers/<name>": QHeaderView::saveState() of one table (column order, widths, hidden columns, sort).
inline constexpr QLatin1String HeaderGroup("headers");

// The Review area: the role shown and the calibration method of the committee grid.
inline constexpr QLatin1String ReviewRole("review/role"); // QString: mentee (default) or mentor
inline constexpr QLatin1String ReviewRoleDefault("mentee");
inline constexpr QLatin1String ReviewMethod("review/method"); // int: CalibrationMethod
inline constexpr int ReviewMethodDefault = 2;                 // ReviewerOffset

} // namespace cohort::SettingsKeys
