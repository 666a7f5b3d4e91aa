import Foundation
import OKRCore

/// Reads a text file or standard input, turning every way it can fail into one clear `InputError`.
///
/// No more than `InputLimits.maximumBytes` is read: a larger input is refused as soon as it passes
/// the limit, so `/dev/zero` or a runaway pipe cannot fill the memory.
enum InputFile {
    /// The name standard input goes by in messages.
    static let standardInputName = "<stdin>"

    /// A file's text; a pipe, a FIFO or `/dev/stdin` is read to its end like a file.
    static func read(path: String) throws(InputError) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw Self.error(opening: path, errno)
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw InputError(source: path, .readDirectory)
        }
        return try decode(readLimited(handle, source: path), source: path)
    }

    /// Why a file cannot be opened, in the words people use.
    private static func error(opening path: String, _ code: Int32) -> InputError {
        switch code {
        case ENOENT: InputError(source: path, .noSuchFile)
        case EACCES, EPERM: InputError(source: path, .permissionDenied)
        case ELOOP: InputError(source: path, .readLinkLoop)
        case ENOTDIR: InputError(source: path, .noSuchFileInPath)
        default: InputError(source: path, .cannotBeRead, ["reason": Descriptor.reason(code)])
        }
    }

    static func readStandardInput() throws(InputError) -> String {
        try decode(readLimited(FileHandle.standardInput, source: standardInputName), source: standardInputName)
    }

    /// Everything up to the end, or an error once more than `InputLimits.maximumBytes` has come.
    private static func readLimited(_ handle: FileHandle, source: String) throws(InputError) -> Data {
        var data = Data()
        do {
            while let chunk = try handle.read(upToCount: 64 * 1024), !chunk.isEmpty {
                data.append(chunk)
                if data.count > InputLimits.maximumBytes { throw InputLimits.tooLarge(source) }
            }
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(source: source, .cannotBeRead, ["reason": CommandFailure.reason(error)])
        }
        return data
    }

    /// UTF-8 text, without a byte order mark; binary data is refused.
    static func decode(_ data: Data, source: String) throws(InputError) -> String {
        // memchr, not `data.contains(0)`: Data's byte iterator cost more than the rest of reading.
        let holdsZero = data.withUnsafeBytes { bytes in
            bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false
        }
        if holdsZero {
            throw InputError(source: source, .binaryData)
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw InputError(source: source, .notUTF8)
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}
