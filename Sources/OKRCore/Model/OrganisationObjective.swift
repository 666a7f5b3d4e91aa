/// A one-year or company objective: an objective with an id that the level below names in `parent`.
///
/// It is stored apart from a team's `Objective` because it must have an id, and because its
/// `parent` names an objective of the organisation itself (a company objective's one-year
/// objective), not of another file.
public struct OrganisationObjective: Sendable, Equatable, Codable {
    /// Unique across the organisation; what a lower level's `parent` names.
    public var id: String
    public var title: String
    /// For a company objective, the id of the one-year objective it serves; nil for a one-year objective.
    public var parent: String?
    public var keyResults: [KeyResult]
    /// The line of the organisation file it was read from, 1-based.
    public var line: Int?

    public init(
        id: String, title: String, parent: String? = nil, keyResults: [KeyResult] = [], line: Int? = nil
    ) {
        self.id = id
        self.title = title
        self.parent = parent
        self.keyResults = keyResults
        self.line = line
    }

    /// The same objective as the set rules check it.
    public var objective: Objective {
        Objective(title: title, parent: parent, keyResults: keyResults, line: line)
    }

    /// The characters an id may hold: letters (`Å1` as much as `Y1`), ASCII digits, `-`, `_` and `.`,
    /// as people write ids such as `Y1`, `C-2027-1` or `growth.1`; no spaces, control or format
    /// characters, which would make two ids that look alike differ.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.count <= maximumIDLength
            && id.unicodeScalars.allSatisfy { scalar in
                (scalar.properties.isAlphabetic && scalar.properties.generalCategory != .format)
                    || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
            }
    }

    /// The longest id, in characters.
    public static let maximumIDLength = 64
}
