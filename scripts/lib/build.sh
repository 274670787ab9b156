# shellcheck shell=bash
# Configuring and building VoiceDeck the same way for scripts/run.sh and scripts/test.sh, so
# that one run after the other is incremental. Sourced (bash, `set -euo pipefail`).
#
#   vd_configure BUILD_DIR -DNAME=VALUE...   configure with Ninja unless BUILD_DIR is already
#                                            configured with exactly these values
#   vd_build BUILD_DIR                       build everything with -j$(nproc)

VD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

vd_log() { echo "voicedeck: $*" >&2; }

# vd_cache_has CACHE -DNAME=VALUE: the CMake cache holds NAME with exactly VALUE.
vd_cache_has() {
    local definition=${2#-D} name value
    name=${definition%%=*}
    value=${definition#*=}
    grep -qxE "${name}(:[A-Z]+)?=$(printf '%s' "$value" | sed 's/[][\.*^$+?(){}|/]/\\&/g')" "$1"
}

vd_configure() {
    local build_dir=$1 cache=$1/CMakeCache.txt definition
    shift
    if [[ -f $cache ]] && ! { vd_cache_has "$cache" -DCMAKE_GENERATOR=Ninja \
        && vd_cache_has "$cache" "-DCMAKE_HOME_DIRECTORY=$VD_ROOT"; }; then
        # A cache from another generator or source tree cannot be reused: start it afresh.
        vd_log "$build_dir was configured for another generator or source tree; recreating it"
        rm -rf "$build_dir"
    fi
    if [[ -f $cache && -f $build_dir/build.ninja ]]; then
        local up_to_date=1
        for definition in "$@"; do
            vd_cache_has "$cache" "$definition" || up_to_date=0
        done
        if [[ $up_to_date == 1 ]]; then
            vd_log "$build_dir is configured (Ninja $*)"
            return 0
        fi
    fi
    vd_log "configuring $build_dir (Ninja $*)"
    cmake -S "$VD_ROOT" -B "$build_dir" -G Ninja "$@"
}

vd_build() {
    vd_log "building $1 with $(nproc) jobs"
    cmake --build "$1" --parallel "$(nproc)"
}
