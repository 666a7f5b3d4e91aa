import Foundation
import OKRCore

/// Writes a file the way a careful editor saves one: a failed or interrupted write never leaves
/// a half-written file, and writing never changes what the file is or who may read it.
///
/// - The text goes to a temporary file in the target's folder, is flushed to the disk (fsync)
///   and renamed over the target, so the file holds the old text or the new, never part of one.
/// - A symbolic link is followed: its target is written and the link stays a link.
/// - An existing file keeps its permissions and owner: a private 0600 file stays private
///   (set-user-ID and the like are not carried over to a text). A file with
///   more than one name (a hard link), or whose owner the new file cannot take, is rewritten in
///   place once the temporary copy is complete, so every name still shows the new text; should
///   that write fail, the error names the temporary file, which holds the new text.
/// - A new file is made 0600 (less where the umask says): a set holds plans and notes that are
///   no more public than the 0600 database they come from; `chmod` shares it, and later writes
///   keep that mode.
/// - A directory, a device, a pipe or a socket is refused: `--output /dev/sda` writes nothing.
///
/// Control characters from outside are shown as signs (`VisibleText`), as on the terminal;
/// YAML and JSON escape theirs, so an export reads back unchanged.
enum OutputFile {
    /// Writes `text` to the file an `--output` option names, or to standard output without one.
    static func write(_ text: String, toOutput path: String?) throws(CommandFailure) {
        guard let path else { return try Terminal.write(text) }
        try write(text, to: path)
    }

    /// Writes `text` to `path`.
    ///
    /// - Throws: `CommandFailure` (status 2), one line naming the file and what is wrong.
    static func write(_ text: String, to path: String) throws(CommandFailure) {
        guard !path.isEmpty else { throw CommandFailure(.emptyFileName) }
        let target = try resolved(path)
        var existing = stat()
        let exists = stat(target, &existing) == 0
        if exists, existing.st_mode & S_IFMT == S_IFDIR {
            throw CommandFailure(.writeDirectory, ["path": path])
        }
        if exists, existing.st_mode & S_IFMT != S_IFREG {
            throw CommandFailure(.writeNotRegular, ["path": path])
        }
        let data = Data(VisibleText.of(text).utf8)
        let temporary = try temporaryCopy(of: data, beside: target, for: path)
        var inPlace = false
        if exists {
            fchmod(temporary.descriptor, existing.st_mode & 0o777)
            if existing.st_uid != geteuid() || existing.st_gid != getegid() {
                inPlace = fchown(temporary.descriptor, existing.st_uid, existing.st_gid) != 0
            }
            inPlace = inPlace || existing.st_nlink > 1
        }
        close(temporary.descriptor)
        if inPlace {
            try overwrite(target, with: data, keeping: temporary.path, for: path)
        } else {
            try replace(target, with: temporary.path, for: path)
        }
    }

    /// The file a path names once its symbolic links are followed (the path itself when it does not
    /// exist yet, or a link names a file that does not).
    private static func resolved(_ path: String) throws(CommandFailure) -> String {
        var current = path
        for _ in 0..<40 {
            var link = stat()
            guard lstat(current, &link) == 0, link.st_mode & S_IFMT == S_IFLNK else { return current }
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
                throw CommandFailure(.unreadableLink, ["path": path, "link": current])
            }
            let folder = URL(fileURLWithPath: current).deletingLastPathComponent()
            current = destination.hasPrefix("/") ? destination : folder.appendingPathComponent(destination).path
        }
        throw CommandFailure(.linkLoop, ["path": path])
    }

    /// The new text in a temporary file beside the target, flushed to the disk; still open, with mode 0600.
    private static func temporaryCopy(of data: Data, beside target: String, for path: String) throws(CommandFailure)
        -> (path: String, descriptor: Int32)
    {
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        var template = Array("\(folder)/.\(url.lastPathComponent).okrcoach-XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else {
            let code = errno
            throw code == ENOENT
                ? CommandFailure(.noFolder, ["path": path, "folder": folder])
                : CommandFailure(.cannotWriteIn, ["path": path, "folder": folder, "reason": Descriptor.reason(code)])
        }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if let code = Descriptor.write(data, to: descriptor) ?? (fsync(descriptor) == 0 ? nil : errno) {
            close(descriptor)
            unlink(temporary)
            throw CommandFailure(.cannotWrite, ["path": path, "reason": Descriptor.reason(code)])
        }
        return (temporary, descriptor)
    }

    /// Renames the temporary file over the target, and flushes the folder so the rename lasts.
    private static func replace(_ target: String, with temporary: String, for path: String) throws(CommandFailure) {
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw CommandFailure(.cannotWrite, ["path": path, "reason": Descriptor.reason(code)])
        }
        let folder = open(URL(fileURLWithPath: target).deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
    }

    /// Writes the text into the target file itself, keeping its inode (its other names, its owner).
    private static func overwrite(_ target: String, with data: Data, keeping temporary: String, for path: String)
        throws(CommandFailure)
    {
        let descriptor = open(target, O_WRONLY | O_TRUNC)
        var code =
            descriptor < 0 ? errno : Descriptor.write(data, to: descriptor) ?? (fsync(descriptor) == 0 ? nil : errno)
        if descriptor >= 0, close(descriptor) != 0, code == nil { code = errno }
        if let code {
            throw CommandFailure(
                .cannotWriteKept, ["path": path, "reason": Descriptor.reason(code), "temporary": temporary])
        }
        unlink(temporary)
    }
}
