extension Strings {
    // MARK: - Read aloud (R)

    /// Short in both languages: the hint must stay in view at 60 columns.
    var keyReadAloud: String { pick("朗读", "Read") }
    var keyStopReading: String { pick("停止朗读", "Stop") }
    var helpReadAloudLesson: String {
        pick("朗读：从这一屏最上面的一段读起，一段接一段；再按一次停下", "Read aloud from the top paragraph on, one after another; again to stop")
    }
    var helpReadAloudQuestion: String { pick("朗读这道题和它的选项；再按一次停下", "Read this question and its options aloud; again to stop") }
    var nothingToRead: String { pick("这一页没有要朗读的文字。", "There is no text to read aloud here.") }
    var noSpeechEngine: String {
        pick("这台电脑还不能朗读：请服务站的老师安装朗读软件（sudo apt install espeak-ng）。",
             "This PC cannot read aloud yet: ask the instructor to install a speech engine (sudo apt install espeak-ng).")
    }
    var speechFailed: String { pick("朗读没有开始，请再按一次 R。", "Reading aloud did not start. Press R again.") }
    func questionNumber(_ number: Int) -> String { pick("第\(SpokenText.chineseNumeral(number))题。", "Question \(number).") }
}
