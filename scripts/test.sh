#!/usr/bin/env bash
# Installs what is missing, builds VoiceDeck with its tests, starts the private test services
# (scripts/lib/services.sh) and runs the tests with CTest inside them. Stages:
#
#   scripts/test.sh [--stage tests|asan|fuzz|all] [CTEST ARGS...]   e.g. scripts/test.sh -R registry
#
#   tests (default)  Debug build in build-tests/, every test
#   asan             the same suite under AddressSanitizer + UndefinedBehaviorSanitizer (leaks
#                    included) in build-asan/; the GUI is not built there (see docs/RELIABILITY.md)
#   fuzz             scripts/fuzz.sh: every libFuzzer target for VOICEDECK_FUZZ_SECONDS (60) s,
#                    two at a time, in build-fuzz/ (CTest arguments do not apply)
#   all              tests, then asan, then fuzz; each runs even if an earlier one failed
#
# Exits with the first failing stage's status (a CTest run that finds no test fails). The
# services are stopped on any exit. Environment:
#   VOICEDECK_SANITIZE=1   same as --stage asan
#   VOICEDECK_BUILD_DIR    another build directory (tests and asan stages)
set -euo pipefail

# shellcheck source=scripts/lib/build.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/build.sh"
# shellcheck source=scripts/lib/services.sh
source "$VD_ROOT/scripts/lib/services.sh"
# shellcheck source=scripts/lib/failures.sh
source "$VD_ROOT/scripts/lib/failures.sh"

stage=tests
[[ ${VOICEDECK_SANITIZE:-0} == 1 ]] && stage=asan
if [[ ${1:-} == --stage ]]; then
    stage=${2:?--stage needs tests, asan, fuzz or all}
    shift 2
elif [[ ${1:-} == --stage=* ]]; then
    stage=${1#--stage=}
    shift
fi
case "$stage" in
    tests|asan|fuzz|all) ;;
    *) echo "test.sh: unknown stage '$stage' (tests, asan, fuzz or all)" >&2; exit 2 ;;
esac

# suite_build_dir tests|asan: where that stage builds and runs.
suite_build_dir() {
    if [[ $1 == asan ]]; then
        echo "${VOICEDECK_BUILD_DIR:-$VD_ROOT/build-asan}"
    else
        echo "${VOICEDECK_BUILD_DIR:-$VD_ROOT/build-tests}"
    fi
}

# run_suite tests|asan CTEST_ARGS...: builds and runs CTest in the stage's build directory. A
# subshell, so that each stage gets its own services and sanitizer environment.
run_suite() (
    trap vd_services_stop_if_started EXIT
    local which=$1 build_dir options
    shift
    build_dir=$(suite_build_dir "$which")
    # Tests build unoptimised into their own directory (faster to compile on CI's 2 cores);
    # run.sh keeps an optimised build in build/. Each is incremental on a second run.
    if [[ $which == asan ]]; then
        # No GUI under ASan: it doubles the build on CI's 2 cores; the GUI's tests run in the
        # tests stage, the core, CLI, providers and reliability tests here.
        options=(-DCMAKE_BUILD_TYPE=Debug -DVOICEDECK_SANITIZE=ON -DVOICEDECK_BUILD_GUI=OFF)
        # Full unwinding on malloc: Debian's Qt has no frame pointers, so the fast unwinder stops
        # inside Qt and a leak's stack never reaches the library that lsan.supp names.
        export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:fast_unwind_on_malloc=0}
        export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$VD_ROOT/scripts/sanitizers/lsan.supp:print_suppressions=0}
        export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    else
        # The benchmarks are compiled here (not run: scripts/bench.sh does that), so that a change
        # which breaks one fails the tests, not the next benchmark run.
        options=(-DCMAKE_BUILD_TYPE=Debug -DVOICEDECK_SANITIZE=OFF -DVOICEDECK_BUILD_GUI=ON
                 -DVOICEDECK_BUILD_BENCHMARKS=ON)
    fi
    # `|| exit`: called as `run_suite ... || result=$?`, the subshell runs without errexit, and a
    # build that failed (or was interrupted) would go on to report its tests as "Not Run".
    vd_configure "$build_dir" "${options[@]}" -DVOICEDECK_BUILD_TESTS=ON || exit
    vd_build "$build_dir" || exit
    vd_services_start || exit
    local status=0
    vd_log "stage $which: running the tests in $build_dir"
    ctest --test-dir "$build_dir" --output-on-failure --no-tests=error -j2 --timeout 300 "$@" || status=$?
    exit "$status"
)

"$VD_ROOT/scripts/install-deps.sh" --build --test
trap 'exit 130' INT
trap 'exit 143' TERM

status=0
failed_suites=()
for current in tests asan fuzz; do
    [[ $stage == all || $stage == "$current" ]] || continue
    started=$SECONDS
    result=0
    if [[ $current == fuzz ]]; then
        "$VD_ROOT/scripts/fuzz.sh" || result=$?
    else
        run_suite "$current" "$@" || result=$?
        ((result == 0)) || failed_suites+=("$(suite_build_dir "$current")")
    fi
    vd_log "stage $current: status $result after $((SECONDS - started)) s"
    ((status != 0)) || status=$result
done
for build_dir in "${failed_suites[@]}"; do
    vd_log "failed tests in $build_dir:"
    vd_failure_summary "$build_dir"
done
exit "$status"
