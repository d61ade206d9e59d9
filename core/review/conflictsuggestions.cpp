#include "review/conflictsuggestions.h"

#include "domain/ids.h"
#include "intake/normalize.h"

#include <QSet>
#include <QStringBuilder>

#include <algorithm>

namespace cohort {

QString ConflictSuggestions::emailDomain(const QString &email)
{
    const QString key = normalize::email(email);
    const qsizetype at = key.lastIndexOf(QLatin1Char('@'));
    if (at < 0 || at + 1 >= key.size())
        return {};
    return key.mid(at + 1);
}

bool ConflictSuggestions::isWebmailDomain(const QString &domain)
{
    static const QSet<QString> webmail = {
        QStringLiteral("gmail.com"),      QStringLiteral("googlemail.com"), QStringLiteral("yahoo.com"),
        QStringLiteral("ymail.com"),      QStringLiteral("outlook.com"),    QStringLiteral("hotmail.com"),
        QStringLiteral("live.com"),       QStringLiteral("msn.com"),        QStringLiteral("icloud.com"),
        QStringLiteral("me.com"),         QStringLiteral("mac.com"),        QStringLiteral("aol.com"),
        QStringLiteral("protonmail.com"), QStringLiteral("proton.me"),      QStringLiteral("comcast.net"),
        QStringLiteral("gmx.com"),        QStringLiteral("mail.com"),       QStringLiteral("zoho.com"),
    };
    return webmail.contains(domain.trimmed().toLower());
}

QList<Conflict> ConflictSuggestions::suggest(const ReviewCycleData &data,
                                             const QHash<QString, QStringList> &reviewerLibraries)
{
    // One pass over the applications builds the keys; each reviewer then looks up their own.
    QHash<QString, QList<int>> byLibrary; // normalized library → application indices (by code)
    QHash<QString, QList<int>> byDomain;
    QHash<QString, QList<int>> byEmail;
    for (int a = 0; a < data.applications.size(); ++a) {
        const ReviewApplication &application = data.applications[a];
        const QString library = normalize::library(application.library);
        if (!library.isEmpty())
            byLibrary[library].append(a);
        const QString email = normalize::email(application.email);
        if (!email.isEmpty())
            byEmail[email].append(a);
        const QString domain = emailDomain(application.email);
        if (!domain.isEmpty() && !isWebmailDomain(domain))
            byDomain[domain].append(a);
    }

    QList<Conflict> result;
    for (const Reviewer &reviewer : data.reviewers) {
        QSet<QString> people;             // suggested for this reviewer already
        QList<QPair<int, Conflict>> mine; // application index (code order), suggestion
        const auto consider = [&](int a, const QString &source, const QString &reason) {
            const ReviewApplication &application = data.applications[a];
            if (people.contains(application.personId) || data.conflictIndex(reviewer.id, application.personId) >= 0)
                return;
            people.insert(application.personId);
            Conflict conflict;
            conflict.id = newId();
            conflict.reviewerId = reviewer.id;
            conflict.personId = application.personId;
            conflict.source = source;
            conflict.status = QStringLiteral("suggested");
            conflict.reason = reason;
            mine.append({a, conflict});
        };
        const QString email = normalize::email(reviewer.email);
        if (!email.isEmpty()) {
            for (int a : byEmail.value(email))
                consider(a, QStringLiteral("other"), tr("The reviewer's own application (same email)"));
        }
        for (const QString &library : reviewerLibraries.value(reviewer.id)) {
            const QString key = normalize::library(library);
            if (key.isEmpty())
                continue;
            for (int a : byLibrary.value(key))
                consider(a, QStringLiteral("same_library"), tr("Same library: %1").arg(data.applications[a].library));
        }
        const QString domain = emailDomain(reviewer.email);
        if (!domain.isEmpty() && !isWebmailDomain(domain)) {
            for (int a : byDomain.value(domain))
                consider(a, QStringLiteral("email_domain"), tr("Same email domain: %1").arg(domain));
        }
        std::stable_sort(mine.begin(), mine.end(), [](const QPair<int, Conflict> &l, const QPair<int, Conflict> &r) {
            return l.first < r.first;
        });
        for (const auto &entry : std::as_const(mine))
            result.append(entry.second);
    }
    return result;
}

} // namespace cohort
