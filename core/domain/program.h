#pragma once

#include <QString>

namespace cohort {

// The one row that names the program a file holds.
struct ProgramInfo
{
    QString id;
    QString name;
    QString organization;
    QString contactEmail;
    int version = 1;
};

} // namespace cohort
