#include "timeline/contactfields.h"

#include <QRegularExpression>

namespace cohort {

QStringList ContactFields::methods()
{
    return {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("video"), QStringLiteral("chat"),
            QStringLiteral("in_person")};
}

QStringList ContactFields::initiators()
{
    return {QStringLiteral("mentor"), QStringLiteral("mentee"), QStringLiteral("liaison")};
}

QString ContactFields::methodName(const QString &method)
{
    if (method == QLatin1String("email"))
        return tr("Email");
    if (method == QLatin1String("phone"))
        return tr("Phone");
    if (method == QLatin1String("video"))
        return tr("Video");
    if (method == QLatin1String("chat"))
        return tr("Chat");
    if (method == QLatin1String("in_person"))
        return tr("In person");
    return method;
}

QString ContactFields::initiatorName(const QString &initiator)
{
    if (initiator == QLatin1String("mentor"))
        return tr("Mentor");
    if (initiator == QLatin1String("mentee"))
        return tr("Mentee");
    if (initiator == QLatin1String("liaison"))
        return tr("Liaison");
    return initiator;
}

QString ContactFields::parseMethod(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-_]+"));
    const QString key = text.trimmed().toLower().replace(separators, QStringLiteral("_"));
    if (methods().contains(key))
        return key;
    static const QList<std::pair<QString, QStringList>> aliases = {
        {QStringLiteral("email"), {QStringLiteral("e_mail"), QStringLiteral("mail")}},
        {QStringLiteral("phone"), {QStringLiteral("telephone"), QStringLiteral("call"), QStringLiteral("phone_call")}},
        {QStringLiteral("video"),
         {QStringLiteral("video_call"), QStringLiteral("video_chat"), QStringLiteral("skype"), QStringLiteral("zoom"),
          QStringLiteral("video_chat_(skype)")}},
        {QStringLiteral("chat"),
         {QStringLiteral("online_chat"), QStringLiteral("text"), QStringLiteral("texting"), QStringLiteral("message"),
          QStringLiteral("instant_message")}},
        {QStringLiteral("in_person"),
         {QStringLiteral("inperson"), QStringLiteral("meeting"), QStringLiteral("face_to_face"),
          QStringLiteral("in_person_meeting")}},
    };
    for (const auto &[code, words] : aliases)
        if (words.contains(key))
            return code;
    return {};
}

QString ContactFields::parseInitiator(const QString &text)
{
    const QString key = text.trimmed().toLower();
    return initiators().contains(key) ? key : QString();
}

} // namespace cohort
