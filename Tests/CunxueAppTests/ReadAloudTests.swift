import Foundation
import Testing
import TerminalKit
@testable import CunxueApp

@Suite("Read aloud in the app (R)")
struct ReadAloudTests {
    /// The text of the first `.speak` effect.
    private func spoken(_ effects: [Effect]) -> String? {
        for case .speak(let text, _, _) in effects { return text }
        return nil
    }

    @Test func theReaderReadsParagraphByParagraphAndMarksIt() throws {
        var s = signedInState()
        s.keys(.character("3"), .enter)
        guard case .reader = s.route else { Issue.record("not reading"); return }
        let first = try #require(spoken(s.keys(.character("R"))))
        #expect(!first.isEmpty)  // the title first
        #expect(s.readAloud != nil)
        let screen = renderScreen(s).text
        #expect(screen.contains("R 停止朗读"))
        #expect(screen.split(separator: "\n").contains { $0.hasPrefix(">") })  // the paragraph is marked
        // The engine finishes: the next paragraph follows, scrolled into view.
        let next = try #require(spoken(s.update(.speechEnded(spokenToTheEnd: true))))
        #expect(next != first)
        guard case .reader(let reader) = s.route, case .lesson(let lines)? = s.readAloud?.source else {
            Issue.record("stopped after one paragraph"); return
        }
        #expect(reader.scroll <= lines.lowerBound)
        #expect(lines.lowerBound < reader.scroll + ReaderState.pageHeight(s.size))
    }

    @Test func rAgainStopsAndLeavingStops() {
        var s = signedInState()
        s.keys(.character("3"), .enter, .character("r"))
        #expect(s.keys(.character("r")) == [.stopSpeaking])
        #expect(s.readAloud == nil)
        #expect(renderScreen(s).text.contains("R 朗读"))
        s.keys(.character("R"))
        let leaving = s.keys(.escape)
        #expect(leaving.contains(.stopSpeaking))
        #expect(s.readAloud == nil)
        // Stopped or spoken to the end after leaving: nothing more is read.
        #expect(s.update(.speechEnded(spokenToTheEnd: true)).isEmpty)
    }

    @Test func aQuestionIsReadWithItsNumberedOptions() throws {
        var s = signedInState()
        s.keys(.character("2"), .end, .enter)
        let session = try #require(s.quizSession)
        let item = try #require(session.current)
        let question = try #require(s.question(item))
        let text = try #require(spoken(s.keys(.character("R"))))
        #expect(text.hasPrefix("第一题。"))
        let answers = question.content.original.answers
        for (row, original) in item.order.enumerated() {
            let option = SpokenText.option(row + 1, language: .zh) + "：" + SpokenText.make(answers[original].plainText, language: .zh)
            #expect(text.contains(option), "\(option)")
        }
        #expect(renderScreen(s).text.contains("R 停止朗读"))
    }

    @Test func englishIsReadInEnglish() throws {
        var s = signedInState(.en)
        s.keys(.character("2"), .end, .enter)
        let effects = s.keys(.character("R"))
        guard case .speak(let text, let language, _)? = effects.first else { Issue.record("nothing read"); return }
        #expect(language == .en)
        #expect(text.hasPrefix("Question 1."))
        #expect(text.contains("option 1: "))
    }

    @Test func aScreenWithoutTextLeavesTheKeyToTheScreen() {
        var s = signedInState()
        #expect(s.keys(.character("R")).isEmpty)
        #expect(s.readAloud == nil)
        #expect(!renderScreen(s).text.contains("朗读"))
    }

    @Test func joinedLinesKeepChineseTogetherAndEnglishApart() {
        #expect(ReaderState.joined(["开网店先要", "选平台。"]) == "开网店先要选平台。")
        #expect(ReaderState.joined(["Open a shop", "on a platform."]) == "Open a shop on a platform.")
    }
}
