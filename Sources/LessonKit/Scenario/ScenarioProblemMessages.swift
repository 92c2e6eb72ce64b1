// MARK: - Messages for scenario findings, in simplified Chinese and English

extension Diagnostic.ScenarioProblem {
    /// The message: what is wrong and what to do.
    /// - Parameter english: English when true, simplified Chinese otherwise.
    func message(english: Bool) -> String {
        english ? englishMessage : chineseMessage
    }

    private var chineseMessage: String {
        switch self {
        case .tooManyPassages(let count, let limit):
            return "情景演练有 \(count) 个段落，最多读 \(limit) 个，没有读取：请把它拆成几个演练"
        case .invalidPassageHeader(let problem):
            switch problem {
            case .emptyName: return "段落标题 :: 后面没有段落名：请写成“:: 段落名 [标签]”"
            case .unclosedTags: return "段落标题里的标签没有用 ] 结束：请写成“:: 段落名 [标签1 标签2]”，名字里的 [ 写成 \\["
            case .textAfterTags: return "段落标题里 [标签] 后面还有文字：段落名要写在 [标签] 前面，名字里的 [ ] 写成 \\[ \\]"
            }
        case .invalidStoryData(let problem):
            switch problem {
            case .notJSON: return "StoryData 不是正确的 JSON，已忽略：请在 Twine 里重新导出，或者删掉这个段落"
            case .notObject: return "StoryData 应当是一个 JSON 对象 { … }，已忽略：请在 Twine 里重新导出"
            case .startNotText: return "StoryData 里的 start 应当是带引号的段落名，已忽略：请写成 \"start\": \"段落名\""
            }
        case .missingStart(let name):
            if let name {
                return "StoryData 说从段落“\(Self.short(name))”开始，但没有这个段落：请检查段落名"
            }
            return "没有开始的段落：请把第一个段落命名为 Start，或者在 StoryData 里写上 \"start\": \"段落名\""
        case .duplicatePassage(let name, let firstLine):
            return "段落名“\(Self.short(name))”和第 \(firstLine) 行的段落重复：请给其中一个换个名字"
        case .brokenLink(let target):
            if target.isEmpty { return "链接里没有段落名：请写成 [[选项文字->段落名]]" }
            return "链接通向的段落“\(Self.short(target))”不存在：请检查段落名，要一字不差（包括大小写和空格）"
        case .unreachablePassage(let name):
            return "没有链接通向段落“\(Self.short(name))”，学员到不了这里：请加一个链接，或者删掉这个段落"
        case .noEnding:
            return "情景演练没有结局：请给结局段落加上标签 end 和 pass（或 fail）"
        case .deadEnd(let name):
            return "段落“\(Self.short(name))”不是结局，又没有链接，学员会卡在这里：请加上链接，或者给它加上标签 end 和 pass（或 fail）"
        case .noWayToEnding(let name):
            return "从段落“\(Self.short(name))”往后走不到任何结局（链接绕成了圈）：请加一个通向结局的链接"
        case .timerOutOfRange(let tag):
            return "标签 \(Self.short(tag)) 不对：timer- 后面是 5 到 300 之间的秒数，如 timer-30"
        case .storyFormatCode(let sample):
            return "这是 Twine 故事格式的代码“\(sample)”，村学不会运行它：请删掉它，只用文字、链接和标签（good、mistake、end、timer-N）写演练"
        case .endingOutcome(let found):
            if found.isEmpty { return "结局（标签 end）还要加上 pass 或 fail 中的一个：pass 是做得好，fail 是没做好" }
            return "结局不能同时有 pass 和 fail：请只留一个"
        case .outcomeWithoutEnd(let tag):
            return "标签 \(tag) 只用在结局上：请再加上标签 end，或者删掉 \(tag)"
        case .conflictingTags(let first, let second):
            return "标签 \(Self.short(first)) 和 \(Self.short(second)) 不能用在同一个段落：请只留一个"
        case .endingWithChoices(let name):
            return "结局“\(Self.short(name))”里的链接不会显示，演练到结局就结束了：请删掉这些链接"
        case .translationMismatch(let mismatch):
            return Self.chinese(mismatch)
        }
    }

    private static func chinese(_ mismatch: Diagnostic.ScenarioMismatch) -> String {
        switch mismatch {
        case .missingPassage(let name):
            return "翻译里少了段落“\(short(name))”：段落名要和原文一样，只翻译正文和链接文字"
        case .extraPassage(let name):
            return "原文里没有段落“\(short(name))”：段落名要和原文一样，只翻译正文和链接文字"
        case .tags(let passage, let translation, let original):
            return "段落“\(short(passage))”的标签和原文不一样（翻译：\(list(translation, english: false))；"
                + "原文：\(list(original, english: false))）：标签要和原文一样"
        case .links(let passage, let translation, let original):
            return "段落“\(short(passage))”的链接和原文不一样（翻译通向：\(list(translation, english: false))；"
                + "原文通向：\(list(original, english: false))）：链接要按原文的顺序通向同样的段落"
        case .start(let translation, let original):
            return "翻译从段落“\(short(translation))”开始，原文从“\(short(original))”开始：开始的段落要和原文一样"
        }
    }

    private var englishMessage: String {
        switch self {
        case .tooManyPassages(let count, let limit):
            return "the scenario has \(count) passages, at most \(limit) are read; it was not loaded: split it into several scenarios"
        case .invalidPassageHeader(let problem):
            switch problem {
            case .emptyName: return "passage header without a name after `::`: write `:: Name [tags]`"
            case .unclosedTags: return "the tags in the passage header have no closing ]: write `:: Name [tag1 tag2]`, and a [ in a name as \\["
            case .textAfterTags: return "text after the [tags] of the passage header: put the name before [tags], and write [ ] in a name as \\[ \\]"
            }
        case .invalidStoryData(let problem):
            switch problem {
            case .notJSON: return "StoryData is not valid JSON and is ignored: export the story from Twine again, or delete this passage"
            case .notObject: return "StoryData must be a JSON object { … }; it is ignored: export the story from Twine again"
            case .startNotText: return "start in StoryData must be a passage name in quotes; it is ignored: write \"start\": \"Name\""
            }
        case .missingStart(let name):
            if let name {
                return "StoryData starts at passage \"\(Self.short(name))\", which does not exist: check the name"
            }
            return "no passage to start at: name the first passage Start, or set \"start\": \"Name\" in StoryData"
        case .duplicatePassage(let name, let firstLine):
            return "passage name \"\(Self.short(name))\" repeats the passage on line \(firstLine): rename one of them"
        case .brokenLink(let target):
            if target.isEmpty { return "link without a passage name: write [[Choice text->Passage name]]" }
            return "link to passage \"\(Self.short(target))\", which does not exist: check the name, letter for letter (case and spaces too)"
        case .unreachablePassage(let name):
            return "no link leads to passage \"\(Self.short(name))\", so no learner sees it: link to it, or delete it"
        case .noEnding:
            return "the scenario has no ending: tag the ending passages end and pass (or fail)"
        case .deadEnd(let name):
            return "passage \"\(Self.short(name))\" is not an ending and has no link, so the learner is stuck there: add links, or tag it end and pass (or fail)"
        case .noWayToEnding(let name):
            return "from passage \"\(Self.short(name))\" on, no ending can be reached (the links go round in a circle): add a link that leads to an ending"
        case .timerOutOfRange(let tag):
            return "tag \(Self.short(tag)) is not valid: timer- takes the seconds, from 5 to 300, e.g. timer-30"
        case .storyFormatCode(let sample):
            return "Twine story-format code \"\(sample)\" is not run by Cunxue: remove it; write the scenario with text, links and the tags good, mistake, end and timer-N"
        case .endingOutcome(let found):
            if found.isEmpty { return "an ending (tag end) also needs one of pass and fail: pass when the learner did well, fail when not" }
            return "an ending cannot be both pass and fail: keep one"
        case .outcomeWithoutEnd(let tag):
            return "tag \(tag) belongs on an ending only: add the tag end too, or remove \(tag)"
        case .conflictingTags(let first, let second):
            return "tags \(Self.short(first)) and \(Self.short(second)) cannot go on one passage: keep one"
        case .endingWithChoices(let name):
            return "the links in ending \"\(Self.short(name))\" are not shown, the scenario stops at an ending: remove them"
        case .translationMismatch(let mismatch):
            return Self.english(mismatch)
        }
    }

    private static func english(_ mismatch: Diagnostic.ScenarioMismatch) -> String {
        switch mismatch {
        case .missingPassage(let name):
            return "the translation lacks passage \"\(short(name))\": keep the original's passage names, translate only the text and the link texts"
        case .extraPassage(let name):
            return "the original has no passage \"\(short(name))\": keep the original's passage names, translate only the text and the link texts"
        case .tags(let passage, let translation, let original):
            return "passage \"\(short(passage))\" has other tags than the original (translation: \(list(translation, english: true)); "
                + "original: \(list(original, english: true))): keep the tags"
        case .links(let passage, let translation, let original):
            return "the links of passage \"\(short(passage))\" differ from the original's (translation: \(list(translation, english: true)); "
                + "original: \(list(original, english: true))): link to the same passages in the same order"
        case .start(let translation, let original):
            return "the translation starts at passage \"\(short(translation))\", the original at \"\(short(original))\": start at the same passage"
        }
    }

    // MARK: - Quoting names from the file

    /// A name from the file, cut to 40 characters so that a message stays one readable line.
    private static func short(_ name: String) -> String {
        let limit = 40
        guard name.count > limit else { return name }
        return String(name.prefix(limit)) + "…"
    }

    /// Up to six names, then "…"; "无"/"none" for none.
    private static func list(_ names: [String], english: Bool) -> String {
        if names.isEmpty { return english ? "none" : "无" }
        let shown = names.prefix(6).map(short)
        return shown.joined(separator: english ? ", " : "、") + (names.count > 6 ? "…" : "")
    }
}
