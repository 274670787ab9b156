#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang-14 into build-fuzz/ and fuzzes each one for a
# while, starting from its seed corpus in fuzz/corpus/<target>/. A crash, leak, UBSan report or
# timeout fails the run; the reproducer is kept in build-fuzz/findings/<target>/ (turn it into a
# regression test in tests/ and fix the bug).
#
#   scripts/fuzz.sh [--seconds N] [--jobs N] [TARGET...]
#
#   --seconds N   fuzzing time per target (default 60; VOICEDECK_FUZZ_SECONDS)
#   --jobs N      targets fuzzed at once (default 2; VOICEDECK_FUZZ_JOBS)
#   TARGET        only these (default: every target in fuzz/CMakeLists.txt)
#
# The corpus in the repository is only read: what a run discovers goes to build-fuzz/corpus/.
set -euo pipefail

# shellcheck source=scripts/lib/build.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/build.sh"

seconds=${VOICEDECK_FUZZ_SECONDS:-60}
jobs=${VOICEDECK_FUZZ_JOBS:-2}
targets=()
while (($#)); do
    case "$1" in
        --seconds) seconds=$2; shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "fuzz.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
        *) targets+=("$1"); shift ;;
    esac
done

build_dir=${VOICEDECK_FUZZ_BUILD_DIR:-$VD_ROOT/build-fuzz}
"$VD_ROOT/scripts/install-deps.sh" --build --test
vd_configure "$build_dir" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++-14 \
    -DVOICEDECK_BUILD_FUZZERS=ON -DVOICEDECK_BUILD_GUI=OFF -DVOICEDECK_BUILD_TESTS=OFF
if ((${#targets[@]} == 0)); then
    mapfile -t targets < <(sed -n 's/^vd_add_fuzzer(\([a-z_]*\) .*/\1/p' "$VD_ROOT/fuzz/CMakeLists.txt")
fi
vd_log "building ${#targets[@]} fuzz targets in $build_dir"
cmake --build "$build_dir" --parallel "$(nproc)" --target "${targets[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$VD_ROOT/scripts/sanitizers/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
command -v llvm-symbolizer-14 >/dev/null && export ASAN_SYMBOLIZER_PATH=$(command -v llvm-symbolizer-14)

# fuzz_one TARGET: fuzzes one target; its log goes to build-fuzz/logs/TARGET.log.
fuzz_one() {
    local target=$1 seeds=$VD_ROOT/fuzz/corpus/$1 work=$build_dir/corpus/$1
    local findings=$build_dir/findings/$1 log=$build_dir/logs/$1.log
    mkdir -p "$work" "$findings" "$(dirname "$log")"
    local status=0
    # -rss_limit_mb and -timeout turn memory blow-ups and hangs into findings too.
    "$build_dir/bin/fuzz/$target" "$work" "$seeds" -max_total_time="$seconds" -rss_limit_mb=2048 \
        -timeout=10 -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/" \
        >"$log" 2>&1 || status=$?
    local runs
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    if ((status == 0)); then
        echo "fuzz: $target: ${runs:-?} inputs in ${seconds} s, no finding"
    else
        echo "fuzz: $target: FAILED (status $status) after ${runs:-?} inputs; see $log and $findings/"
        grep -m1 -E "ERROR: |runtime error:|SUMMARY:" "$log" || true
    fi
    echo "$status" >"$build_dir/logs/$target.status"
}

# At most `jobs` targets at once; each records its status in logs/TARGET.status.
rm -f "$build_dir"/logs/*.status
for target in "${targets[@]}"; do
    while (($(jobs -rp | wc -l) >= jobs)); do
        wait -n || true
    done
    fuzz_one "$target" &
done
wait
failed=0
for target in "${targets[@]}"; do
    [[ $(cat "$build_dir/logs/$target.status" 2>/dev/null) == 0 ]] || failed=$((failed + 1))
done
echo "fuzz: ${#targets[@]} targets, $failed failed"
# The plain closing line CI reads: every target is one check.
echo "fuzz: $((${#targets[@]} - failed)) passed, $failed failed"
exit $((failed > 0))
