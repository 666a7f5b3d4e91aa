import Yams

/// Yams' tree as `NodeReader` reads it: for files `PlainNode` leaves to Yams (aliases, tags, errors)
/// and for an outline's front matter.
extension Node: ReadableNode {
    var scalarText: String? { scalar?.string }
    var keyName: String? { string }
    var isNull: Bool { null != nil }
    var members: Mapping? { mapping }
    var items: [Node]? { sequence.map(Array.init) }
    func member(_ name: String) -> Node? { mapping?[name] }
    var line: Int? { mark?.line }
    var found: InputError.Found { InputError.Found(self) }
}
