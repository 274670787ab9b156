#pragma once

#include "core/model/audioclip.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace vd {

struct TranscriptionRequest
{
    AudioClip audio;
    QString language;   // BCP-47 ("en-US") or ISO-639-1 ("en"); empty = the provider's setting
    QString sourceName; // e.g. the file name, for messages only
};

struct TranscriptSegment
{
    double startSeconds = 0.0;
    double endSeconds = 0.0;
    QString text;
    bool operator==(const TranscriptSegment&) const = default;
};

struct Transcript
{
    QString text;
    QString language;
    std::optional<double> confidence; // 0..1 when the provider reports one
    QList<TranscriptSegment> segments;
};

struct SynthesisRequest
{
    QString text;
    QString voice;      // provider voice id; empty = the provider's setting
    QString language;   // BCP-47; empty = the provider's setting
    double speed = 1.0; // 1.0 = normal
    QString format; // preferred EncodedAudio format ("wav", "mp3", "ogg", "pcm"); empty = provider default
};

struct Voice
{
    QString id;
    QString displayName;
    QStringList languages; // BCP-47
    QString gender;        // "female", "male", "neutral" or empty when unknown
    bool operator==(const Voice&) const = default;
};

// The most input a TTS provider accepts in one request.
struct TextLimit
{
    enum class Unit
    {
        Characters,
        Utf8Bytes
    };
    int maximum = 0; // 0 = no limit
    Unit unit = Unit::Characters;

    // How much of the limit `text` uses, in the limit's unit.
    int measure(const QString& text) const;
};

} // namespace vd
