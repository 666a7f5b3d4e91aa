import CoachEngine
import CoachStore
import Foundation
import GRDB
import OKRCore
import Testing

/// The organisation is kept in the same SQLite file as the sets, and written out as the file it was read from.
struct OrganisationStoreTests {
    static let file = """
        organisation: Acme Clinics
        lang: nb
        mission: Gi hver lille klinikk roen til et veldrevet sykehus
        years:
          - year: 2027
            objectives:
              - id: Y1
                title: Bli førstevalget for små klinikker i Skandinavia
                key_results:
                  - Øke antall betalende klinikker fra 120 til 400 innen desember 2027
        cycles:
          - cycle: 2027-K1
            objectives:
              - id: C1
                parent: Y1
                title: Vinne klinikkene i Oslo for å bevise modellen
                key_results:
                  - text: Øke betalende klinikker i Oslo fra 12 til 40
                    owner: Kari
                    type: increase
                    baseline: 12
                    target: 40
                    check_ins:
                      - date: 2027-01-08
                        value: 15
                        confidence: 7
                        note: 'God start: "tre nye"'
                    grade: 0.7
                  - "null"
        """

    static func read(_ text: String) throws -> Organisation {
        let languages = Set(["en", "nb", "sv", "nl"].map { LanguageCode($0) })
        return try OrganisationReader.read(
            text, source: "company.yaml", languages: languages, retroTopics: []
        ).organisation
    }

    /// The organisation without the lines it was read from, which a rewritten file moves.
    static func withoutLines(_ organisation: Organisation) -> Organisation {
        func strip(_ objectives: inout [OrganisationObjective]) {
            for index in objectives.indices {
                objectives[index].line = nil
                for keyResult in objectives[index].keyResults.indices {
                    objectives[index].keyResults[keyResult].line = nil
                }
            }
        }
        var stripped = organisation
        stripped.mission?.line = nil
        for year in stripped.years.indices {
            stripped.years[year].line = nil
            strip(&stripped.years[year].objectives)
        }
        for cycle in stripped.cycles.indices {
            stripped.cycles[cycle].line = nil
            strip(&stripped.cycles[cycle].objectives)
        }
        return stripped
    }

    @Test func anOrganisationIsSavedBesideTheSetsAndReadBack() throws {
        let path = StoreFile.path()
        defer { StoreFile.remove(path) }
        let organisation = try Self.read(Self.file)
        var store: SQLiteSessionStore? = try SQLiteSessionStore(path: path)
        #expect(try store?.organisations() == [])
        try store?.save(organisation)
        store = nil
        let reopened = try SQLiteSessionStore(path: path)
        #expect(try reopened.organisations() == [organisation])
        #expect(try reopened.sessions().isEmpty)
    }

    @Test func savingUnderTheSameNameReplaces() throws {
        let path = StoreFile.path()
        defer { StoreFile.remove(path) }
        let store = try SQLiteSessionStore(path: path)
        var organisation = try Self.read(Self.file)
        try store.save(organisation)
        organisation.mission = Mission("Ro for små klinikker")
        try store.save(organisation)
        var other = organisation
        other.name = "Beta"
        try store.save(other)
        #expect(try store.organisations().map(\.name) == ["Beta", "Acme Clinics"])
        #expect(try store.organisations().last?.mission?.text == "Ro for små klinikker")
    }

    @Test func aStoreMadeBeforeOrganisationsGetsTheirTable() throws {
        let path = StoreFile.path()
        defer { StoreFile.remove(path) }
        try FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: path)
        try old.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                    INSERT INTO grdb_migrations VALUES ('sessions'), ('versions');
                    CREATE TABLE session (id TEXT PRIMARY KEY, title TEXT NOT NULL, finished BOOLEAN NOT NULL,
                        savedAt DOUBLE NOT NULL, state TEXT NOT NULL, revision INTEGER NOT NULL DEFAULT 1,
                        schema INTEGER NOT NULL DEFAULT 1);
                    """)
        }
        try old.close()
        let store = try SQLiteSessionStore(path: path)
        let organisation = try Self.read(Self.file)
        try store.save(organisation)
        #expect(try store.organisations() == [organisation])
    }

    @Test func anUnreadableOrganisationIsNamedNotDropped() throws {
        let path = StoreFile.path()
        defer { StoreFile.remove(path) }
        try SQLiteSessionStore(path: path).save(try Self.read(Self.file))
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "UPDATE organisation SET state = '{\"years\": 7}'") }
        try queue.close()
        #expect(throws: StoreFailure.self) { try SQLiteSessionStore(path: path).organisations() }
    }

    @Test func theExportReadsBackAsTheSameOrganisation() throws {
        let organisation = try Self.read(Self.file)
        let written = SetExport.render(organisation, language: LanguageCode("nb"))
        let again = try Self.read(written)
        #expect(Self.withoutLines(again) == Self.withoutLines(organisation))
        #expect(SetExport.render(again, language: LanguageCode("nb")) == written)
        #expect(written.contains("cycle: 2027-K1"))
        #expect(written.contains("- 'null'") || written.contains("- \"null\""))
    }
}
