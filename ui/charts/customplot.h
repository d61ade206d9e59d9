#pragma once

// Include QCustomPlot through this header. qcustomplot.h 2.1 uses Qt's `foreach` in two member
// templates, and Cohort builds with QT_NO_FOREACH (which removes it); a range-for does the same
// there, so it stands in while the header is read.
#if defined(QT_NO_FOREACH) && !defined(foreach)
#define foreach(variable, container) for (variable : container)
#include <qcustomplot.h>
#undef foreach
#else
#include <qcustomplot.h>
#endif
