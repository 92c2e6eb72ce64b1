import Foundation

/// Learners' records gathered from one or more data directories (this station's, other
/// stations' synced with a file-sync tool, USB copies) and merged by learner id, so that a
/// learner whose file exists in several places is one learner and every attempt counts once.
///
/// Only reads: nothing in the folders is repaired, moved or locked. In `learners/`, every
/// `NAME.json` is read (so `<id>.sync-conflict-….json` copies made by Syncthing are merged in
/// too); `<id>.json.bak` is read only when `<id>.json` is missing or unreadable. Learners in
/// `removed/` (`<id>.json`, `<id>-<time>.json`) are read the same way and marked removed unless
/// they are on a list somewhere, so a removed learner stays in the report of the periods they
/// trained in. Each directory's station name is read from its `station.json`. Everything
/// read is hostile until checked: only regular files are
/// read (never a link or a FIFO); a file whose learner id is not the one its name gives is left
/// out, not merged under another learner's row; module ids must look like the ids the course
/// makes; numbers out of any possible range are brought into range. Each of these is a warning
/// naming the file.
public struct LearnerRecordCollection: Sendable {
    /// The merged records, by learner id.
    public var records: [LearnerRecord]
    /// Files that could not be used, or only in part.
    public var warnings: [ReportWarning]
    /// How many files were read.
    public var filesRead: Int
    /// The names of the stations each learner was read at (by learner id; empty names left out).
    public var stations: [String: Set<String>]
    /// The learners found only in `removed/` folders.
    public var removedIDs: Set<String>
    /// Data directories without a station name (`cunxue instructor set-station`).
    public var unnamedStations: [String]

    /// The learners as a report takes them: each with their stations and whether removed.
    public var learners: [ReportLearner] {
        records.map { record in
            ReportLearner(record: record, station: (stations[record.id] ?? []).sorted().joined(separator: "、"),
                          removed: removedIDs.contains(record.id))
        }
    }

    /// Reads and merges the learners of `directories`.
    /// - Parameters:
    ///   - directories: data directories, in any order (the merge does not depend on it).
    ///   - now: the current time (dates far after it are reported).
    public static func gather(from directories: [DataDirectory], now: Date = Date()) -> LearnerRecordCollection {
        var gathering = Gathering(now: now)
        for directory in directories { gathering.read(directory) }
        let byID = gathering.byID
        return LearnerRecordCollection(records: byID.keys.sorted().compactMap { byID[$0] }, warnings: gathering.warnings,
                                       filesRead: gathering.filesRead, stations: gathering.stations,
                                       removedIDs: gathering.seenRemoved.subtracting(gathering.seenListed),
                                       unnamedStations: gathering.unnamed)
    }
}

/// The state of one `gather`.
private struct Gathering {
    let now: Date
    var byID: [String: LearnerRecord] = [:]
    var warnings: [ReportWarning] = []
    var filesRead = 0
    var stations: [String: Set<String>] = [:]
    var seenListed = Set<String>()
    var seenRemoved = Set<String>()
    var unnamed: [String] = []
    /// The station name of the directory being read.
    private var station = ""

    init(now: Date) {
        self.now = now
    }

    mutating func read(_ directory: DataDirectory) {
        station = stationName(directory)
        for path in BackupManifest.misplaced(in: directory) { warnings.append(ReportWarning(path: path, message: BackupManifest.misplacedMessage(path))) }
        let data: StoreFolder
        do {
            guard let opened = try StoreFolder.open(path: directory.path, create: false) else { return }
            data = opened
        } catch {
            warn(directory.learnersFolder.path, error.message())
            return
        }
        for (name, removed) in [("learners", false), ("removed", true)] {
            do {
                guard let folder = try data.subfolder(name, create: false) else { continue }
                read(folder, removed: removed)
            } catch {
                warn(directory.path + "/" + name, error.message())
            }
        }
    }

    /// The directory's station name; a directory without one is noted.
    private mutating func stationName(_ directory: DataDirectory) -> String {
        do {
            if let name = try StationStore(directory: directory).load() { return name }
        } catch {
            warn(StationStore(directory: directory).fileURL.path, error.message())
        }
        unnamed.append(directory.path)
        return ""
    }

    /// Reads the learner files of `learners/` or `removed/`.
    private mutating func read(_ folder: StoreFolder, removed: Bool) {
        let names = Set(((try? folder.names()) ?? []).filter { $0.utf8.first != UInt8(ascii: ".") })
        var usedMain = Set<String>()
        for name in names.sorted() where name.hasSuffix(".json") {
            if read(name, in: folder, removed: removed, reportFailure: !names.contains(name + ".bak")) { usedMain.insert(name) }
        }
        for name in names.sorted() where name.hasSuffix(".json.bak") && !usedMain.contains(String(name.dropLast(4))) {
            read(name, in: folder, removed: removed, reportFailure: true)
        }
    }

    /// Reads one file and merges it in; false (with a warning when `reportFailure`) when it
    /// could not be used.
    @discardableResult
    private mutating func read(_ name: String, in folder: StoreFolder, removed: Bool, reportFailure: Bool) -> Bool {
        let path = folder.path + "/" + name
        let expectedID = String(name.prefix { $0 != "." })
        guard LearnerID.isValid(expectedID) else {
            warn(path, BilingualText(
                zh: "没有读取 \(path)：文件名不是学员编号，报表里没有算它。",
                en: "Skipped \(path): its name is not a learner id; the report leaves it out."))
            return false
        }
        var record: LearnerRecord
        do {
            let url = URL(fileURLWithPath: folder.path).appendingPathComponent(name)
            let (read, clamped) = try LearnerStore.readChecked(at: url)
            record = read
            if !clamped.isEmpty { warnings.append(ReportWarning(path: path, message: StoreWarning.numbersOutOfRange(file: path, fields: clamped).message)) }
        } catch {
            if reportFailure { warn(path, Self.skipped(path, error)) }
            return false
        }
        // In removed/, a learner removed twice is `<id>-<time>.json`.
        guard record.id == expectedID || (removed && expectedID.hasPrefix(record.id + "-")) else {
            warn(path, BilingualText(
                zh: "没有读取 \(path)：文件名说是学员 \(expectedID)，里面却是学员 \(SafeText.clean(record.id, limit: 64)) 的记录，报表里没有算它。请老师检查这个文件。",
                en: "Skipped \(path): its name says learner \(expectedID) but it holds learner \(SafeText.clean(record.id, limit: 64)); the report leaves it out. Please check the file."))
            return false
        }
        filesRead += 1
        dropImplausibleModules(&record, path: path)
        reportFarDates(record, path: path)
        byID[record.id] = byID[record.id].flatMap { try? LearnerRecord.merge($0, record) } ?? record
        if removed { seenRemoved.insert(record.id) } else { seenListed.insert(record.id) }
        if !station.isEmpty { stations[record.id, default: []].insert(station) }
        return true
    }

    /// Leaves out reading and attempts whose module id the course could never have made.
    private mutating func dropImplausibleModules(_ record: inout LearnerRecord, path: String) {
        let bad = record.moduleIDs.filter { !ReportModule.isPlausibleID($0) }
        guard !bad.isEmpty else { return }
        record = record.withoutModules(bad)
        let shown = bad.sorted().prefix(3).map { "“" + SafeText.clean($0, limit: 40) + "”" }.joined(separator: ", ")
        warn(path, BilingualText(
            zh: "\(path) 里有 \(bad.count) 个不像单元编号的编号（\(shown)），报表里没有算这些记录。文件可能被人改过，请老师检查。",
            en: "\(path) holds \(bad.count) module ids no course makes (\(shown)); the report leaves those records out. The file may have been edited; please check it."))
    }

    /// Dates over a year after now or before 2000 are kept but reported (a wrong clock, an edit).
    private mutating func reportFarDates(_ record: LearnerRecord, path: String) {
        let latest = now.addingTimeInterval(366 * 86_400)
        let earliest = Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01
        guard let far = record.allDates.first(where: { $0 > latest || $0 < earliest }) else { return }
        let shown = ISO8601Time.format(far).prefix(10)
        warn(path, BilingualText(
            zh: "\(path) 里有不可能的日期（\(shown)）。可能是电脑时钟不对或文件被改过，请老师检查；报表照常计算。",
            en: "\(path) holds an impossible date (\(shown)). The computer's clock may be wrong or the file edited; please check. The report counts it as it is."))
    }

    private mutating func warn(_ path: String, _ message: BilingualText) {
        warnings.append(ReportWarning(path: path, message: message))
    }

    private static func skipped(_ path: String, _ error: StoreError) -> BilingualText {
        switch error {
        case .damaged, .learnerNotFound:
            return BilingualText(zh: "没有读取 \(path)：文件损坏或不是学习记录，报表里没有算它。",
                                 en: "Skipped \(path): the file is damaged or not a progress file; the report leaves it out.")
        default:
            let inner = error.message()
            return BilingualText(zh: "没有读取 \(path)，报表里没有算它：\(inner.zh)",
                                 en: "Skipped \(path); the report leaves it out: \(inner.en)")
        }
    }
}
