#include "demo/demorandom.h"

namespace cohort {

namespace {
constexpr char kHexDigits[] = "0123456789abcdef";

void appendHex(char *out, quint64 value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = kHexDigits[value & 0xF];
        value >>= 4;
    }
}
} // namespace

QString DemoRandom::uuid()
{
    quint64 high = m_generator.generate64();
    quint64 low = m_generator.generate64();
    high = (high & ~quint64(0xF000)) | quint64(0x4000);                      // version 4
    low = (low & quint64(0x3FFFFFFFFFFFFFFF)) | quint64(0x8000000000000000); // variant 10
    char text[36];
    appendHex(text, high >> 32, 8);
    text[8] = '-';
    appendHex(text + 9, (high >> 16) & 0xFFFF, 4);
    text[13] = '-';
    appendHex(text + 14, high & 0xFFFF, 4);
    text[18] = '-';
    appendHex(text + 19, low >> 48, 4);
    text[23] = '-';
    appendHex(text + 24, low & quint64(0xFFFFFFFFFFFF), 12);
    return QString::fromLatin1(text, 36);
}

QString DemoRandom::hex(int bytes)
{
    QByteArray text(bytes * 2, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        appendHex(text.data() + 2 * i, m_generator.bounded(256u), 2);
    return QString::fromLatin1(text);
}

} // namespace cohort
