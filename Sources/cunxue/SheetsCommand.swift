import ArgumentParser
import CunxueApp
import Foundation
import LessonKit
import ProgressKit

/// `cunxue sheets`: learners' worksheets (实操单).
struct Sheets: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "学员的实操单。Learners' worksheets.",
        subcommands: [Export.self]
    )

    /// `cunxue sheets export --learner NAME [--output DIR]`: each filled sheet as Markdown and
    /// as a plain-text page that prints on A4.
    struct Export: DataDirectoryCommand {
        static let configuration = CommandConfiguration(
            abstract: "把学员填好的实操单写成 Markdown（.md）和 A4 纯文本（.txt）。Write a learner's filled worksheets as Markdown (.md) and A4 plain text (.txt).")

        @OptionGroup var global: GlobalOptions

        /// The learner, by name or id.
        @Option(help: .learnerNameOrID)
        var learner: String

        /// Where to write (default: the current folder).
        @Option(help: ArgumentHelp("写到哪个文件夹（默认：当前文件夹）。The folder to write into (default: the current folder).", valueName: "DIR"))
        var output: String?

        func run() throws {
            let directory = try dataDirectory()
            let store = LearnerStore(directory: directory)
            let now = Date()
            let record = try loadRecord(store, support, now: now)
            let library = CourseLibrary.load(bundled: CommandSupport.bundledCourse(), imported: directory.lessonsFolder.path,
                                             extra: global.lessons)
            let exporter = SheetExporter(course: library.course, language: support.english ? .english : .simplifiedChinese)
            let folder = URL(fileURLWithPath: output ?? FileManager.default.currentDirectoryPath)
            let report: SheetExporter.Report
            do {
                report = try exporter.export(record, to: folder)
            } catch {
                for stem in error.written {
                    support.say(BilingualText(zh: "已写好 \(stem).md 和 \(stem).txt", en: "Wrote \(stem).md and \(stem).txt"))
                }
                throw support.fail(error.message)
            }
            for stem in report.skipped {
                support.warn(support.text(BilingualText(zh: "实操单 \(stem) 不在课程里了，跳过。",
                                                        en: "Worksheet \(stem) is no longer in the course; skipped.")))
            }
            for stem in report.written {
                support.say(BilingualText(zh: "已写好 \(stem).md 和 \(stem).txt", en: "Wrote \(stem).md and \(stem).txt"))
            }
            if report.written.isEmpty { throw ExitCode(1) }
        }

        private func loadRecord(_ store: LearnerStore, _ support: CommandSupport, now: Date) throws -> LearnerRecord {
            do {
                let listing = try store.list(now: now)
                let matches = listing.matching(learner)
                guard matches.count == 1 else {
                    throw support.fail(matches.isEmpty
                        ? BilingualText(zh: "没有叫“\(SheetExport.clean(learner))”的学员，也没有这个编号。用 cunxue learners list 查看所有学员。",
                                        en: "No learner is called “\(SheetExport.clean(learner))” or has that id. See them all with: cunxue learners list")
                        : BilingualText(zh: "有 \(matches.count) 位学员叫“\(SheetExport.clean(learner))”：请用编号，例如 --learner \(matches[0].id)。",
                                        en: "\(matches.count) learners are called “\(SheetExport.clean(learner))”: use the id, e.g. --learner \(matches[0].id)."))
                }
                let loaded = try store.load(id: matches[0].id, now: now)
                for warning in loaded.warnings { support.warn(support.text(warning.message)) }
                return loaded.record
            } catch let error as StoreError {
                throw support.fail(error.message())
            }
        }
    }
}
