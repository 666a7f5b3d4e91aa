import Foundation
import GRDB
import OKRCore

/// The levels above the teams' sets, in the same SQLite file: each organisation one row of the
/// `organisation` table, keyed by its name, holding it as JSON with the version of that JSON's shape.
///
/// Saving an organisation under a name already stored replaces it, as importing an edited
/// organisation file should. A row this okrcoach cannot read (a newer shape, a damaged state)
/// is left alone and named, never dropped.
extension SQLiteSessionStore {
    /// The version of an organisation's JSON this okrcoach writes and reads.
    static let organisationSchema = 1

    /// The migration that adds the `organisation` table.
    static func registerOrganisations(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("organisations") { db in
            try db.create(table: "organisation") { table in
                table.primaryKey("name", .text)
                table.column("savedAt", .double).notNull()
                table.column("state", .text).notNull()
                table.column("schema", .integer).notNull()
            }
        }
    }

    /// Saves an organisation, replacing the one stored under its name (no name is the name "").
    public func save(_ organisation: Organisation) throws {
        do {
            guard !readOnly else { throw StoreFailure(.readOnly, "the database file is read-only") }
            let state = String(decoding: try JSONEncoder().encode(organisation), as: UTF8.self)
            try database.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO organisation (name, savedAt, state, schema) VALUES (?, ?, ?, ?)
                        ON CONFLICT(name) DO UPDATE SET savedAt = excluded.savedAt, state = excluded.state,
                            schema = excluded.schema
                        """,
                    arguments: [
                        Self.key(of: organisation), Date().timeIntervalSince1970, state, Self.organisationSchema,
                    ])
            }
        } catch {
            throw StoreFailure.describing(error)
        }
    }

    /// Every stored organisation that can be read, the most recently saved first; an empty list for a
    /// file made before organisations were stored and never written since.
    ///
    /// - Throws: `StoreFailure` naming a stored organisation that cannot be read.
    public func organisations() throws -> [Organisation] {
        let rows = try read { db -> [Row] in
            guard try db.tableExists("organisation") else { return [] }
            return try Row.fetchAll(
                db, sql: "SELECT name, state, schema FROM organisation ORDER BY savedAt DESC, rowid DESC")
        }
        return try rows.map { row in
            let name = (String.fromDatabaseValue(row["name"] as DatabaseValue)) ?? ""
            let schema = Int.fromDatabaseValue(row["schema"] as DatabaseValue) ?? 0
            let state = String.fromDatabaseValue(row["state"] as DatabaseValue) ?? ""
            guard schema == Self.organisationSchema,
                let organisation = try? JSONDecoder().decode(Organisation.self, from: Data(state.utf8))
            else {
                throw StoreFailure(
                    .notADatabase, "the organisation '\(name)' cannot be read (state version \(schema))")
            }
            return organisation
        }
    }

    /// The key an organisation is stored under: its name, trimmed; "" for none.
    static func key(of organisation: Organisation) -> String {
        organisation.name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }
}
