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
    var backspaceKey: String { pick("退格键", "Backspace") }
    var spaceKey: String { pick("空格", "Space") }
    var spacePageDown: String { pick("空格/PgDn", "Space/PgDn") }
    /// What goes between two sentences: nothing after a Chinese full stop, a space in English.
    var sentenceGap: String { pick("", " ") }
    var anyKey: String { pick("任意键", "Any key") }
    var mouse: String { pick("鼠标", "Mouse") }
    var typing: String { pick("打字", "Typing") }

    /// Numbers as a list: `1、3` in Chinese, `1, 2 and 3` in English.
    func list(_ numbers: [Int]) -> String { list(numbers.map(String.init)) }

    /// Words as a list: `甲、乙` in Chinese, `a, b and c` in English.
    func list(_ items: [String]) -> String {
        guard language == .en, items.count > 1 else { return items.joined(separator: "、") }
        return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }

    func tooSmall(width: Int, height: Int, minimumWidth: Int, minimumHeight: Int) -> String {
        let least = "\(minimumWidth)×\(minimumHeight)"
        return pick("窗口太小了。请把窗口拉大一些（至少 \(least)，现在 \(width)×\(height)）。",
                    "The window is too small. Please make it bigger (at least \(least); now \(width)×\(height)).")
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
    func modulesPassed(_ n: Int) -> String { pick("通过 \(n) 个单元", n == 1 ? "1 module passed" : "\(n) modules passed") }
    var noTypingHere: String {
        pick("这里不用打字。请用 ↑↓ 选你的名字，按 Enter。第一次来，请选“新学员”。",
             "No typing here. Choose your name with ↑↓ and press Enter. First time? Choose “New learner”.")
    }

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
    var signOutQuestion: String { pick("要退出登录吗？", "Sign out?") }
    var quitExplain: String { pick("你的学习进度都已保存。", "Your progress is saved.") }
    /// `cunxue preview`: nothing was saved, and nothing is lost.
    var previewQuitExplain: String { pick("这是预览：什么都没有保存。", "This is a preview: nothing was saved.") }
    var kioskNoQuit: String {
        pick("这台电脑是学习站，不能直接退出。需要退出请找老师。",
             "This PC is a learning station. Ask the instructor to leave the app.")
    }
    var idleTitle: String { pick("还在吗？", "Still there?") }
    func idleWarning(seconds: Int) -> String {
        pick("很久没有按键了，\(seconds) 秒后会自动退出登录。", "No key for a long time: you will be signed out in \(seconds) seconds.")
    }
    var idleSaved: String { pick("你的学习进度都已保存。按任意键接着学。", "Your progress is saved. Press any key to go on.") }
    var keyKeepLearning: String { pick("接着学", "Go on") }

    // MARK: - Help

    var helpTitle: String { pick("帮助：这一屏能按的键", "Help: the keys of this screen") }
    var helpFooter: String { pick("屏幕最下面一行总会告诉你可以按什么键。", "The bottom line always shows the keys you can press.") }
    var helpCloseKeys: String { pick("空格/Enter/Esc", "Space/Enter/Esc") }
    var helpLanguage: String { pick("中文 / English 切换", "Switch 中文 / English") }
    var helpMoveName: String { pick("上下移动，选你的名字", "Move up and down to your name") }
    var helpNumberName: String { pick("按数字选第几个名字", "Press a number to choose that name") }
    var helpSignIn: String { pick("用这个名字进入", "Sign in with this name") }
    var helpQuitAsks: String { pick("退出村学（会先问你）", "Leave Cunxue (it asks first)") }
    var helpInstructor: String { pick("老师管理（要老师密码）", "Instructor mode (needs the instructor PIN)") }
    var helpMouse: String { pick("点一下就是选中，滚轮可以翻动", "Click to choose, wheel to scroll") }
    var helpTypeName: String { pick("写你的名字（可以用拼音输入法）", "Type your name (an input method works too)") }
    var helpBackspaceName: String { pick("删掉最后一个字", "Delete the last character") }
    var helpConfirm: String { pick("确定", "Confirm") }
    var helpBack: String { pick("返回上一步（不会丢东西）", "Go back (nothing is lost)") }
    var helpPINDigits: String { pick("输入 4 位数字密码", "Type the 4-digit PIN") }
    var helpBackspacePIN: String { pick("删掉最后一位", "Delete the last digit") }
    var helpMove: String { pick("上下移动", "Move up and down") }
    var helpOpen: String { pick("打开亮着的这一行", "Open the highlighted row") }
    var helpModuleNumber: String { pick("打开第几个单元（单元的数字不会变）", "Open module number n (the numbers never change)") }
    var helpSignOutAsks: String { pick("退出登录（会先问你）", "Sign out (it asks first)") }
    var helpNumber: String { pick("按数字选第几项", "Press a number to choose that row") }
    var helpBackHome: String { pick("回到首页", "Back to the home screen") }
    var helpPageDown: String { pick("往下翻一页", "Page down") }
    var helpPageUp: String { pick("往上翻一页", "Page up") }
    var helpLine: String { pick("上下翻一行", "Scroll a line") }
    var helpEnds: String { pick("到开头、到结尾", "Go to the beginning, the end") }
    var helpReaderEnter: String { pick("读到最后，按 Enter 接着学", "At the end, Enter goes on") }
    var helpReaderBack: String { pick("回到单元（读到哪里会记住）", "Back to the module (your place is kept)") }
    var helpWheel: String { pick("滚轮可以翻动", "The wheel scrolls") }
    var helpAnswer: String { pick("选第几个答案（可多选的题：打勾、去勾）", "Choose an answer (choose-all: tick or untick)") }
    var helpTick: String { pick("给亮着的这一项打勾、去勾", "Tick or untick the highlighted answer") }
    var helpUndo: String { pick("排顺序时撤销上一步", "Undo the last step of an order") }
    var helpConfirmAnswer: String { pick("交上答案，看对不对", "Hand in the answer and see if it is right") }
    var helpHint: String { pick("看提示", "Show the hint") }
    var helpLeaveQuiz: String { pick("先离开：答过的、勾过的都记着，下次接着做", "Leave for now: answers and ticks are kept for next time") }
    var helpResultsEnter: String { pick("接着学（最下面一行写着去哪里）", "Go on (the bottom line says where)") }
    var helpRetry: String { pick("再做一次", "Try again") }
    var helpBackModule: String { pick("回到单元", "Back to the module") }

    // MARK: - New learner and PIN

    var newLearnerTitle: String { pick("新学员", "New learner") }
    var typeYourName: String { pick("请写上你的名字（1 到 20 个字），然后按 Enter。", "Type your name (1 to 20 characters), then press Enter.") }
    var nameHelp: String { pick("可以用拼音输入法打中文。写错了按退格键删掉。", "You can type Chinese with the input method. Backspace deletes.") }
    var namePrompt: String { pick("名字：", "Name: ") }
    var pinOptional: String { pick("想设一个 4 位数字密码吗？别人就不能用你的名字答题了。不想设就直接按 Enter。",
                                   "Want a 4-digit PIN, so nobody else can use your name? Press Enter to skip.") }
    var pinPrompt: String { pick("密码：", "PIN: ") }
    var pinAgain: String { pick("请再输入一遍同样的密码。", "Type the same PIN again.") }
    var pinMismatch: String { pick("两次输入的密码不一样，请重新设置。", "The two PINs differ. Please set it again.") }
    var pinMustBeFourDigits: String { pick("密码要 4 位数字。", "The PIN must be 4 digits.") }
    var nameEmpty: String { pick("名字不能是空的。", "The name cannot be empty.") }
    var nameTooLong: String { pick("名字最多 20 个字。", "The name can have at most 20 characters.") }
    var enterPIN: String { pick("请输入你的 4 位密码，然后按 Enter。", "Type your 4-digit PIN, then press Enter.") }
    var pinWrong: String { pick("密码不对，请再试一次。", "Wrong PIN. Please try again.") }
    var pinWrongWait: String { pick("密码不对。", "Wrong PIN.") }
    func nameTaken(_ name: String) -> String {
        pick("已经有一位学员叫“\(name)”了。如果那是你，请按 Esc 回去，在名单里选你的名字；如果不是你，请在名字后面加上能分开的字，比如：\(name)（东头）",
             "There is already a learner called “\(name)”. If that is you, press Esc and choose your name in the list; if not, add something to tell you apart, e.g. “\(name) (east end)”.")
    }
    func pinWait(seconds: Int) -> String { pick("请等 \(seconds) 秒再试。", "Please wait \(seconds) seconds before trying again.") }
    var pinChecking: String { pick("正在核对……", "Checking…") }
    var pinForgotten: String {
        pick("忘了密码？请服务站的老师帮你清除，清除以后不用密码也能进来。",
             "Forgot your PIN? The instructor at the service station can clear it; then you sign in without one.")
    }
    var pinForgetLater: String {
        pick("以后忘了密码也不要紧：服务站的老师可以帮你清除。",
             "If you ever forget it, the instructor at the service station can clear it.")
    }
    var keyDelete: String { pick("删除", "Delete") }
    var keySkip: String { pick("跳过", "Skip") }

    // MARK: - Home

    var homeTitle: String { pick("首页", "Home") }
    func hello(_ name: String) -> String { pick("\(name)，你好！", "Hello, \(name)!") }
    func continueLesson(_ module: String, _ lesson: String) -> String { pick("继续学习：\(module) · \(lesson)", "Continue: \(module) · \(lesson)") }
    func startWith(_ module: String, _ lesson: String) -> String { pick("从这里开始：\(module) · \(lesson)", "Start here: \(module) · \(lesson)") }
    func startWithModule(_ module: String) -> String { pick("从这里开始：\(module)", "Start here: \(module)") }
    func continueModule(_ module: String) -> String { pick("继续学习：\(module)", "Continue: \(module)") }
    func nextModuleOnly(_ module: String) -> String { pick("下一个单元：\(module)", "Next module: \(module)") }
    func nextModule(_ module: String, _ lesson: String) -> String { pick("下一个单元：\(module) · \(lesson)", "Next module: \(module) · \(lesson)") }
    func resumeCheck(_ lesson: String, question: Int) -> String {
        pick("继续小练习：\(lesson)（第 \(question) 题）", "Continue the check: \(lesson) (question \(question))")
    }
    func resumeModuleQuiz(_ module: String, question: Int) -> String {
        pick("继续单元测验：\(module)（第 \(question) 题）", "Continue the module quiz: \(module) (question \(question))")
    }
    func takeModuleQuiz(_ module: String) -> String { pick("做单元测验：\(module)", "Take the module quiz: \(module)") }
    func notebookDue(_ due: Int, of count: Int) -> String {
        pick("错题本：今天要复习 \(due) 道（共 \(count) 道）", "Mistake notebook: \(due) to review today (\(count) in all)")
    }
    func notebookPractice(_ count: Int) -> String {
        pick("错题本：\(count) 道题，今天可以先练一练", count == 1 ? "Mistake notebook: 1 question to practise" : "Mistake notebook: \(count) questions to practise")
    }
    func levelName(_ level: String) -> String {
        switch level {
        case "basic": return pick("入门", "Basic")
        case "growth": return pick("成长", "Growth")
        default: return pick("进阶", "Advanced")
        }
    }
    /// A level's heading on the home screen: `【入门】`, or `Basic` (no Chinese brackets in English).
    func levelHeading(_ level: String) -> String { pick("【\(levelName(level))】", levelName(level)) }
    var keyModuleNumber: String { pick("选单元", "Module") }
    func lessonsRead(_ read: Int, _ total: Int) -> String { pick("\(read)/\(total) 课", "\(read)/\(total) lessons") }
    func lessonsReadShort(_ read: Int, _ total: Int) -> String { pick("\(read)/\(total) 课", "\(read)/\(total)") }
    func bestScore(_ score: Int) -> String { pick("最好 \(score) 分", "best \(score)%") }
    var passedMark: String { pick("✓ 已通过", "✓ passed") }
    func requiresFirst(_ titles: [String]) -> String { pick("建议先学：\(list(titles))", "Learn first: \(list(titles))") }
    var keySignOut: String { pick("退出登录", "Sign out") }
    var keyOpen: String { pick("打开", "Open") }
    var noModules: String { pick("还没有课程。请老师导入课程。", "No lessons yet. Ask the instructor to import some.") }

    // MARK: - Module page

    var moduleQuiz: String { pick("单元测验", "Module quiz") }
    var readMark: String { pick("✓ 已读", "✓ read") }
    var checkPassedMark: String { pick("✓ 小练习通过", "✓ check passed") }
    var checkFailedMark: String { pick("✗ 小练习没通过", "✗ check not passed") }
    var checkOpenMark: String { pick("已读 · 小练习做了一半", "read · check half done") }
    var checkToDoMark: String { pick("已读 · 小练习还没做", "read · check to do") }
    func quizOpenMark(_ question: Int) -> String { pick("做到第 \(question) 题", "at question \(question)") }
    var notPassedMark: String { pick("没通过", "not passed") }
    func readPercent(_ p: Int) -> String { pick("读到 \(p)%", "\(p)% read") }
    var notStarted: String { pick("未开始", "not started") }
    func minutes(_ m: Int) -> String { pick("约 \(m) 分钟", "about \(m) min") }
    var notTaken: String { pick("还没做", "not taken") }

    // MARK: - Reader

    var keyScroll: String { pick("翻动", "Scroll") }
    var keyPage: String { pick("翻页", "Page") }
    var check: String { pick("小练习", "Check") }
    var keyTakeCheck: String { pick("做小练习", "Take the check") }
    var keyNextLesson: String { pick("下一课", "Next lesson") }
    var keyModuleQuiz: String { pick("做单元测验", "Module quiz") }
    var keyBackToModule: String { pick("回到单元", "Back to module") }
    var endOfLesson: String { pick("—— 本课完 ——", "— End of lesson —") }
    var endTakeCheck: String { pick("按 Enter 做本课的小练习。", "Press Enter to take this lesson's check.") }
    var endNextLesson: String { pick("按 Enter 读下一课。", "Press Enter for the next lesson.") }
    var endModuleQuiz: String { pick("这是最后一课。按 Enter 做单元测验。", "This was the last lesson. Press Enter for the module quiz.") }
    var endBack: String { pick("按 Enter 回到单元。", "Press Enter to go back to the module.") }
    var imageLabel: String { pick("图片", "Image") }
    var lessonChanged: String {
        pick("这一课的文件在村学打开以后被改过了。请告诉服务站的老师：退出村学再打开，就能读到新的内容。按 Esc 返回。",
             "This lesson's file was changed after Cunxue started. Please tell the instructor: quit Cunxue and start it again to read the new version. Press Esc to go back.")
    }
    var lessonUnreadable: String {
        pick("这一课现在打不开。请告诉服务站的老师。按 Esc 返回。",
             "This lesson cannot be opened now. Please tell the instructor. Press Esc to go back.")
    }
    func forTheInstructor(_ detail: String) -> String { pick("给老师看：\(detail)", "For the instructor: \(detail)") }

    // MARK: - Quiz

    func questionOf(_ n: Int, _ total: Int) -> String { pick("第 \(n) 题，共 \(total) 题", "Question \(n) of \(total)") }
    var chooseOne: String { pick("单选：选一个答案", "Choose one answer") }
    var chooseAll: String { pick("可多选：把对的都选上", "Choose all that apply") }
    var putInOrder: String { pick("排顺序：按正确的顺序依次按数字", "Put in order: press the numbers in the right order") }
    var yourOrder: String { pick("你排的顺序：", "Your order: ") }
    var nothingPickedYet: String { pick("（还没有选）", "(nothing yet)") }
    var hintLabel: String { pick("提示：", "Hint: ") }
    var noHint: String { pick("这道题没有提示。", "This question has no hint.") }
    var right: String { pick("✓ 答对了！", "✓ Right!") }
    var wrong: String { pick("✗ 答错了。", "✗ Not quite.") }
    func youChoseRight(_ row: Int) -> String { pick("你选了 \(row)。", "You chose \(row).") }
    func youChose(_ row: Int, right: Int) -> String {
        pick("你选了 \(row)，正确答案是 \(right)。", "You chose \(row); the right answer is \(right).")
    }
    func youTicked(_ rows: [Int], right: [Int]) -> String {
        pick("你选了 \(list(rows))；正确答案是 \(list(right))。",
             "You ticked \(list(rows)); the right \(right.count == 1 ? "answer is" : "answers are") \(list(right)).")
    }
    func missing(_ rows: [Int]) -> String { pick("漏选了 \(list(rows))。", " Missing: \(list(rows)).") }
    func extra(_ rows: [Int]) -> String { pick("多选了 \(list(rows))，\(rows.count == 1 ? "它" : "它们")不对。", " Not right: \(list(rows)).") }
    var rightOrderIs: String { pick("正确顺序：", "The right order: ") }
    var keyHint: String { pick("提示", "Hint") }
    var keyTick: String { pick("选/不选", "Tick") }
    var keyUndo: String { pick("撤销", "Undo") }
    var keyNext: String { pick("下一题", "Next") }
    var keyResults: String { pick("看成绩", "Results") }
    var keyLeaveQuiz: String { pick("先离开", "Leave for now") }
    var pickAllFirst: String { pick("请把每一项都排上，再按 Enter。", "Place every item, then press Enter.") }
    var chooseFirst: String { pick("请先选一个答案。", "Choose an answer first.") }
    var tickFirst: String { pick("请至少选一个。", "Tick at least one.") }
    func reviewLeft(_ n: Int) -> String { pick("还剩 \(n) 道", "\(n) left") }

    // MARK: - Mistake notebook

    var notebookTitle: String { pick("错题本", "Mistake notebook") }
    var notebookExplain: String {
        pick("答错的题记在这里。到了日子，它会回来让你再答一遍；答对了，下次隔得更久。今天也可以先练一练。",
             "Questions you answered wrongly are kept here. Each comes back on its day; answer it right and it comes back later still. You can practise them today too.")
    }
    func notebookStartReview(_ n: Int) -> String { pick("开始复习：今天要复习的 \(n) 道题", "Start: the \(n) due today") }
    func notebookStartPractice(_ n: Int) -> String { pick("开始练习（\(n) 道题）", n == 1 ? "Practise it now" : "Practise all \(n) now") }
    func comesBack(inDays days: Int) -> String {
        switch days {
        case ...0: return pick("今天复习", "due today")
        case 1: return pick("明天复习", "back tomorrow")
        default: return pick("\(days) 天后复习", "back in \(days) days")
        }
    }
    var keyPractise: String { pick("开始", "Start") }
    var notebookEmpty: String { pick("错题本里没有题。", "The mistake notebook is empty.") }
    func notebookRoundDone(right: Int, of total: Int) -> String {
        pick("这一轮做完了：答对 \(right) 道，共 \(total) 道。每道题哪天再来，写在右边。",
             "Round done: \(right) of \(total) right. The day each comes back is on the right.")
    }

    // MARK: - Results

    var resultsTitle: String { pick("成绩", "Results") }
    func score(_ s: Int) -> String { pick("得分：\(s) 分", "Score: \(s)%") }
    func passLine(_ grade: Int) -> String { pick("通过了！（及格线 \(grade) 分）", "Passed! (pass mark \(grade)%)") }
    func failLine(_ grade: Int) -> String { pick("这次没通过（及格线 \(grade) 分）。别灰心，再学一遍就会了。", "Not passed this time (pass mark \(grade)%). Read it again and try once more.") }
    func correctCount(_ c: Int, _ t: Int) -> String { pick("答对 \(c) 题，共 \(t) 题", "\(c) of \(t) right") }
    var wrongAnswers: String { pick("答错的题：", "Questions to look at again:") }
    var allRight: String { pick("全部答对！", "All correct!") }
    var keyRetry: String { pick("再做一次", "Try again") }
    var keyDone: String { pick("完成", "Done") }
    var keyReread: String { pick("再读这一课", "Read it again") }
    func keyReadLesson(_ n: Int) -> String { pick("读第 \(n) 课", "Read lesson \(n)") }
    var keyHome: String { pick("回首页", "Home") }
    var noRetry: String { pick("这一套题只能做一次。", "This one can be taken only once.") }
    func rereadThisLesson(_ title: String) -> String { pick("建议把这一课再读一遍：\(title)", "Read this lesson again: \(title)") }
    func lessonNumber(_ n: Int, _ title: String) -> String { pick("第 \(n) 课“\(title)”", "lesson \(n) (\(title))") }
    func rereadLessons(_ lessons: [String]) -> String { pick("建议再读：\(list(lessons))", "Read again: \(list(lessons))") }
    func nextModuleAdvice(_ title: String) -> String {
        pick("下一步：学“\(title)”。回到首页，选第一行就能开始。", "Next: “\(title)”. On the home screen, the first row starts it.")
    }

    // MARK: - Session

    var idleSignedOut: String {
        pick("很久没有按键，已经自动退出登录。学习进度都保存好了，下次选你的名字就能接着学。",
             "Signed out after a long time without a key. Your progress is saved: choose your name to go on.")
    }
    func signedOut(_ name: String) -> String { pick("\(name) 已退出登录，进度都保存好了。", "\(name) signed out. Progress is saved.") }

    // MARK: - Instructor

    var keyInstructor: String { pick("老师", "Instructor") }
    var instructorTitle: String { pick("老师管理", "Instructor") }
    var instructorNoPIN: String {
        pick("这台电脑还没有设置老师密码，老师管理还不能用。请服务站的老师在终端里运行：cunxue instructor set-pin",
             "No instructor PIN is set on this PC yet, so instructor mode is closed. The instructor sets one in a terminal: cunxue instructor set-pin")
    }
    var instructorPINHeading: String { pick("老师密码", "Instructor PIN") }
    var instructorPINForgotten: String {
        pick("忘了老师密码：关掉村学，删掉数据文件夹里的 instructor.json，再运行 cunxue instructor set-pin 设新密码。",
             "Forgot the instructor PIN? Close Cunxue, delete instructor.json in the data folder, then run cunxue instructor set-pin to set a new one.")
    }
    var instructorEnterPIN: String { pick("请输入老师密码，然后按 Enter。", "Type the instructor PIN, then press Enter.") }
    var menuClass: String { pick("学员学习情况", "How the learners are doing") }
    var menuImport: String { pick("导入课程文件夹", "Import a lesson folder") }
    var menuSkipped: String { pick("没能加载的课程文件", "Lesson files that could not be loaded") }
    var menuBack: String { pick("回到登录页", "Back to sign-in") }
    var menuLeave: String { pick("关闭村学", "Close Cunxue") }
    var classEmpty: String { pick("还没有学员。", "No learners yet.") }
    var classHeaderName: String { pick("学员", "Learner") }
    var classHeaderLast: String { pick("最近", "Last") }
    var classHeaderMistakes: String { pick("错题", "Miss") }
    var unreadable: String { pick("（文件读不出）", "(file unreadable)") }
    var keyResetPIN: String { pick("清除密码", "Clear PIN") }
    var keyRename: String { pick("改名", "Rename") }
    var keyRemove: String { pick("移除", "Remove") }
    var attemptsHeading: String { pick("做过的小练习和单元测验：", "Checks and module quizzes taken:") }
    var noAttempts: String { pick("还没有做过小练习和单元测验。", "No check or module quiz taken yet.") }
    var missedHeading: String { pick("总是答错的题：", "Questions they keep missing:") }
    var noMisses: String { pick("没有答错两次以上的题。", "No question missed twice or more.") }
    func missedTimes(_ n: Int) -> String { pick("错 \(n) 次", "missed \(n)×") }
    func confirmRemove(_ name: String) -> String { pick("确定要移除 \(name) 吗？文件会移到 removed/ 文件夹，不会删除。", "Remove \(name)? The file is moved to the removed/ folder, never deleted.") }
    var renamePrompt: String { pick("新名字：", "New name: ") }
    var importPrompt: String { pick("请输入课程文件夹的位置（例如 U 盘里的 /media/usb/课程），然后按 Enter。", "Type the lesson folder's path (e.g. /media/usb/lessons), then press Enter.") }
    var importPathLabel: String { pick("位置：", "Path: ") }
    var importWillAdd: String { pick("将导入：", "Will import:") }
    var importWillReplace: String { pick("将替换已有的单元：", "Will replace existing modules:") }
    var importSkips: String { pick("不会复制的文件：", "Files not copied:") }
    var importRefused: String { pick("不能导入，原因：", "Cannot import, because:") }
    var importFindings: String { pick("检查结果：", "Findings:") }
    var importHistory: String { pick("学员的学习记录：", "Learners' history:") }
    var lessonsReloaded: String { pick("课程有更新（在命令行导入或删除了单元），已重新载入。", "The lessons changed (a module was imported or removed from the command line); the course was loaded again.") }
    var importConfirm: String { pick("导入", "Import") }
    var noSkipped: String { pick("所有课程文件都加载好了。", "Every lesson file loaded.") }
}
