#!/usr/bin/env bash
# Runs every VoiceDeck benchmark next to its peers, in one go on this machine, and writes the
# figures to docs/BENCHMARKS.md (issue #8).
#
#   scripts/bench.sh [--no-build] [--results DIR]
#
# Steps: install the --build and --bench packages that are missing; build an optimised tree in
# build-bench/ (Release, benchmarks on, tests off); install the pinned Node peers (openai,
# opossum, cockatiel) from bench/node/package-lock.json into bench/node/node_modules (git
# ignores it); start one vd-mock-server on loopback that the C++ benchmarks, the Node SDK and
# wrk all talk to; run the Google Benchmark programs, the Node peers, wrk and hyperfine; time the
# history database (100k inserts, and the GUI thread over a 1M-row database: issue #12); and
# render docs/BENCHMARKS.md from the results (bench/report.mjs). Nothing leaves 127.0.0.1.
# Needs node >= 18 and npm on PATH. Takes a few minutes plus the build.
#
#   --no-build       use build-bench/ as it is
#   --results DIR    keep the raw results there (default build-bench/bench-results)
# Environment: VD_BENCH_BUILD_TYPE (default Release), VD_BENCH_BUILD_DIR (default build-bench),
# VD_BENCH_REQUESTS (overhead pairs, 1000), VD_BENCH_SECONDS (per throughput case, 3),
# VD_BENCH_FAILOVER_REQUESTS (per fast failover case, 200).
set -euo pipefail

# shellcheck source=scripts/lib/build.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/build.sh"

build=1
build_dir=${VD_BENCH_BUILD_DIR:-$VD_ROOT/build-bench}
results=$build_dir/bench-results
while [[ $# -gt 0 ]]; do
    case "$1" in
        --no-build) build=0 ;;
        --results) results=$2; shift ;;
        -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
    shift
done

bench_log() { echo "bench: $*" >&2; }
die() { echo "bench: $*" >&2; exit 1; }

# Node: whatever node >= 18 is on PATH (Debian's nodejs is 18; the peers are pinned to versions
# that still support it).
command -v node >/dev/null || die "node is not on PATH: install Node.js 18 or newer (scripts/install-deps.sh --bench)"
command -v npm >/dev/null || die "npm is not on PATH: install it with Node.js (scripts/install-deps.sh --bench)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[[ $node_major -ge 18 ]] || die "node $(node --version) is too old: the peers need Node.js 18 or newer"

if [[ $build == 1 ]]; then
    "$VD_ROOT/scripts/install-deps.sh" --build --bench
    vd_configure "$build_dir" "-DCMAKE_BUILD_TYPE=${VD_BENCH_BUILD_TYPE:-Release}" \
        -DVOICEDECK_BUILD_BENCHMARKS=ON -DVOICEDECK_BUILD_TESTS=OFF -DVOICEDECK_BUILD_GUI=ON
    targets=(vd-mock-server voicedeck-cli vd-bench-breaker vd-bench-overhead vd-bench-throughput
             vd-bench-failover vd-bench-health vd-bench-offline vd-history-insert)
    # The desktop app is timed, and its GUI thread's stalls measured, when the tree has it.
    if cmake --build "$build_dir" --target help | grep -q '^voicedeck:'; then
        targets+=(voicedeck vd_bench_gui_stall vd_bench_history_stall)
    fi
    bench_log "building ${targets[*]} in $build_dir"
    cmake --build "$build_dir" -j"$(nproc)" --target "${targets[@]}"
fi
bin=$build_dir/bin
[[ -x $bin/vd-mock-server && -x $bin/vd-bench-overhead ]] || die "$bin has no benchmark programs: run without --no-build"

bench_log "installing the pinned Node peers into bench/node/node_modules"
(cd "$VD_ROOT/bench/node" && npm ci --no-audit --no-fund --omit=peer --loglevel=error >&2)

rm -rf "$results"
mkdir -p "$results/requests"
work=$(mktemp -d)
mock_pid=
peer_pids=()
cleanup() {
    for pid in $mock_pid "${peer_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

# Private config, state and no keychain: nothing reads or writes the user's files.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_STATE_HOME=$work/home/.local/state \
    XDG_CACHE_HOME=$work/home/.cache XDG_DATA_HOME=$work/home/.local/share
mkdir -p "$XDG_CONFIG_HOME" "$XDG_STATE_HOME"
unset DBUS_SESSION_BUS_ADDRESS OPENAI_API_KEY GOOGLE_API_KEY YANDEX_API_KEY YANDEX_IAM_TOKEN
echo '{"version": 1}' > "$work/config.json"
export VOICEDECK_CONFIG=$work/config.json

date -u +%Y-%m-%dT%H:%M:%SZ > "$results/started"
git -C "$VD_ROOT" rev-parse --short HEAD > "$results/commit" # what the report names, even if rendered later
cut -d' ' -f1-3 /proc/loadavg > "$results/load-before"

# One mock for everything.
"$bin/vd-mock-server" --port 0 > "$work/mock.out" 2> "$work/mock.err" &
mock_pid=$!
for _ in $(seq 100); do
    grep -q '^listening on ' "$work/mock.out" 2>/dev/null && break
    sleep 0.1
done
mock_url=$(sed -n 's/^listening on //p' "$work/mock.out")
[[ -n $mock_url ]] || die "vd-mock-server did not start: $(cat "$work/mock.err")"
export VD_BENCH_MOCK_URL=$mock_url
bench_log "mock server at $mock_url"

# The upload over HTTPS (h2 or http/1.1 by ALPN, as to the vendors) and over h2c (issue #13): Node's
# servers, as the Qt mock speaks plain HTTP/1.1 only, with a certificate made for this run.
start_peer() { # NAME ARGS... : starts bench/node/transcription-mock.mjs; its URL goes to peer_url
    node "$VD_ROOT/bench/node/transcription-mock.mjs" "${@:2}" > "$work/$1.out" 2> "$work/$1.err" &
    peer_pids+=($!)
    for _ in $(seq 100); do
        grep -q '^listening on ' "$work/$1.out" 2>/dev/null && break
        sleep 0.1
    done
    peer_url=$(sed -n 's/^listening on //p' "$work/$1.out")
}
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj /CN=127.0.0.1 \
    -addext subjectAltName=IP:127.0.0.1 -keyout "$work/tls.key" -out "$work/tls.crt" 2>/dev/null \
    || die "openssl could not make the loopback TLS certificate"
start_peer tls --tls --cert "$work/tls.crt" --key "$work/tls.key"
VD_BENCH_TLS_URL=$peer_url
start_peer h2c --h2c
VD_BENCH_H2C_URL=$peer_url
[[ -n $VD_BENCH_TLS_URL && -n $VD_BENCH_H2C_URL ]] || die "the Node transcription mock did not start: $(cat "$work"/tls.err "$work"/h2c.err)"
export VD_BENCH_TLS_URL VD_BENCH_H2C_URL VD_BENCH_TLS_CA=$work/tls.crt
bench_log "HTTPS peer at $VD_BENCH_TLS_URL, h2c peer at $VD_BENCH_H2C_URL"

"$bin/vd-bench-overhead" --dump-requests "$results/requests"

run_google_benchmark() { # NAME
    bench_log "running $1"
    "$bin/$1" --benchmark_format=console --benchmark_out="$results/$1.json" --benchmark_out_format=json >&2
}
run_google_benchmark vd-bench-breaker
run_google_benchmark vd-bench-overhead
run_google_benchmark vd-bench-throughput
run_google_benchmark vd-bench-failover
run_google_benchmark vd-bench-health
run_google_benchmark vd-bench-offline

bench_log "running the OpenAI Node SDK against the same mock"
node "$VD_ROOT/bench/node/openai-sdk.mjs" --base-url "$mock_url/v1" --requests "$results/requests" \
    --count "${VD_BENCH_REQUESTS:-1000}" > "$results/openai-sdk.jsonl"
NODE_EXTRA_CA_CERTS=$VD_BENCH_TLS_CA node "$VD_ROOT/bench/node/openai-sdk.mjs" --base-url "$VD_BENCH_TLS_URL/v1" \
    --requests "$results/requests" --operations transcribe --count "${VD_BENCH_REQUESTS:-1000}" \
    > "$results/openai-sdk-https.jsonl"
bench_log "running opossum and cockatiel"
node "$VD_ROOT/bench/node/breakers.mjs" --seconds 2 > "$results/breakers.jsonl"

bench_log "running wrk against the same mock"
for connections in 1 16 256; do
    threads=$((connections < 2 ? 1 : 2))
    wrk -t"$threads" -c"$connections" -d5s --latency -s "$VD_ROOT/bench/wrk/speech.lua" \
        "$mock_url/v1/audio/speech" -- "$results/requests/speech.json" > "$results/wrk-$connections.txt"
done
kill "$mock_pid" "${peer_pids[@]}"; wait "$mock_pid" "${peer_pids[@]}" 2>/dev/null || true; mock_pid=; peer_pids=()

bench_log "timing start-up with hyperfine"
hyperfine --warmup 3 --runs 30 --style none --export-json "$results/cli-startup.json" \
    "$bin/voicedeck-cli --version" "$bin/voicedeck-cli providers --json" >&2
if [[ -x $bin/voicedeck ]]; then
    "$VD_ROOT/scripts/test-services.sh" run "$VD_ROOT/bench/scripts/gui-startup.sh" "$bin/voicedeck" "$results" \
        || bench_log "the desktop app could not be timed (see above)"
else
    bench_log "no $bin/voicedeck: the GUI rows say 'not built'"
fi
if [[ -x $bin/vd_bench_gui_stall ]]; then
    bench_log "measuring the GUI thread's stalls under load"
    # Health history with a few incidents a day, then the status chart's worst case (a status
    # change in almost every pixel column).
    for history in incidents flapping; do
        flags=(--seconds 10)
        [[ $history == flapping ]] && flags+=(--flapping)
        "$VD_ROOT/scripts/test-services.sh" run env QT_QPA_PLATFORM=xcb "$bin/vd_bench_gui_stall" "${flags[@]}" \
            --json "$results/gui-stall.jsonl" >&2 || bench_log "the GUI stall benchmark failed (see above)"
    done
fi

bench_log "inserting 100k rows into a history database"
"$bin/vd-history-insert" --json "$results/history-insert.json" 100000 >&2
if [[ -x $bin/vd_bench_history_stall ]]; then
    # The Activity page's start-up restore over 1M rows, then a burst of 100k recorded rows.
    bench_log "measuring the GUI thread's stalls over a 1M-row history database"
    "$VD_ROOT/scripts/test-services.sh" run env QT_QPA_PLATFORM=xcb "$bin/vd_bench_history_stall" \
        --history-rows 1000000 --record-rows 100000 --json "$results/history-gui.json" >&2 \
        || bench_log "the history GUI benchmark failed (see above)"
fi

cut -d' ' -f1-3 /proc/loadavg > "$results/load-after"
date -u +%Y-%m-%dT%H:%M:%SZ > "$results/finished"
# Through a temporary file: a failed report keeps the old document, and the report's own check for
# uncommitted changes does not see the document it is about to replace.
node "$VD_ROOT/bench/report.mjs" "$results" "$build_dir" > "$results/BENCHMARKS.md"
mv "$results/BENCHMARKS.md" "$VD_ROOT/docs/BENCHMARKS.md"
bench_log "wrote docs/BENCHMARKS.md (raw results in $results)"
