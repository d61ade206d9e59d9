#include "intake/normalize.h"

#include <QStringView>

namespace cohort::normalize {

QString email(const QString &email)
{
    return email.trimmed().toLower();
}

namespace {

// name() for text that is all ASCII, where NFKD changes nothing and there are no marks: the
// same result without decomposing (an import calls name() for every row).
QString asciiName(QStringView text)
{
    QString folded;
    folded.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool digit = u >= u'0' && u <= u'9';
        const bool upper = u >= u'A' && u <= u'Z';
        const bool lower = u >= u'a' && u <= u'z';
        if (digit || upper || lower) {
            if (space && !folded.isEmpty())
                folded.append(QLatin1Char(' '));
            space = false;
            folded.append(upper ? QChar(char16_t(u + (u'a' - u'A'))) : c);
        } else {
            space = true;
        }
    }
    return folded;
}

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QString name(const QString &text)
{
    if (isAscii(text))
        return asciiName(text);
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
    const auto common = [](QStringView word) {
        return word == QLatin1String("the") || word == QLatin1String("library") || word == QLatin1String("public") ||
               word == QLatin1String("branch") || word == QLatin1String("of") || word == QLatin1String("libraries");
    };
    // name() separates words by single spaces; keep the uncommon ones, joined the same way.
    const QString folded = name(text);
    QString kept;
    kept.reserve(folded.size());
    for (const QStringView word : QStringView(folded).tokenize(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (common(word))
            continue;
        if (!kept.isEmpty())
            kept.append(QLatin1Char(' '));
        kept.append(word);
    }
    return kept;
}

} // namespace cohort::normalize
