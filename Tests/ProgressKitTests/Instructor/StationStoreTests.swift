import Foundation
import Testing
@testable import ProgressKit

/// The station's name in `station.json`: kept with its previous generation, and read from the
/// backup whenever the file itself cannot be used.
struct StationStoreTests {
    private func store(_ folder: TemporaryFolder) throws -> StationStore {
        let data = folder.url.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        return StationStore(directory: DataDirectory(url: data))
    }

    private func backupURL(_ store: StationStore) -> URL {
        store.directory.url.appendingPathComponent("station.json.bak")
    }

    /// A store whose `station.json` names 李庄 and whose backup names 张庄服务站.
    private func storeWithBackup(_ folder: TemporaryFolder) throws -> StationStore {
        let store = try store(folder)
        try store.save("张庄服务站")
        try store.save("李庄")
        return store
    }

    @Test func noFileMeansNoName() throws {
        let folder = try TemporaryFolder("station")
        defer { folder.remove() }
        #expect(try StationStore(directory: DataDirectory(url: folder.url.appendingPathComponent("none"))).load() == nil)
        #expect(try store(folder).load() == nil)
    }

    @Test func theNameSavedLastIsLoadedAndTheOneBeforeIsTheBackup() throws {
        let folder = try TemporaryFolder("station")
        defer { folder.remove() }
        let store = try storeWithBackup(folder)
        #expect(try store.load() == "李庄")
        try FileManager.default.removeItem(at: store.fileURL)
        #expect(try store.load() == "张庄服务站")
    }

    @Test(arguments: [
        Data("{ damaged".utf8),
        Data(#"{"schemaVersion": 1, "name": ""}"#.utf8),
        Data(repeating: 0x20, count: StationStore.fileSizeLimit + 1),
    ])
    func aFileThatCannotBeUsedFallsBackToTheBackup(_ content: Data) throws {
        let folder = try TemporaryFolder("station")
        defer { folder.remove() }
        let store = try storeWithBackup(folder)
        try content.write(to: store.fileURL)
        #expect(try store.load() == "张庄服务站")
    }

    @Test func aLinkFallsBackToTheBackup() throws {
        let folder = try TemporaryFolder("station")
        defer { folder.remove() }
        let store = try storeWithBackup(folder)
        try FileManager.default.removeItem(at: store.fileURL)
        try FileManager.default.createSymbolicLink(atPath: store.fileURL.path, withDestinationPath: backupURL(store).path)
        #expect(try store.load() == "张庄服务站")
    }

    @Test func withNeitherUsableTheFilesFirstProblemIsThrown() throws {
        let folder = try TemporaryFolder("station")
        defer { folder.remove() }
        let store = try storeWithBackup(folder)
        try Data("{ damaged".utf8).write(to: backupURL(store))
        try Data(repeating: 0x20, count: StationStore.fileSizeLimit + 1).write(to: store.fileURL)
        #expect(throws: StoreError.fileTooLarge(path: store.fileURL.path, size: StationStore.fileSizeLimit + 1,
                                                limit: StationStore.fileSizeLimit)) { try store.load() }
        try Data("{ damaged".utf8).write(to: store.fileURL)
        #expect(throws: StoreError.damaged(path: store.fileURL.path)) { try store.load() }
    }

    @Test func aNewerFileIsNeverPassedOver() throws {
        let folder = try TemporaryFolder("station")
        defer { folder.remove() }
        let store = try storeWithBackup(folder)
        try Data(#"{"schemaVersion": 2, "name": "王庄"}"#.utf8).write(to: store.fileURL)
        #expect(throws: StoreError.newerSchema(path: store.fileURL.path, found: 2, supported: 1)) { try store.load() }
    }
}
