# scripts/harden's sections on hostile text (issue 12, classes 7 and 14): YAML bombs in lesson
# folders, and learners' names made of grapheme clusters (emoji sequences, combining marks) on the
# screens that show them. Sourced by scripts/harden, which defines tried/held/broken/expect/note,
# the tmux helpers, app_command, $cunxue, $work and $root.

# --- yaml ----------------------------------------------------------------------------------------
# Each prints a front matter body (without its --- lines).
yaml_alias_bomb() {  # a "billion laughs": ten levels of ten aliases each to the level before
    local level k
    printf 'title: 炸弹\nl0: &l0 ["哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈"]\n'
    for ((level = 1; level < 10; level++)); do
        printf 'l%d: &l%d [' "$level" "$level"
        for ((k = 0; k < 9; k++)); do printf '*l%d, ' $((level - 1)); done
        printf '*l%d]\n' $((level - 1))
    done
}
yaml_merge_bomb() {  # the same with merge keys: each level merges the one before ten times
    local level k
    printf 'title: 合并\nm0: &m0 {a: 哈, b: 哈, c: 哈}\n'
    for ((level = 1; level < 10; level++)); do
        printf 'm%d: &m%d\n' "$level" "$level"
        for ((k = 0; k < 10; k++)); do printf '  <<: *m%d\n' $((level - 1)); done
    done
}
yaml_deep() {  # a title 4,000 flow sequences deep (8 KB: under the size limit)
    printf 'title: '
    head -c 4000 /dev/zero | tr '\0' '['
    head -c 4000 /dev/zero | tr '\0' ']'
    printf '\n'
}
yaml_many_keys() {  # as many keys as fit in the size limit (about 1,000)
    local i
    printf 'title: 很多键\n'
    for ((i = 0; i < 1200; i++)); do printf 'k%d: %d\n' "$i" "$i"; done | head -c 8000 | sed '$d'
}
yaml_huge_keys() {  # 50,000 keys (about 600 KB: far over the size limit)
    printf 'title: 五万个键\n'
    seq 0 49999 | sed 's/.*/k&: &/'
}
yaml_over_limit() {  # one byte over the 8 KiB limit
    printf 'title: 太长\nsummary: "'
    head -c $((8192 - 24)) /dev/zero | tr '\0' 'x'
    printf '"\n'
}

# A file: front matter made by GENERATOR, then BODY.
yaml_file() {  # PATH GENERATOR BODY
    { printf -- '---\n'; "$2"; printf -- '---\n\n%s\n' "$3"; } > "$1"
}

yaml_good_lesson() {  # PATH TITLE
    printf -- '---\ntitle: %s\n---\n\n# %s\n\n%s的正文。\n' "$2" "$2" "$2" > "$1"
}

# A course: five modules whose module.md is a bomb, a module with good and bad lessons and
# quizzes, and a good module. Prints each bad file (relative to COURSE) and the finding it must
# have (error, or warning for the unknown keys), one a line.
write_yaml_course() {  # COURSE
    local course="$1" kind m i=1
    for kind in alias_bomb merge_bomb deep many_keys over_limit; do
        m="0$i-module-${kind//_/-}"
        mkdir -p "$course/$m"
        yaml_file "$course/$m/module.md" "yaml_$kind" "模块介绍。"
        yaml_good_lesson "$course/$m/01-a.md" "炸弹模块里的课"
        echo "$m/module.md $([[ $kind == many_keys ]] && echo warning || echo error)"
        i=$((i + 1))
    done
    m="06-mixed"
    mkdir -p "$course/$m"
    printf -- '---\ntitle: 混合单元\n---\n\n好坏混在一起的单元。\n' > "$course/$m/module.md"
    yaml_good_lesson "$course/$m/01-good.md" "好课一"
    i=2
    for kind in alias_bomb merge_bomb deep many_keys over_limit huge_keys; do
        yaml_file "$course/$m/0$i-${kind//_/-}.md" "yaml_$kind" "# 坏课"
        echo "$m/0$i-${kind//_/-}.md $([[ $kind == many_keys ]] && echo warning || echo error)"
        i=$((i + 1))
    done
    yaml_good_lesson "$course/$m/08-good.md" "好课二"
    yaml_file "$course/$m/08-good.quiz.md" yaml_alias_bomb $'## 题一\n\n1. [x] 对\n1. [ ] 错'
    echo "$m/08-good.quiz.md error"
    # The module quiz: its front matter is fine; question 1's options block is a merge bomb.
    { printf -- '---\npassingGrade: 50\n---\n\n## 坏题\n\n---\n'; yaml_merge_bomb | sed 1d
      printf -- '---\n\n1. [x] 对\n1. [ ] 错\n\n## 好题三加四\n\n1. [x] 七\n1. [ ] 八\n'; } > "$course/$m/quiz.md"
    echo "$m/quiz.md error"
    m="07-good"
    mkdir -p "$course/$m"
    printf -- '---\ntitle: 好单元\n---\n\n全是好文件。\n' > "$course/$m/module.md"
    yaml_good_lesson "$course/$m/01-good.md" "好课三"
}

# Runs a command with a 10-second time limit and a 1 GiB address-space limit, its output into OUT;
# sets yaml_status (124: timed out; 128+N: killed by signal N) and yaml_ms (milliseconds taken).
yaml_bounded() {  # OUT COMMAND...
    local start out="$1"
    shift
    start=$(date +%s%N)
    ( ulimit -v 1048576; timeout -k 2 10 "$@" ) > "$out" 2>&1
    yaml_status=$?
    yaml_ms=$(( ($(date +%s%N) - start) / 1000000 ))
}

has_han() { LC_ALL=C.UTF-8 grep -qP '\p{Han}' <<< "$1"; }

run_yaml() {
    section "YAML bombs in lesson folders (10 s and 1 GiB each)"
    local dir="$work/yaml" course out missing=() file kind line data
    course="$dir/course"
    mkdir -p "$dir"
    write_yaml_course "$course" > "$dir/bad-files"
    tried "front matter holding a billion-laughs alias bomb, a merge-key (<<:) bomb, a title 4,000 brackets deep, about 1,000 keys, 50,000 keys (600 KB), and 8,193 bytes (the limit is 8,192), in module.md, in lessons, in a check's front matter and a question's options block; good modules and lessons beside them"

    yaml_bounded "$dir/validate.txt" "$cunxue" validate "$course"
    out=$(< "$dir/validate.txt")
    note "validate: status $yaml_status in $yaml_ms ms; $(tail -n 1 <<< "$out")"
    expect "validate: finishes within 5 s under the limits, no crash, and reports errors (status 1; was $yaml_status)" \
        test "$yaml_status" -eq 1 -a "$yaml_ms" -lt 5000
    missing=()
    while read -r file kind; do
        line=$(grep -F "$file:" <<< "$out" | grep -F ": $kind: " | head -n 1)
        [[ -n "$line" ]] && has_han "${line#*": $kind: "}" || missing+=("$file")
    done < "$dir/bad-files"
    expect "validate: a finding in Chinese for each of the $(wc -l < "$dir/bad-files") bad files (an error; for ~1,000 unknown keys, warnings: the first 20 and one that counts the rest)${missing[*]:+ — missing: ${missing[*]}}" test ${#missing[@]} -eq 0
    missing=()
    for file in 06-mixed/01-good.md 06-mixed/08-good.md 07-good/module.md 07-good/01-good.md; do
        grep -qF "$file:" <<< "$out" && missing+=("$file")
    done
    expect "validate: no finding on the good files beside them${missing[*]:+ — found on: ${missing[*]}}" test ${#missing[@]} -eq 0
    yaml_bounded "$dir/validate-en.txt" "$cunxue" validate --lang en "$course"
    expect "validate --lang en: finishes as well (status 1 in under 5 s; was $yaml_status in $yaml_ms ms), the anchor error in English" \
        bash -c '[[ $1 -eq 1 && $2 -lt 5000 ]] && grep -qF "YAML anchors (&name) and aliases (*name) are not allowed" "$3"' _ "$yaml_status" "$yaml_ms" "$dir/validate-en.txt"

    data="$dir/data"
    yaml_bounded "$dir/import.txt" "$cunxue" import --data-dir "$data" "$course"
    note "import: status $yaml_status in $yaml_ms ms; $(grep -m 1 -F '没有导入' "$dir/import.txt")"
    expect "import of the whole course: finishes within 5 s, refused (status 1), says so in Chinese (没有导入任何内容, the errors listed)" \
        bash -c '[[ $1 -eq 1 && $2 -lt 5000 ]] && grep -qF "没有导入任何内容" "$3" && grep -qF "08-good.quiz.md:3:5: error: 开头的设置里不能用 YAML 的锚点" "$3"' _ "$yaml_status" "$yaml_ms" "$dir/import.txt"
    expect "import of the whole course: nothing copied into the data directory's lessons/" \
        test -z "$(find "$data/lessons" -name '*.md' 2>/dev/null)"
    yaml_bounded "$dir/import-good.txt" "$cunxue" import --data-dir "$data" "$course/07-good"
    expect "import of the good module beside them: imported (status 0; was $yaml_status)" test "$yaml_status" -eq 0

    yaml_app "$dir" "$course" 80 24
    yaml_app "$dir" "$course" 60 20
}

# The app on the course with --lessons, under a 1 GiB address-space limit: it starts at once, the
# good modules are there, the bombs' are not.
yaml_app() {  # DIR COURSE WIDTH HEIGHT
    local dir="$1/app-$3x$4" course="$2" start ms pid peak number
    mkdir -p "$dir"
    start=$(date +%s%N)
    tmux_start "$3" "$4" "$(app_command "$dir" "$dir/data" "prlimit --as=1073741824" "--lessons '$course'")"
    if ! new_learner "王芳"; then broken "yaml app $3x$4: could not start and sign in"; show_screen; tmux_stop; return; fi
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    pid=$(app_pid)
    peak=$(peak_kib "$pid")
    note "yaml app $3x$4: signed in ${ms} ms after the start (with typing), peak RSS ${peak:-?} KiB"
    expect "yaml app $3x$4: started with the bombs in its lesson folder and signed in within 10 s" test "$ms" -lt 10000
    tmux_screen > "$dir/home"
    if grep -qF 混合单元 "$dir/home" && grep -qF 好单元 "$dir/home"; then held "yaml app $3x$4: the good modules are listed on the home screen (混合单元, 好单元)"
    else broken "yaml app $3x$4: a good module is missing from the home screen"; show_screen; fi
    expect "yaml app $3x$4: no module whose module.md is a bomb is listed (炸弹, 合并, 太长)" bash -c "! grep -qE '炸弹|合并|太长' '$dir/home'"
    # The mixed module, by its number on the home screen: its good lessons and nothing else.
    number=$(sed -n 's/^ *\([0-9]\)\. *混合单元.*/\1/p' "$dir/home")
    if [[ -n "$number" ]]; then
        tmux_keys "$number"
        tmux_wait "好坏混在一起" 5
        tmux_screen > "$dir/module"
        if grep -qF 好课一 "$dir/module" && grep -qF 好课二 "$dir/module" && grep -qF 单元测验 "$dir/module" && ! grep -qE '炸弹|合并|坏课' "$dir/module"; then
            held "yaml app $3x$4: 混合单元 shows its good lessons and its quiz, no bad lesson"
        else broken "yaml app $3x$4: 混合单元 does not show just its good lessons"; show_screen; fi
    else
        note "yaml app $3x$4: 混合单元 has no number on the first screen; its lessons not opened"
    fi
    expect "yaml app $3x$4: still running" test -n "$(app_pid)"
    tmux_keys C-c
    ended_with 0 || { broken "yaml app $3x$4: the app did not end on Ctrl-C"; show_screen; }
    expect "yaml app $3x$4: the terminal was restored" stty_equal "$dir"
    tmux_stop
}

# --- emoji ---------------------------------------------------------------------------------------
# Columns are read from tmux's own cell grid (copy mode: a search puts the cursor on each match,
# end-of-line after a row's last cell), so no width table of this script's is trusted.

# Every match of TEXT on the pane, as "ROW COLUMN" lines, top to bottom: the row from 0, the
# column of the match's last cell counted from 1 (copy mode leaves the cursor just after it).
cell_matches() {  # TEXT
    local first="" position i
    tx copy-mode -t "$tmux_target"
    tx send-keys -t "$tmux_target" -X history-top
    tx send-keys -t "$tmux_target" -X search-forward "$1"
    for ((i = 0; i < 200; i++)); do
        position=$(tx display -p -t "$tmux_target" '#{copy_cursor_y} #{copy_cursor_x}')
        [[ "$position" == "$first" ]] && break
        [[ -z "$first" ]] && first="$position"
        echo "$position"
        tx send-keys -t "$tmux_target" -X search-again
    done | sort -n -k1,1 -k2,2 | uniq
    tx send-keys -t "$tmux_target" -X cancel
}

# Where each of the pane's HEIGHT rows ends ("ROW COLUMN" lines): the column of its last non-blank
# cell, counted from 1.
row_ends() {  # HEIGHT
    local y
    tx copy-mode -t "$tmux_target"
    tx send-keys -t "$tmux_target" -X history-top
    for ((y = 0; y < $1; y++)); do
        tx send-keys -t "$tmux_target" -X start-of-line
        tx send-keys -t "$tmux_target" -X end-of-line
        tx display -p -t "$tmux_target" '#{copy_cursor_y} #{copy_cursor_x}'
        tx send-keys -t "$tmux_target" -X cursor-down
    done
    tx send-keys -t "$tmux_target" -X cancel
}

# Learners' names: a ZWJ family, a ZWJ farmer with a skin tone, a skin tone, a flag, a keycap
# and VS16 heart, Latin with precomposed and combining marks, VS16 on text-default symbols, a ZWJ
# flag with VS16, three combining marks on one letter, and a ZWJ sequence before a long name.
# Each is printed with the text that must show on the sign-in list (its Han characters).
emoji_names() {
    local zwj=$'\xe2\x80\x8d' vs16=$'\xef\xb8\x8f'
    printf '%s\t%s\n' \
        "王👨${zwj}👩${zwj}👧芳" 芳 \
        "👩🏽${zwj}🌾李嫂" 李嫂 \
        "👍🏿张叔" 张叔 \
        "🇨🇳刘备" 刘备 \
        $'1\xef\xb8\x8f\xe2\x83\xa3\xe2\x9d\xa4\xef\xb8\x8f陈' 陈 \
        $'Zo\xc3\xab N\xcc\x83u\xcc\x81n\xcc\x83ez 赵' Zo \
        "☺${vs16}孙✌${vs16}杨" 孙 \
        "🏳${vs16}${zwj}🌈周" 周 \
        $'e\xcc\x81\xcc\x83\xcc\x88吴' 吴 \
        "🧑${zwj}💻程序员小李和他的朋友们" 程序员
}

# The sign-in list at WIDTH x HEIGHT: the box's left and right sides in one column each on every
# row, its corners above and below them, inside the pane; every name visible.
emoji_sign_in() {  # DIR DATA WIDTH HEIGHT
    local dir="$1" data="$2" w="$3" h="$4" sides corners rows right shown=0 total=0 marker
    tmux_start "$w" "$h" "$(app_command "$dir" "$data")"
    if ! tmux_wait "新学员" 20; then broken "emoji ${w}x${h}: the sign-in list did not show"; show_screen; tmux_stop; return; fi
    tmux_screen > "$dir/sign-in-${w}x${h}"
    sides=$(cell_matches "│")
    corners=$(cell_matches "┐"; cell_matches "┘")
    rows=$(awk '{ print $1 }' <<< "$sides" | sort -u | wc -l)
    right=$(awk '{ print $2 }' <<< "$corners" | sort -u)
    note "emoji ${w}x${h}: sign-in box rows $rows; side columns $(awk '{ print $2 }' <<< "$sides" | sort -n | uniq -c | awk '{ printf "%s×%s ", $2, $1 }'); corner columns $(tr '\n' ' ' <<< "$right")"
    if [[ -n "$sides" && $(wc -l <<< "$right") -eq 1 && $(awk '{ print $2 }' <<< "$sides" | sort -u | wc -l) -eq 2 \
          && $(awk '{ print $2 }' <<< "$sides" | sort -n | tail -n 1) == "$right" ]] \
          && (( $(wc -l <<< "$sides") == 2 * rows && right < w )); then
        held "emoji ${w}x${h}: the sign-in box lines up: on all $rows rows both sides in the same two columns, the right one under ┐ and over ┘ (column $right of $w)"
    else
        broken "emoji ${w}x${h}: the sign-in box does not line up (sides: $(tr '\n' ';' <<< "$sides") corners: $(tr '\n' ';' <<< "$corners"))"; show_screen
    fi
    while IFS=$'\t' read -r _ marker; do
        total=$((total + 1))
        grep -qF -- "$marker" "$dir/sign-in-${w}x${h}" && shown=$((shown + 1))
    done < <(emoji_names)
    # (When the list scrolls, every name row of the box shows its name; 新学员 may be a row too.)
    if ((shown == total || shown >= rows - 1)); then
        held "emoji ${w}x${h}: the names show ($shown of $total on the first page, $rows rows in the box)"
    else broken "emoji ${w}x${h}: only $shown of $total names show"; show_screen; fi
    expect "emoji ${w}x${h}: the key hints are whole on the last row" bash -c "tail -n 1 '$dir/sign-in-${w}x${h}' | grep -qF 'Enter'"
    emoji_class_view "$dir" "$w" "$h"
    tmux_keys C-c
    ended_with 0 || { broken "emoji ${w}x${h}: the app did not end on Ctrl-C"; show_screen; }
    tmux_stop
}

# The instructor's class view (F2, PIN 2468, 1): each learner's row has its first module column
# and its last column in the same cell columns as the others'.
emoji_class_view() {  # DIR WIDTH HEIGHT
    local dir="$1" w="$2" h="$3" firsts ends
    tmux_keys F2
    tmux_wait "老师密码" 5 || { broken "emoji ${w}x${h}: F2 did not ask for the instructor PIN"; show_screen; return; }
    tmux_type 2468; tmux_keys Enter
    tmux_wait "学员学习情况" 5 && tmux_keys 1
    if ! tmux_wait "还没开始（10 人）" 5; then broken "emoji ${w}x${h}: the class view did not show the 10 learners"; show_screen; return; fi
    tmux_screen > "$dir/class-${w}x${h}"
    firsts=$(cell_matches "0/3")
    ends=$(row_ends "$h" | awk 'NR == FNR { rows[$1] = 1; next } ($1 in rows) { print }' <(echo "$firsts") -)
    note "emoji ${w}x${h}: class view rows $(wc -l <<< "$firsts"); first module column at $(awk '{ print $2 }' <<< "$firsts" | sort -u | tr '\n' ' ')end at $(awk '{ print $2 }' <<< "$ends" | sort -u | tr '\n' ' ')"
    if [[ -n "$firsts" ]] && (( $(awk '{ print $2 }' <<< "$firsts" | sort -u | wc -l) == 1 && $(awk '{ print $2 }' <<< "$ends" | sort -u | wc -l) == 1 \
          && $(awk '{ print $2 }' <<< "$ends" | sort -n | tail -n 1) <= w )); then
        held "emoji ${w}x${h}: the class view's columns line up on all $(wc -l <<< "$firsts") learner rows (first module column and last column each in one cell column, inside the pane)"
    else
        broken "emoji ${w}x${h}: the class view's columns do not line up (first: $(tr '\n' ';' <<< "$firsts") ends: $(tr '\n' ';' <<< "$ends"))"; show_screen
    fi
    expect "emoji ${w}x${h}: the class view's key hints are whole on the last row" bash -c "tail -n 1 '$dir/class-${w}x${h}' | grep -qF 'Esc'"
}

run_emoji() {
    section "Grapheme clusters in learners' names (tmux 80x24 and 60x20)"
    local dir="$work/emoji" data names=() name
    data="$dir/data"
    mkdir -p "$dir"
    while IFS=$'\t' read -r name _; do names+=("$name"); done < <(emoji_names)
    tried "${#names[@]} learners named with a ZWJ family, a ZWJ farmer with a skin tone, a skin tone, a flag, a keycap, VS16 on ❤ ☺ ✌ and a ZWJ flag, combining marks (three on one letter) and CJK; the columns read from tmux's cells"
    if ! "$cunxue" learners add --data-dir "$data" "${names[@]}" > "$dir/added" 2>&1; then
        broken "emoji: cunxue learners add refused the names"; sed 's/^/          | /' "$dir/added"; return
    fi
    printf '2468\n2468\n' | "$cunxue" instructor set-pin --data-dir "$data" > /dev/null 2>&1
    emoji_sign_in "$dir" "$data" 80 24
    emoji_sign_in "$dir" "$data" 60 20
}
