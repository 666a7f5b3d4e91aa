import Foundation
import OKRCore

/// Compiled copies of the data files (`locales/*.yaml`, `prompts/*.yaml`), so that a start reads
/// each one's field tree from a few bytes instead of parsing its YAML again.
///
/// A copy lives in `$XDG_CACHE_HOME/okrcoach` (default `~/.cache/okrcoach`), one file for each
/// data file, and holds the tree together with the data file's path, size, modification and
/// change times, device and inode as they were before it was read: a copy is used only while all
/// of these are the same, so an edited file takes effect at once. A copy that cannot be read, is
/// corrupt, truncated, too big or of another format is ignored and written anew, and a folder that
/// cannot be written to only means parsing every time. Removing the folder is safe.
struct CompiledFiles {
    /// Where the copies go; nil when there is no home to put them in.
    let folder: String?

    /// The format of the copies; another number is ignored, so a new format cannot misread an old copy.
    static let formatVersion: UInt32 = 1
    /// The first bytes of every copy.
    static let magic = Array("okrcoach-fields\n".utf8)
    /// The largest copy read; a data file is at most `InputLimits.maximumBytes`, and its tree not much more.
    static let maximumBytes = 4 * InputLimits.maximumBytes
    /// A data file changed this recently is not compiled: a second edit within the file system's
    /// clock tick could keep the same times and size ("racy" timestamps).
    static let settleSeconds = 2

    /// The longest cache folder path used; a longer one (no real folder is) means no copies. Making
    /// a folder of thousands of levels would recurse as deep, and the path could not be opened anyway.
    static let maximumFolderPath = 1_024

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let folder: String?
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            folder = xdg + "/okrcoach"
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            folder = home + "/.cache/okrcoach"
        } else {
            folder = nil
        }
        self.folder = folder.flatMap { $0.utf8.count <= Self.maximumFolderPath ? $0 : nil }
    }

    /// The field tree of a data file: from its compiled copy when that is of this very file, else
    /// parsed from its YAML by `parse` (and compiled for the next start).
    ///
    /// - Throws: `InputError` for a file that cannot be read or parsed, as reading it without a copy would.
    func tree(
        ofFileAt path: String, parse: (_ yaml: String, _ source: String) throws(InputError) -> FieldNode
    ) throws(InputError) -> FieldNode {
        guard let folder, let identity = FileIdentity(path: path) else {
            return try parse(InputFile.read(path: path), path)
        }
        let copy = folder + "/" + Self.copyName(for: path)
        let header = Self.header(path: path, identity: identity)
        if let tree = Self.read(copy, header: header) { return tree }
        let tree = try parse(InputFile.read(path: path), path)
        if identity.settled { Self.write(tree, header: header, to: copy, in: folder) }
        return tree
    }

    /// The copy's file name: the data file's name, for people, and a hash of its whole path.
    static func copyName(for path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? "data"
        return name + "-" + String(fnv1a(Array(path.utf8)), radix: 16) + ".fields"
    }

    /// Everything a copy must start with to be of this file as it is now.
    static func header(path: String, identity: FileIdentity) -> [UInt8] {
        var header = magic
        appendFixed(UInt64(formatVersion), to: &header)
        for value in identity.values { appendFixed(value, to: &header) }
        FieldNode.appendVarint(path.utf8.count, to: &header)
        header.append(contentsOf: path.utf8)
        return header
    }

    /// The tree in a copy whose header is `header`, whose checksum holds and whose bytes are a tree;
    /// nil for anything else.
    static func read(_ copy: String, header: [UInt8]) -> FieldNode? {
        let descriptor = open(copy, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
            status.st_size >= header.count + 8, status.st_size <= maximumBytes
        else { return nil }
        let size = Int(status.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + filled, size - filled)
            }
            guard count > 0 else { return nil }
            filled += count
        }
        guard bytes.starts(with: header) else { return nil }
        return bytes.withUnsafeBytes { buffer -> FieldNode? in
            let stored = buffer.loadUnaligned(fromByteOffset: header.count, as: UInt64.self)
            let payload = UnsafeRawBufferPointer(rebasing: buffer[(header.count + 8)...])
            guard UInt64(littleEndian: stored) == fnv1a(payload) else { return nil }
            return FieldNode(compiled: payload)
        }
    }

    /// Writes a copy by way of a temporary file renamed into place, so a reader sees a whole copy
    /// or none; any failure leaves things as they were.
    static func write(_ tree: FieldNode, header: [UInt8], to copy: String, in folder: String) {
        let payload = tree.compiled
        var bytes = header
        appendFixed(fnv1a(payload), to: &bytes)
        bytes.append(contentsOf: payload)
        guard bytes.count <= maximumBytes,
            (try? FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil
        else { return }
        let temporary = "\(copy).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + written, bytes.count - written)
            }
            guard count > 0 else { break }
            written += count
        }
        let closed = close(descriptor) == 0
        guard closed, written == bytes.count, rename(temporary, copy) == 0 else {
            unlink(temporary)
            return
        }
    }

    private static func appendFixed(_ value: UInt64, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// FNV-1a, 64 bits: a checksum against a torn or damaged copy, not against tampering.
    static func fnv1a<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// What tells one version of a file from another without reading it: its size, its modification
/// and change times (to the nanosecond), its device and its inode.
struct FileIdentity {
    let values: [UInt64]
    /// Whether the file was last changed long enough ago that another change would show in its times.
    let settled: Bool

    /// The identity of a regular file; nil for anything else, or when it cannot be looked at.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        values = [
            UInt64(truncatingIfNeeded: status.st_size),
            UInt64(truncatingIfNeeded: status.st_mtim.tv_sec), UInt64(truncatingIfNeeded: status.st_mtim.tv_nsec),
            UInt64(truncatingIfNeeded: status.st_ctim.tv_sec), UInt64(truncatingIfNeeded: status.st_ctim.tv_nsec),
            UInt64(truncatingIfNeeded: status.st_dev), UInt64(truncatingIfNeeded: status.st_ino),
        ]
        settled = status.st_mtim.tv_sec <= time(nil) - CompiledFiles.settleSeconds
    }
}
