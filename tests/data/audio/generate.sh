#!/bin/sh
# Regenerates the audio fixtures of tests/core/audio. Run once from this folder; the results are
# committed. Needs sox, a C compiler and libsndfile1-dev (sox here cannot write MP3 or Opus).
set -eu
cd "$(dirname "$0")"

# 440 Hz sine at half scale; stereo files get 440 Hz left and 660 Hz right.
sox -n -r 8000 -c 1 -b 8 -e unsigned-integer wav_u8_8000_mono.wav synth 0.5 sine 440 vol 0.5
sox -n -r 16000 -c 1 -b 16 wav_s16_16000_mono.wav synth 0.5 sine 440 vol 0.5
sox -n -r 22050 -c 2 -b 24 wav_s24_22050_stereo.wav synth 0.2 sine 440 sine 660 vol 0.5
sox -n -r 44100 -c 1 -b 32 -e signed-integer wav_s32_44100_mono.wav synth 0.2 sine 440 vol 0.5
sox -n -r 48000 -c 2 -b 32 -e floating-point wav_f32_48000_stereo.wav synth 0.1 sine 440 sine 660 vol 0.5
sox -n -r 44100 -c 2 -b 16 flac_s16_44100_stereo.flac synth 0.5 sine 440 sine 660 vol 0.5
sox -n -r 22050 -c 1 vorbis_22050_mono.ogg synth 0.5 sine 440 vol 0.5

# MP3 and Opus through libsndfile itself.
tmp=$(mktemp -d)
cat > "$tmp/encode.c" <<'C'
#include <math.h>
#include <sndfile.h>
#include <stdlib.h>
int main(int argc, char** argv)
{
    SF_INFO info = {0};
    info.samplerate = atoi(argv[2]);
    info.channels = 1;
    info.format = atoi(argv[3]) ? (SF_FORMAT_OGG | SF_FORMAT_OPUS) : (SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III);
    SNDFILE* f = sf_open(argv[1], SFM_WRITE, &info);
    if (!f) return 1;
    int frames = info.samplerate / 2;
    float* s = malloc(sizeof(float) * frames);
    for (int i = 0; i < frames; ++i) s[i] = 0.5f * sinf(2.0f * 3.14159265f * 440.0f * i / info.samplerate);
    sf_writef_float(f, s, frames);
    return sf_close(f);
}
C
cc -o "$tmp/encode" "$tmp/encode.c" -lsndfile -lm
"$tmp/encode" mp3_44100_mono.mp3 44100 0
"$tmp/encode" opus_48000_mono.opus 48000 1
rm -r "$tmp"

# Broken inputs.
: > empty.wav
printf 'This is a text file that only pretends to be audio.\n' > not_audio.wav
head -c 20 wav_s16_16000_mono.wav > truncated_header.wav
head -c 44 wav_s16_16000_mono.wav > header_only.wav
size=$(stat -c %s flac_s16_44100_stereo.flac)
head -c $((size / 2)) flac_s16_44100_stereo.flac > truncated_data.flac
# A WAV header that lies: bytes 24-27 are the sample rate, 22-23 the channel count.
cp wav_s16_16000_mono.wav lying_rate_zero.wav
printf '\000\000\000\000' | dd of=lying_rate_zero.wav bs=1 seek=24 conv=notrunc 2>/dev/null
cp wav_s16_16000_mono.wav lying_channels.wav
printf '\310\000' | dd of=lying_channels.wav bs=1 seek=22 conv=notrunc 2>/dev/null
# The data chunk claims ~2 GiB while the file holds 16 KB.
cp wav_s16_16000_mono.wav lying_data_size.wav
printf '\360\377\377\177' | dd of=lying_data_size.wav bs=1 seek=40 conv=notrunc 2>/dev/null
