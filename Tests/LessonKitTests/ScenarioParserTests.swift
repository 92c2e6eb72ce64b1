import Testing
@testable import LessonKit

/// Reading Twee 3 as its specification describes (iftechfoundation/twine-specs,
/// `twee-3-specification.md`) and as Twine 2.6 and later export it.
struct ScenarioParserTests {
    /// Parses a scenario file's text in memory; findings in English, as `validate --lang en` prints them.
    static func parse(_ text: String, name: String = "s") -> (file: ScenarioFile, findings: [String]) {
        var report = FileReport(file: name + ".twee")
        let prepared = SourceText.prepare(text, report: &report)
        let file = ScenarioParser().parse(prepared, name: name, report: &report)
        return (file, report.diagnostics.map { $0.formatted(in: .english) })
    }

    // MARK: - Passage headers (the specification's examples)

    @Test("the specification's header examples", arguments: [
        (":: An overgrown path", "An overgrown path", [String]()),
        (":: An overgrown path [forest spooky]", "An overgrown path", ["forest", "spooky"]),
        (":: An overgrown path {\"position\":\"600,400\",\"size\":\"100,200\"}", "An overgrown path", []),
        (":: An overgrown path [forest spooky] {\"position\":\"600,400\",\"size\":\"100,200\"}", "An overgrown path",
         ["forest", "spooky"]),
    ])
    func specificationHeaders(line: String, name: String, tags: [String]) {
        let header = TweeHeader(line: ArraySlice(Array(line.unicodeScalars)))
        #expect(header.name == name)
        #expect(header.tags == tags)
        #expect(header.problem == nil)
    }

    @Test("backslash escapes in names and tags", arguments: [
        // "foo\bar" is encoded "foo\\bar"; `\q` decodes to `q`.
        (#":: foo\\bar"#, #"foo\bar"#, [String]()),
        (#":: \[a\] \{b\} [x\]y z]"#, "[a] {b}", ["x]y", "z"]),
        (#":: q\q"#, "qq", []),
        // Twine writes a name's leading and trailing spaces as `\ `.
        (#"::\  padded\ "#, "  padded ", []),
        ("::   spaced out   [t]", "spaced out", ["t"]),
        ("::名字[标签]", "名字", ["标签"]),
    ])
    func escapes(line: String, name: String, tags: [String]) {
        let header = TweeHeader(line: ArraySlice(Array(line.unicodeScalars)))
        #expect(header.name == name)
        #expect(header.tags == tags)
        #expect(header.problem == nil)
    }

    @Test func headerProblems() {
        func problem(_ line: String) -> TweeHeader.Problem? {
            TweeHeader(line: ArraySlice(Array(line.unicodeScalars))).problem
        }
        #expect(problem("::") == .emptyName)
        #expect(problem(":: [good]") == .emptyName)
        #expect(problem(":: a [good") == .unclosedTags)
        #expect(problem(":: a [good] b") == .textAfterTags(column: 13))
        #expect(problem(":: a [good]   {\"position\":\"1,2\"}") == nil)
    }

    // MARK: - Special passages

    @Test func storyTitleStoryDataAndTheSpecificationsStoryDataExample() throws {
        let (file, findings) = Self.parse("""
            :: StoryTitle
            The Example


            :: StoryData
            {
            \t"ifid": "D674C58C-DEFA-4F70-B7A2-27742230C0FC",
            \t"format": "SugarCube",
            \t"format-version": "2.28.2",
            \t"start": "My Starting Passage",
            \t"tag-colors": {
            \t\t"bar": "green",
            \t\t"foo": "red",
            \t\t"qaz": "blue"
            \t},
            \t"zoom": 0.25
            }

            :: My Starting Passage [foo]
            Hello.
            [[Done]]

            :: Done [end pass]
            Bye.
            """)
        #expect(findings == [])
        #expect(file.story.title == "The Example")
        #expect(file.story.startName == "My Starting Passage")
        #expect(file.startLine == 10)
        #expect(file.story.passages.map(\.name) == ["My Starting Passage", "Done"])
        #expect(try #require(file.story.start).tags == ["foo"])
    }

    @Test func withoutStoryDataTheStartIsThePassageStart() {
        let (file, findings) = Self.parse(":: Intro\nno\n[[Start]]\n:: Start\nyes\n[[Intro]] [[End]]\n:: End [end fail]\n")
        #expect(file.story.startName == "Start")
        #expect(file.story.title == "s")
        // Intro is reached from Start, so nothing is reported.
        #expect(findings == [])
    }

    @Test func scriptAndStylesheetPassagesAndMetadataAreIgnored() {
        let (file, findings) = Self.parse("""
            :: StoryScript [script]
            window.x = (set: $y to 1) <<if true>>;

            :: StoryStylesheet [stylesheet] {"position":"0,0","size":"100,100"}
            tw-story { color: red; }

            :: Start {"position":"100,200","size":"100,100"}
            Go.
            [[End]]

            :: End [end pass] {"position":"300,200","size":"200,100"}
            Done.
            """)
        #expect(findings == [])
        #expect(file.story.passages.map(\.name) == ["Start", "End"])
    }

    @Test func trailingBlankLinesAreIgnoredAndLinesStayFileLines() throws {
        let (file, _) = Self.parse(":: Start\n\nFirst.\n\n  \n\t\n\n:: End [end pass]\nLast.\n\n\n")
        let start = try #require(file.story.start)
        #expect(start.body.blocks == [Block(.paragraph([.text("First.")]), line: 3)])
        #expect(file.story.passage(named: "End")?.body.blocks == [Block(.paragraph([.text("Last.")]), line: 9)])
    }

    // MARK: - Links

    @Test("the four link forms", arguments: [
        ("[[A passage]]", "A passage", "A passage"),
        ("[[A label->A passage]]", "A label", "A passage"),
        ("[[A passage<-A label]]", "A label", "A passage"),
        ("[[A label|A passage]]", "A label", "A passage"),
        // The rightmost -> and the leftmost <- divide, as in Twine 2.
        ("[[a->b->c]]", "a->b", "c"),
        ("[[c<-b<-a]]", "b<-a", "c"),
        ("[[ 说清楚价格 -> 问价格 ]]", "说清楚价格", "问价格"),
    ])
    func linkForms(link: String, text: String, target: String) throws {
        let links = TweeLink.links(in: ArraySlice(Array(link.unicodeScalars)))
        let found = try #require(links.first)
        #expect(links.count == 1)
        #expect(found.text == text)
        #expect(found.target == target)
        #expect(found.hasSetter == false)
    }

    @Test func choicesAreTheLinksInOrderAndLeaveTheText() throws {
        let (file, findings) = Self.parse("""
            :: Start
            A buyer asks for a discount.

            - [[Say no kindly->No]]
            - [[Give 50% off|Half]]
            1. [[Half<-Give in]]
            You could also [[stay quiet->No]] and wait.

            :: No [end pass]
            ok
            :: Half [end fail]
            ok
            """)
        #expect(findings == [])
        let start = try #require(file.story.start)
        #expect(start.choices == [
            ScenarioChoice(text: "Say no kindly", target: "No", line: 4, column: 3),
            ScenarioChoice(text: "Give 50% off", target: "Half", line: 5, column: 3),
            ScenarioChoice(text: "Give in", target: "Half", line: 6, column: 4),
            ScenarioChoice(text: "stay quiet", target: "No", line: 7, column: 16),
        ])
        // Lines holding only links are gone; a link inside a sentence leaves its text.
        #expect(start.body.blocks == [
            Block(.paragraph([.text("A buyer asks for a discount.")]), line: 2),
            Block(.paragraph([.text("You could also stay quiet and wait.")]), line: 7),
        ])
        #expect(file.story.decisionCount == 1)
        #expect(file.story.endings.map(\.ending) == [.pass, .fail])
    }

    @Test func linksEndAtTheFirstClosingBracketsOnTheirLine() {
        func links(_ line: String) -> [String] {
            TweeLink.links(in: ArraySlice(Array(line.unicodeScalars))).map { "\($0.text)|\($0.target)" }
        }
        #expect(links("[[a]] and [[b->c]]") == ["a|a", "b|c"])
        #expect(links("[[fl]e]a]]") == ["fl]e]a|fl]e]a"])
        #expect(links("[[open") == [])
        #expect(links(String(repeating: "[[", count: 5_000)) == [])
        #expect(links("[[x|y][$z to 1]]") == ["x|y"])
    }

    // MARK: - Tags, timers, comments

    @Test func tagsWithMeaning() throws {
        let (file, findings) = Self.parse("""
            :: Start [timer-30 blue]
            Quick!
            [[Right->R]]
            [[（愣住了，没回答）->W]]
            :: R [good]
            Yes.
            [[Go on->E]]
            :: W [mistake]
            No.
            [[Go on->E]]
            :: E [end pass]
            End.
            """)
        #expect(findings == [])
        let start = try #require(file.story.start)
        #expect(start.timerSeconds == 30)
        #expect(start.tags == ["timer-30", "blue"])
        #expect(start.timeoutChoice?.text == "（愣住了，没回答）")
        #expect(file.story.passage(named: "R")?.feedback == .good)
        #expect(file.story.passage(named: "W")?.feedback == .mistake)
        #expect(file.story.passage(named: "E")?.ending == .pass)
        #expect(file.story.passage(named: "E")?.timeoutChoice == nil)
    }

    @Test func viewerComments() throws {
        let (file, findings) = Self.parse("""
            :: Start
            Host: welcome!

            > 弹幕 果果妈：多少钱一斤？
            > 弹幕：是不是全网最低价？
            > Chat Lao Li: Can it cure my cough?
            > 弹幕没有冒号
            >弹幕 小刘: 来了

            [[Answer->End]]
            :: End [end pass]
            ok
            """)
        #expect(findings == [])
        let start = try #require(file.story.start)
        #expect(start.comments == [
            ViewerComment(viewer: "果果妈", text: "多少钱一斤？", line: 4),
            ViewerComment(viewer: nil, text: "是不是全网最低价？", line: 5),
            ViewerComment(viewer: "Lao Li", text: "Can it cure my cough?", line: 6),
            ViewerComment(viewer: "小刘", text: "来了", line: 8),
        ])
        #expect(start.body.blocks == [
            Block(.paragraph([.text("Host: welcome!")]), line: 2),
            Block(.blockQuote([Block(.paragraph([.text("弹幕没有冒号")]), line: 7)]), line: 7),
        ])
    }

    // MARK: - A file as Twine 2.6 and later export it

    /// Twine's "Export as Twee": StoryTitle, StoryData with ifid, format, format-version, start,
    /// tag-colors and zoom, passages sorted by name with position and size metadata, a script.
    static let twineExport = """
        :: StoryTitle
        售后演练


        :: StoryData
        {
          "ifid": "8E4B2C1A-5D3F-4A6B-9C7D-1E2F3A4B5C6D",
          "format": "Harlowe",
          "format-version": "3.3.9",
          "start": "买家来信",
          "tag-colors": {
            "good": "green",
            "mistake": "red",
            "end": "purple"
          },
          "zoom": 0.6
        }


        :: 买家来信 {"position":"400,100","size":"100,100"}
        张婶发来照片：桃子压坏了三个。

        [[先道歉，请她说说情况->问清楚]]
        [[说“签收了就不管”->推脱]]


        :: 推脱 [mistake] {"position":"600,250","size":"100,100"}
        这样说会让买家更生气。

        [[重新回复->买家来信]]


        :: 问清楚 [good] {"position":"250,250","size":"100,100"}
        对。先听买家说，再看照片。

        [[补发或退款->解决了]]


        :: 解决了 [end pass] {"position":"250,400","size":"200,100"}
        张婶满意了。


        :: StoryScript [script]
        console.log("hi");
        """

    @Test func aTwineExportReadsUnchanged() throws {
        let (file, findings) = Self.parse(Self.twineExport, name: "06-after-sale")
        #expect(findings == [])
        let story = file.story
        #expect(story.title == "售后演练")
        #expect(story.startName == "买家来信")
        #expect(story.passages.map(\.name) == ["买家来信", "推脱", "问清楚", "解决了"])
        #expect(story.start?.choices.map(\.target) == ["问清楚", "推脱"])
        #expect(story.start?.body.blocks == [Block(.paragraph([.text("张婶发来照片：桃子压坏了三个。")]), line: 21)])
        #expect(story.passage(named: "推脱")?.feedback == .mistake)
        #expect(story.endings.map(\.name) == ["解决了"])
    }

    @Test func windowsLineEndsAndAByteOrderMark() {
        let windows = "\u{FEFF}" + Self.twineExport.replacingOccurrences(of: "\n", with: "\r\n")
        let (file, findings) = Self.parse(windows)
        #expect(findings == [])
        #expect(file.story.passages.count == 4)
        #expect(file.story.startName == "买家来信")
    }

    // MARK: - JSON

    @Test func jsonReader() throws {
        let value = try JSONValue.parse(#" {"a": [1, -2.5e3, true, false, null], "b\u00e9": "x\"\n\ud83d\ude00", "c": {}} "#)
        #expect(value.member("a")?.value == .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null]))
        #expect(value.member("bé")?.value == .string("x\"\n😀"))
        #expect(value.member("c")?.value == .object([]))
        for bad in ["", "{", "{\"a\" 1}", "[1,]", "01x", "\"\\q\"", "{\"a\":1} x", "tru", "\"\u{1}\""] {
            #expect(throws: JSONValue.SyntaxError.self, "\(bad.debugDescription)") { try JSONValue.parse(bad) }
        }
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONValue.SyntaxError.self) { try JSONValue.parse(deep) }
        #expect(throws: JSONValue.SyntaxError(line: 3, column: 3)) { try JSONValue.parse("{\n\"a\": 1,\n  }") }
    }
}
