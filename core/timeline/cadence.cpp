#include "timeline/cadence.h"

#include <QLocale>

#include <algorithm>

namespace cohort {

namespace {

QString monthText(int year, int month)
{
    return QLocale().toString(QDate(year, month, 1), QStringLiteral("MMMM yyyy"));
}

QString dayText(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QDate earlier(QDate a, QDate b)
{
    return a < b ? a : b;
}

QDate later(QDate a, QDate b)
{
    return a < b ? b : a;
}

// "; last contact 3 days ago" / "; last contact today" / "; no contact yet".
QString lastContactText(QDate lastContact, QDate asOf)
{
    if (!lastContact.isValid())
        return Cadence::tr("no contact yet");
    const int days = int(lastContact.daysTo(asOf));
    if (days == 0)
        return Cadence::tr("last contact today");
    return Cadence::tr("last contact %n day(s) ago", nullptr, days);
}

} // namespace

int Cadence::expectedContacts(int contactsPerMonth, int activeDays, int daysInMonth)
{
    if (contactsPerMonth <= 0 || activeDays <= 0 || daysInMonth <= 0)
        return 0;
    if (activeDays >= daysInMonth)
        return contactsPerMonth;
    // round(c × a / d), halves up, in integers.
    return int((2 * qint64(contactsPerMonth) * activeDays + daysInMonth) / (2 * qint64(daysInMonth)));
}

MatchEngagement Cadence::evaluate(const EngagementInput &match, const CadenceSettings &settings, QDate asOf)
{
    MatchEngagement out;
    out.matchId = match.matchId;

    // The goal sheet.
    GoalSheetState &sheet = out.goalSheet;
    sheet.goals = match.goals;
    if (match.goalSheetDue && match.goalSheetDue->isValid())
        sheet.dueOn = *match.goalSheetDue;
    else if (match.startsOn.isValid())
        sheet.dueOn = match.startsOn.addDays(settings.goalSheetDueDays);
    const bool submitted = match.goalSheetSubmitted && match.goalSheetSubmitted->isValid();
    if (submitted)
        sheet.submittedOn = *match.goalSheetSubmitted;

    // The contacts in date order: sorted once, and only when they are not already (the store
    // reads them by date).
    const QList<QDate> *contacts = &match.contacts;
    QList<QDate> sortedCopy;
    if (!std::is_sorted(match.contacts.cbegin(), match.contacts.cend())) {
        sortedCopy = match.contacts;
        std::sort(sortedCopy.begin(), sortedCopy.end());
        contacts = &sortedCopy;
    }
    const auto first = contacts->cbegin();
    const auto last = contacts->cend();
    // The last contact on or before asOf (invalid dates sort first and are skipped).
    if (asOf.isValid()) {
        const auto after = std::upper_bound(first, last, asOf);
        if (after != first && std::prev(after)->isValid())
            out.lastContact = *std::prev(after);
    }

    const bool started = match.startsOn.isValid() && asOf.isValid() && match.startsOn <= asOf;
    if (!started) {
        out.status = EngagementStatus::NotStarted;
        out.reason =
            !match.startsOn.isValid() ? tr("Not published yet") : tr("Starts on %1").arg(dayText(match.startsOn));
        sheet.state = submitted ? GoalSheetState::State::Submitted : GoalSheetState::State::NotDue;
        return out;
    }
    if (submitted)
        sheet.state = GoalSheetState::State::Submitted;
    else if (sheet.dueOn.isValid() && asOf > sheet.dueOn)
        sheet.state = GoalSheetState::State::Overdue;
    else if (sheet.dueOn.isValid() && asOf >= sheet.dueOn.addDays(-GoalSheetReminderDays))
        sheet.state = GoalSheetState::State::Due;
    else
        sheet.state = GoalSheetState::State::NotDue;

    const QDate start = match.startsOn;
    const bool ended = match.endsOn.isValid() && match.endsOn <= asOf;
    const QDate end = later(start, ended ? match.endsOn : asOf);

    const QDate reference = out.lastContact.isValid() ? later(out.lastContact, start) : start;
    out.daysSinceContact = int(reference.daysTo(asOf));

    // The months from the start to the end, each with its contacts and expectation.
    const int monthCount = (end.year() - start.year()) * 12 + end.month() - start.month() + 1;
    out.months.reserve(monthCount);
    auto next = std::lower_bound(first, last, start);
    int year = start.year();
    int month = start.month();
    for (int k = 0; k < monthCount; ++k) {
        const QDate monthStart(year, month, 1);
        const int daysInMonth = monthStart.daysInMonth();
        const QDate from = later(monthStart, start);
        const QDate to = earlier(QDate(year, month, daysInMonth), end);
        MonthCadence &m = out.months.emplaceBack();
        m.year = year;
        m.month = month;
        const int activeDays = int(from.daysTo(to)) + 1;
        while (next != last && *next <= to) {
            ++m.contacts;
            ++next;
        }
        m.expected = expectedContacts(settings.contactsPerMonth, activeDays, daysInMonth);
        m.met = m.contacts >= m.expected;
        m.partial = activeDays < daysInMonth;
        if (++month > 12) {
            month = 1;
            ++year;
        }
    }

    if (ended) {
        out.status = EngagementStatus::Ended;
        out.reason = tr("Ended on %1").arg(dayText(match.endsOn));
        return out;
    }
    if (out.daysSinceContact > settings.quietDays) {
        out.status = EngagementStatus::Quiet;
        out.reason =
            out.lastContact.isValid() && out.lastContact >= start
                ? tr("No contact for %n day(s) (since %1)", nullptr, out.daysSinceContact).arg(dayText(out.lastContact))
                : tr("No contact in the %n day(s) since the match started (%1)", nullptr, out.daysSinceContact)
                      .arg(dayText(start));
        return out;
    }
    const MonthCadence &current = out.months.constLast();
    if (out.months.size() >= 2) {
        const MonthCadence &previous = out.months.at(out.months.size() - 2);
        if (!previous.met) {
            out.status = EngagementStatus::BelowCadence;
            out.reason = tr("%n contact(s) in %1, %2 expected", nullptr, previous.contacts)
                             .arg(monthText(previous.year, previous.month))
                             .arg(previous.expected);
            return out;
        }
    }
    if (asOf.day() * 2 > asOf.daysInMonth() && !current.met) {
        out.status = EngagementStatus::BelowCadence;
        out.reason = tr("%n contact(s) so far in %1, %2 expected by now", nullptr, current.contacts)
                         .arg(monthText(current.year, current.month))
                         .arg(current.expected);
        return out;
    }
    out.status = EngagementStatus::OnTrack;
    out.reason = tr("%n contact(s) so far in %1; %2", nullptr, current.contacts)
                     .arg(monthText(current.year, current.month), lastContactText(out.lastContact, asOf));
    return out;
}

QString Cadence::statusName(EngagementStatus status)
{
    switch (status) {
    case EngagementStatus::NotStarted:
        return tr("Not started");
    case EngagementStatus::OnTrack:
        return tr("On track");
    case EngagementStatus::BelowCadence:
        return tr("Below cadence");
    case EngagementStatus::Quiet:
        return tr("Quiet");
    case EngagementStatus::Ended:
        return tr("Ended");
    }
    return {};
}

QString Cadence::statusKey(EngagementStatus status)
{
    switch (status) {
    case EngagementStatus::NotStarted:
        return QStringLiteral("not-started");
    case EngagementStatus::OnTrack:
        return QStringLiteral("on-track");
    case EngagementStatus::BelowCadence:
        return QStringLiteral("below-cadence");
    case EngagementStatus::Quiet:
        return QStringLiteral("quiet");
    case EngagementStatus::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

QString Cadence::goalSheetStateName(GoalSheetState::State state)
{
    switch (state) {
    case GoalSheetState::State::NotDue:
        return tr("Not due");
    case GoalSheetState::State::Due:
        return tr("Due");
    case GoalSheetState::State::Overdue:
        return tr("Overdue");
    case GoalSheetState::State::Submitted:
        return tr("Submitted");
    }
    return {};
}

QString Cadence::goalSheetStateKey(GoalSheetState::State state)
{
    switch (state) {
    case GoalSheetState::State::NotDue:
        return QStringLiteral("not-due");
    case GoalSheetState::State::Due:
        return QStringLiteral("due");
    case GoalSheetState::State::Overdue:
        return QStringLiteral("overdue");
    case GoalSheetState::State::Submitted:
        return QStringLiteral("submitted");
    }
    return {};
}

} // namespace cohort
