import OKRCore

/// The states /back returns to, oldest first, stored compactly.
///
/// A session is stored after every turn, and its history grows by one state a turn: written out
/// whole, every state's copy of the set and the draft made storing a turn cost more the longer
/// the conversation was. So each state's set and draft are written only where they differ from
/// the state before it's, which is rarely for the set; read back, a state without them has that
/// state's. The first state always has both, and states stored whole (before this) read as they are.
struct UndoHistory: Sendable, Equatable, RandomAccessCollection, RangeReplaceableCollection, ExpressibleByArrayLiteral {
    private var states: [Snapshot]

    init() {
        states = []
    }

    init(arrayLiteral elements: Snapshot...) {
        states = elements
    }

    var startIndex: Int { states.startIndex }
    var endIndex: Int { states.endIndex }

    subscript(position: Int) -> Snapshot {
        states[position]
    }

    mutating func replaceSubrange<Elements: Collection<Snapshot>>(_ range: Range<Int>, with elements: Elements) {
        states.replaceSubrange(range, with: elements)
    }
}

extension UndoHistory: Codable {
    private enum Keys: String, CodingKey {
        case set, step, draft, finished, activity, mission
    }

    func encode(to encoder: any Encoder) throws {
        if let keeping = encoder as? any ListKeepingEncoder {
            try keeping.encodeList(states) { StoredState(states: states, index: $0) }
            return
        }
        var list = encoder.unkeyedContainer()
        for index in states.indices {
            try list.encode(StoredState(states: states, index: index))
        }
    }

    /// One state as stored: its set and draft only where they differ from the state before it's.
    private struct StoredState: Encodable {
        let states: [Snapshot]
        let index: Int

        func encode(to encoder: any Encoder) throws {
            let state = states[index]
            let previous = index > 0 ? states[index - 1] : nil
            var item = encoder.container(keyedBy: Keys.self)
            if state.set != previous?.set { try item.encode(state.set, forKey: .set) }
            try item.encode(state.step, forKey: .step)
            if state.draft != previous?.draft { try item.encode(state.draft, forKey: .draft) }
            try item.encode(state.finished, forKey: .finished)
            try item.encodeIfPresent(state.activity, forKey: .activity)
            try item.encodeIfPresent(state.mission, forKey: .mission)
        }
    }

    init(from decoder: any Decoder) throws {
        var list = try decoder.unkeyedContainer()
        var states: [Snapshot] = []
        while !list.isAtEnd {
            let item = try list.nestedContainer(keyedBy: Keys.self)
            let previous = states.last
            let set = try item.decodeIfPresent(OKRSet.self, forKey: .set) ?? previous?.set
            let draft = try item.decodeIfPresent(Draft.self, forKey: .draft) ?? previous?.draft
            guard let set, let draft else {
                let missing: Keys = set == nil ? .set : .draft
                throw DecodingError.keyNotFound(
                    missing,
                    DecodingError.Context(
                        codingPath: item.codingPath, debugDescription: "the first state has no \(missing.rawValue)"))
            }
            states.append(
                Snapshot(
                    set: set, step: try item.decode(String.self, forKey: .step), draft: draft,
                    finished: try item.decode(Bool.self, forKey: .finished),
                    activity: try item.decodeIfPresent(Activity.self, forKey: .activity),
                    mission: try item.decodeIfPresent(String.self, forKey: .mission)))
        }
        self.states = states
    }
}
