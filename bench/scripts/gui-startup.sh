#!/usr/bin/env bash
# Runs inside scripts/test-services.sh (private Xvfb, D-Bus, keychain, PulseAudio): the desktop
# app's time to its first painted window (hyperfine on --exit-after-first-paint) and its resident
# memory when idle a few seconds after start.
#   VOICEDECK_CONFIG=FILE bench/scripts/gui-startup.sh VOICEDECK_BINARY RESULTS_DIR
set -euo pipefail
binary=$1 results=$2

hyperfine --warmup 2 --runs 10 --style none --export-json "$results/gui-startup.json" \
    "$binary --exit-after-first-paint" >&2

"$binary" >/dev/null 2>&1 &
pid=$!
sleep 5
rss_kib=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
echo "{\"idle_rss_kib\": ${rss_kib:-0}}" > "$results/gui-memory.json"
