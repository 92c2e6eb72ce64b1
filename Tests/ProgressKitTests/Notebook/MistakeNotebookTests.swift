import Foundation
import Testing
@testable import ProgressKit

struct MistakeNotebookTests {
    let calendar = TestTime.utc
    /// 2025-06-15T00:00:00Z, the start of t0's day.
    let day0 = TestTime.utc.startOfDay(for: TestTime.t0)

    func day(_ n: Int, hour: Double = 9) -> Date {
        day0.addingTimeInterval(Double(n) * 86_400 + hour * 3600)
    }

    mutating func answer(_ notebook: inout MistakeNotebook, _ correct: Bool, at date: Date, question: String = "q1") {
        notebook.record(questionID: question, quizID: "quiz", moduleID: "mod", correct: correct, at: date, calendar: calendar)
    }

    @Test mutating func wrongAnswerGoesInBoxOneDueTomorrow() throws {
        var notebook = MistakeNotebook()
        answer(&notebook, false, at: day(0, hour: 14))
        let entry = try #require(notebook.entry(for: "q1"))
        #expect(entry.box == 1)
        #expect(entry.dueAt == day0.addingTimeInterval(86_400))
        #expect(entry.quizID == "quiz" && entry.moduleID == "mod")
        #expect(notebook.due(at: day(0, hour: 23.9)).isEmpty)
        #expect(notebook.due(at: day(1, hour: 0)).map(\.questionID) == ["q1"])
    }

    @Test mutating func rightAnswersWalkThroughTheBoxesThenLeave() throws {
        var notebook = MistakeNotebook()
        answer(&notebook, false, at: day(0))
        // Due after 1, 3, 7, 14 days: answered right each time it is due.
        var today = 0
        for (box, interval) in zip(1...4, [1, 3, 7, 14]) {
            let entry = try #require(notebook.entry(for: "q1"))
            #expect(entry.box == box)
            #expect(entry.dueAt == day0.addingTimeInterval(Double(today + interval) * 86_400))
            today += interval
            answer(&notebook, true, at: day(today))
        }
        #expect(notebook.entry(for: "q1") == nil)
        #expect(notebook.active.isEmpty)
        #expect(notebook.entries["q1"]?.retiredAt == day(today))
    }

    @Test mutating func rightAnswerBeforeItIsDueChangesNothing() throws {
        var notebook = MistakeNotebook()
        answer(&notebook, false, at: day(0))
        let before = notebook
        answer(&notebook, true, at: day(0, hour: 15))
        #expect(notebook == before)
    }

    @Test mutating func wrongAnswerSendsItBackToBoxOne() throws {
        var notebook = MistakeNotebook()
        answer(&notebook, false, at: day(0))
        answer(&notebook, true, at: day(1))
        answer(&notebook, true, at: day(4))
        #expect(notebook.entry(for: "q1")?.box == 3)
        answer(&notebook, false, at: day(6))
        let entry = try #require(notebook.entry(for: "q1"))
        #expect(entry.box == 1)
        #expect(entry.dueAt == day0.addingTimeInterval(7 * 86_400))
        #expect(entry.wrongCount == 2)
    }

    @Test mutating func rightAnswerToAQuestionNeverMissedStaysOut() {
        var notebook = MistakeNotebook()
        answer(&notebook, true, at: day(0))
        #expect(notebook.entries.isEmpty)
    }

    @Test mutating func retiredQuestionMissedAgainComesBack() throws {
        var notebook = MistakeNotebook()
        answer(&notebook, false, at: day(0))
        for day in [1, 4, 11, 25] { answer(&notebook, true, at: self.day(day)) }
        #expect(notebook.entry(for: "q1") == nil)
        answer(&notebook, false, at: day(30))
        #expect(notebook.entry(for: "q1")?.box == 1)
    }

    @Test mutating func dueListIsSoonestFirst() {
        var notebook = MistakeNotebook()
        answer(&notebook, false, at: day(0), question: "b")
        answer(&notebook, false, at: day(0), question: "a")
        answer(&notebook, false, at: day(2), question: "c")
        #expect(notebook.due(at: day(10)).map(\.questionID) == ["a", "b", "c"])
        #expect(notebook.due(at: day(1)).map(\.questionID) == ["a", "b"])
    }

    @Test func dueDatesFollowTheStationsDays() throws {
        // 23:30 in Beijing is 15:30 UTC: "tomorrow" starts at Beijing midnight.
        var beijing = Calendar(identifier: .gregorian)
        beijing.timeZone = try #require(TimeZone(identifier: "Asia/Shanghai"))
        let lateEvening = try #require(ISO8601Time.parse("2025-06-15T23:30:00+08:00"))
        let due = MistakeNotebook.dueDate(box: 1, after: lateEvening, calendar: beijing)
        #expect(due == ISO8601Time.parse("2025-06-16T00:00:00+08:00"))
    }

    @Test func roundTripsAsASortedList() throws {
        var notebook = MistakeNotebook()
        notebook.record(questionID: "z", quizID: "q", moduleID: "m", correct: false, at: TestTime.t0, calendar: TestTime.utc)
        notebook.record(questionID: "a", quizID: "q", moduleID: "m", correct: false, at: TestTime.t0, calendar: TestTime.utc)
        let data = try RecordCoding.makeEncoder().encode(notebook)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("["))
        #expect(try #require(text.range(of: "\"a\"")).lowerBound < #require(text.range(of: "\"z\"")).lowerBound)
        #expect(try RecordCoding.makeDecoder().decode(MistakeNotebook.self, from: data) == notebook)
    }
}

/// Issue 12, item 10: a mistake made while the clock was far ahead comes back for review.
struct MistakeNotebookClockTests {
    @Test func aMistakeStampedYearsAheadIsDueNowAndMovesOnWhenAnswered() throws {
        var notebook = MistakeNotebook()
        let ahead = TestTime.days(3 * 365)
        notebook.record(questionID: "q1", quizID: "quiz", moduleID: "mod", correct: false, at: ahead, calendar: TestTime.utc)
        // The clock is right again: the mistake is due now, not in three years.
        #expect(notebook.due(at: TestTime.t0).map(\.questionID) == ["q1"])
        notebook.record(questionID: "q1", quizID: "quiz", moduleID: "mod", correct: true, at: TestTime.t0, calendar: TestTime.utc)
        let entry = try #require(notebook.entry(for: "q1"))
        #expect(entry.box == 2)
        #expect(entry.dueAt == MistakeNotebook.dueDate(box: 2, after: TestTime.t0, calendar: TestTime.utc))
        #expect(notebook.due(at: TestTime.t0).isEmpty)
    }
}
