#!/usr/bin/env bash
# Runs the README's test command, `scripts/test.sh --stage all`, several times in a row, each on a
# fresh clone, while stress-ng keeps cores busy: the check of issue #15 ("passes 5 times in a row
# on a fresh clone while the machine is busy"; docs/RELIABILITY.md, "On a busy machine"). Stops at
# the first failing run. Each run's log and one summary line per run go to DIR.
#
#   scripts/busy-check.sh [--runs N] [--busy-cores C] [--commit REV] [--dir DIR]
#
#   --runs N         runs in a row (default 5)
#   --busy-cores C   cores stress-ng keeps busy beside the runs (default 1; 0 = none)
#   --commit REV     what to clone and test (default HEAD of this repository)
#   --dir DIR        where the clones, logs and summary.txt go (default /tmp/voicedeck-busy-check)
#
# Needs stress-ng (apt-get install stress-ng) when --busy-cores is above 0. VOICEDECK_FUZZ_SECONDS
# is passed on to test.sh (default here 10 s per fuzzer: this checks that the fuzz stage builds and
# runs on a busy machine, not coverage). Every run compiles with ccache (when installed) sharing
# one cache across the clones: CCACHE_BASEDIR makes their paths relative and CCACHE_NOHASHDIR
# keeps a Debug compile's working directory out of its hash, so a clone reuses what the one
# before it compiled. On 2 cores the first run took 91 minutes, later ones about 50.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=5
busy=1
commit=HEAD
dir=/tmp/voicedeck-busy-check
while [[ $# -gt 0 ]]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --busy-cores) busy=$2; shift 2 ;;
        --commit) commit=$2; shift 2 ;;
        --dir) dir=$2; shift 2 ;;
        *) echo "busy-check: unknown option $1 (see the header of $0)" >&2; exit 2 ;;
    esac
done
[[ $runs =~ ^[1-9][0-9]*$ && $busy =~ ^[0-9]+$ ]] ||
    { echo "busy-check: --runs needs 1 or more, --busy-cores 0 or more" >&2; exit 2; }
commit=$(git -C "$root" rev-parse --verify "$commit^{commit}")
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
summary=$dir/summary.txt
export CCACHE_BASEDIR=$dir CCACHE_NOHASHDIR=1

stress=
if (( busy > 0 )); then
    command -v stress-ng >/dev/null ||
        { echo "busy-check: stress-ng is not installed: apt-get install stress-ng" >&2; exit 2; }
    stress-ng --cpu "$busy" --timeout 24h >/dev/null 2>&1 &
    stress=$!
fi
trap '[[ -n $stress ]] && kill "$stress" 2>/dev/null || true' EXIT

echo "busy-check: $runs runs of $commit, $busy core(s) kept busy, in $dir" | tee -a "$summary"
status=0
for (( n = 1; n <= runs; n++ )); do
    clone=$dir/run$n
    rm -rf "$clone"
    git clone -q "$root" "$clone"
    git -C "$clone" checkout -q "$commit"
    start=$(date +%s)
    set +e
    (cd "$clone" && VOICEDECK_FUZZ_SECONDS=${VOICEDECK_FUZZ_SECONDS:-10} scripts/test.sh --stage all) \
        >"$dir/run$n.log" 2>&1
    status=$?
    set -e
    echo "run $n: exit $status after $(( $(date +%s) - start )) s; load $(cut -d' ' -f1-3 /proc/loadavg)" |
        tee -a "$summary"
    (( status == 0 )) || break
    rm -rf "$clone" # the log stays; the build trees would fill the disk
done
(( status == 0 )) && echo "busy-check: all $runs runs passed" | tee -a "$summary"
exit "$status"
