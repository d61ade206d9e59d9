#pragma once

#include <QString>

namespace cohort {

// Keys for finding the same person or library written differently.
namespace normalize {

// Trimmed and lower-cased ("Ann.Lee@Example.ORG " → "ann.lee@example.org").
QString email(const QString &email);
// Lower-cased, accents removed, punctuation and runs of spaces folded to one space
// ("Zoë  O'Brien-Núñez" → "zoe o brien nunez").
QString name(const QString &text);
// name() without common words ("the", "library", "public", "branch", "of") so that
// "Dayton Metro Library" and "Dayton Metro" meet.
QString library(const QString &text);

} // namespace normalize
} // namespace cohort
