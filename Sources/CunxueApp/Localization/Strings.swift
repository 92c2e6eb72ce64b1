/// Every sentence the app shows, in the person's language.
///
/// Text is short, concrete and kind, and says what to press next. Each property holds both
/// languages side by side so a translator sees them together.
public struct Strings: Sendable {
    /// The language these strings are in.
    public let language: UILanguage

    /// Strings in `language`.
    public init(_ language: UILanguage) {
        self.language = language
    }

    func pick(_ zh: String, _ en: String) -> String {
        language == .zh ? zh : en
    }

    // MARK: - Everywhere

    var appName: String { pick("村学", "Cunxue") }
    var appTagline: String { pick("农村电商学习", "E-commerce lessons for villages") }
    var keySelect: String { pick("选择", "Choose") }
    var keyConfirm: String { pick("确定", "OK") }
    var keyBack: String { pick("返回", "Back") }
    var keyHelp: String { pick("帮助", "Help") }
    var keyQuit: String { pick("退出", "Quit") }
    var keyLanguage: String { pick("English", "中文") }
    var keyNewLearner: String { pick("新学员", "New learner") }
    var keyClose: String { pick("关闭", "Close") }
    var keyStay: String { pick("留下", "Stay") }

    func tooSmall(width: Int, height: Int) -> String {
        pick("窗口太小了。请把窗口拉大一些（至少 60×20，现在 \(width)×\(height)）。",
             "The window is too small. Please make it bigger (at least 60×20; now \(width)×\(height)).")
    }

    // MARK: - Sign in

    var signInTitle: String { pick("欢迎", "Welcome") }
    var welcomeLine: String {
        pick("欢迎来到村学！在这里学开网店、上架商品、处理订单、做直播。",
             "Welcome to Cunxue! Learn to open an online shop, list products, handle orders and sell live.")
    }
    var chooseYourName: String {
        pick("请选择你的名字，按 Enter 进入。第一次来？选“新学员”。",
             "Choose your name and press Enter. First time here? Choose “New learner”.")
    }
    var noLearnersYet: String {
        pick("还没有学员。按 Enter 新建一个，写上你的名字。",
             "No learners yet. Press Enter to add yourself.")
    }
    var learnersBox: String { pick("学员", "Learners") }
    var newLearnerItem: String { pick("＋ 新学员", "+ New learner") }
    var hasPIN: String { pick("有密码", "PIN") }

    func lastActive(daysAgo: Int?) -> String {
        guard let daysAgo else { return pick("还没学过", "not started") }
        switch daysAgo {
        case ...0: return pick("今天", "today")
        case 1: return pick("昨天", "yesterday")
        default: return pick("\(daysAgo) 天前", "\(daysAgo) days ago")
        }
    }

    // MARK: - Overlays

    var quitQuestion: String { pick("要退出村学吗？", "Leave Cunxue?") }
    var quitExplain: String { pick("你的学习进度都已保存。", "Your progress is saved.") }
    var kioskNoQuit: String {
        pick("这台电脑是学习站，不能直接退出。需要退出请找老师。",
             "This PC is a learning station. Ask the instructor to leave the app.")
    }
    var helpTitle: String { pick("帮助", "Help") }
    var helpLines: [(String, String)] {
        [
            ("1-9", pick("按数字选第几项", "Press a number to choose that item")),
            ("↑ ↓", pick("上下移动", "Move up and down")),
            ("Enter", pick("确定、进入", "Confirm, open")),
            ("Esc", pick("返回上一步（不会丢东西）", "Go back (nothing is lost)")),
            ("PgUp PgDn", pick("翻页（空格也能往下翻）", "Page up and down (Space pages down too)")),
            ("Home End", pick("到开头、到结尾", "Go to the beginning, the end")),
            ("h", pick("答题时看提示", "Show a hint in a quiz")),
            ("L", pick("中文 / English 切换", "Switch 中文 / English")),
            ("?", pick("打开这个帮助", "Open this help")),
            (pick("鼠标", "Mouse"), pick("点一下就是选中，滚轮可以翻动", "Click to choose, wheel to scroll")),
        ]
    }
    var helpFooter: String { pick("屏幕最下面一行总会告诉你可以按什么键。", "The bottom line always shows the keys you can press.") }
}
