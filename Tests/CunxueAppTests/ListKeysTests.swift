import Testing
import TerminalKit
@testable import CunxueApp

/// The keys every list shares.
@Suite("List keys")
struct ListKeysTests {
    private func press(_ key: Key, from start: Int, count: Int = 12, page: Int = 5, numbered: Bool = true) -> (Int, ListKeys.Outcome) {
        var selection = start
        let outcome = ListKeys.apply(key, to: &selection, count: count, page: page, numbered: numbered)
        return (selection, outcome)
    }

    @Test("moves and stops at the ends", arguments: [
        (Key.up, 0, 0), (.up, 5, 4), (.down, 5, 6), (.down, 11, 11),
        (.home, 7, 0), (.end, 2, 11),
        (.pageDown, 0, 4), (.pageDown, 10, 11), (.pageUp, 6, 2), (.pageUp, 3, 0),
    ])
    func moves(key: Key, start: Int, expected: Int) {
        let (selection, outcome) = press(key, from: start)
        #expect(selection == expected)
        #expect(outcome == .moved)
    }

    @Test func numbersAndEnterChoose() {
        #expect(press(.character("3"), from: 0) == (2, .chose(2)))
        #expect(press(.enter, from: 7) == (7, .chose(7)))
        // A number past the end and Enter on an empty list choose nothing.
        #expect(press(.character("9"), from: 1, count: 4) == (1, .moved))
        #expect(press(.enter, from: 0, count: 0) == (0, .moved))
        // A list drawn without numbers leaves number keys to the screen.
        #expect(press(.character("3"), from: 0, numbered: false) == (0, .ignored))
        #expect(press(.character("x"), from: 0) == (0, .ignored))
    }

    @Test func theWheelMoves() {
        var selection = 3
        #expect(ListKeys.apply(.wheelDown, to: &selection, count: 4) == .moved)
        #expect(ListKeys.apply(.wheelDown, to: &selection, count: 4) == .moved)
        #expect(selection == 3)
        #expect(ListKeys.apply(.click, to: &selection, count: 4) == .ignored)
    }

    @Test func everyListUsesThem() {
        // Home: End reaches the last module row; Home and PgDn move a page from the top.
        var s = signedInState()
        let last = s.homeRows.count - 1
        s.keys(.end)
        #expect(s.route == .home(HomeState(selection: last)))
        s.keys(.home, .pageDown)
        #expect(s.route == .home(HomeState(selection: min(last, HomeView.listHeight(s.size) - 1))))
        // The instructor's menu keeps its highlighted item by name.
        var i = instructorSignedIn()
        i.keys(.end)
        var expected = InstructorState()
        expected.page = .menu(.leave)
        #expect(i.route == .instructor(expected))
    }
}
