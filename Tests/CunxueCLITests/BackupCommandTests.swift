import Foundation
import Testing

/// `cunxue backup DIR` run as a process.
@Suite("cunxue backup")
struct BackupCommandTests {
    @Test func backupOfTwoLearnersAndItsReport() throws {
        let folder = try makeTemporaryFolder("cunxue-backup")
        defer { try? FileManager.default.removeItem(at: folder) }
        let course = try InstructorTools.writeCourse(in: folder)
        let environment = InstructorTools.environment(course: course)
        let (station, _) = try InstructorTools.writeStations(in: folder)
        let usb = folder.appendingPathComponent("usb")
        try FileManager.default.createDirectory(at: usb, withIntermediateDirectories: true)

        let result = try runCommand(cunxueBinary, ["backup", "--data-dir", station.path, usb.path], environment: environment)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("备份完成：\(usb.path)/cunxue-backup-"))
        #expect(result.stdout.contains("（1 位学员，1 个文件，"))
        let copies = try FileManager.default.contentsOfDirectory(atPath: usb.path)
        #expect(copies.count == 1 && copies[0].hasPrefix("cunxue-backup-"))

        // The copy is a data directory: the report over it equals the report over the original.
        let original = try runCommand(cunxueBinary, ["report", "--data-dir", station.path], environment: environment)
        let copied = try runCommand(cunxueBinary, ["report", "--data-dir", usb.path + "/" + copies[0]], environment: environment)
        #expect(copied.stdout == original.stdout)

        let missing = try runCommand(cunxueBinary, ["backup", "--data-dir", station.path, usb.path + "/gone", "--lang", "en"],
                                     environment: environment)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("Is the USB stick plugged in?"))
    }
}
