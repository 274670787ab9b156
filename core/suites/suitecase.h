#pragma once

#include <QString>
#include <QStringList>

namespace vd {

enum class SuiteCaseKind
{
    Stt, // transcribe `audioPath` (or speech voiced from `text`) and compare with `expected`
    Tts  // speak `text`, transcribe the speech again and compare with `expected`
};
QString suiteCaseKindName(SuiteCaseKind kind); // "stt", "tts"

// One valid case of a suite file, with its paths resolved against the suite's folder.
struct SuiteCase
{
    int index = 0; // 1-based position in the file's "cases" array
    QString id;    // the file's "id", else "case-<index>"
    SuiteCaseKind kind = SuiteCaseKind::Stt;
    QString audioPath;      // STT: absolute path of the recording; empty when voiced from `text`
    QString text;           // TTS: what to speak; STT without audio: what to voice first
    QString voice;          // TTS voice (provider voice id); empty = the provider's setting
    QString language;       // empty = the provider's setting
    QString expected;       // the reference transcript
    double tolerance = 0.0; // the highest word error rate that still passes
    QStringList tags;

    // "case 3 (kitchen-lights)", for messages.
    QString label() const;
};

} // namespace vd
