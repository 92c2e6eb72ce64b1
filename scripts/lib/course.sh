# Writes generated lesson folders for the benchmarks. Source it from bash:
#   . "$root/scripts/lib/course.sh"
#   write_course DIR [MODULES]
#                        a course of MODULES modules (default 20) x 50 lessons (1,000 lessons of
#                        about 5 KB of Chinese text by default, 10,000 with 200 modules; every
#                        fifth lesson has a check quiz; every module a quiz)

# One paragraph of about 500 bytes; a lesson repeats varied paragraphs to about 5 KB.
course_paragraph="开网店要先选好平台。淘宝开店免费，但要有实名认证的支付宝账号和本人的银行卡。拼多多的个人店不用营业执照，要上传身份证正反面并做人脸识别。抖店可以用个人身份开店，审核大约一到三个工作日。保证金是冻结的，不是花掉的，关店时没有违规就会退回。"

write_course() {
    local course="$1" modules="${2:-20}" m l dir file p
    for m in $(seq -w 1 "$modules"); do
        dir="$course/$m-module-$m"
        mkdir -p "$dir"
        printf -- '---\ntitle: 第 %s 个模块\nsummary: 测试用的模块\nlevel: basic\n---\n\n这个模块用来测速度。\n' "$m" > "$dir/module.md"
        for l in $(seq -w 1 50); do
            file="$dir/$l-lesson.md"
            {
                printf -- '---\ntitle: 第 %s 课\nminutes: 5\n---\n\n# 第 %s 课：开店的准备\n\n' "$l" "$l"
                for p in 1 2 3 4 5 6 7 8 9 10 11 12 13 14; do
                    printf '%s 第 %s 段，**重点**是 `实名认证`。\n\n' "$course_paragraph" "$p"
                done
                printf -- '- [x] 身份证\n- [ ] 营业执照\n\n| 平台 | 费用 |\n| --- | ---: |\n| 淘宝 | 免费 |\n\n> 以平台最新规则为准。\n'
            } > "$file"
            if (( 10#$l % 5 == 0 )); then
                printf -- '---\npassingGrade: 80\n---\n\n## 淘宝开店要先做什么？\n\n> 提示：平台要先知道你是谁。\n\n1. [ ] 先进货\n1. [x] 用支付宝完成实名认证\n    > 对。\n1. [ ] 先开直播\n' > "$dir/$l-lesson.quiz.md"
            fi
        done
        printf -- '---\nshuffleQuestions: true\n---\n\n## 哪些话不能说？\n\n- [x] 全网最低价\n- [x] 国家级\n- [ ] 今天刚摘的\n\n## 排好顺序\n\n1. 核对订单\n2. 打包\n3. 发货\n' > "$dir/quiz.md"
    done
}
