import Foundation
import LessonKit
import ProgressKit
import Testing
import TerminalKit
@testable import CunxueApp

/// The worksheet screen: typing (Chinese through the input method), moving between fields,
/// messages after a field is left, computed values, a save on every change, resuming.
@Suite struct WorksheetTests {
    static let listing = "listing-products"
    static let titleSheet = "product-title"
    static let shop = "shop-data"
    static let costs = "costs"

    /// A state with 王芳 on the module page of `moduleID`, then Enter on the worksheet `sheetID`.
    static func opened(_ moduleID: String = listing, _ sheetID: String = titleSheet, _ language: UILanguage = .zh,
                       record: LearnerRecord? = nil) throws -> AppState {
        var s = signedInState(language)
        if let record { s.record = record }
        let module = try #require(bundledLibrary.module(moduleID))
        let index = try #require(module.worksheets.firstIndex { $0.id == sheetID })
        s.route = .module(ModulePageState(moduleID: moduleID, selection: ModulePageState.firstWorksheetRow(module) + index))
        s.keys(.enter)
        return s
    }

    static func sheet(_ s: AppState) throws -> WorksheetState {
        try #require(s.worksheetState, "not on a worksheet: \(s.route)")
    }

    static func answers(_ s: AppState, _ id: String = "\(listing)/\(titleSheet)") -> [String: String] {
        s.record?.worksheetAnswers(id: id)?.answers ?? [:]
    }

    @Test func theModulePageListsWorksheetsAfterTheLessons() throws {
        var s = signedInState()
        s.route = .module(ModulePageState(moduleID: Self.listing))
        let text = renderScreen(s).text
        #expect(text.contains("实操单：商品标题"))
        #expect(try Self.sheet(try Self.opened()).current == 0)
    }

    @Test func typingChineseSavesOnEveryCharacter() throws {
        var s = try Self.opened()
        let first = s.keys(.character("陕"))
        #expect(first.count == 1)
        guard case .save(let saved)? = first.first else { Issue.record("no save: \(first)"); return }
        #expect(saved.worksheetAnswers(id: "\(Self.listing)/\(Self.titleSheet)")?.answers["origin"] == "陕")
        s.type("西")
        #expect(Self.answers(s)["origin"] == "陕西")
        let back = s.keys(.backspace)
        #expect(Self.answers(s)["origin"] == "陕")
        #expect(back.count == 1)
    }

    @Test func lettersAreTextNotCommands() throws {
        var s = try Self.opened()
        s.type("L?R")
        #expect(Self.answers(s)["origin"] == "L?R")
        #expect(s.language == .zh)
        #expect(s.overlay == nil)
    }

    @Test func arrowsAndTabMoveBetweenFields() throws {
        var s = try Self.opened()
        s.keys(.down)
        #expect(try Self.sheet(s).current == 1)
        s.keys(.tab, .tab)
        #expect(try Self.sheet(s).current == 3)
        s.keys(.up, .backTab)
        #expect(try Self.sheet(s).current == 1)
        s.keys(.up, .up)
        #expect(try Self.sheet(s).current == 0)
    }

    @Test func aRequiredFieldIsAskedForOnlyAfterItIsLeft() throws {
        var s = try Self.opened()
        #expect(!renderScreen(s).text.contains("这一项要填"))
        s.keys(.down)
        #expect(renderScreen(s).text.contains("这一项要填"))
        #expect(try Self.sheet(s).left == ["origin"])
    }

    @Test func aForbiddenWordGetsItsMessageAndGoesWhenRemoved() throws {
        var s = try Self.opened()
        s.keys(.down, .down, .down, .down)
        s.type("陕西最甜猕猴桃")
        #expect(renderScreen(s).text.contains("不能写“最”"))
        for _ in 0..<5 { s.keys(.backspace) }
        s.type("猕猴桃")
        #expect(Self.answers(s)["title"] == "陕西猕猴桃")
        #expect(!renderScreen(s).text.contains("不能写“最”"))
    }

    @Test func computedFieldsFollowTheNumbersAsTheyAreTyped() throws {
        var s = try Self.opened(Self.shop, Self.costs)
        let id = "\(Self.shop)/\(Self.costs)"
        s.type("30")
        s.keys(.down)
        s.type("10")
        s.keys(.down)
        s.type("2")
        s.keys(.down)
        s.type("5")
        s.keys(.down)
        s.type("10")
        let module = try #require(bundledLibrary.module(Self.shop))
        let sheet = try #require(module.worksheets.first { $0.id == Self.costs })
        let check = WorksheetChecker(worksheet: sheet).check(Self.answers(s, id))
        #expect(check["fee-amount"]?.value?.description == "3.00")
        #expect(check["profit"]?.value?.description == "10.00")
        #expect(renderScreen(s).text.contains("10.00 元"))
    }

    @Test func escSavesAndTheSheetResumesWhereItWasLeft() throws {
        var s = try Self.opened()
        s.type("陕西")
        s.keys(.down, .down)
        s.type("猕猴桃")
        let effects = s.keys(.escape)
        #expect(effects.isEmpty)
        guard case .module(let page) = s.route else { Issue.record("not back on the module page"); return }
        let module = try #require(bundledLibrary.module(Self.listing))
        #expect(page.selection == ModulePageState.firstWorksheetRow(module))
        s.keys(.enter)
        let resumed = try Self.sheet(s)
        #expect(resumed.current == 3)  // 规格, the first required field still empty (品种 may stay empty)
        #expect(Self.answers(s)["name"] == "猕猴桃")
    }

    @Test func enterOnTheLastFieldFinishesOnlyWhenEveryCheckPasses() throws {
        var s = try Self.opened()
        s.keys(.down, .down, .down, .down)
        s.type("陕西 猕猴桃")
        s.keys(.enter)
        #expect(try !Self.sheet(s).showsPage)
        #expect(try Self.sheet(s).current == 0)
        s.type("陕西")
        s.keys(.down, .down)
        s.type("猕猴桃")
        s.keys(.down)
        s.type("5斤装")
        s.keys(.down)
        let effects = s.keys(.enter)
        #expect(try Self.sheet(s).showsPage)
        #expect(effects.count == 1)
        #expect(s.record?.worksheetAnswers(id: "\(Self.listing)/\(Self.titleSheet)")?.finishedAt == testNow)
        s.type("L")
        #expect(s.language == .en)  // on the page, letters are commands again
    }

    // MARK: - Snapshots

    static func filled(_ language: UILanguage) throws -> AppState {
        var s = try opened(listing, titleSheet, language)
        s.type("陕西")
        s.keys(.down)
        s.type("红心")
        s.keys(.down)
        s.type("猕猴桃")
        s.keys(.down)
        s.type("5斤装")
        s.keys(.down)
        return s
    }

    @Test(arguments: [UILanguage.zh, .en]) func snapshots(_ language: UILanguage) throws {
        var s = try Self.opened(Self.listing, Self.titleSheet, language)
        s.type("陕西")
        expectSnapshot(renderScreen(s), named: "worksheet-open-\(language.rawValue)")
        s = try Self.filled(language)
        s.type("最好的猕猴桃")
        expectSnapshot(renderScreen(s), named: "worksheet-message-\(language.rawValue)")
        for _ in 0..<6 { s.keys(.backspace) }
        s.type("陕西 红心猕猴桃 5斤装")
        s.keys(.enter)
        expectSnapshot(renderScreen(s), named: "worksheet-finished-\(language.rawValue)")
    }

    @Test func fitsAt60x20() throws {
        var s = try Self.filled(.zh)
        s.size = Size(width: 60, height: 20)
        s.type("最好的猕猴桃")
        let screen = renderScreen(s)
        expectSnapshot(screen, named: "worksheet-60x20-zh")
        #expect(screen.text.contains("不能写“最”"))
    }

    @Test("at 60x20 the form's bar shows how to erase and how to leave", arguments: UILanguage.allCases, [AmbiguousWidth.narrow, .wide])
    func eraseAndLeaveStayAt60x20(language: UILanguage, ambiguous: AmbiguousWidth) throws {
        var s = try Self.filled(language)
        s.size = Size(width: 60, height: 20)
        s.ambiguousWidth = ambiguous
        let bar = try #require(renderScreen(s).lines.last)
        let strings = Strings(language)
        #expect(bar.contains(strings.backspaceKey + " " + strings.keyBackspace), "\(ambiguous): \(bar)")
        #expect(bar.contains("Esc " + strings.keySaveAndLeaveShort), "\(ambiguous): \(bar)")
        #expect(bar.contains("Enter " + strings.keyNextField), "\(ambiguous): \(bar)")
        #expect(bar.contains("F3 " + strings.keyReadAloud), "\(ambiguous): \(bar)")
        s.size = Size(width: 80, height: 24)
        let wide = try #require(renderScreen(s).lines.last)
        #expect(wide.contains("↑↓") && wide.contains(strings.backspaceKey), "80 columns: \(wide)")
    }
}
