#!/usr/bin/env bash
# Installs what is missing, builds VoiceDeck with its tests into build-tests/, starts the private test
# services (scripts/lib/services.sh) and runs every test with CTest inside them.
#
#   scripts/test.sh [CTEST ARGS...]        e.g. scripts/test.sh -R registry
#
# Exits with CTest's status (a run that finds no test fails). The services are stopped on any
# exit. Environment:
#   VOICEDECK_SANITIZE=1   build into build-asan with -DVOICEDECK_SANITIZE=ON (ASan + UBSan)
#   VOICEDECK_BUILD_DIR    another build directory
set -euo pipefail

# shellcheck source=scripts/lib/build.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/build.sh"
# shellcheck source=scripts/lib/services.sh
source "$VD_ROOT/scripts/lib/services.sh"

# Tests build unoptimised into their own directory (faster to compile on CI's 2 cores); run.sh
# keeps an optimised build in build/. Each is incremental on a second run.
if [[ ${VOICEDECK_SANITIZE:-0} == 1 ]]; then
    build_dir=${VOICEDECK_BUILD_DIR:-$VD_ROOT/build-asan}
    options=(-DCMAKE_BUILD_TYPE=Debug -DVOICEDECK_SANITIZE=ON)
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
else
    build_dir=${VOICEDECK_BUILD_DIR:-$VD_ROOT/build-tests}
    options=(-DCMAKE_BUILD_TYPE=Debug -DVOICEDECK_SANITIZE=OFF)
fi

"$VD_ROOT/scripts/install-deps.sh" --build --test
vd_configure "$build_dir" "${options[@]}" -DVOICEDECK_BUILD_GUI=ON -DVOICEDECK_BUILD_TESTS=ON
vd_build "$build_dir"

trap vd_services_stop_if_started EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
vd_services_start

status=0
ctest --test-dir "$build_dir" --output-on-failure --no-tests=error -j2 --timeout 300 "$@" || status=$?
exit "$status"
