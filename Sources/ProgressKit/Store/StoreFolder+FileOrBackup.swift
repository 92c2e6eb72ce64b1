import Foundation

extension StoreFolder {
    /// Reads a file kept with its previous generation (`DurableFile.write(_:to:in:keepingBackupAt:)`):
    /// the file, else its backup when the file is missing or cannot be used.
    ///
    /// A file that is not there is passed over. A read error passes over to the backup when
    /// `fallsBackOn` says so (and is kept), otherwise it is thrown. Bytes that `decode` gives nil
    /// for are passed over as `.damaged`; what `decode` throws is thrown.
    /// - Parameters:
    ///   - name: the file's name in this folder.
    ///   - backup: its backup's name.
    ///   - limit: the most bytes either may have.
    ///   - fallsBackOn: whether a read error lets the backup be read.
    ///   - decode: the value in a file's bytes (nil when they are damaged), given the file's path.
    /// - Returns: the value of the first that could be used; nil when neither is there.
    /// - Throws: the first error kept when neither could be used, else what `decode` throws or a
    ///   read error `fallsBackOn` refuses.
    func readFileOrBackup<Value>(_ name: String, backup: String, limit: Int,
                                 fallsBackOn: (StoreError) -> Bool,
                                 decode: (_ data: Data, _ path: String) throws(StoreError) -> Value?) throws(StoreError) -> Value? {
        var firstFailure: StoreError?
        for file in [name, backup] {
            let filePath = path + "/" + file
            let data: Data
            do {
                guard let bytes = try read(file, limit: limit) else { continue }
                data = bytes
            } catch {
                guard fallsBackOn(error) else { throw error }
                firstFailure = firstFailure ?? error
                continue
            }
            guard let value = try decode(data, filePath) else {
                firstFailure = firstFailure ?? .damaged(path: filePath)
                continue
            }
            return value
        }
        if let firstFailure { throw firstFailure }
        return nil
    }
}
