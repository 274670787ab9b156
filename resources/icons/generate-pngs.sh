#!/bin/sh
# Regenerates the committed PNG icons from voicedeck.svg. Needs rsvg-convert (Debian: librsvg2-bin).
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --output "voicedeck-$size.png" voicedeck.svg
done
