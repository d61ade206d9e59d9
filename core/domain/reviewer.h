#pragma once

#include <QString>

namespace cohort {

// A member of the working group who reads and scores applications.
struct Reviewer
{
    QString id;
    QString name;
    QString email;
    QString role = QStringLiteral("member"); // chair, member
    int capacity = 20;                       // how many applications they can take in a cycle
    bool active = true;
    int version = 1;
};

// A reviewer's conflict of interest with a person: that person's applications are never shown
// to the reviewer.
struct Conflict
{
    QString id;
    QString reviewerId;
    QString personId;
    QString source = QStringLiteral("declared");  // declared, same_library, email_domain, other
    QString status = QStringLiteral("confirmed"); // suggested, confirmed, dismissed
    QString reason;
    int version = 1;
};

} // namespace cohort
