#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cohort {

// The values a logged contact's method and initiator may take (the schema's CHECKs), their
// names in words, and what imports accept for them.
class ContactFields
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ContactFields)

public:
    // email, phone, video, chat, in_person
    static QStringList methods();
    // mentor, mentee, liaison
    static QStringList initiators();
    // "Email", "Phone", "Video", "Chat", "In person" (translated); the code itself when unknown.
    static QString methodName(const QString &method);
    // "Mentor", "Mentee", "Liaison" (translated).
    static QString initiatorName(const QString &initiator);
    // A method as people write it: the code, any case, with spaces or hyphens ("In person",
    // "in-person"), or a common word for it (e-mail, telephone, call, Skype, Zoom, video call,
    // online chat, text, meeting, face to face). Empty when not recognised.
    static QString parseMethod(const QString &text);
    // An initiator: the code, any case. Empty when not recognised.
    static QString parseInitiator(const QString &text);
};

} // namespace cohort
