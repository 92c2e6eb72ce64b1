import Foundation
import LessonKit
import ProgressKit

/// Writes a learner's filled worksheets into a folder, each as Markdown (`.md`) and as an A4
/// plain-text page (`.txt`): what `cunxue sheets export` and the instructor view both do.
public struct SheetExporter: Sendable {
    /// What was written.
    public struct Report: Sendable, Equatable {
        /// The folder written into.
        public var folder: String
        /// The file stems written (each as `.md` and `.txt`), in the order written.
        public var written: [String]
        /// The file stems of sheets no longer in the course, left out.
        public var skipped: [String]
    }

    /// Why nothing (or not everything) was written, with what to do, in both languages.
    public struct Failure: Error, Sendable, Equatable {
        /// The message.
        public var message: BilingualText
        /// The files written before the failure.
        public var written: [String]
    }

    /// The course whose worksheets the answers belong to.
    public var course: Course
    /// The language of the labels.
    public var language: LanguageTag
    /// The calendar whose days are printed.
    public var calendar: Calendar

    /// An exporter for `course`, labels in `language`, dates in `calendar`'s time zone.
    public init(course: Course, language: LanguageTag, calendar: Calendar = Calendar(identifier: .gregorian)) {
        self.course = course
        self.language = language
        self.calendar = calendar
    }

    /// The sheets of `record` with at least one answer typed.
    public static func filled(_ record: LearnerRecord) -> [WorksheetAnswers] {
        record.worksheets.filter(isFilled)
    }

    /// Whether at least one answer of the sheet was typed (spaces do not count).
    public static func isFilled(_ answers: WorksheetAnswers) -> Bool {
        answers.answers.values.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// The course's worksheet kept under `id` (`moduleID/sheetID`), nil when it is gone.
    public func worksheet(_ id: String) -> Worksheet? {
        let parts = id.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        return course.modules.first { $0.id == parts[0] }?.worksheets.first { $0.id == parts[1] }
    }

    /// The printed date of a sheet: when it was finished, else last changed (`YYYY-MM-DD`).
    public func day(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// Writes every filled sheet of `record` into `folder` (created when missing), atomically,
    /// file by file.
    /// - Throws: `Failure` when the learner filled in nothing, the folder cannot be made, or a
    ///   file cannot be written.
    public func export(_ record: LearnerRecord, to folder: URL) throws(Failure) -> Report {
        let name = SheetExport.clean(record.learner.displayName)
        let filled = Self.filled(record)
        guard !filled.isEmpty else {
            throw Failure(message: BilingualText(zh: "\(name) 还没有填过实操单，没有可以导出的。",
                                                 en: "\(name) has not filled in a worksheet yet: nothing to export."), written: [])
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: BilingualText(zh: "不能建文件夹 \(folder.path)：请换一个文件夹（U 盘插好了吗？）。",
                                                 en: "Cannot create the folder \(folder.path): choose another folder (is the USB stick in?)."),
                          written: [])
        }
        var report = Report(folder: folder.path, written: [], skipped: [])
        for answers in filled {
            let stem = SheetExport.fileStem(answers.id)
            guard let sheet = worksheet(answers.id) else {
                report.skipped.append(stem)
                continue
            }
            let export = SheetExport(worksheet: sheet, answers: answers, learnerName: record.learner.displayName,
                                     language: language, date: day(answers.finishedAt ?? answers.updatedAt))
            for (text, ext) in [(export.markdown(), "md"), (export.plainText(), "txt")] {
                let file = folder.appendingPathComponent(stem + "." + ext)
                do {
                    try Data(text.utf8).write(to: file, options: .atomic)
                } catch {
                    throw Failure(message: BilingualText(zh: "不能写 \(file.path)：请检查文件夹能不能写（U 盘是不是满了、写保护了），或换一个文件夹。",
                                                         en: "Cannot write \(file.path): check the folder can be written to (is the USB stick full or locked?), or choose another folder."),
                                  written: report.written)
                }
            }
            report.written.append(stem)
        }
        return report
    }

    /// A folder name for a learner's exports: their name without characters a file name cannot
    /// hold (`/`, control, escape and bidi characters, a leading dot), then their id.
    public static func learnerFolderName(name: String, id: String) -> String {
        let cleaned = ScalarText.replacing(["\n"], in: SheetExport.clean(name), with: " ")
        let kept = cleaned.unicodeScalars.filter { $0 != "/" && $0 != "\\" && $0 != ":" && $0.value != 0 }
        var scalars = String(String.UnicodeScalarView(kept)).trimmingCharacters(in: .whitespaces).unicodeScalars
        // A leading dot hides the folder (by its first byte: a dot and a combining mark are one `Character`).
        while scalars.first == "." { scalars.removeFirst() }
        let stem = String(scalars)
        let safeID = SheetExport.fileStem(id)
        return stem.isEmpty ? safeID : String(stem.prefix(40)) + "-" + safeID
    }
}
