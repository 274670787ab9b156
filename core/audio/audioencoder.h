#pragma once

#include "core/model/audioclip.h"
#include "core/model/result.h"

#include <QString>
#include <QStringList>

namespace vd {

// Encoding of AudioClip into "wav" (16-bit PCM), "flac" (16-bit), "ogg" (Vorbis), "mp3" and
// "pcm" (raw s16le) with libsndfile, and atomic writing of audio files (QSaveFile: on failure
// the old file, or none, remains). Failures are ProviderErrors of kind bad_request naming the
// problem. Safe to call from any thread.

// The formats encodeAudio() writes: wav, flac, ogg, mp3, pcm.
QStringList encodableAudioFormats();

// The format a path's extension asks for (".wav" → "wav", ".oga"/".opus" → "ogg", ".mp3" →
// "mp3", ".flac" → "flac", ".pcm"/".raw" → "pcm"); empty when the extension says nothing known.
QString audioFormatForPath(const QString& path);

// Encodes `clip` as `format`. MP3 is limited to stereo at the MPEG rates, so other clips are
// downmixed or resampled (to the nearest rate not below) first.
Result<EncodedAudio> encodeAudio(const AudioClip& clip, const QString& format);

// Encodes `clip` in the format of `path`'s extension and writes it atomically.
Status writeAudioFile(const AudioClip& clip, const QString& path);

// Saves encoded audio (a TTS result) in the format of `path`'s extension: the bytes as they are
// when the formats match, else decoded and re-encoded. Atomic like writeAudioFile().
Status saveEncodedAudio(const EncodedAudio& audio, const QString& path);

} // namespace vd
