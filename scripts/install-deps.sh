#!/usr/bin/env bash
# Installs the Debian 12 packages VoiceDeck needs, and only those that are missing.
#
#   scripts/install-deps.sh [--build] [--test] [--bench] [--list] [--check]
#
#   --build   compilers, Qt 6, the offline speech engines and everything the programs need to run
#   --test    what the test suite needs on top: X server, audio server, keychain, audio tools,
#             promtool, clang with sanitizers and libFuzzer, screenshot tools
#   --bench   what scripts/bench.sh needs on top of --build: Google Benchmark, wrk, hyperfine,
#             Node.js and npm (for the pinned Node peers)
#   (no group given = --build and --test)
#   --list    print the package names of the chosen groups and exit
#   --check   report what is missing and exit 1 if anything is (installs nothing)
#
# Nothing missing: returns at once without touching apt. As root: `apt-get update` and
# `apt-get install -y --no-install-recommends <missing>`. Not root: prints the exact sudo command
# and exits 1.
set -euo pipefail

# The one list of packages. Keep the groups sorted by purpose; each line says why.
build_packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config ccache git
    # Qt 6.4 (Core Network Concurrent DBus Sql Gui Widgets Multimedia Charts Test HttpServer LinguistTools)
    qt6-base-dev qt6-multimedia-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev
    # configure-time dependencies Debian's Qt packages miss (see docs: PLATFORM.md)
    libqt6opengl6-dev libxkbcommon-dev libgl-dev libvulkan-dev
    # keychain
    qtkeychain-qt6-dev
    # the history database: Qt SQL's SQLite driver (Qt6::Sql itself comes with qt6-base-dev)
    libqt6sql6-sqlite
    # offline engines and their English model and voices
    libpocketsphinx-dev libsphinxbase-dev pocketsphinx-en-us flite1-dev libespeak-ng-dev espeak-ng-data
    # audio files and resampling
    libsndfile1-dev libsoxr-dev
    # run time: HTTPS trust store for the cloud providers, a font for the GUI
    ca-certificates fonts-dejavu-core
)

test_packages=(
    # a real X display and screenshots (xdpyinfo; ImageMagick's import)
    xvfb xauth x11-utils imagemagick
    # virtual audio devices (null sink + virtual microphone)
    pulseaudio pulseaudio-utils
    # a session bus with a real secret service for QtKeychain
    dbus dbus-x11 gnome-keyring libsecret-tools
    # audio tools for fixtures and checks
    sox
    # promtool, to validate the /metrics exposition format
    prometheus
    # sanitizers and libFuzzer; the formatting check (scripts/check-format.sh)
    clang-14 libclang-rt-14-dev clang-format-14
    # the package test: cpack's dpkg-shlibdeps (dpkg-dev, file) and the AppStream validator
    dpkg-dev file appstream
    # Google Benchmark: the tests stage compiles the benchmarks too, so a change cannot break them
    # unnoticed until the next scripts/bench.sh
    libbenchmark-dev
)

bench_packages=(
    # Google Benchmark for in-process figures, wrk for the loopback server's limit, hyperfine
    # for whole-process start-up times
    libbenchmark-dev wrk hyperfine
    # Node.js (18 or newer) runs the peers scripts/bench.sh installs from npm
    nodejs
    # the self-signed certificate of the loopback HTTPS peer (issue #13)
    openssl
)

want_build=0
want_test=0
want_bench=0
mode=install
for arg in "$@"; do
    case "$arg" in
        --build) want_build=1 ;;
        --test) want_test=1 ;;
        --bench) want_bench=1 ;;
        --list) mode=list ;;
        --check) mode=check ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install-deps: unknown argument '$arg' (see --help)" >&2; exit 2 ;;
    esac
done
if [[ $want_build == 0 && $want_test == 0 && $want_bench == 0 ]]; then
    want_build=1
    want_test=1
fi

wanted=()
[[ $want_build == 1 ]] && wanted+=("${build_packages[@]}")
[[ $want_test == 1 ]] && wanted+=("${test_packages[@]}")
if [[ $want_bench == 1 ]]; then
    wanted+=("${bench_packages[@]}")
    # Debian's npm package; NodeSource's nodejs ships its own npm and conflicts with it.
    command -v npm >/dev/null || wanted+=(npm)
fi

if [[ $mode == list ]]; then
    printf '%s\n' "${wanted[@]}"
    exit 0
fi

# A package counts as present only when dpkg says "install ok installed". One dpkg-query call
# for all of them (it fails for unknown names, which then simply count as missing).
declare -A installed=()
while read -r package state; do
    if [[ $state == "install ok installed" ]]; then
        installed[${package%%:*}]=1
    fi
done < <(dpkg-query -W -f='${Package} ${Status}\n' "${wanted[@]}" 2>/dev/null || true)
missing=()
for package in "${wanted[@]}"; do
    if [[ -z ${installed[$package]:-} ]]; then
        missing+=("$package")
    fi
done

if [[ ${#missing[@]} == 0 ]]; then
    echo "install-deps: all ${#wanted[@]} packages are installed"
    exit 0
fi

echo "install-deps: missing ${#missing[@]} package(s): ${missing[*]}"
if [[ $mode == check ]]; then
    exit 1
fi

if [[ $(id -u) != 0 ]]; then
    echo "install-deps: not running as root; install them with:" >&2
    echo "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"
echo "install-deps: installed ${missing[*]}"
