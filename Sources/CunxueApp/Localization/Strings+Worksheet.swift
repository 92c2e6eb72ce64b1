extension Strings {
    // MARK: - Worksheets (实操单)

    var worksheetMark: String { pick("实操单", "Worksheet") }
    var keyNextField: String { pick("下一项", "Next") }
    var keyPreviousField: String { pick("上一项", "Previous") }
    var keyBackspace: String { pick("删字", "Delete") }
    var keySaveAndLeave: String { pick("存好离开", "Save and leave") }
    /// `keySaveAndLeave` on a narrow bar (the answers are saved as they are typed either way).
    var keySaveAndLeaveShort: String { pick("存好离开", "Leave") }
    var keyFinishSheet: String { pick("写完了", "Done") }
    var keyEditSheet: String { pick("修改", "Edit") }
    var keyChooseOption: String { pick("选", "Choose") }
    var sheetColon: String { pick("：", ": ") }
    var sheetHint: String { pick("提示：", "Hint: ") }
    var sheetExample: String { pick("例如：", "Example: ") }
    var sheetNothingTyped: String { pick("还没有填。", "Nothing typed yet.") }
    var sheetTypedSoFar: String { pick("已经填了：", "Typed so far: ") }
    var helpReadAloudField: String { pick("朗读这一项：名字、提示和已经填的字；再按一次停下", "Read this field aloud: its name, hint and what is typed; again to stop") }
    var sheetComputed: String { pick("（自动算）", "(worked out)") }
    var sheetWaiting: String { pick("等上面填好数再算", "Worked out once the numbers above are in") }
    var sheetNotStarted: String { pick("没填", "Not started") }
    var sheetFilledIn: String { pick("填了一些", "Started") }
    var sheetFinishedMark: String { pick("✓ 写完了", "✓ Done") }
    var sheetEmptyAnswer: String { pick("（没填）", "(empty)") }
    var sheetFinishedTitle: String { pick("写完了，可以带回家", "Done: ready to take home") }
    var sheetFinishedNote: String {
        pick("请老师帮你导出、打印（老师界面里选你的名字，按 W，再按 E）", "Ask the instructor to print it (instructor mode: your name, W, then E)")
    }
    func sheetStillOpen(_ count: Int) -> String {
        pick("还有 \(count) 项要改或要填，先改好再按 Enter。", "\(count) field\(count == 1 ? "" : "s") still to fill in or fix; fix them, then press Enter.")
    }
    var sheetSaved: String { pick("已经存好，下次接着填。", "Saved: carry on next time.") }
    var sheetMissing: String { pick("这份实操单找不到了，请告诉老师。", "This worksheet cannot be found: tell the instructor.") }
    func sheetChoice(_ count: Int) -> String { pick("按 1–\(count) 选一项", "Press 1–\(count) to choose") }

    // MARK: - Help (F1 on the form: letters are typed there)

    var helpTypeAnswer: String { pick("写这一项（中文用输入法打）", "Type this field (Chinese through the input method)") }
    var helpMoveField: String { pick("到上一项、下一项", "Go to the field above or below") }
    var helpNextField: String { pick("写好了，到下一项；最后一项全对就完成", "Done: next field; on the last, finish when all is right") }
    var helpSheetBack: String { pick("先离开（写过的都保存了）", "Leave for now (everything typed is saved)") }
    var helpKey: String { pick("打开这个帮助", "Open this help") }
}
