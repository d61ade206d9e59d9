#include "intake/normalize.h"

#include <QSet>
#include <QStringList>

namespace cohort::normalize {

QString email(const QString &email)
{
    return email.trimmed().toLower();
}

QString name(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !folded.isEmpty())
                folded.append(QLatin1Char(' '));
            space = false;
            folded.append(c.toLower());
        } else {
            space = true;
        }
    }
    return folded;
}

QString library(const QString &text)
{
    static const QSet<QString> common = {QStringLiteral("the"),    QStringLiteral("library"),
                                         QStringLiteral("public"), QStringLiteral("branch"),
                                         QStringLiteral("of"),     QStringLiteral("libraries")};
    QStringList words = name(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    words.removeIf([](const QString &word) { return common.contains(word); });
    return words.join(QLatin1Char(' '));
}

} // namespace cohort::normalize
