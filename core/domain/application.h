#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace cohort {

// The same human across cycles and roles.
struct Person
{
    QString id;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    int version = 1;

    QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
};

// One application of one person to one cycle in one role (PROGRAM.md lists what forms ask).
// Status values: received, eligible, ineligible, under_review, accepted, waitlisted, declined, withdrawn.
struct Application
{
    QString id;
    QString cycleId;
    QString personId;
    QString role; // mentor, mentee
    QString code; // stable code shown in blind review ("A-0042")
    QString status = QStringLiteral("received");
    QString statusReason;
    QString source = QStringLiteral("form"); // form, import, email, paper
    QDateTime submittedAt;
    QString library;
    QString libraryType; // public, school, academic, special, none
    QString position;
    QString city;
    QString state;
    QString country;
    QString timeZone;
    bool alscMember = false;
    QString alscMemberId;
    bool alaMember = false;
    bool membershipAttested = false;
    std::optional<double> yearsExperience;
    QStringList interests;
    QString connection;  // mentees: connection to children's library service
    QString careerStage; // student, early_career, returning, refining
    QStringList contactMethods;
    QStringList languages;
    QString gender;     // confidential
    QString bipoc;      // confidential
    QString disability; // confidential
    bool useDemographics = false;
    QString mentorPreference; // confidential: "I would like a mentor who..."
    QStringList avoid;        // confidential: people to avoid
    QString statement;
    QString offer; // mentors: what they can offer
    int capacity = 1;
    bool adult = true;
    bool guardianPermission = false;
    QString eligibility = QStringLiteral("unknown"); // unknown, eligible, ineligible
    QString eligibilityReason;
    int version = 1;
};

// The row of the applications list: what a table of thousands needs, nothing more.
struct ApplicationSummary
{
    QString id;
    QString personId;
    QString role;
    QString code;
    QString fullName;
    QString email;
    QString library;
    QString libraryType;
    QString state;
    QString submittedAt;
    QString status;
    QString eligibility;
};

} // namespace cohort
