#include "core/providers/example/morsecode.h"

#include <QHash>
#include <QtEndian>
#include <cmath>
#include <numbers>

namespace vd {

namespace {

const QHash<QChar, QString>& table()
{
    static const QHash<QChar, QString> codes = [] {
        const char* const entries[][2] = {
            {"A", ".-"},     {"B", "-..."},    {"C", "-.-."},    {"D", "-.."},    {"E", "."},
            {"F", "..-."},   {"G", "--."},     {"H", "...."},    {"I", ".."},     {"J", ".---"},
            {"K", "-.-"},    {"L", ".-.."},    {"M", "--"},      {"N", "-."},     {"O", "---"},
            {"P", ".--."},   {"Q", "--.-"},    {"R", ".-."},     {"S", "..."},    {"T", "-"},
            {"U", "..-"},    {"V", "...-"},    {"W", ".--"},     {"X", "-..-"},   {"Y", "-.--"},
            {"Z", "--.."},   {"0", "-----"},   {"1", ".----"},   {"2", "..---"},  {"3", "...--"},
            {"4", "....-"},  {"5", "....."},   {"6", "-...."},   {"7", "--..."},  {"8", "---.."},
            {"9", "----."},  {".", ".-.-.-"},  {",", "--..--"},  {"?", "..--.."}, {"'", ".----."},
            {"!", "-.-.--"}, {"/", "-..-."},   {"(", "-.--."},   {")", "-.--.-"}, {"&", ".-..."},
            {":", "---..."}, {";", "-.-.-."},  {"=", "-...-"},   {"+", ".-.-."},  {"-", "-....-"},
            {"_", "..--.-"}, {"\"", ".-..-."}, {"$", "...-..-"}, {"@", ".--.-."},
        };
        QHash<QChar, QString> result;
        for (const auto& entry : entries)
            result.insert(QLatin1Char(entry[0][0]), QString::fromLatin1(entry[1]));
        return result;
    }();
    return codes;
}

// 5 ms raised-cosine edges keep the tone free of clicks.
double envelope(int index, int length, int rampSamples)
{
    const int edge = std::min({index, length - 1 - index, rampSamples});
    if (edge >= rampSamples)
        return 1.0;
    return 0.5 - 0.5 * std::cos(std::numbers::pi * edge / rampSamples);
}

} // namespace

QString MorseCode::pattern(QChar character)
{
    return table().value(character.toUpper());
}

QList<int> MorseCode::timeline(const QString& text)
{
    QList<int> result;
    int pendingGap = 0;
    for (const QChar character : text) {
        if (character.isSpace()) {
            pendingGap = 7;
            continue;
        }
        const QString code = pattern(character);
        if (code.isEmpty())
            continue;
        if (!result.isEmpty())
            result << -std::max(pendingGap, 3);
        pendingGap = 0;
        for (int i = 0; i < code.size(); ++i) {
            if (i > 0)
                result << -1;
            result << (code.at(i) == QLatin1Char('-') ? 3 : 1);
        }
    }
    return result;
}

int MorseCode::samplesPerUnit(const MorseSettings& settings)
{
    const double wpm = settings.wordsPerMinute * (settings.speed > 0 ? settings.speed : 1.0);
    return std::max(1, int(std::lround(settings.sampleRate * 1.2 / wpm)));
}

bool MorseCode::render(const QList<int>& timeline, const MorseSettings& settings,
                       const std::function<void(const QByteArray&)>& sink,
                       const std::function<bool()>& cancelled)
{
    const int unit = samplesPerUnit(settings);
    const int rampSamples = std::max(1, settings.sampleRate / 200);
    const qsizetype chunkBytes = qsizetype(settings.sampleRate / 4) * 2;
    const double step = 2.0 * std::numbers::pi * settings.toneHz / settings.sampleRate;
    QByteArray chunk;
    for (const int element : timeline) {
        if (cancelled())
            return false;
        const int length = std::abs(element) * unit;
        const qsizetype offset = chunk.size();
        chunk.resize(offset + qsizetype(length) * 2);
        auto* out = reinterpret_cast<qint16*>(chunk.data() + offset);
        for (int i = 0; i < length; ++i) {
            const double sample =
                element > 0 ? 0.5 * envelope(i, length, rampSamples) * std::sin(step * i) : 0.0;
            qToLittleEndian<qint16>(qint16(std::lround(sample * 32767.0)), out + i);
        }
        if (chunk.size() >= chunkBytes) {
            sink(chunk);
            chunk.clear();
        }
    }
    if (!chunk.isEmpty())
        sink(chunk);
    return true;
}

} // namespace vd
