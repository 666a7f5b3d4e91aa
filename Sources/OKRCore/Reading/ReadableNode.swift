/// What `NodeReader` asks of a YAML value: its text, its members or items, whether it is null,
/// and its line.
///
/// Two trees answer it: Yams' `Node`, and the lighter `PlainNode` that `check` composes straight
/// from libyaml's events. The reader is the same code over both, so a file reads to the same set,
/// warnings and errors whichever tree it was composed into.
protocol ReadableNode {
    associatedtype Members: Sequence where Members.Element == (key: Self, value: Self)

    /// A scalar's text; nil for a list or a mapping.
    var scalarText: String? { get }
    /// The name a mapping key gives, as Yams reads it (`Node.string`); nil where it gives none.
    var keyName: String? { get }
    /// Whether the value is null: plain and empty, `~` or `null`.
    var isNull: Bool { get }
    /// A mapping's keys and values in order; nil for other values.
    var members: Members? { get }
    /// A list's items; nil for other values.
    var items: [Self]? { get }
    /// The value of a mapping's key of that name; nil when it has none.
    func member(_ name: String) -> Self?
    /// The 1-based line the value starts on, when known.
    var line: Int? { get }
    /// What the value is, for "should be text, found a list".
    var found: InputError.Found { get }
}
