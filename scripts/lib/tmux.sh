# Drives the real app in a tmux server of its own. Source it from bash:
#   . "$root/scripts/lib/tmux.sh"
#   tmux_start 80 24 "command"      new server and session "cx" (sets $tmux_socket)
#   tmux_wait "text" [seconds]      waits until the pane shows text (status 1 on timeout)
#   tmux_keys Enter Escape ...      tmux key names;  tmux_type "王芳"  literal text
#   tmux_screen                     prints the pane;  tmux_pid  the pane's process id
#   tmux_stop                       kills the server
# `tmux_target` (default cx) picks the session; `tmux_new_session NAME W H CMD` adds one.

tmux_socket=""
tmux_target="cx"

tx() { env -u TMUX tmux -L "$tmux_socket" -f /dev/null "$@"; }

tmux_start() {
    tmux_socket="cunxue-script-$$-$RANDOM"
    tmux_target="cx"
    tx new-session -d -s cx -x "$1" -y "$2" "$3" </dev/null >/dev/null 2>&1
    tx set-option -g remain-on-exit on >/dev/null 2>&1
}

tmux_new_session() { tx new-session -d -s "$1" -x "$2" -y "$3" "$4" </dev/null >/dev/null 2>&1; }

tmux_screen() { tx capture-pane -p -t "$tmux_target" 2>/dev/null; }

tmux_wait() {
    local text="$1" seconds="${2:-10}" deadline
    deadline=$(( $(date +%s%N) + seconds * 1000000000 ))
    while (( $(date +%s%N) < deadline )); do
        if tmux_screen | grep -qF -- "$text"; then return 0; fi
        sleep 0.02
    done
    return 1
}

tmux_keys() { tx send-keys -t "$tmux_target" "$@"; }

tmux_type() { tx send-keys -l -t "$tmux_target" "$1"; }

tmux_pid() { tx display-message -p -t "$tmux_target" '#{pane_pid}'; }

tmux_dead() { [[ "$(tx display-message -p -t "$tmux_target" '#{pane_dead}' 2>/dev/null)" == 1 ]]; }

tmux_stop() { [[ -n "$tmux_socket" ]] && tx kill-server >/dev/null 2>&1; tmux_socket=""; return 0; }

# Peak resident set size of PID in KiB (VmHWM), empty when the process is gone.
peak_kib() { awk '/^VmHWM/ { print $2 }' "/proc/$1/status" 2>/dev/null; }
