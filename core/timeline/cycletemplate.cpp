#include "timeline/cycletemplate.h"

#include "domain/ids.h"

#include <QLocale>

#include <algorithm>

namespace cohort {

namespace {

struct PhaseSpec
{
    const char *kind;
    QDate starts; // in the 2017 cycle
    QDate ends;
    QDate deadline;
};

QString phaseName(const char *kind)
{
    const QLatin1String k(kind);
    if (k == QLatin1String("applications"))
        return CycleTemplate::tr("Applications accepted");
    if (k == QLatin1String("review"))
        return CycleTemplate::tr("Review and notifications");
    if (k == QLatin1String("goals"))
        return CycleTemplate::tr("Goals and virtual orientation");
    if (k == QLatin1String("work"))
        return CycleTemplate::tr("Matches work on goals");
    if (k == QLatin1String("midpoint"))
        return CycleTemplate::tr("Mid-point check-in");
    if (k == QLatin1String("survey"))
        return CycleTemplate::tr("Wrap-up survey");
    if (k == QLatin1String("closing"))
        return CycleTemplate::tr("Program concludes");
    return QString::fromLatin1(kind);
}

// The 2017 cycles. The first three phases of each are the published timeline (PROGRAM.md);
// the fall application deadline was not published and is, like the spring one (Friday,
// February 24), the last Friday of the month. The later phases are those later cycles added,
// dated as the demo program dates them.
const QList<PhaseSpec> &springPhases()
{
    static const QList<PhaseSpec> phases = {
        {"applications", QDate(2017, 1, 1), QDate(2017, 2, 28), QDate(2017, 2, 24)},
        {"review", QDate(2017, 3, 1), QDate(2017, 4, 30), QDate()},
        {"goals", QDate(2017, 4, 1), QDate(2017, 5, 31), QDate()},
        {"work", QDate(2017, 6, 1), QDate(2018, 3, 31), QDate()},
        {"midpoint", QDate(2017, 11, 1), QDate(2017, 11, 15), QDate(2017, 11, 15)},
        {"survey", QDate(2018, 4, 1), QDate(2018, 4, 20), QDate(2018, 4, 20)},
        {"closing", QDate(2018, 4, 30), QDate(2018, 4, 30), QDate()},
    };
    return phases;
}

const QList<PhaseSpec> &fallPhases()
{
    static const QList<PhaseSpec> phases = {
        {"applications", QDate(2017, 7, 1), QDate(2017, 8, 31), QDate(2017, 8, 25)},
        {"review", QDate(2017, 9, 1), QDate(2017, 10, 31), QDate()},
        {"goals", QDate(2017, 11, 1), QDate(2017, 12, 31), QDate()},
        {"work", QDate(2018, 1, 1), QDate(2018, 8, 31), QDate()},
        {"midpoint", QDate(2018, 5, 1), QDate(2018, 5, 15), QDate(2018, 5, 15)},
        {"survey", QDate(2018, 9, 1), QDate(2018, 9, 21), QDate(2018, 9, 21)},
        {"closing", QDate(2018, 9, 30), QDate(2018, 9, 30), QDate()},
    };
    return phases;
}

// The cycle's dates from its phases.
void spanPhases(Cycle &cycle)
{
    for (const Phase &phase : std::as_const(cycle.phases)) {
        if (phase.startsOn.isValid() && (!cycle.startsOn.isValid() || phase.startsOn < cycle.startsOn))
            cycle.startsOn = phase.startsOn;
        if (phase.endsOn.isValid() && (!cycle.endsOn.isValid() || phase.endsOn > cycle.endsOn))
            cycle.endsOn = phase.endsOn;
    }
}

QString dayText(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

QStringList CycleTemplate::seasons()
{
    return {QStringLiteral("spring"), QStringLiteral("fall")};
}

QDate CycleTemplate::shiftYears(QDate date, int years)
{
    if (!date.isValid() || years == 0)
        return date;
    const int year = date.year() + years;
    const int lastDay = QDate(year, date.month(), 1).daysInMonth();
    if (date.day() == date.daysInMonth())
        return QDate(year, date.month(), lastDay);
    return QDate(year, date.month(), std::min(date.day(), lastDay));
}

Cycle CycleTemplate::make(const QString &season, int year)
{
    const QString s = season.trimmed().toLower();
    const bool spring = s == QLatin1String("spring");
    if (!spring && s != QLatin1String("fall"))
        return {};
    Cycle cycle;
    cycle.id = newId();
    cycle.season = s;
    cycle.year = year;
    cycle.name = spring ? tr("Spring %1").arg(year) : tr("Fall %1").arg(year);
    cycle.sortOrder = spring ? 0 : 1;
    const int shift = year - 2017;
    int order = 0;
    for (const PhaseSpec &spec : spring ? springPhases() : fallPhases()) {
        Phase phase;
        phase.id = newId();
        phase.cycleId = cycle.id;
        phase.kind = QString::fromLatin1(spec.kind);
        phase.name = phaseName(spec.kind);
        phase.startsOn = shiftYears(spec.starts, shift);
        phase.endsOn = shiftYears(spec.ends, shift);
        phase.deadline = shiftYears(spec.deadline, shift);
        phase.sortOrder = order++;
        cycle.phases.append(phase);
    }
    spanPhases(cycle);
    return cycle;
}

Cycle CycleTemplate::copyOf(const Cycle &earlier, const QString &name, int year)
{
    const int from = earlier.year != 0 ? earlier.year : earlier.startsOn.year();
    const int shift = earlier.year != 0 || earlier.startsOn.isValid() ? year - from : 0;
    Cycle cycle;
    cycle.id = newId();
    cycle.name = name;
    cycle.season = earlier.season;
    cycle.year = year;
    cycle.startsOn = shiftYears(earlier.startsOn, shift);
    cycle.endsOn = shiftYears(earlier.endsOn, shift);
    cycle.blindReview = earlier.blindReview;
    cycle.sortOrder = earlier.sortOrder;
    for (const Phase &old : earlier.phases) {
        Phase phase = old;
        phase.id = newId();
        phase.cycleId = cycle.id;
        phase.startsOn = shiftYears(old.startsOn, shift);
        phase.endsOn = shiftYears(old.endsOn, shift);
        phase.deadline = shiftYears(old.deadline, shift);
        phase.version = 1;
        cycle.phases.append(phase);
    }
    if (!cycle.startsOn.isValid() || !cycle.endsOn.isValid())
        spanPhases(cycle);
    return cycle;
}

QStringList PhaseCheck::kinds()
{
    return {QStringLiteral("applications"), QStringLiteral("review"),      QStringLiteral("notifications"),
            QStringLiteral("goals"),        QStringLiteral("orientation"), QStringLiteral("work"),
            QStringLiteral("midpoint"),     QStringLiteral("survey"),      QStringLiteral("closing"),
            QStringLiteral("other")};
}

QString PhaseCheck::kindName(const QString &kind)
{
    if (kind == QLatin1String("applications"))
        return tr("Applications");
    if (kind == QLatin1String("review"))
        return tr("Review");
    if (kind == QLatin1String("notifications"))
        return tr("Notifications");
    if (kind == QLatin1String("goals"))
        return tr("Goals");
    if (kind == QLatin1String("orientation"))
        return tr("Orientation");
    if (kind == QLatin1String("work"))
        return tr("Work on goals");
    if (kind == QLatin1String("midpoint"))
        return tr("Mid-point check-in");
    if (kind == QLatin1String("survey"))
        return tr("Survey");
    if (kind == QLatin1String("closing"))
        return tr("Closing");
    if (kind == QLatin1String("other"))
        return tr("Other");
    return kind;
}

bool PhaseCheck::refused(const QList<PhaseProblem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const PhaseProblem &p) { return p.refusal; });
}

QList<PhaseProblem> PhaseCheck::check(const QList<Phase> &phases)
{
    QList<PhaseProblem> problems;
    const QStringList known = kinds();
    QList<bool> dated(phases.size(), false);
    for (int i = 0; i < phases.size(); ++i) {
        const Phase &p = phases.at(i);
        const QString name = p.name.trimmed();
        const QString label = name.isEmpty() ? tr("Phase %1").arg(i + 1) : QStringLiteral("“%1”").arg(name);
        const auto refuse = [&](const QString &text) {
            problems.append({i, true, text});
        };
        if (name.isEmpty())
            refuse(tr("Phase %1 has no name.").arg(i + 1));
        if (!known.contains(p.kind))
            refuse(tr("%1 has an unknown kind “%2”.").arg(label, p.kind));
        if (!p.startsOn.isValid() || !p.endsOn.isValid()) {
            refuse(!p.startsOn.isValid() ? tr("%1 has no start date.").arg(label)
                                         : tr("%1 has no end date.").arg(label));
            continue;
        }
        if (p.endsOn < p.startsOn) {
            refuse(tr("%1 ends (%2) before it starts (%3).").arg(label, dayText(p.endsOn), dayText(p.startsOn)));
            continue;
        }
        dated[i] = true;
        if (p.deadline.isValid() && (p.deadline < p.startsOn || p.deadline > p.endsOn))
            refuse(tr("The deadline of %1 (%2) is outside the phase (%3 – %4).")
                       .arg(label, dayText(p.deadline), dayText(p.startsOn), dayText(p.endsOn)));
    }
    for (int j = 0; j < phases.size(); ++j) {
        if (!dated.at(j))
            continue;
        const Phase &b = phases.at(j);
        for (int i = 0; i < j; ++i) {
            if (!dated.at(i))
                continue;
            const Phase &a = phases.at(i);
            if (a.startsOn > b.endsOn || b.startsOn > a.endsOn)
                continue;
            const bool aInB = b.startsOn <= a.startsOn && a.endsOn <= b.endsOn;
            const bool bInA = a.startsOn <= b.startsOn && b.endsOn <= a.endsOn;
            if (aInB || bInA)
                continue;
            const int later = b.startsOn >= a.startsOn ? j : i;
            const QDate from = std::max(a.startsOn, b.startsOn);
            const QDate to = std::min(a.endsOn, b.endsOn);
            problems.append({later, false,
                             tr("“%1” and “%2” overlap from %3 to %4.")
                                 .arg(a.name.trimmed(), b.name.trimmed(), dayText(from), dayText(to))});
        }
    }
    return problems;
}

} // namespace cohort
