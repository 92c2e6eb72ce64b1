import ProgressKit

extension Strings {
    // MARK: - Reading-aloud settings (S on the home screen)

    var settingsTitle: String { pick("朗读设置", "Reading aloud") }
    var keySettings: String { pick("设置", "Speech") }
    var settingsIntro: String {
        pick("村学可以把课文、题目和情景演练念给你听。", "Cunxue can read lessons, questions and rehearsals aloud to you.")
    }
    var settingAutoRead: String { pick("打开一页就朗读", "Read each page as it opens") }
    var settingSpeed: String { pick("朗读的快慢", "Reading speed") }
    var settingOn: String { pick("开", "on") }
    var settingOff: String { pick("关", "off") }
    func speedName(_ speed: LearnerSettings.SpeechSpeed) -> String {
        switch speed {
        case .slow: return pick("慢", "slow")
        case .normal: return pick("正常", "normal")
        case .fast: return pick("快", "fast")
        }
    }
    var settingsHowTo: String {
        pick("按 1 或 2 改一改，改了马上存好。按 Esc 回首页。",
             "Press 1 or 2 to change a setting; it is saved at once. Esc goes back home.")
    }
    var settingsReadAnyTime: String {
        pick("不管在哪一页，按 R 就朗读，再按一次 R 停下。", "On any page, R reads aloud; R again stops.")
    }
    /// A setting and its new value, read aloud when it changes.
    func settingSpoken(_ name: String, _ value: String) -> String { pick("\(name)：\(value)。", "\(name): \(value).") }
    var keySettingChange: String { pick("改一改", "Change") }
    var keySlowerFaster: String { pick("慢/快", "Slower/faster") }
    var keyListen: String { pick("试听", "Listen") }
    var helpSettingsChange: String { pick("改这一项（改了马上存好）", "Change this setting (saved at once)") }
    var helpSettingsSpeed: String { pick("朗读的快慢：慢一点、快一点", "Reading speed: slower, faster") }
    var helpSettingsListen: String { pick("用现在的快慢念一句听听", "Hear a sentence at this speed") }
    var helpSettingsOpen: String { pick("朗读设置：打开一页就朗读，朗读的快慢", "Reading aloud: read each page as it opens, and how fast") }
}
