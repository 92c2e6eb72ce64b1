# Timing helpers for the benchmark scripts. Source it from bash.

# Prints the wall time of one run of the given command, in milliseconds (output discarded).
time_ms() {
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

# Prints the median of the numbers on standard input, one a line.
median() {
    sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) print 0; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# Prints the value of KEY from a line of KEY=VALUE pairs given as the second argument.
field() {
    printf '%s\n' "$2" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2; exit }'
}

# Describes this machine in one line per item (for docs/performance.md).
machine_description() {
    local dir="${1:-${TMPDIR:-/tmp}}" cpu mem fs device rota disk
    cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
    mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
    fs=$(df -PT "$dir" 2>/dev/null | awk 'NR == 2 { print $2 }')
    device=$(df -P "$dir" 2>/dev/null | awk 'NR == 2 { print $1 }')
    disk="$fs file system"
    if [[ -b "$device" ]]; then
        rota=$(lsblk -ndo ROTA "$device" 2>/dev/null | head -n 1 | tr -d ' ')
        case "$rota" in 0) disk="$disk on $device (not rotational, per the kernel)" ;; 1) disk="$disk on $device (rotational, per the kernel; a virtual disk may say so regardless)" ;; esac
    fi
    echo "- CPU: ${cpu:-unknown}, $(nproc) cores available"
    echo "- memory: ${mem:-unknown}"
    echo "- temporary folder: $disk"
    echo "- system: $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME"), kernel $(uname -r)"
    echo "- $(swift --version 2>/dev/null | head -n 1)"
    echo "- tmux $(tmux -V 2>/dev/null | cut -d' ' -f2), cmark-gfm $(cmark-gfm --version 2>/dev/null | head -n 1 | awk '{ print $2 }')"
}
