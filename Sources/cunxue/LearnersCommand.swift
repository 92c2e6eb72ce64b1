import ArgumentParser
import Foundation
import ProgressKit

/// `cunxue learners`: list, add and remove learners on this PC.
struct Learners: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "学员：查看、添加、移除、恢复。Manage learners.",
        subcommands: [List.self, Add.self, Remove.self, Restore.self],
        defaultSubcommand: List.self
    )
}

extension Learners {
    /// `cunxue learners list`: every learner with id, name, dates and attempt count.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出这台电脑上的学员。List the learners on this PC.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let console = Console(global)
            let store = try console.store()
            let now = Date()
            let listing = try console.tidyListing(of: store, now: now)
            guard !listing.learners.isEmpty else {
                console.note(BilingualText(zh: "还没有学员。添加学员：cunxue learners add 名字",
                                           en: "No learners yet. Add one with: cunxue learners add NAME"))
                return
            }
            console.printTable(listing.learners)
        }
    }

    /// `cunxue learners add NAME...`: adds learners and prints their new ids.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "添加学员，列出每位新学员的编号和名字。Add learners; prints each new id and name.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("新学员的名字（每个 1 到 20 个字）。Names of the new learners (1–20 characters each).", valueName: "NAME"))
        var names: [String]

        func run() throws {
            let console = Console(global)
            // Check every name first, so that a bad one adds nobody.
            for name in names {
                do {
                    _ = try DisplayName.sanitize(name)
                } catch {
                    // The name as typed may hold escape sequences: only a cleaned, shortened form is shown.
                    let shown = SafeText.clean(name, limit: 30)
                    console.fail(BilingualText(zh: "“\(shown)”：\(error.message.zh)", en: "“\(shown)”: \(error.message.en)"))
                }
            }
            let store = try console.store()
            let now = Date()
            _ = try console.attempt { () throws(StoreError) in try store.prepare(now: now) }
            // A name the same as, or only looking like, one already there (or another one given
            // here) is refused before anyone is added.
            var taken = try console.attempt { () throws(StoreError) in try store.list(now: now) }.learners.map(\.displayName)
            for name in names {
                if let clash = DisplayName.clash(of: name, with: taken) {
                    let shown = SafeText.clean(name, limit: 30)
                    console.fail(BilingualText(zh: "“\(shown)”：\(clash.message.zh)", en: "“\(shown)”: \(clash.message.en)"))
                }
                taken.append(name)
            }
            for name in names {
                let record = try console.attempt { () throws(StoreError) in try store.add(displayName: name, at: now) }
                console.line("\(record.id)  \(record.learner.displayName)")
            }
        }
    }

    /// `cunxue learners remove NAME|ID`: moves a learner's file to `removed/` (never deletes).
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "把学员从名单上移除（文件移到 removed/，不删除）。Take a learner off the list (their file is moved to removed/, never deleted).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: .learnerNameOrID)
        var learner: String

        func run() throws {
            let console = Console(global)
            let store = try console.store()
            let now = Date()
            let listing = try console.tidyListing(of: store, now: now)
            let matches = listing.matching(learner)
            let shown = SafeText.clean(learner, limit: 30)  // as typed: may hold escape sequences
            switch matches.count {
            case 0:
                console.fail(BilingualText(
                    zh: "没有叫“\(shown)”的学员，也没有这个编号。用 cunxue learners list 查看所有学员。",
                    en: "No learner is called “\(shown)” or has that id. See them all with: cunxue learners list"))
            case 1:
                let match = matches[0]
                let moved = try console.attempt { () throws(StoreError) in try store.remove(id: match.id, at: now) }
                let place = "removed/" + moved.lastPathComponent
                console.say(BilingualText(
                    zh: "已把 \(match.displayName)（\(match.id)）移到 \(place)，文件没有删除。",
                    en: "Moved \(match.displayName) (\(match.id)) to \(place); nothing was deleted."))
            default:
                console.warn(BilingualText(
                    zh: "有 \(matches.count) 位学员叫“\(shown)”。请用编号删除，例如 cunxue learners remove \(matches[0].id)：",
                    en: "\(matches.count) learners are called “\(shown)”. Please remove by id, e.g. cunxue learners remove \(matches[0].id):"))
                console.printTable(matches, toStandardError: true)
                throw ExitCode(1)
            }
        }
    }
}

extension Learners {
    /// `cunxue learners restore NAME|ID`: brings a removed learner back onto the list.
    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "把移除的学员恢复到名单上（学习记录都在）。 Bring a removed learner back onto the list, with their progress.",
            discussion: """
                从数据文件夹的 removed/ 里找这个名字或编号的学员，放回 learners/。
                现在名单上已经有同名或同编号的学员时不恢复：同名的请先在
                  老师界面给名单上的那位改名。
                removed/ 里原来的文件不删除，改名为 …restored-时间 留着。

                Looks in the data directory's removed/ for a learner of that name or id and puts them \
                back in learners/. Refuses when a learner of that name or id is on the list now \
                (rename the one on the list first, in the instructor view). The files in removed/ are \
                not deleted: they are renamed …restored-TIME.
                """
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: .learnerNameOrID)
        var learner: String

        func run() throws {
            let console = Console(global)
            let store = try console.store()
            let now = Date()
            let shown = SafeText.clean(learner, limit: 30)  // as typed: may hold escape sequences
            let removed = try console.attempt { () throws(StoreError) in try store.removedLearners() }
            let matches = removed.filter { $0.overview.id == learner || DisplayName.isSame($0.overview.displayName, learner) }
            guard matches.count == 1, let match = matches.first else {
                if matches.isEmpty {
                    let names = removed.map { "\($0.overview.displayName)（\($0.overview.id)）" }.joined(separator: "、")
                    let namesEnglish = removed.map { "\($0.overview.displayName) (\($0.overview.id))" }.joined(separator: ", ")
                    console.fail(removed.isEmpty
                        ? BilingualText(zh: "removed/ 里没有学员，没有可以恢复的。", en: "There is nobody in removed/ to restore.")
                        : BilingualText(zh: "removed/ 里没有叫“\(shown)”的学员，也没有这个编号。可以恢复的有：\(names)",
                                        en: "Nobody called “\(shown)” or with that id is in removed/. Those who can be restored: \(namesEnglish)"))
                }
                console.warn(BilingualText(
                    zh: "removed/ 里有 \(matches.count) 位学员叫“\(shown)”。请用编号恢复，例如 cunxue learners restore \(matches[0].overview.id)：",
                    en: "\(matches.count) removed learners are called “\(shown)”. Please restore by id, e.g. cunxue learners restore \(matches[0].overview.id):"))
                console.printTable(matches.map(\.overview), toStandardError: true)
                throw ExitCode(1)
            }
            let person = match.overview
            let listing = try console.attempt { () throws(StoreError) in try store.list(now: now) }
            if let clash = listing.learners.first(where: { $0.id == person.id || DisplayName.isSame($0.displayName, person.displayName) }) {
                console.fail(clash.id == person.id
                    ? BilingualText(zh: "名单上已经有编号 \(person.id) 的学员（\(clash.displayName)），没有恢复。",
                                    en: "A learner with id \(person.id) (\(clash.displayName)) is on the list already; nothing was restored.")
                    : BilingualText(zh: "名单上已经有一位“\(clash.displayName)”（\(clash.id)），两个同名的人容易弄混，没有恢复。请先在老师界面给名单上的这位改名（例如加上村名），再恢复。",
                                    en: "“\(clash.displayName)” (\(clash.id)) is on the list already; two learners of one name are easily mixed up, so nothing was restored. Rename the one on the list first (instructor view), then restore."))
            }
            let restored = try console.attempt { () throws(StoreError) in try store.restore(id: person.id, at: now) }
            let kept = restored.keptAs.map { "removed/" + $0 }.joined(separator: "、")
            console.say(BilingualText(
                zh: "已把 \(person.displayName)（\(person.id)）恢复到学员名单，学习记录都在（\(restored.record.attempts.count) 次答题）。removed/ 里的原文件改名保留：\(kept)。",
                en: "Restored \(person.displayName) (\(person.id)) to the list with their progress (\(restored.record.attempts.count) attempts). The files in removed/ were kept, renamed: \(kept)."))
        }
    }
}

/// Output for the learners commands: messages in the chosen language, errors on stderr, every
/// line cleaned on its way out (names, ids and file names may come from files or arguments).
private struct Console {
    let english: Bool
    let dataDir: String?

    init(_ global: GlobalOptions) {
        english = global.lang.map { $0.lowercased().hasPrefix("en") } ?? false
        dataDir = global.dataDir
    }

    func text(_ message: BilingualText) -> String { english ? message.en : message.zh }

    func say(_ message: BilingualText) { line(text(message)) }

    func note(_ message: BilingualText) { line(text(message)) }

    /// Prints one line on standard output, cleaned.
    func line(_ text: String) { print(SafeText.forTerminal(text)) }

    func warn(_ message: BilingualText) { writeError(text(message)) }

    func fail(_ message: BilingualText) -> Never {
        writeError(text(message))
        Learners.exit(withError: ExitCode(1))
    }

    func writeError(_ line: String) {
        StandardError.write(line)
    }

    func store() throws -> LearnerStore {
        let directory = try attempt { () throws(StoreError) in
            try DataDirectory.resolve(explicit: dataDir, environment: ProcessInfo.processInfo.environment)
        }
        return LearnerStore(directory: directory)
    }

    /// Runs a store call; on error prints its message and exits with status 1.
    func attempt<T>(_ body: () throws(StoreError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            writeError(text(error.message()))
            throw ExitCode(1)
        }
    }

    /// The learners on the list, after cleaning up what an interrupted save left; the
    /// listing's warnings are written to standard error.
    func tidyListing(of store: LearnerStore, now: Date) throws -> LearnerListing {
        store.cleanUp(now: now)
        let listing = try attempt { () throws(StoreError) in try store.list(now: now) }
        for warning in listing.warnings { warn(warning.message) }
        return listing
    }

    func printTable(_ learners: [LearnerOverview], toStandardError: Bool = false) {
        let header = english
            ? ["ID", "Name", "Created", "Last active", "Attempts"]
            : ["编号", "姓名", "创建时间", "最近学习", "答题次数"]
        let never = english ? "never" : "从未"
        var rows = [header]
        for learner in learners {
            rows.append([
                learner.id, learner.displayName, localTime(learner.createdAt),
                learner.lastActiveAt.map(localTime) ?? never, String(learner.attemptCount),
            ])
        }
        var widths = [Int](repeating: 0, count: header.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], displayWidth(cell)) }
        }
        for row in rows {
            var line = ""
            for (column, cell) in row.enumerated() {
                line += cell
                if column < row.count - 1 { line += String(repeating: " ", count: widths[column] - displayWidth(cell) + 2) }
            }
            if toStandardError { writeError(line) } else { self.line(line) }
        }
    }
}

/// `2025-06-15 15:06` in the local time zone.
private func localTime(_ date: Date) -> String {
    let calendar = Calendar(identifier: .gregorian)
    let parts = calendar.dateComponents(in: TimeZone.current, from: date)
    return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                  parts.hour ?? 0, parts.minute ?? 0)
}

/// Terminal columns of a string: East Asian wide and full-width characters count two.
private func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { width, scalar in
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return width + 2
        case 0x0300...0x036F, 0x200D, 0xFE00...0xFE0F:
            return width
        default:
            return width + 1
        }
    }
}
