#!/usr/bin/env bash
# Fails when a C++ file differs from what clang-format makes of it with the repository's
# .clang-format, naming each file; `scripts/check-format.sh --fix` reformats them in place.
# Run by CTest (test "formatting"); usage: scripts/check-format.sh [--fix] [SOURCE_DIR].
set -euo pipefail
fix=0
if [[ ${1:-} == --fix ]]; then
    fix=1
    shift
fi
cd "${1:-$(dirname "$0")/..}"

# One version, so that a file formatted on one machine passes on every other.
formatter=clang-format-14
if ! command -v "$formatter" >/dev/null; then
    echo "check-format: $formatter is not installed; run scripts/install-deps.sh --test (as root)" >&2
    exit 1
fi

mapfile -t files < <(find app bench core fuzz tests ui -type f \( -name '*.h' -o -name '*.cpp' \) \
    -not -path '*/node_modules/*' | sort)
if ((fix)); then
    "$formatter" -i "${files[@]}"
    echo "check-format: formatted ${#files[@]} files"
    exit 0
fi

# One clang-format process for every file; it names each offending file in its warnings.
mapfile -t unformatted < <("$formatter" --dry-run "${files[@]}" 2>&1 |
    sed -nE 's/^([^:]+):[0-9]+:[0-9]+: (warning|error): code should be clang-formatted.*/\1/p' | sort -u)
if ((${#unformatted[@]} > 0)); then
    printf '%s\n' "${unformatted[@]}" >&2
    echo "check-format: ${#unformatted[@]} of ${#files[@]} files are not formatted; run scripts/check-format.sh --fix" >&2
    exit 1
fi
echo "check-format: all ${#files[@]} files formatted"
