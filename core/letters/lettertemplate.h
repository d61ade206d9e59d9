#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace cohort {

// One problem in a letter template, with its place (1-based line and column of the tag).
struct LetterProblem
{
    int line = 0;
    int column = 0;
    QString text;
};

// A letter template: HTML with mustache-style tags, a safe subset only.
//   {{name}}            the value, HTML-escaped (dotted names: {{person.first_name}})
//   {{#name}}…{{/name}} rendered when the value is true, a non-empty text or map, or once per
//                       map of a non-empty list (names inside resolve in that map first)
//   {{^name}}…{{/name}} rendered when the value is false, empty or absent
//   {{! comment }}      dropped
// Unescaped output ({{{x}}}, {{&x}}), partials and delimiter changes are refused.
//
// Values for one recipient are a QVariantMap tree: QString (or anything with toString()), bool,
// nested QVariantMap, and QVariantList of QVariantMap.
class LetterTemplate
{
    Q_DECLARE_TR_FUNCTIONS(cohort::LetterTemplate)

public:
    // The documented placeholder names (dotted, as written in templates; LetterData documents
    // their values). match.partners is a list: inside {{#match.partners}}…{{/match.partners}}
    // its names are written short ({{full_name}}), once per partner.
    static QStringList placeholders();

    // Syntax problems and unknown placeholders (not in placeholders()), in template order.
    static QList<LetterProblem> check(const QString &templateHtml);

    // The HTML body for one recipient. Refuses, naming the recipient and the place, a syntax
    // error, a placeholder that is neither documented nor present in values, and a placeholder
    // with no (or an empty) value unless an enclosing {{#name}}/{{^name}} section guards it.
    Result<QString> render(const QString &templateHtml, const QVariantMap &values, const QString &recipient) const;
};

} // namespace cohort
