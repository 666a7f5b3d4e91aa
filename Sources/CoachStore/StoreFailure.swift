import Foundation
import GRDB

/// Why the database could not be opened or written, in words a person can act on.
///
/// The coach tells the person what happened in their language (`kind`), and the commands print
/// `description` on one line; raw SQLite text never reaches anyone alone.
public struct StoreFailure: Error, Sendable, CustomStringConvertible {
    /// What went wrong, for choosing what to tell.
    public enum Kind: Sendable, Equatable {
        /// The disk (or the file system's quota) is full.
        case diskFull
        /// The file or its folder cannot be written.
        case readOnly
        /// The path is a device, a folder or something else that is no database file.
        case notAFile
        /// The folder does not exist and cannot be made.
        case noFolder
        /// The file is not an SQLite database, or is damaged.
        case notADatabase
        /// Anything else.
        case other
    }

    public let kind: Kind
    public let description: String

    init(_ kind: Kind, _ description: String) {
        self.kind = kind
        self.description = description
    }

    /// Any error from opening or writing, sorted into a kind.
    public static func describing(_ error: any Error) -> StoreFailure {
        if let failure = error as? StoreFailure { return failure }
        guard let database = error as? DatabaseError else { return StoreFailure(.other, "\(error)") }
        switch database.resultCode {
        case .SQLITE_FULL: return StoreFailure(.diskFull, "the disk is full")
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN:
            return StoreFailure(.readOnly, "cannot write the file (read-only?)")
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return StoreFailure(.notADatabase, "not an okrcoach database, or damaged")
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreFailure(.other, "the database stayed locked by another program")
        case .SQLITE_IOERR: return StoreFailure(.other, "a disk error (is the disk full, or its folder read-only?)")
        default: return StoreFailure(.other, database.message ?? "\(database)")
        }
    }
}
