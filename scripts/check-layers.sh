#!/usr/bin/env bash
# Fails when a file includes a layer above its own (docs/ARCHITECTURE.md, "Layers"): core/ never
# includes ui/ or app/, ui/ never includes app/, and inside core/ an area includes only areas of
# a lower rank. Run by CTest (test "layering"); usage: scripts/check-layers.sh [SOURCE_DIR].
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"

# core/ areas from the bottom up; areas of one rank know nothing of each other. Files at core/'s
# root (corelog.h) are below every area.
declare -A rank=(
    [model]=0
    [audio]=1 [config]=1 [credentials]=1 [evaluation]=1 [network]=1
    [registry]=2 [plugins]=3 [providers]=4 [resilience]=5 [suites]=6 [history]=7 [runtime]=8
)

problems=0
report() {
    echo "$1: includes $2 ($3)" >&2
    problems=$((problems + 1))
}

while IFS=: read -r file _ line; do
    target=$(sed -E 's/^#include "([^"]+)".*/\1/' <<<"$line")
    case "$file" in
    core/*)
        case "$target" in
        ui/* | app/*) report "$file" "$target" "core must not know the GUI or the executables" ;;
        core/*/*)
            [[ $file == core/*/* ]] || continue # a file at core/'s root (corelog) may include any area
            from=$(cut -d/ -f2 <<<"$file")
            to=$(cut -d/ -f2 <<<"$target")
            [[ $from == "$to" ]] && continue
            if [[ -z ${rank[$from]+x} || -z ${rank[$to]+x} ]]; then
                report "$file" "$target" "core/$from or core/$to has no rank in scripts/check-layers.sh"
            elif ((rank[$to] >= rank[$from])); then
                report "$file" "$target" "core/$to is not below core/$from"
            fi
            ;;
        esac
        ;;
    ui/*)
        [[ $target == app/* ]] && report "$file" "$target" "ui must not know the executables"
        ;;
    esac
done < <(grep -rnE '^#include "(core|ui|app)/' --include='*.h' --include='*.cpp' core ui)

if ((problems > 0)); then
    echo "check-layers: $problems upward include(s); move the shared type down a layer" >&2
    exit 1
fi
echo "check-layers: no upward includes"
