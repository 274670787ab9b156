# shellcheck shell=bash
# The private services VoiceDeck's tests need, isolated from the user's session: a sandbox for
# HOME and the XDG dirs, a D-Bus session bus, an unlocked gnome-keyring secret service,
# PulseAudio with a virtual speaker (sink vd_out) and microphone (source vd_mic), and an Xvfb
# display. Sourced by scripts/test.sh and scripts/test-services.sh (bash, `set -euo pipefail`).
#
#   vd_services_start        start everything as children of the calling shell and export the
#                            environment into it; exits 1 with a clear message if anything fails
#   vd_services_stop [DIR]   stop exactly what was started (PIDs recorded in DIR), remove DIR
#   vd_services_env  [DIR]   print the environment as `export` lines
#   vd_services_stop_if_started   for EXIT traps: stop what this shell started, if still running
#
# Exported for the tests: HOME and XDG_{RUNTIME_DIR,CONFIG_HOME,DATA_HOME,CACHE_HOME,STATE_HOME}
# (all inside the sandbox), DBUS_SESSION_BUS_ADDRESS, PULSE_SERVER, PULSE_CLIENTCONFIG,
# DISPLAY, XAUTHORITY, VOICEDECK_TEST_SERVICES (the sandbox), and the flags a test checks
# before relying on a service (absent = not available, QSKIP): VOICEDECK_TEST_KEYCHAIN=1,
# VOICEDECK_TEST_AUDIO=1 (+ VOICEDECK_TEST_AUDIO_SINK=vd_out, VOICEDECK_TEST_AUDIO_SOURCE=vd_mic),
# VOICEDECK_TEST_DISPLAY=1. WAYLAND_DISPLAY, SSH_AUTH_SOCK and GNOME_KEYRING_CONTROL are unset.
#
# Every start gets its own temporary directory, sockets and display number, so concurrent runs
# do not collide. The daemons run in the foreground as background jobs of the calling shell,
# so the shell that stops them also reaps them.

VD_SERVICES_MARKER=.voicedeck-test-services
VD_SERVICES_TIMEOUT=${VOICEDECK_SERVICES_TIMEOUT:-30}
VD_SERVICES_DIR=${VD_SERVICES_DIR:-}

vd_say() { echo "test-services: $*" >&2; }

# vd_wait_until SECONDS COMMAND...: polls COMMAND every 0.1 s until it succeeds; bounded.
vd_wait_until() {
    local deadline=$((SECONDS + $1))
    shift
    until "$@" >/dev/null 2>&1; do
        if ((SECONDS >= deadline)); then
            return 1
        fi
        sleep 0.1
    done
}

# vd_wait_for PID COMMAND...: like vd_wait_until with the readiness timeout, but gives up at once
# when the process PID (the service being waited for) has exited.
vd_wait_for() {
    local pid=$1 deadline=$((SECONDS + VD_SERVICES_TIMEOUT))
    shift
    until "$@" >/dev/null 2>&1; do
        if ((SECONDS >= deadline)) || ! vd_alive "$pid"; then
            return 1
        fi
        sleep 0.1
    done
}

# vd_alive PID: the process exists and is not a zombie.
vd_alive() {
    local state
    state=$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null) || return 1
    [[ -n $state && $state != Z && $state != X ]]
}

vd_gone() { ! vd_alive "$1"; }

# vd_remember NAME PID COMM: records a started process; COMM guards `stop` against a recycled PID.
vd_remember() {
    echo "$2 $3" >"$VD_SERVICES_DIR/pids/$1"
}

# vd_fail MESSAGE [LOG]: says what failed, shows the log's tail, stops what was started, exits 1.
vd_fail() {
    vd_say "ERROR: $1"
    if [[ -n ${2:-} && -s ${2:-} ]]; then
        vd_say "last lines of $2:"
        tail -n 15 "$2" >&2 || true
    fi
    vd_services_stop_if_started >/dev/null 2>&1 || true
    exit 1
}

vd_require() {
    local tool
    for tool in "$@"; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            vd_say "ERROR: '$tool' is not installed; run scripts/install-deps.sh --test"
            exit 1
        fi
    done
}

# A session bus of our own, with no activatable services: nothing can be started behind our
# back (an accessibility bus, a second keyring), so stopping really leaves nothing running.
vd_start_dbus() {
    local dir=$VD_SERVICES_DIR pid
    cat >"$dir/dbus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:path=$dir/runtime/bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
    dbus-daemon --config-file="$dir/dbus.conf" --nofork --nopidfile --print-address=3 \
        3>"$dir/dbus.address" </dev/null >"$dir/logs/dbus.log" 2>&1 &
    pid=$!
    vd_remember dbus "$pid" dbus-daemon
    if ! vd_wait_for "$pid" test -s "$dir/dbus.address"; then
        vd_fail "dbus-daemon did not start" "$dir/logs/dbus.log"
    fi
    DBUS_SESSION_BUS_ADDRESS=$(head -n 1 "$dir/dbus.address")
    export DBUS_SESSION_BUS_ADDRESS
    if ! vd_wait_for "$pid" dbus-send --session --print-reply \
        --dest=org.freedesktop.DBus / org.freedesktop.DBus.GetId; then
        vd_fail "the D-Bus session bus at $DBUS_SESSION_BUS_ADDRESS does not answer" "$dir/logs/dbus.log"
    fi
    vd_say "D-Bus session bus is up ($DBUS_SESSION_BUS_ADDRESS, pid $pid)"
}

vd_secrets_owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q 'boolean true'
}

vd_secret_round_trip() {
    printf 'probe' | timeout 20 secret-tool store --label='VoiceDeck test probe' voicedeck-test-services probe \
        && [[ $(timeout 20 secret-tool lookup voicedeck-test-services probe) == probe ]] \
        && timeout 20 secret-tool clear voicedeck-test-services probe
}

# gnome-keyring's secret service; its login keyring is created and unlocked with a random
# password that is never stored.
vd_start_keyring() {
    local dir=$VD_SERVICES_DIR password pid
    password=$(head -c 24 /dev/urandom | base64)
    gnome-keyring-daemon --foreground --unlock --components=secrets \
        < <(printf '%s' "$password") >"$dir/logs/keyring.log" 2>&1 &
    pid=$!
    vd_remember keyring "$pid" gnome-keyring-d
    if ! vd_wait_for "$pid" vd_secrets_owned; then
        vd_alive "$pid" || vd_fail "gnome-keyring-daemon exited at start" "$dir/logs/keyring.log"
        vd_fail "gnome-keyring-daemon does not own org.freedesktop.secrets" "$dir/logs/keyring.log"
    fi
    # Prove the default collection stores and returns a secret without prompting anyone.
    if ! vd_secret_round_trip 2>>"$dir/logs/keyring.log"; then
        vd_fail "the secret service does not store and return a secret" "$dir/logs/keyring.log"
    fi
    vd_say "gnome-keyring secret service is up and unlocked (org.freedesktop.secrets, pid $pid)"
}

# PulseAudio as in docs/PLATFORM.md: a null sink vd_out and a virtual source vd_mic on its
# monitor, both the defaults; what is played to vd_out is what vd_mic records.
vd_start_pulseaudio() {
    local dir=$VD_SERVICES_DIR pid
    PULSE_SERVER=unix:$dir/runtime/pulse/native
    PULSE_CLIENTCONFIG=$dir/pulse-client.conf
    export PULSE_SERVER PULSE_CLIENTCONFIG
    # Clients must never autospawn a second daemon that nobody would stop.
    printf 'autospawn = no\n' >"$PULSE_CLIENTCONFIG"
    pulseaudio --daemonize=no --use-pid-file=no --exit-idle-time=-1 -n --log-target=stderr \
        --load=module-native-protocol-unix \
        --load="module-null-sink sink_name=vd_out" \
        --load="module-virtual-source source_name=vd_mic master=vd_out.monitor" \
        </dev/null >"$dir/logs/pulseaudio.log" 2>&1 &
    pid=$!
    vd_remember pulseaudio "$pid" pulseaudio
    if ! vd_wait_for "$pid" pactl info; then
        vd_alive "$pid" || vd_fail "pulseaudio exited at start" "$dir/logs/pulseaudio.log"
        vd_fail "pulseaudio does not answer at $PULSE_SERVER" "$dir/logs/pulseaudio.log"
    fi
    if ! pactl set-default-sink vd_out || ! pactl set-default-source vd_mic; then
        vd_fail "pulseaudio has no vd_out sink or vd_mic source" "$dir/logs/pulseaudio.log"
    fi
    vd_say "PulseAudio is up (sink vd_out, source vd_mic, $PULSE_SERVER, pid $pid)"
}

# Xvfb picks a free display itself (-displayfd) and writes its number once it accepts
# connections; clients need the cookie in our own XAUTHORITY.
vd_start_xvfb() {
    local dir=$VD_SERVICES_DIR pid cookie
    XAUTHORITY=$dir/Xauthority
    export XAUTHORITY
    cookie=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
    touch "$XAUTHORITY"
    xauth -q -f "$XAUTHORITY" add :0 MIT-MAGIC-COOKIE-1 "$cookie"
    # -noreset: an X server resets when its last client leaves and refuses connections while it
    # does; the tests' short-lived clients (xwininfo, import, voicedeck) would hit that window.
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset -auth "$XAUTHORITY" \
        3>"$dir/xvfb.display" </dev/null >"$dir/logs/xvfb.log" 2>&1 &
    pid=$!
    vd_remember xvfb "$pid" Xvfb
    if ! vd_wait_for "$pid" test -s "$dir/xvfb.display"; then
        vd_alive "$pid" || vd_fail "Xvfb exited at start" "$dir/logs/xvfb.log"
        vd_fail "Xvfb did not report a display within ${VD_SERVICES_TIMEOUT}s" "$dir/logs/xvfb.log"
    fi
    DISPLAY=:$(head -n 1 "$dir/xvfb.display")
    export DISPLAY
    xauth -q -f "$XAUTHORITY" add "$DISPLAY" MIT-MAGIC-COOKIE-1 "$cookie"
    if ! vd_wait_for "$pid" xdpyinfo; then
        vd_fail "Xvfb on $DISPLAY does not accept connections" "$dir/logs/xvfb.log"
    fi
    vd_say "Xvfb is up (DISPLAY=$DISPLAY, 1280x800x24, pid $pid)"
}

vd_write_env() {
    {
        printf 'export VOICEDECK_TEST_SERVICES=%q\n' "$VD_SERVICES_DIR"
        local name
        for name in HOME XDG_RUNTIME_DIR XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME \
            DBUS_SESSION_BUS_ADDRESS PULSE_SERVER PULSE_CLIENTCONFIG DISPLAY XAUTHORITY \
            VOICEDECK_TEST_KEYCHAIN VOICEDECK_TEST_AUDIO VOICEDECK_TEST_AUDIO_SINK \
            VOICEDECK_TEST_AUDIO_SOURCE VOICEDECK_TEST_DISPLAY; do
            printf 'export %s=%q\n' "$name" "${!name}"
        done
        printf 'unset WAYLAND_DISPLAY SSH_AUTH_SOCK GNOME_KEYRING_CONTROL\n'
    } >"$VD_SERVICES_DIR/env.sh"
}

vd_services_start() {
    vd_require dbus-daemon dbus-send gnome-keyring-daemon secret-tool pulseaudio pactl \
        Xvfb xauth xdpyinfo timeout
    VD_SERVICES_DIR=$(mktemp -d "${TMPDIR:-/tmp}/voicedeck-services.XXXXXXXX")
    local dir=$VD_SERVICES_DIR
    chmod 700 "$dir"
    touch "$dir/$VD_SERVICES_MARKER"
    mkdir -p "$dir/pids" "$dir/logs" "$dir/runtime" \
        "$dir/home/.config" "$dir/home/.local/share" "$dir/home/.cache" "$dir/home/.local/state"
    chmod 700 "$dir/runtime"
    # The services and the tests share one sandbox: no real config, data, keyring or socket.
    export VOICEDECK_TEST_SERVICES=$dir HOME=$dir/home XDG_RUNTIME_DIR=$dir/runtime
    export XDG_CONFIG_HOME=$dir/home/.config XDG_DATA_HOME=$dir/home/.local/share
    export XDG_CACHE_HOME=$dir/home/.cache XDG_STATE_HOME=$dir/home/.local/state
    unset WAYLAND_DISPLAY SSH_AUTH_SOCK GNOME_KEYRING_CONTROL

    vd_start_dbus
    vd_start_keyring
    vd_start_pulseaudio
    vd_start_xvfb
    # What a test may rely on (it can QSKIP when a flag is absent, e.g. outside scripts/test.sh).
    export VOICEDECK_TEST_KEYCHAIN=1 VOICEDECK_TEST_AUDIO=1 VOICEDECK_TEST_DISPLAY=1
    export VOICEDECK_TEST_AUDIO_SINK=vd_out VOICEDECK_TEST_AUDIO_SOURCE=vd_mic
    vd_write_env
    vd_say "all services are up; environment in $dir/env.sh"
}

# vd_services_dir [DIR]: the services directory to act on, checked to be one of ours.
vd_services_dir() {
    local candidate=${1:-${VOICEDECK_TEST_SERVICES:-${VD_SERVICES_DIR:-}}}
    if [[ -z $candidate ]]; then
        vd_say "ERROR: no services directory: pass it, or set VOICEDECK_TEST_SERVICES"
        return 2
    fi
    if [[ ! -f $candidate/$VD_SERVICES_MARKER ]]; then
        vd_say "ERROR: $candidate is not a directory made by test-services.sh start"
        return 2
    fi
    echo "$candidate"
}

vd_services_env() {
    local dir
    dir=$(vd_services_dir "${1:-}") || return
    cat "$dir/env.sh"
}

# vd_stop_process DIR NAME: TERM, a bounded wait, then KILL; only if the PID still runs the
# program we started. Reaps it when it is our child.
vd_stop_process() {
    local record=$1/pids/$2 pid comm
    [[ -f $record ]] || return 0
    read -r pid comm <"$record"
    if vd_alive "$pid" && [[ $(cat "/proc/$pid/comm" 2>/dev/null) == "$comm" ]]; then
        kill -TERM "$pid" 2>/dev/null || true
        if ! vd_wait_until 10 vd_gone "$pid"; then
            kill -KILL "$pid" 2>/dev/null || true
            vd_wait_until 5 vd_gone "$pid" || vd_say "WARNING: $2 (pid $pid) did not exit"
        fi
        vd_say "stopped $2 (pid $pid)"
    fi
    wait "$pid" 2>/dev/null || true
    rm -f "$record"
}

vd_services_stop() {
    local dir name
    dir=$(vd_services_dir "${1:-}") || return
    for name in xvfb pulseaudio keyring dbus; do
        vd_stop_process "$dir" "$name"
    done
    rm -rf "$dir"
    if [[ $dir == "${VD_SERVICES_DIR:-}" ]]; then
        VD_SERVICES_DIR=
    fi
    vd_say "all services stopped; removed $dir"
}

# For EXIT traps: stops what this shell started, if anything is still running.
vd_services_stop_if_started() {
    if [[ -n ${VD_SERVICES_DIR:-} && -f $VD_SERVICES_DIR/$VD_SERVICES_MARKER ]]; then
        vd_services_stop "$VD_SERVICES_DIR"
    fi
}
