# scripts/harden's sections on the data directory (issue 12): links and special files where the
# store's files should be, hostile progress files in a report, hostile command-line arguments,
# byte-order marks, and libFuzzer on the learner-file loader. Sourced by scripts/harden, which
# defines tried/held/broken/expect/note, the tmux helpers, $cunxue, $bin, $work and $root.

# Runs a command with a time limit and a 4 GiB address-space limit (a /dev/zero read until memory
# runs out must not take the machine down); returns its status (124: timeout).
bounded() {  # SECONDS COMMAND...
    local seconds="$1"; shift
    ( ulimit -v 4194304; timeout "$seconds" "$@" )
}

# No ESC, C1 control, bidi override/isolate/mark or zero-width character in the file or text.
no_raw_bytes() { ! LC_ALL=C grep -qaP '\x1b|\x07|\xc2[\x80-\x9f]|\xe2\x80[\x8b-\x8f\xaa-\xae]|\xe2\x81[\xa6-\xa9]' <<< "$1"; }

# A data directory with 王芳 (and a backup of her file) and 李娜, made by the binary under test
# (so that --cunxue can point at an older one); prints 王芳's id, then 李娜's.
store_template() {  # DIR
    local dir="$1" wang li
    "$cunxue" learners add --data-dir "$dir" 王芳 李娜 > "$dir.ids" || return 1
    wang=$(awk '$2 == "王芳" { print $1 }' "$dir.ids")
    li=$(awk '$2 == "李娜" { print $1 }' "$dir.ids")
    cp "$dir/learners/$wang.json" "$dir/learners/$wang.json.bak"
    echo "$wang $li"
}

# --- links ---------------------------------------------------------------------------------------
# A symbolic link (or hard link) where one of 王芳's files should be, to 李娜's file or to a file
# outside the data directory. Every command that touches 王芳 runs; what the link points at must
# never change, and the link must be set aside (renamed, not followed) with a message.
link_case() {  # ROLE TARGET-KIND [hard]
    local role="$1" kind="$2" hard="${3:-}" dir="$work/links-$1-$2${3:+-hard}" data ids wang li name target before out status
    mkdir -p "$dir"
    data="$dir/data"
    ids=$(store_template "$data") || { broken "links: could not prepare the learners"; return; }
    read -r wang li <<< "$ids"
    case "$role" in
        lock) name="$wang.lock" ;;
        tmp) name=".$wang.424242.planted.tmp" ;;
        json) name="$wang.json" ;;
        bak) name="$wang.json.bak" ;;
    esac
    if [[ "$kind" == learner ]]; then target="$data/learners/$li.json"
    else target="$dir/outside-passwd"; printf 'root:x:0:0:root:/root:/bin/bash\n' > "$target"; fi
    rm -f "$data/learners/$name"
    if [[ -n "$hard" ]]; then ln "$target" "$data/learners/$name"; else ln -s "$target" "$data/learners/$name"; fi
    before=$(cksum < "$target")
    local what="${hard:+hard }link at learners/$name (a .$role) to ${kind/learner/李娜\'s file}"
    what="${what/outside/a file outside the data directory}"
    tried "$what: learners list, report, backup, the app signing 王芳 in, learners remove"
    out=$(bounded 30 "$cunxue" learners list --data-dir "$data" 2>&1); status=$?
    expect "$what: learners list ends with status 0" test "$status" -eq 0
    if [[ -z "$hard" ]]; then
        expect "$what: learners list says a link was set aside" grep -qF "链接" <<< "$out"
    fi
    bounded 30 "$cunxue" report --data-dir "$data" > /dev/null 2>&1
    mkdir -p "$dir/usb"; bounded 30 "$cunxue" backup --data-dir "$data" "$dir/usb" > /dev/null 2>&1
    if [[ "$role" == lock || "$role" == json ]]; then
        # The link again (list set it aside), for the app's sign-in to meet.
        if [[ ! -L "$data/learners/$name" && -z "$hard" && "$role" == lock ]]; then ln -s "$target" "$data/learners/$name"; fi
        tmux_start 80 24 "$(app_command "$dir" "$data")"
        if tmux_wait "欢迎来到村学" 20 && tmux_wait "王芳" 5 && sign_in_wang; then
            held "$what: the app signs 王芳 in"
        else
            broken "$what: the app did not sign 王芳 in"; show_screen
        fi
        tmux_keys C-c; ended_with 0 >/dev/null; tmux_stop
    fi
    [[ "$role" == lock && -z "$hard" ]] && ln -sf "$target" "$data/learners/$name"
    bounded 30 "$cunxue" learners remove --data-dir "$data" "$wang" > /dev/null 2>&1
    expect "$what: what it points at is unchanged after every command" test "$before" == "$(cksum < "$target")"
    if [[ -z "$hard" ]]; then
        expect "$what: no link is left where the file should be" test ! -L "$data/learners/$name"
        expect "$what: the link was kept, renamed aside (.link-TIME)" bash -c "ls -a '$data/learners' | grep -qF -- '$name.link-'"
    fi
}

# On the welcome screen: picks 王芳 by her number (李娜 may be listed first) and signs her in.
sign_in_wang() {
    local number
    number=$(tmux_screen | grep -oP '[0-9]+(?=\. 王芳)' | head -n 1)
    [[ -n "$number" ]] || return 1
    tmux_keys "$number"; sleep 0.3
    screen_has "王芳，你好" || tmux_keys Enter
    tmux_wait "王芳，你好" 10
}

run_links() {
    section "Links where the store's files should be"
    local role
    for role in lock tmp json bak; do
        link_case "$role" learner
        link_case "$role" outside
    done
    link_case lock learner hard
    link_case lock outside hard
}

# --- special files ---------------------------------------------------------------------------------
# A FIFO, a device or a folder where a learner, backup or lock file should be: nothing hangs,
# nothing reads /dev/zero until memory runs out, the app starts and lists the others.
special_case() {  # LABEL MAKE-COMMAND (gets $L = learners folder, $W = 王芳's id)
    local label="$1" make="$2" dir="$work/special-$RANDOM" data ids wang li out status
    mkdir -p "$dir"
    data="$dir/data"
    ids=$(store_template "$data") || { broken "special: could not prepare the learners"; return; }
    read -r wang li <<< "$ids"
    L="$data/learners" W="$wang" bash -c "$make" || { note "$label: could not be made here (skipped)"; return; }
    tried "$label: learners list, report, backup, the app's learner list"
    out=$(bounded 20 "$cunxue" learners list --data-dir "$data" 2>&1); status=$?
    if ((status == 124)); then broken "$label: learners list hung (killed after 20 s)"
    else expect "$label: learners list ends with status 0 and lists 李娜" bash -c "(( $status == 0 )) && grep -qF 李娜 <<< \"\$1\"" _ "$out"; fi
    # JSON: it names every learner (the CSV ledger lists only those who studied in the period).
    out=$(bounded 20 "$cunxue" report --data-dir "$data" --format json 2>&1); status=$?
    if ((status == 124)); then broken "$label: report hung (killed after 20 s)"
    else expect "$label: report ends with status 0 and counts 李娜" bash -c "(( $status == 0 )) && grep -qF 李娜 <<< \"\$1\"" _ "$out"; fi
    mkdir -p "$dir/usb"
    out=$(bounded 20 "$cunxue" backup --data-dir "$data" "$dir/usb" 2>&1); status=$?
    if ((status == 124)); then broken "$label: backup hung (killed after 20 s)"
    else expect "$label: backup ends with status 0" test "$status" -eq 0; fi
    # Again, for the app (the listing above set the entry aside).
    L="$data/learners" W="$wang" bash -c "$make" 2>/dev/null
    tmux_start 80 24 "ulimit -v 4194304; $(app_command "$dir" "$data")"
    if tmux_wait "李娜" 20; then held "$label: the app starts and lists the learners"
    else broken "$label: the app did not show its learner list within 20 s"; show_screen; fi
    tmux_keys C-c; ended_with 0 >/dev/null; tmux_stop
}

run_special() {
    section "Special files where the store's files should be"
    special_case "a FIFO named xfifo123.json" 'mkfifo "$L/xfifo123.json"'
    special_case "a FIFO in place of 王芳's file" 'rm -f "$L/$W.json"; mkfifo "$L/$W.json"'
    special_case "a FIFO in place of 王芳's backup, her file damaged" 'echo "{" > "$L/$W.json"; rm -f "$L/$W.json.bak"; mkfifo "$L/$W.json.bak"'
    special_case "a FIFO in place of 王芳's lock file" 'rm -f "$L/$W.lock"; mkfifo "$L/$W.lock"'
    special_case "a link to /dev/zero in place of 王芳's file" 'rm -f "$L/$W.json"; ln -s /dev/zero "$L/$W.json"'
    special_case "a link to /dev/zero named zero1234.json" 'ln -sf /dev/zero "$L/zero1234.json"'
    special_case "a character device (1,5: /dev/zero) named zdev1234.json" '[[ $(id -u) -eq 0 ]] && rm -f "$L/zdev1234.json" && mknod "$L/zdev1234.json" c 1 5'
    special_case "a folder named dir12345.json" 'mkdir -p "$L/dir12345.json"'
}

# --- hostile progress files in a report --------------------------------------------------------------
run_report_input() {
    section "Hostile progress files in a report (a synced county folder)"
    local dir="$work/report" learners out csv err format
    mkdir -p "$dir/text/learners" "$dir/numbers/learners"
    # One learner file per attack (schema 1, which every version reads); its learner id is its
    # name unless said otherwise. FOLDER is text or numbers: the two kinds go to two reports, so
    # that a trap on the numbers does not hide what the text attacks print.
    hostile_file() {  # FOLDER NAME ID DISPLAY-NAME MODULE SECONDS DATE SCORE [LAST-ACTIVE]
        local last="${9:+, \"lastActiveAt\": \"$9\"}"
        printf '{"schemaVersion": 1, "learner": {"id": "%s", "displayName": "%s", "createdAt": "2025-06-15T08:00:00Z"%s},
 "reading": [%s], "attempts": [{"id": "a-%s", "quizID": "%s/quiz", "moduleID": "%s", "startedAt": "%s",
 "endedAt": "2025-06-15T09:00:00Z", "answers": [], "scorePercent": %s, "passed": true}], "notebook": []}\n' \
            "$3" "$4" "$last" "$(for i in 0 1 2 3 4 5 6 7 8 9; do ((i)) && printf ','; printf '{"moduleID": "%s", "lessonID": "l%s", "state": {"openedAt": "%s", "lastPosition": 0, "secondsSpent": %s}}' "$5" "$i" "$7" "$6"; done)" \
            "$2" "$5" "$5" "$7" "$8" > "$dir/$1/learners/$2.json"
    }
    hostile_file text esc00001 'esc\u001b]0;PWNED\u0007' '王芳' 'how-to-use' 60 2025-06-15T08:30:00Z 80
    hostile_file text osc00001 osc00001 '李娜' 'x\u001b]52;c;cm0gLXJmIH4K\u0007' 60 2025-06-15T08:30:00Z 80
    hostile_file text form0001 form0001 '张伟' '=HYPERLINK(\"http://x\",\"y\")' 60 2025-06-15T08:30:00Z 80
    hostile_file text bidi0001 bidi0001 '赵\u202e敏\u200b' 'how-to-use' 60 2025-06-15T08:30:00Z 80
    hostile_file text mism0001 form0001 '冒充' 'shop-data' 60 2025-06-15T08:30:00Z 80 2025-06-16T00:00:00Z
    printf '{' > "$dir/text/learners/$(printf 'name\x1b]0;PWNED\x07')1.json"
    hostile_file numbers huge0001 huge0001 '老李' 'how-to-use' 999999999999999999 2025-06-15T08:30:00Z 5000
    hostile_file numbers negt0001 negt0001 '小刘' 'how-to-use' -500 9999-12-31T23:59:59Z -7
    tried "report over files with ESC/OSC 52 in a learner id and a module id, =HYPERLINK(...) as a module id, bidi and zero-width characters in a name, a file named with an OSC sequence, and a file holding another learner's id"
    for format in csv json; do
        err="$dir/err-text-$format"
        out=$(bounded 30 "$cunxue" report --data-dir "$dir/text" --format "$format" 2> "$err")
        expect "report ($format): ends with status 0" test $? -eq 0
        expect "report ($format): standard output holds no control, bidi or zero-width character" no_raw_bytes "$(tr -d '\r' <<< "$out" | sed '1s/^\xef\xbb\xbf//')"
        expect "report ($format): the warnings hold none either" no_raw_bytes "$(cat "$err")"
        [[ "$format" == csv ]] && csv="$out"
    done
    expect "report: no CSV cell starts with = + - @ (formula prefixes neutralised)" bash -c "! tr -d '\r' <<< \"\$1\" | tr ',' '\n' | grep -qE '^\"?[=+@-]'" _ "$csv"
    err=$(cat "$dir/err-text-csv")
    expect "report: the file with another learner's id is named and left out (冒充 is not merged into 张伟's rows)" bash -c "grep -qF mism0001.json <<< \"\$1\" && ! grep -qF 冒充 <<< \"\$2\"" _ "$err" "$csv"
    expect "report: the learner id that is not an id is reported, not counted" bash -c "grep -qF esc00001.json <<< \"\$1\" && ! grep -qF PWNED <<< \"\$2\"" _ "$err" "$csv"
    tried "report over ten reading entries of 999999999999999999 s and a score of 5000; negative seconds and a score of -7 in year 9999"
    for format in csv json; do
        out=$(bounded 30 "$cunxue" report --data-dir "$dir/numbers" --format "$format" 2> "$dir/err-numbers-$format")
        expect "report ($format): ends with status 0 (no trap on the numbers)" test $? -eq 0
    done
    err=$(cat "$dir/err-numbers-csv")
    expect "report: the impossible numbers are named with their file" bash -c "grep -qF huge0001.json <<< \"\$1\" && grep -qF secondsSpent <<< \"\$1\"" _ "$err"
    expect "report: the year-9999 date is named with its file" bash -c "grep -qF negt0001.json <<< \"\$1\" && grep -qF 9999-12-31 <<< \"\$1\"" _ "$err"
}

# --- hostile arguments -----------------------------------------------------------------------------
run_cli() {
    section "Hostile command-line arguments"
    local dir="$work/cli" data esc out
    data="$dir/data"; mkdir -p "$dir"
    "$cunxue" learners add --data-dir "$data" 王芳 >/dev/null
    esc=$(printf '\x1b]0;PWNED\x07\x1b[2J\xe2\x80\xae\xe2\x80\x8b')
    cli_case() {  # LABEL COMMAND...
        local label="$1"; shift
        out=$(bounded 30 "$@" 2>&1)
        tried "$label"
        expect "$label: nothing raw is printed (ESC, BEL, bidi, zero-width)" no_raw_bytes "$out"
    }
    cli_case "learners add with ESC/OSC in a name too long" "$cunxue" learners add --data-dir "$data" "$esc$(printf '长%.0s' {1..30})"
    cli_case "learners add with ESC/OSC in a name short enough (stored cleaned)" "$cunxue" learners add --data-dir "$data" "李$esc娜"
    cli_case "learners list after it" "$cunxue" learners list --data-dir "$data"
    cli_case "learners remove with an unknown name holding ESC/OSC" "$cunxue" learners remove --data-dir "$data" "x$esc"
    cli_case "report --output into a folder that does not exist, named with ESC/OSC" "$cunxue" report --data-dir "$data" --output "$dir/no$esc/r.csv"
    cli_case "report --data-dir that does not exist, named with ESC/OSC" "$cunxue" report --data-dir "$dir/none$esc"
    cli_case "backup into a folder that does not exist, named with ESC/OSC" "$cunxue" backup --data-dir "$data" "$dir/usb$esc"
    cli_case "learners list --data-dir that is a file named with ESC/OSC" bash -c "touch '$dir/f$esc'; '$cunxue' learners list --data-dir '$dir/f$esc'"
}

# --- byte-order marks ------------------------------------------------------------------------------
run_bom() {
    section "A UTF-8 byte-order mark (an editor's) at the start of a file"
    local dir="$work/bom" data ids wang li out
    bom_case() {  # LABEL EDIT (gets $L, $W, $D)
        local label="$1" edit="$2" status
        rm -rf "$dir"; mkdir -p "$dir"; data="$dir/data"
        ids=$(store_template "$data") || { broken "bom: could not prepare the learners"; return; }
        read -r wang li <<< "$ids"
        L="$data/learners" W="$wang" D="$data" bash -c "$edit"
        tried "$label"
        out=$(bounded 30 "$cunxue" learners list --data-dir "$data" 2>&1); status=$?
        expect "$label: learners list ends with status 0, no warning, 王芳 listed" bash -c "(( $status == 0 )) && grep -qF 王芳 <<< \"\$1\" && ! grep -qF 损坏 <<< \"\$1\"" _ "$out"
        expect "$label: nothing was set aside as damaged" bash -c "! ls '$data/learners' | grep -q corrupt"
        expect "$label: 王芳's file is in place, her name in it" grep -qF '王芳' "$data/learners/$wang.json"
    }
    bom_case "a BOM before 王芳's file" 'printf "\xef\xbb\xbf" | cat - "$L/$W.json" > "$L/x" && mv "$L/x" "$L/$W.json"'
    bom_case "a BOM before 王芳's backup, her file missing" 'printf "\xef\xbb\xbf" | cat - "$L/$W.json.bak" > "$L/x" && mv "$L/x" "$L/$W.json.bak" && rm "$L/$W.json"'
    bom_case "a BOM before instructor.json" 'printf "\xef\xbb\xbf{\"schemaVersion\": 1}\n" > "$D/instructor.json"'
    printf '\xef\xbb\xbf{"schemaVersion": 1}\n' > "$data/instructor.json"
    printf '2580\n2580\n' | bounded 30 "$cunxue" instructor set-pin --data-dir "$data" > /dev/null 2>&1
    expect "a BOM before instructor.json: set-pin reads it and sets the PIN" grep -qF pbkdf2 "$data/instructor.json"
}

# --- libFuzzer on the learner-file loader ----------------------------------------------------------
run_fuzz_learner() {
    section "Fuzzing the learner-file loader (${fuzz_seconds} s of libFuzzer)"
    local fuzz_bin="$root/Fuzz/.build/release/LearnerFileFuzz" new="$work/learner-fuzz-new" artifacts="$work/learner-fuzz-artifacts"
    local corpus="$root/Fuzz/learner-corpus" out status found
    mkdir -p "$new" "$artifacts"
    if ! swift build --package-path "$root/Fuzz" -c release -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library \
            --product LearnerFileFuzz > "$work/learner-fuzz-build.log" 2>&1; then
        note "the libFuzzer target did not build with this toolchain (log: $work/learner-fuzz-build.log)"
        return
    fi
    tried "LearnerFileFuzz from Fuzz/learner-corpus ($(ls "$corpus" | wc -l) files): each input one file of a data directory (a learner file, its backup, a lock file, instructor.json, a file a report reads); loaded, listed, locked and reported; every message and report clean, no learner file's bytes lost, loaded numbers in range, a record written and read back the same"
    # SWIFT_BACKTRACE=enable=no: Swift's own crash handler would end the process before
    # libFuzzer writes the failing input to $artifacts.
    out=$(SWIFT_BACKTRACE=enable=no "$fuzz_bin" -max_total_time="$fuzz_seconds" -timeout=10 -rss_limit_mb=2048 -max_len=1048576 -print_final_stats=1 \
          -artifact_prefix="$artifacts/" "$new" "$corpus" 2>&1)
    status=$?
    printf '%s\n' "$out" | grep -E '^Done|stat::number_of_executed_units|stat::peak_rss' | sed 's/^/          /'
    found=$(ls "$artifacts")
    if ((status == 0)) && [[ -z "$found" ]]; then
        held "libFuzzer (learner files): no crash, hang, out-of-memory, unsafe text, lost file or unstable record"
    else
        mkdir -p "$root/Fuzz/findings"
        cp "$artifacts"/* "$root/Fuzz/findings/" 2>/dev/null
        printf '%s\n' "$out" | grep -v '^0x' | grep -E 'ERROR|Fatal|unsafe|lost|range|crash|timeout|==' | head -n 20 | sed 's/^/          | /'
        broken "libFuzzer (learner files) found a failing input, copied to Fuzz/findings/ ($found); reproduce: Fuzz/.build/release/LearnerFileFuzz Fuzz/findings/FILE"
    fi
    if ((keep_corpus)); then
        "$fuzz_bin" -set_cover_merge=1 "$corpus" "$new" > /dev/null 2>&1
        note "new inputs that add coverage merged into Fuzz/learner-corpus ($(ls "$corpus" | wc -l) files now)"
    fi
}
