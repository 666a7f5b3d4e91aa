import Foundation
import OKRCore

/// Reads a text file or standard input, turning every way it can fail into one clear `InputError`.
///
/// No more than `InputLimits.maximumBytes` is read: a larger input is refused as soon as it passes
/// the limit, so `/dev/zero` or a runaway pipe cannot fill the memory.
enum InputFile {
    /// The name standard input goes by in messages.
    static let standardInputName = "<stdin>"

    static func read(path: String) throws(InputError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(source: path, message: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw InputError(source: path, message: "is a directory, not a file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(source: path, message: "cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        return try decode(readLimited(handle, source: path), source: path)
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
            throw InputError(source: source, message: "cannot be read: \(error.localizedDescription)")
        }
        return data
    }

    /// UTF-8 text, without a byte order mark; binary data is refused.
    static func decode(_ data: Data, source: String) throws(InputError) -> String {
        if data.contains(0) {
            throw InputError(source: source, message: "holds binary data, not text")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw InputError(source: source, message: "is not UTF-8 text (binary data?)")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}
