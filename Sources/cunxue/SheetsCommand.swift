import ArgumentParser
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
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "把学员填好的实操单写成 Markdown（.md）和 A4 纯文本（.txt）。Write a learner's filled worksheets as Markdown (.md) and A4 plain text (.txt).")

        @OptionGroup var global: GlobalOptions

        /// The learner, by name or id.
        @Option(help: ArgumentHelp("学员的名字或编号。The learner's name or id.", valueName: "NAME|ID"))
        var learner: String

        /// Where to write (default: the current folder).
        @Option(help: ArgumentHelp("写到哪个文件夹（默认：当前文件夹）。The folder to write into (default: the current folder).", valueName: "DIR"))
        var output: String?

        func validate() throws {
            try CommandSupport.validate(lang: global.lang)
        }

        func run() throws {
            let support = CommandSupport(lang: global.lang)
            let directory = try support.dataDirectory(global.dataDir)
            let store = LearnerStore(directory: directory)
            let now = Date()
            let record = try loadRecord(store, support, now: now)
            let library = CourseLibrary.load(bundled: CommandSupport.bundledCourse(), imported: directory.lessonsFolder.path,
                                             extra: global.lessons)
            let filled = record.worksheets.filter { $0.answers.values.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
            guard !filled.isEmpty else {
                throw support.fail(BilingualText(zh: "\(SheetExport.clean(record.learner.displayName)) 还没有填过实操单，没有可以导出的。",
                                                 en: "\(SheetExport.clean(record.learner.displayName)) has not filled in a worksheet yet: nothing to export."))
            }
            let folder = URL(fileURLWithPath: output ?? FileManager.default.currentDirectoryPath)
            try makeFolder(folder, support)
            var written = 0
            for answers in filled {
                guard let sheet = worksheet(answers.id, in: library.course) else {
                    support.warn(support.text(BilingualText(
                        zh: "实操单 \(SheetExport.fileStem(answers.id)) 不在课程里了，跳过。",
                        en: "Worksheet \(SheetExport.fileStem(answers.id)) is no longer in the course; skipped.")))
                    continue
                }
                let export = SheetExport(worksheet: sheet, answers: answers, learnerName: record.learner.displayName,
                                         language: support.english ? .english : .simplifiedChinese,
                                         date: Self.day(answers.finishedAt ?? answers.updatedAt))
                let stem = SheetExport.fileStem(answers.id)
                try write(export.markdown(), to: folder.appendingPathComponent(stem + ".md"), support)
                try write(export.plainText(), to: folder.appendingPathComponent(stem + ".txt"), support)
                support.say(BilingualText(zh: "已写好 \(stem).md 和 \(stem).txt", en: "Wrote \(stem).md and \(stem).txt"))
                written += 1
            }
            if written == 0 { throw ExitCode(1) }
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

        private func worksheet(_ id: String, in course: Course) -> Worksheet? {
            let parts = id.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return nil }
            return course.modules.first { $0.id == parts[0] }?.worksheets.first { $0.id == parts[1] }
        }

        private func makeFolder(_ folder: URL, _ support: CommandSupport) throws {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw support.fail(BilingualText(zh: "不能建文件夹 \(folder.path)：请换一个 --output 文件夹。",
                                                 en: "Cannot create the folder \(folder.path): choose another --output folder."))
            }
        }

        private func write(_ text: String, to file: URL, _ support: CommandSupport) throws {
            do {
                try Data(text.utf8).write(to: file, options: .atomic)
            } catch {
                throw support.fail(BilingualText(zh: "不能写 \(file.path)：请检查文件夹能不能写，或换一个 --output 文件夹。",
                                                 en: "Cannot write \(file.path): check the folder can be written to, or choose another --output folder."))
            }
        }

        static func day(_ date: Date) -> String {
            let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: date)
            return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        }
    }
}
