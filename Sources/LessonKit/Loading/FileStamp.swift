import Glibc

/// Which file, at which version: device, inode, size and modification time, as `fstat` gave
/// them when the file was read.
///
/// A course loaded as an index keeps the stamp of every lesson file whose body it left on disk;
/// reading the body later compares the stamps, so a file replaced or written to since start is
/// noticed instead of being shown under the title and counts of the old one. A change of
/// permissions or owner (which touches only the change time) is not a change of the text.
struct FileStamp: Sendable, Hashable {
    /// The file system's device, and the file's number on it: which file.
    var device: UInt64, inode: UInt64
    /// Its size in bytes and its last modification, to the nanosecond: which version.
    var size: Int, modifiedSeconds: Int, modifiedNanoseconds: Int

    /// The stamp of what `fstat` describes.
    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int(info.st_size)
        modifiedSeconds = Int(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
    }
}
