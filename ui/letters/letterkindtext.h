#pragma once

#include <QCoreApplication>
#include <QString>

namespace cohort {

// The words for the letter kinds and languages stored in a program file.
class LetterKindText
{
    Q_DECLARE_TR_FUNCTIONS(cohort::LetterKindText)

public:
    static QString name(const QString &kind);        // "Acceptance — mentors"
    static QString description(const QString &kind); // who receives it, in one sentence
    static QString language(const QString &code);    // "English", "Spanish"
    static QStringList languages();                  // the codes with bundled letters
};

} // namespace cohort
