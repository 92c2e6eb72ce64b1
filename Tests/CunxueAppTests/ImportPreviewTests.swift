import Foundation
import LessonKit
import ProgressKit
import Testing
@testable import CunxueApp

/// The in-app import preview checks a folder as `cunxue import` will.
struct ImportPreviewTests {
    private func write(_ text: String, to relative: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func requiresMayNameTheBundledCourseAndNearMissNamesAreShown() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cunxue-preview-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("---\ntitle: 处理订单\nid: order-handling\n---\n", to: "bundled/03-order-handling/module.md", in: folder)
        try write("---\ntitle: 售后\nrequires: [order-handling]\n---\n", to: "usb/module.md", in: folder)
        try write("# 退货\n\n正文。\n", to: "usb/01-returns.md", in: folder)
        try write("# 换货\n\n正文。\n", to: "usb/02-exchange.md.txt", in: folder)
        let effects = InstructorEffects(directory: DataDirectory(url: folder.appendingPathComponent("data")),
                                        bundledCourse: folder.path + "/bundled", extraLessons: [])

        let events = effects.previewImport(folder.path + "/usb")

        guard case .importPreviewed(let preview)? = events.first else {
            Issue.record("no preview: \(events)")
            return
        }
        #expect(preview.result.refusals.isEmpty)
        #expect(preview.canImport)
        // The near miss is listed among what is left out, with the name it should have.
        let skip = try #require(preview.result.skipped.first { $0.path.hasSuffix("02-exchange.md.txt") })
        #expect(skip.problem != nil)
    }
}
