import Foundation
import OKRCore

/// Reads a text file or standard input, turning every way it can fail into one clear `InputError`.
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
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(source: path, message: "cannot be read (permission denied?)")
        }
        return try decode(data, source: path)
    }

    static func readStandardInput() throws(InputError) -> String {
        try decode(FileHandle.standardInput.readDataToEndOfFile(), source: standardInputName)
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
