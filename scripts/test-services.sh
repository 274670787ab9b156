#!/usr/bin/env bash
# Starts and stops the private services VoiceDeck's tests need (scripts/lib/services.sh): a
# sandbox for HOME and the XDG dirs, a D-Bus session bus, an unlocked gnome-keyring secret
# service, PulseAudio with a virtual speaker vd_out and microphone vd_mic, and an Xvfb display.
#
#   scripts/test-services.sh run CMD [ARGS...]  start, run CMD inside the environment, stop;
#                                               exits with CMD's status
#   eval "$(scripts/test-services.sh start)"   start and leave running; prints `export` lines
#   scripts/test-services.sh env [DIR]          print those lines again
#   scripts/test-services.sh stop [DIR]         stop exactly what `start` started, remove DIR
#
# DIR defaults to $VOICEDECK_TEST_SERVICES, which the printed environment sets. Progress goes to
# stderr, one line per service; a service that does not come up fails loudly, after whatever
# had already started is stopped. Concurrent runs each get their own directory and display.
set -euo pipefail

# shellcheck source=scripts/lib/services.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/services.sh"

usage() {
    sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

command=${1:-}
[[ $# -gt 0 ]] && shift
case "$command" in
    run)
        [[ $# -gt 0 ]] || usage
        trap vd_services_stop_if_started EXIT
        trap 'exit 130' INT
        trap 'exit 143' TERM
        vd_services_start
        status=0
        "$@" || status=$?
        exit "$status"
        ;;
    start)
        [[ $# == 0 ]] || usage
        vd_services_start
        cat "$VD_SERVICES_DIR/env.sh"
        ;;
    env)
        vd_services_env "${1:-}"
        ;;
    stop)
        vd_services_stop "${1:-}"
        ;;
    *)
        usage
        ;;
esac
