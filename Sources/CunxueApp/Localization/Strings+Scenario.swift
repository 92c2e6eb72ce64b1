extension Strings {
    // MARK: - Rehearsals (情景演练)

    var rehearsalMark: String { pick("情景演练", "Rehearsal") }
    var feedbackGood: String { pick("✓ 选对了", "✓ Right") }
    var feedbackMistake: String { pick("✗ 选错了（记一次错）", "✗ Wrong (counted as a mistake)") }
    func secondsLeft(_ seconds: Int) -> String { pick("⏱ 还剩 \(seconds) 秒，快选！", "⏱ \(seconds) s left to choose") }
    var viewerComments: String { pick("弹幕", "Viewer comments") }
    var endingPass: String { pick("结局：做得好，过关了！", "Ending: well done, you passed!") }
    var endingFail: String { pick("结局：这次没做好。", "Ending: this did not go well.") }
    func mistakesCount(_ count: Int) -> String {
        count == 0 ? pick("一次也没选错。", "No mistakes.") : pick("选错了 \(count) 次。", "\(count) mistake\(count == 1 ? "" : "s").")
    }
    var keyChoose: String { pick("选这个", "Pick") }
    var commentSeparator: String { pick("：", ": ") }
    var keyScrollText: String { pick("翻看", "Scroll") }
    var keyTryAgain: String { pick("再练一次", "Try again") }
    func rehearsalDetail(tried: Int, passed: Bool, inProgress: Bool) -> String {
        if inProgress { return pick("练到一半", "in progress") }
        if tried == 0 { return pick("还没练", "not tried") }
        return passed ? pick("✓ 已过关", "✓ passed") : pick("练过 \(tried) 次", "tried \(tried)×")
    }
    var speakChoices: String { pick("可以这样做：", "What you can do:") }

    var helpScenarioChoose: String { pick("选这一句（选了就不能改，想想再选）", "Choose this answer (it cannot be taken back)") }
}
