#!/usr/bin/env bash
# Takes a screenshot of every page of the desktop application, for the README.
#
#   scripts/screenshots.sh [OUTPUT_DIR]        writes OUTPUT_DIR/<page>.png and OUTPUT_DIR/ru/<page>.png
#                                               (default docs/screenshots)
#
# Builds the run build first (`VOICEDECK_BUILD_ONLY=1 scripts/run.sh`, in build/ or
# $VOICEDECK_BUILD_DIR); VOICEDECK_BIN_DIR=DIR uses the voicedeck already built in DIR instead. Each page is shot from a fresh start of the real
# program (`voicedeck --page ID`) inside the private test services (scripts/test-services.sh): an
# Xvfb display of 1280x800, a sandbox HOME with default settings, an empty keychain and a virtual
# microphone, in English (C.UTF-8) and in Russian (LANG=ru_RU.UTF-8). Before the first shot, a
# few probes and requests on the offline engines give Health and Activity something to show. The
# window is captured once it has painted and stopped changing.
set -euo pipefail

# shellcheck source=scripts/lib/build.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/build.sh"

pages=(speech-to-text text-to-speech providers health activity suites)
# A painted window has hundreds of colours (anti-aliased text); fewer than this is blank.
minimum_colours=16

# window_of PID: the id of the viewable "VoiceDeck" top-level window of process PID, if any.
window_of() {
    local id
    for id in $(xwininfo -root -tree | awk '$2 == "\"VoiceDeck\":" { print $1 }'); do
        if xprop -id "$id" _NET_WM_PID 2>/dev/null | grep -q "= $1\$" \
            && xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable'; then
            echo "$id"
            return 0
        fi
    done
    return 1
}

# shoot WINDOW FILE: captures WINDOW into FILE and prints "<colours> <pixel hash>".
shoot() {
    import -window "$1" "$2" && identify -format '%k %#' "$2"
}

# capture_page BIN_DIR WORK OUT PAGE LOCALE
capture_page() {
    local bin_dir=$1 work=$2 out=$3 page=$4 locale=$5 pid window="" deadline facts colours previous="" settled=0
    LC_ALL='' LANG=$locale LANGUAGE='' QT_QPA_PLATFORM=xcb \
        "$bin_dir/voicedeck" --config "$work/config.json" --page "$page" >"$work/$page.log" 2>&1 &
    pid=$!
    deadline=$((SECONDS + 30))
    until window=$(window_of "$pid"); do
        if ! kill -0 "$pid" 2>/dev/null || ((SECONDS >= deadline)); then
            vd_log "ERROR: voicedeck --page $page showed no window; its output:"
            cat "$work/$page.log" >&2
            kill "$pid" 2>/dev/null || true
            return 1
        fi
        sleep 0.2
    done
    # Painted: not blank. Settled: two captures in a row alike (a page with live content may
    # never settle; after a few seconds its last painted capture is taken).
    deadline=$((SECONDS + 30))
    while ((SECONDS < deadline)); do
        facts=$(shoot "$window" "$work/shot.png") || facts="0 -"
        colours=${facts%% *}
        if ((colours >= minimum_colours)); then
            if [[ $facts == "$previous" ]]; then
                settled=1
                break
            fi
            previous=$facts
            ((deadline > SECONDS + 5)) && deadline=$((SECONDS + 5))
        fi
        sleep 0.5
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [[ -z $previous ]]; then
        vd_log "ERROR: the $page page stayed blank"
        return 1
    fi
    cp "$work/shot.png" "$out/$page.png"
    vd_log "$out/$page.png ($([[ $settled == 1 ]] && echo settled || echo still changing), ${previous%% *} colours)"
}

# give_traffic BIN_DIR WORK: what a user's first minutes leave behind, so that Health and
# Activity show what they are for: three rounds of probes and a few real requests on the offline
# engines (the cloud providers have no keys here and say so).
give_traffic() {
    local cli=("$1/voicedeck-cli" --config "$2/config.json") round
    for round in 1 2 3; do
        "${cli[@]}" health >/dev/null 2>&1 || true
        "${cli[@]}" speak "The weather is nice today." --provider "$([[ $round == 2 ]] && echo espeak_tts || echo flite_tts)" \
            --output "$2/spoken.wav" >/dev/null 2>&1 || true
        "${cli[@]}" transcribe "$2/spoken.wav" --provider pocketsphinx_stt >/dev/null 2>&1 || true
    done
}

# Inside the test services: shoot every page, in English and in Russian.
if [[ ${1:-} == --inside-services ]]; then
    bin_dir=$2
    out=$3
    work=$(mktemp -d "${TMPDIR:-/tmp}/voicedeck-screenshots.XXXXXXXX")
    trap 'rm -rf "$work"' EXIT
    mkdir -p "$out/ru"
    give_traffic "$bin_dir" "$work"
    for page in "${pages[@]}"; do
        capture_page "$bin_dir" "$work" "$out" "$page" C.UTF-8
    done
    # ru_RU.UTF-8 need not be generated on the machine: the interface language follows LANG
    # all the same, which is what these shots check.
    for page in "${pages[@]}"; do
        capture_page "$bin_dir" "$work" "$out/ru" "$page" ru_RU.UTF-8
    done
    exit 0
fi

out=$(realpath -m "${1:-$VD_ROOT/docs/screenshots}")
for tool in xwininfo xprop import identify Xvfb; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        vd_log "ERROR: '$tool' is not installed; run scripts/install-deps.sh --test"
        exit 1
    fi
done
if [[ -n ${VOICEDECK_BIN_DIR:-} ]]; then
    bin_dir=$(realpath "$VOICEDECK_BIN_DIR")
else
    VOICEDECK_BUILD_ONLY=1 "$VD_ROOT/scripts/run.sh"
    bin_dir=${VOICEDECK_BUILD_DIR:-$VD_ROOT/build}/bin
fi
if [[ ! -x $bin_dir/voicedeck ]]; then
    vd_log "ERROR: there is no $bin_dir/voicedeck to take screenshots of"
    exit 1
fi
exec "$VD_ROOT/scripts/test-services.sh" run "$VD_ROOT/scripts/screenshots.sh" --inside-services "$bin_dir" "$out"
