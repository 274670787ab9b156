#!/usr/bin/env bash
# Installs what is missing, builds VoiceDeck into build/ and starts it.
#
#   scripts/run.sh [ARGS...]
#
# With a display ($DISPLAY or $WAYLAND_DISPLAY) the desktop application build/bin/voicedeck
# starts, with ARGS passed on. Without one, a short offline demo of build/bin/voicedeck-cli runs
# instead: list the providers, speak a sentence with Flite into a WAV file, and transcribe that
# file with PocketSphinx. A second run reinstalls nothing and rebuilds only what changed.
# ARGS are the application's own options (build/bin/voicedeck --help): --config FILE, --page ID (e.g.
# `scripts/run.sh --page health`), --exit-after-first-paint, --version.
#
# Environment: VOICEDECK_BUILD_DIR another build directory; VOICEDECK_BUILD_ONLY=1 builds and
# stops there (scripts/screenshots.sh uses this, so both share one optimised build).
set -euo pipefail

# shellcheck source=scripts/lib/build.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/build.sh"

build_dir=${VOICEDECK_BUILD_DIR:-$VD_ROOT/build}

"$VD_ROOT/scripts/install-deps.sh" --build
vd_configure "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVOICEDECK_BUILD_GUI=ON \
    -DVOICEDECK_BUILD_TESTS=OFF -DVOICEDECK_SANITIZE=OFF
vd_build "$build_dir"
if [[ ${VOICEDECK_BUILD_ONLY:-0} == 1 ]]; then
    exit 0
fi

gui=$build_dir/bin/voicedeck
cli=$build_dir/bin/voicedeck-cli

if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
    if [[ -x $gui ]]; then
        vd_log "starting $gui"
        exec "$gui" "$@"
    fi
    vd_log "the desktop application is not in this build ($gui is missing); running the command-line demo instead"
else
    vd_log "no display (neither DISPLAY nor WAYLAND_DISPLAY is set): running the offline command-line demo instead of the desktop application"
fi

if [[ ! -x $cli ]]; then
    vd_log "ERROR: the build produced no $cli, so there is no demo to run"
    exit 1
fi

demo_dir=$(mktemp -d "${TMPDIR:-/tmp}/voicedeck-demo.XXXXXXXX")
trap 'rm -rf "$demo_dir"' EXIT

# demo ARGS...: shows the command as a user would type it, then runs it.
demo() {
    local shown=voicedeck-cli word
    for word in "$@"; do
        [[ $word == *" "* ]] && word="\"$word\""
        shown+=" $word"
    done
    printf '\n$ %s\n' "$shown"
    "$cli" "$@"
}

demo providers
demo speak "Turn on the kitchen lights" --provider flite_tts --output "$demo_dir/demo.wav"
demo transcribe "$demo_dir/demo.wav" --provider pocketsphinx_stt
echo
vd_log "demo finished; run $cli --help for every command"
