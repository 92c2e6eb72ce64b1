import Foundation

/// The instructor's class table, learner detail, worksheets and export.
extension Strings {
    // MARK: Class table

    func classGroupNeedsHelp(_ count: Int, days: Int) -> String {
        pick("需要帮助（\(count) 人）：单元测验没通过，或 \(days) 天以上没来、还没学完",
             "Need help (\(count)): failed a module quiz, or away \(days)+ days with work unfinished")
    }
    func classGroupFine(_ count: Int) -> String { pick("在学（\(count) 人）", "Learning (\(count))") }
    func classGroupNotStarted(_ count: Int) -> String { pick("还没开始（\(count) 人）", "Not started yet (\(count))") }
    var classHeaderRehearsals: String { pick("演练", "Reh.") }
    var classLegendCells: String {
        pick("每格：已读课数/总课数 最好分数 ✓通过 ✗没通过。演练：通过/试过。",
             "Each cell: lessons read/total, best score, ✓ passed, ✗ failed. Reh.: passed/tried.")
    }
    /// How long ago, in calendar days.
    func daysAgo(_ days: Int) -> String {
        switch days {
        case 0: return pick("今天", "today")
        case 1: return pick("昨天", "yesterday")
        default: return pick("\(days) 天前", "\(days) days ago")
        }
    }
    func keyModuleColumns(_ first: Int, _ last: Int, _ total: Int) -> String {
        pick("单元 \(first + 1)–\(last + 1)，共 \(total) 个", "modules \(first + 1)–\(last + 1) of \(total)")
    }

    // MARK: Learner detail

    var keySheets: String { pick("实操单", "Worksheets") }
    var standingUnreadable: String { pick("文件读不出：请看数据文件夹里的 learners/。", "The file cannot be read: look in the data folder's learners/.") }
    func standingFailed(_ modules: String) -> String { pick("单元测验没通过：\(modules)", "Failed the module quiz of: \(modules)") }
    func standingStalled(_ days: Int) -> String { pick("\(days) 天没来了，还没学完。", "Away for \(days) days with work unfinished.") }
    var standingNotStarted: String { pick("还没开始学。", "Has not started yet.") }
    func lastActive(_ when: String) -> String { pick("最近一次：\(when)", "Last active: \(when)") }
    var rehearsalsHeading: String { pick("情景演练：", "Rehearsals:") }
    var noRehearsals: String { pick("还没有做过情景演练。", "No rehearsal tried yet.") }
    func rehearsalTotals(tried: Int, passed: Int, mistakes: Int) -> String {
        pick("试过 \(tried) 个，通过 \(passed) 个，一共错 \(mistakes) 步", "tried \(tried), passed \(passed), \(mistakes) mistakes in all")
    }
    func rehearsalLine(runs: Int, passed: Bool, mistakes: Int) -> String {
        pick("做了 \(runs) 次" + (passed ? "，✓ 通过" : "，还没通过") + "，错 \(mistakes) 步",
             "\(runs) run\(runs == 1 ? "" : "s")" + (passed ? ", ✓ passed" : ", not passed yet") + ", \(mistakes) mistake\(mistakes == 1 ? "" : "s")")
    }
    var attemptsOldestFirst: String { pick("做过的小练习和单元测验（从第一次开始）：", "Checks and module quizzes, from the first attempt:") }
    var attemptUnfinished: String { pick("没做完", "unfinished") }
    var attemptAllRight: String { pick("全对", "all right") }
    var chose: String { pick("选了：", "Chose: ") }
    var rightAnswer: String { pick("正确：", "Right: ") }
    var noChoice: String { pick("（没选）", "(nothing)") }
    func sheetsSummary(finished: Int, open: Int) -> String {
        pick("实操单：写完 \(finished) 份，在写 \(open) 份（按 W 查看）", "Worksheets: \(finished) finished, \(open) in progress (press W)")
    }

    // MARK: Worksheets and export

    func sheetsTitle(_ name: String) -> String { pick("\(name) 的实操单", "\(name)'s worksheets") }
    var sheetsEmpty: String { pick("课程里还没有实操单。", "The course has no worksheet yet.") }
    func sheetFinishedOn(_ day: String) -> String { pick("写完了 \(day)", "finished \(day)") }
    func sheetInProgress(_ filled: Int, _ total: Int) -> String { pick("在写，填了 \(filled)/\(total) 项", "in progress, \(filled)/\(total) filled") }
    var sheetGone: String { pick("不在课程里了", "no longer in the course") }
    var sheetNotFinishedTitle: String { pick("还没写完（学员看到的样子）", "Not finished yet (as the learner sees it)") }
    var keyExport: String { pick("导出", "Export") }
    var exportPrompt: String {
        pick("把这位学员写过的实操单导出到哪个文件夹？每份写成 .md 和能打印的 .txt。插着 U 盘时默认导出到 U 盘。",
             "Export this learner's worksheets into which folder? Each is written as .md and a printable .txt. With a USB stick in, it is the default.")
    }
    var exportPathLabel: String { pick("文件夹：", "Folder: ") }
    func exportedTo(_ name: String, _ count: Int) -> String {
        pick("已导出 \(name) 的 \(count) 份实操单，放在这个文件夹里：", "Exported \(count) worksheet\(count == 1 ? "" : "s") of \(name) into this folder:")
    }
    func exportSkipped(_ stems: String) -> String { pick("不在课程里了，没导出：\(stems)", "No longer in the course, not exported: \(stems)") }
    var exportTakeHome: String {
        pick("每份实操单有两个文件：.md 可以用 WPS 打开，.txt 可以直接打印（A4）。", "Each worksheet has two files: .md opens in WPS, .txt prints as is (A4).")
    }
}
