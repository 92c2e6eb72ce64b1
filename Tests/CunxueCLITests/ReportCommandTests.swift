import Foundation
import Testing

/// `cunxue report` over two stations' data directories.
@Suite("cunxue report")
struct ReportCommandTests {
    static let expectedCSV = [
        "\u{FEFF}学员编号,姓名,单元编号,单元,已学完课数,总课数,学习时长（分钟）,最高分,是否通过,测验次数,最近学习时间",
        "zhangwei,张伟,shop,开店,0,2,0,,否,0,",
        "zhangwei,张伟,list,上架,1,1,2,,是,0,2025-06-15 12:02",
        "wangfang,王芳,shop,开店,2,2,30,90,是,2,2025-06-16 10:10",
        "wangfang,王芳,list,上架,0,1,3,,否,0,2025-06-15 11:00",
        "",
        "合计",
        "学员总数,2",
        "培训人数（打开过课程的学员）,2",
        "通过的单元（人次）,2",
        "学习时长合计（分钟）,35",
        "",
        "单元编号,单元,开始学习人数,通过人数,完成率,学习时长（分钟）",
        "shop,开店,1,1,100.0%,30",
        "list,上架,2,1,50.0%,5",
        "",
    ]

    @Test func csvOfTwoStationsMerged() throws {
        let folder = try makeTemporaryFolder("cunxue-report")
        defer { try? FileManager.default.removeItem(at: folder) }
        let course = try InstructorTools.writeCourse(in: folder)
        let (a, b) = try InstructorTools.writeStations(in: folder)
        let environment = InstructorTools.environment(course: course)

        let result = try runCommand(cunxueBinary, ["report", "--data-dir", a.path, "--data-dir", b.path], environment: environment)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.components(separatedBy: "\r\n") == Self.expectedCSV)

        // The other order, into a file: the same bytes.
        let file = folder.appendingPathComponent("报表.csv")
        let reversed = try runCommand(cunxueBinary, ["report", "--data-dir", b.path, "--data-dir", a.path, "--output", file.path],
                                      environment: environment)
        #expect(reversed.status == 0)
        #expect(reversed.stdout.isEmpty)
        #expect(reversed.stderr.contains("报表已写入"))
        #expect(try Data(contentsOf: file) == Data(result.stdout.utf8))
    }

    @Test func jsonSinceADay() throws {
        let folder = try makeTemporaryFolder("cunxue-report")
        defer { try? FileManager.default.removeItem(at: folder) }
        let course = try InstructorTools.writeCourse(in: folder)
        let (a, b) = try InstructorTools.writeStations(in: folder)
        let result = try runCommand(cunxueBinary, ["report", "--data-dir", a.path, "--data-dir", b.path, "--format", "json",
                                                   "--since", "2025-06-16"],
                                    environment: InstructorTools.environment(course: course))
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["since"] as? String == "2025-06-16")
        #expect(object["learners"] as? Int == 2)
        #expect(object["learnersTrained"] as? Int == 0)
        #expect(object["modulesPassed"] as? Int == 1)
        #expect(object["secondsSpent"] as? Int == 600)
        let rows = try #require(object["rows"] as? [[String: Any]])
        let wang = try #require(rows.first { $0["learnerID"] as? String == "wangfang" && $0["moduleID"] as? String == "shop" })
        #expect(wang["attempts"] as? Int == 1)
        #expect(wang["bestScore"] as? Int == 90)
    }

    @Test func usageErrorsAndMissingFolders() throws {
        let folder = try makeTemporaryFolder("cunxue-report")
        defer { try? FileManager.default.removeItem(at: folder) }
        let course = try InstructorTools.writeCourse(in: folder)
        let environment = InstructorTools.environment(course: course)
        let badDate = try runCommand(cunxueBinary, ["report", "--data-dir", folder.path, "--since", "2025-6-1"], environment: environment)
        #expect(badDate.status == 64)
        #expect(badDate.stderr.contains("YYYY-MM-DD"))
        let missing = try runCommand(cunxueBinary, ["report", "--data-dir", folder.path + "/typo", "--lang", "en"], environment: environment)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("No data directory at"))
        // This station's own data directory (from the environment) may not exist yet: an empty report.
        var fresh = environment
        fresh["CUNXUE_DATA_DIR"] = folder.path + "/not-yet"
        let empty = try runCommand(cunxueBinary, ["report"], environment: fresh)
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("\r\n学员总数,0\r\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/not-yet"))
        let english = try runCommand(cunxueBinary, ["report", "--data-dir", folder.path, "--lang", "en"], environment: environment)
        #expect(english.status == 0)
        #expect(english.stdout.hasPrefix("\u{FEFF}Learner ID,Name,"))
        #expect(english.stdout.contains("\r\nLearners,0\r\n"))
    }
}
