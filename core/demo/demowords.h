#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cohort {

// A library an applicant or reviewer works at (invented names in real places; e-mail domains
// use the reserved .example top-level domain so that demo letters can never reach anyone).
struct DemoLibrary
{
    QString name;
    QString type; // public, school, academic, special, none
    QString city;
    QString state;
    QString country;
    QString timeZone;
    QString domain;
    QString areaCode;
};

// A SMART goal template written against one of the seven objectives.
struct DemoGoalTemplate
{
    int objective = 1;
    QString title;
    QString specific;
    QString measurable;
    QString achievable;
    QString relevant;
};

// The vocabulary of the demo program: names, libraries, positions, interests and the sentence
// fragments that statements, comments, goals and contact notes are composed from.
class DemoWords
{
public:
    static const QStringList &firstNames();
    static const QStringList &lastNames();
    static const QList<DemoLibrary> &libraries();
    static const QList<DemoLibrary> &studentPrograms();
    static const QStringList &personalDomains();
    static const QStringList &mentorPositions(const QString &libraryType);
    static const QStringList &menteePositions(const QString &libraryType);
    static const QStringList &interests();
    static const QStringList &secondLanguages();

    static const QStringList &menteeOpenings();
    static const QStringList &menteeHopes();
    static const QStringList &menteeClosings();
    static const QStringList &menteeConnections();
    static const QStringList &mentorOpenings();
    static const QStringList &mentorMiddles();
    static const QStringList &mentorOffers();
    static const QStringList &mentorPreferences();

    static const QStringList &reviewComments();
    static const QList<DemoGoalTemplate> &goalTemplates();
    static const QStringList &contactNotes();
};

} // namespace cohort
