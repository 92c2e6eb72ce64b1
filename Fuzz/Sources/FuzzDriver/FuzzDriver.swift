import Foundation

/// What a libFuzzer entry point looks like: one input, 0 to go on.
public typealias FuzzTarget = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

/// Starts libFuzzer's driver on `target`, from an executable's `main`. SwiftPM links an
/// executable target's `main` to `<Target>_main`, which would hide libFuzzer's own `main`, so
/// each fuzz target's `<Target>_main` calls this.
/// - Parameters:
///   - argc: the program's argument count.
///   - argv: the program's arguments.
///   - target: the entry point run on each input.
/// - Returns: libFuzzer's exit status.
public func runFuzzDriver(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                          _ target: FuzzTarget) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, target)
}

/// A folder of this process for inputs written as files: in `/dev/shm` when there is one
/// (fuzzing writes thousands of files a second), else in the temporary folder.
/// - Parameter name: the folder's name, before the process id.
public func fuzzScratchFolder(_ name: String) -> String {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    return "\(base)/\(name)-\(getpid())"
}

/// libFuzzer's driver (in the fuzzer runtime that `-sanitize=fuzzer` links).
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                                 _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                                 _ callback: FuzzTarget) -> CInt

/// One input as both targets read it: the first byte picks what the rest becomes.
public struct FuzzInput {
    /// The first byte.
    public var role: UInt8
    /// The bytes after it.
    public var content: Data

    /// The input libFuzzer passes; nil when it is empty.
    public init?(_ start: UnsafePointer<UInt8>, _ count: Int) {
        let bytes = UnsafeBufferPointer(start: start, count: count)
        guard let role = bytes.first else { return nil }
        self.role = role
        content = Data(bytes.dropFirst())
    }
}
