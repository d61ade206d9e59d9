#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace cohort {

// The demo generator's only source of chance: a seeded Mersenne Twister, so that the same seed
// gives the same program on every machine. Ids are drawn from it too (never QUuid::createUuid).
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed) : m_generator(seed) {}

    // An integer in [0, n).
    int bounded(int n) { return n <= 1 ? 0 : static_cast<int>(m_generator.bounded(static_cast<quint32>(n))); }
    // An integer in [low, high], both included.
    int between(int low, int high) { return low + bounded(high - low + 1); }
    // A number in [0, 1).
    double uniform() { return m_generator.generateDouble(); }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    bool chance(double probability) { return uniform() < probability; }

    // A random (version 4, RFC 4122 variant) UUID as text without braces.
    QString uuid();
    // `bytes` random bytes as lowercase hex.
    QString hex(int bytes);

    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(bounded(static_cast<int>(list.size())));
    }

    // Fisher–Yates, so that the order depends only on the seed.
    template <typename T> void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, bounded(static_cast<int>(i + 1)));
    }

private:
    QRandomGenerator m_generator;
};

} // namespace cohort
