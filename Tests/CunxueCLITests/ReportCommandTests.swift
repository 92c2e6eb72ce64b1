import Foundation
import Testing

/// `cunxue report` over two stations' data directories, and the commands around it
/// (`instructor set-station`, `learners restore`).
@Suite("cunxue report")
struct ReportCommandTests {
    static let expectedLedger = [
        "\u{FEFF}姓名,服务站,学员编号,状态,首次学习日期,最近学习日期,学习天数,学习时长（分钟）,学时,通过单元数,是否合格,演练次数,演练通过次数,演练失误次数,完成实操单数",
        "张伟,,zhangwei,在册,2025-06-15,2025-06-15,1,2,0.1,1,是,0,0,0,0",
        "王芳,张庄服务站,wangfang,在册,2025-06-15,2025-06-16,2,33,0.7,1,是,0,0,0,0",
        "",
    ]

    static func setUp(_ folder: URL) throws -> (a: URL, b: URL, environment: [String: String]) {
        let course = try InstructorTools.writeCourse(in: folder)
        let (a, b) = try InstructorTools.writeStations(in: folder)
        return (a, b, InstructorTools.environment(course: course))
    }

    @Test func csvFilesIntoAFolderWithTheStationInEveryRow() throws {
        let folder = try makeTemporaryFolder("cunxue-report")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (a, b, environment) = try Self.setUp(folder)
        let named = try runCommand(cunxueBinary, ["instructor", "set-station", "张庄服务站", "--data-dir", a.path], environment: environment)
        #expect(named.status == 0)
        #expect(named.stdout.contains("服务站名称已设为“张庄服务站”"))

        let out = folder.appendingPathComponent("六月报表")
        let result = try runCommand(cunxueBinary, ["report", "--data-dir", a.path, "--data-dir", b.path, "--output", out.path],
                                    environment: environment)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("报表已写入") && result.stderr.contains("台账.csv、模块.csv、合计.csv"))
        #expect(result.stderr.contains("还没有服务站名称"))  // station B has none
        let ledger = String(decoding: try Data(contentsOf: out.appendingPathComponent("台账.csv")), as: UTF8.self)
        #expect(ledger.components(separatedBy: "\r\n") == Self.expectedLedger)
        let modules = String(decoding: try Data(contentsOf: out.appendingPathComponent("模块.csv")), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(modules.count == 4)
        #expect(modules[1] == "张庄服务站,shop,开店,1,1,100.0%,2,30,0,0,0,0")
        #expect(modules[2] == "张庄服务站,list,上架,2,1,50.0%,0,5,0,0,0,0")
        let totals = String(decoding: try Data(contentsOf: out.appendingPathComponent("合计.csv")), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(totals[0].hasPrefix("\u{FEFF}服务站,统计起始日期,统计截止日期,学员人数,培训人数,合格人数,学习时长（分钟）,学时"))
        #expect(totals[1] == "张庄服务站,,,2,2,2,35,0.8,2,0,0,0")

        // The other order, to standard output: the same tables, one after the other.
        let reversed = try runCommand(cunxueBinary, ["report", "--data-dir", b.path, "--data-dir", a.path], environment: environment)
        #expect(reversed.status == 0)
        #expect(reversed.stdout.hasPrefix(Self.expectedLedger.dropLast().joined(separator: "\r\n") + "\r\n\r\n服务站,单元编号"))
    }

    @Test func jsonUntilADayHasExactlyTheKeys() throws {
        let folder = try makeTemporaryFolder("cunxue-report")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (a, b, environment) = try Self.setUp(folder)
        let result = try runCommand(cunxueBinary, ["report", "--data-dir", a.path, "--data-dir", b.path, "--format", "json",
                                                   "--until", "2025-06-15"], environment: environment)
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["period", "totals", "learners", "modules"])
        let period = try #require(object["period"] as? [String: Any])
        #expect(period["until"] as? String == "2025-06-15" && period["since"] is NSNull)
        let totals = try #require(object["totals"] as? [String: Any])
        #expect(Set(totals.keys) == ["learners", "trained", "qualified", "minutes", "classHours", "rehearsals", "sheets"])
        #expect(totals["trained"] as? Int == 2)
        #expect(totals["qualified"] as? Int == 1)  // 王芳 passed on the 16th, after --until
        #expect(totals["minutes"] as? Int == 25)
        let learners = try #require(object["learners"] as? [[String: Any]])
        let wang = try #require(learners.first { $0["id"] as? String == "wangfang" })
        #expect(Set(wang.keys) == ["id", "name", "station", "removed", "trained", "qualified", "minutes", "modules",
                                   "rehearsals", "sheets"])
        #expect(wang["removed"] as? Bool == false && wang["qualified"] as? Bool == false)
        let shop = try #require((wang["modules"] as? [[String: Any]])?.first)
        #expect(Set(shop.keys) == ["id", "title", "lessonsFinished", "lessonsTotal", "attempts", "best", "passed", "minutes",
                                   "rehearsals", "sheets"])
        #expect(shop["attempts"] as? Int == 1 && shop["best"] as? Int == 60 && shop["passed"] as? Bool == false)
        #expect(shop["lessonsFinished"] as? Int == 2 && shop["lessonsTotal"] as? Int == 2)
    }

    @Test func usageErrorsAndMissingFolders() throws {
        let folder = try makeTemporaryFolder("cunxue-report")
        defer { try? FileManager.default.removeItem(at: folder) }
        let course = try InstructorTools.writeCourse(in: folder)
        let environment = InstructorTools.environment(course: course)
        for arguments in [["--since", "2025-6-1"], ["--until", "2025-02-30"], ["--since", "2025-07-01", "--until", "2025-06-30"]] {
            let bad = try runCommand(cunxueBinary, ["report", "--data-dir", folder.path] + arguments, environment: environment)
            #expect(bad.status == 64, "\(arguments)")
            #expect(bad.stderr.contains("年-月-日") || bad.stderr.contains("对调"), "\(arguments)")
        }
        let missing = try runCommand(cunxueBinary, ["report", "--data-dir", folder.path + "/typo", "--lang", "en"], environment: environment)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("No data directory at"))
        // This station's own data directory (from the environment) may not exist yet: an empty report.
        var fresh = environment
        fresh["CUNXUE_DATA_DIR"] = folder.path + "/not-yet"
        let empty = try runCommand(cunxueBinary, ["report"], environment: fresh)
        #expect(empty.status == 0)
        #expect(empty.stdout.hasSuffix("\r\n,,,0,0,0,0,0.0,0,0,0,0\r\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/not-yet"))
        let english = try runCommand(cunxueBinary, ["report", "--data-dir", folder.path, "--lang", "en"], environment: environment)
        #expect(english.status == 0)
        #expect(english.stdout.hasPrefix("\u{FEFF}Name,Station,"))
        // --output naming a file for CSV: a message, nothing written.
        let file = folder.appendingPathComponent("报表.csv")
        try Data("old".utf8).write(to: file)
        let notAFolder = try runCommand(cunxueBinary, ["report", "--data-dir", folder.path, "--output", file.path], environment: environment)
        #expect(notAFolder.status == 1 && notAFolder.stderr.contains("不是文件夹"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "old")
    }

    @Test func aRemovedLearnerStaysInTheReportMarkedAndCanBeRestored() throws {
        let folder = try makeTemporaryFolder("cunxue-report")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (a, _, environment) = try Self.setUp(folder)
        let removed = try runCommand(cunxueBinary, ["learners", "remove", "王芳", "--data-dir", a.path], environment: environment)
        #expect(removed.status == 0)
        let report = try runCommand(cunxueBinary, ["report", "--data-dir", a.path], environment: environment)
        #expect(report.stdout.contains("\r\n王芳,,wangfang,已移除,2025-06-15,2025-06-16,2,"))
        let later = try runCommand(cunxueBinary, ["report", "--data-dir", a.path, "--since", "2025-07-01"], environment: environment)
        #expect(!later.stdout.contains("wangfang"))

        // A new 王芳 on the list: restoring the old one is refused (two of one name are mixed up).
        let added = try runCommand(cunxueBinary, ["learners", "add", "王芳", "--data-dir", a.path], environment: environment)
        let newID = String(added.stdout.prefix(8))
        let refused = try runCommand(cunxueBinary, ["learners", "restore", "王芳", "--data-dir", a.path], environment: environment)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("名单上已经有一位“王芳”（\(newID)）"))
        _ = try runCommand(cunxueBinary, ["learners", "remove", newID, "--data-dir", a.path], environment: environment)

        // Two 王芳 in removed/: by name is ambiguous, by id works.
        let ambiguous = try runCommand(cunxueBinary, ["learners", "restore", "王芳", "--data-dir", a.path], environment: environment)
        #expect(ambiguous.status == 1 && ambiguous.stderr.contains("请用编号恢复"))
        let restored = try runCommand(cunxueBinary, ["learners", "restore", "wangfang", "--data-dir", a.path], environment: environment)
        #expect(restored.status == 0)
        #expect(restored.stdout.contains("已把 王芳（wangfang）恢复到学员名单"))
        #expect(FileManager.default.fileExists(atPath: a.appendingPathComponent("learners/wangfang.json").path))
        let left = try FileManager.default.contentsOfDirectory(atPath: a.appendingPathComponent("removed").path)
        #expect(left.contains { $0.hasPrefix("wangfang.json.restored-") })
        let list = try runCommand(cunxueBinary, ["learners", "list", "--data-dir", a.path], environment: environment)
        #expect(list.stdout.contains("wangfang"))
        let back = try runCommand(cunxueBinary, ["report", "--data-dir", a.path], environment: environment)
        #expect(back.stdout.contains("\r\n王芳,,wangfang,在册,2025-06-15,2025-06-16,2,"))
        let again = try runCommand(cunxueBinary, ["learners", "restore", "wangfang", "--data-dir", a.path], environment: environment)
        #expect(again.status == 1)
    }

    @Test func setStationCleansAndChecksTheName() throws {
        let folder = try makeTemporaryFolder("cunxue-station")
        defer { try? FileManager.default.removeItem(at: folder) }
        let course = try InstructorTools.writeCourse(in: folder)
        let environment = InstructorTools.environment(course: course)
        let data = folder.appendingPathComponent("data")
        let set = try runCommand(cunxueBinary, ["instructor", "set-station", "张庄\u{1B}[31m服务站\u{202E}", "--data-dir", data.path],
                                 environment: environment)
        #expect(set.status == 0)
        #expect(!set.stdout.contains("\u{1B}"))
        let file = try String(contentsOf: data.appendingPathComponent("station.json"), encoding: .utf8)
        #expect(file.contains("\"name\" : \"张庄[31m服务站\""))
        let changed = try runCommand(cunxueBinary, ["instructor", "set-station", "李庄服务站", "--data-dir", data.path, "--lang", "en"],
                                     environment: environment)
        #expect(changed.stdout.contains("now “李庄服务站”"))
        let empty = try runCommand(cunxueBinary, ["instructor", "set-station", "  ", "--data-dir", data.path], environment: environment)
        #expect(empty.status == 1 && empty.stderr.contains("服务站名称不能为空"))
        let long = try runCommand(cunxueBinary, ["instructor", "set-station", String(repeating: "长", count: 31), "--data-dir", data.path],
                                  environment: environment)
        #expect(long.status == 1 && long.stderr.contains("太长（31 个字）"))
        #expect(try String(contentsOf: data.appendingPathComponent("station.json"), encoding: .utf8).contains("李庄服务站"))
    }
}
