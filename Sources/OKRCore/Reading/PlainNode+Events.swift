import CYaml

extension PlainNode {
    /// The root of a one-document file, composed from libyaml's events as Yams composes it;
    /// nil where Yams must decide.
    ///
    /// Yams is left every file whose tree this one could not equal, or that it would refuse:
    /// a syntax error, no document or a second one, an alias, an anchor or a tag, a key that is
    /// no scalar or that comes twice in a mapping, a scalar starting with a byte order mark (which
    /// Yams drops), or more than `limit` values. Yams then reads the file, or refuses it naming
    /// the line, as it always has.
    static func compose(_ text: String, limit: Int) -> PlainNode? {
        var text = text
        return text.withUTF8 { utf8 -> PlainNode? in
            guard let start = utf8.baseAddress, !utf8.isEmpty else { return nil }
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, start, utf8.count)
            var composer = EventComposer(limit: limit)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                switch composer.take(event) {
                case .more: continue
                case .root(let root): return root
                case .leftToYams: return nil
                }
            }
        }
    }
}

/// Builds a `PlainNode` tree event by event, keeping the lists and mappings still open.
private struct EventComposer {
    enum Outcome {
        case more
        case root(PlainNode)
        case leftToYams
    }

    /// A list or mapping still open: its items so far, or its members and the key awaiting a value.
    private struct Open {
        let line: Int
        let isMapping: Bool
        var items: [PlainNode] = []
        var members: [(key: PlainNode, value: PlainNode)] = []
        var key: PlainNode?
    }

    /// The plain scalars Yams reads as null.
    private static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]
    /// The most keys a mapping may have here; a check file's have a few, so more is left to Yams,
    /// which hashes them to find one given twice.
    private static let maximumKeys = 64

    private let limit: Int
    private var open: [Open] = []
    private var count = 0
    private var documents = 0
    private var root: PlainNode?

    init(limit: Int) {
        self.limit = limit
    }

    mutating func take(_ event: yaml_event_t) -> Outcome {
        let line = Int(event.start_mark.line) + 1
        switch event.type {
        case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
            return .more
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            return documents == 1 ? .more : .leftToYams
        case YAML_STREAM_END_EVENT:
            return root.map(Outcome.root) ?? .leftToYams
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            guard scalar.anchor == nil, scalar.tag == nil,
                let node = Self.scalar(scalar.value, length: scalar.length, style: scalar.style, line: line)
            else { return .leftToYams }
            return add(node)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            guard start.anchor == nil, start.tag == nil else { return .leftToYams }
            return begin(Open(line: line, isMapping: false))
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            guard start.anchor == nil, start.tag == nil else { return .leftToYams }
            return begin(Open(line: line, isMapping: true))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let closed = open.popLast() else { return .leftToYams }
            return place(
                closed.isMapping ? .mapping(closed.members, line: closed.line) : .list(closed.items, line: closed.line))
        default:
            return .leftToYams
        }
    }

    /// A scalar as Yams reads it; nil for one starting with a byte order mark, which
    /// Foundation's decoding (and so Yams) drops.
    private static func scalar(
        _ value: UnsafeMutablePointer<yaml_char_t>?, length: Int, style: yaml_scalar_style_t, line: Int
    ) -> PlainNode? {
        let bytes = UnsafeBufferPointer(start: value, count: length)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        // Yams reads only plain scalars as null (`NSNull.construct`): `''` and `'null'` are text.
        let isNull = style == YAML_PLAIN_SCALAR_STYLE && bytes.count <= 4 && nullWords.contains(text)
        return .scalar(text, isNull: isNull, line: line)
    }

    private mutating func begin(_ collection: Open) -> Outcome {
        count += 1
        guard count <= limit else { return .leftToYams }
        open.append(collection)
        return .more
    }

    private mutating func add(_ scalar: PlainNode) -> Outcome {
        count += 1
        guard count <= limit else { return .leftToYams }
        return place(scalar)
    }

    /// Puts a finished value in the list or mapping it belongs to, or makes it the root.
    private mutating func place(_ node: PlainNode) -> Outcome {
        guard let last = open.indices.last else {
            root = node
            return .more
        }
        guard open[last].isMapping else {
            open[last].items.append(node)
            return .more
        }
        guard let key = open[last].key else {
            // Yams refuses a key twice, comparing keys as Swift strings (canonically equivalent
            // texts are the same key); a key that is a list or a mapping is left to it too.
            guard let name = node.scalarText, open[last].members.count < Self.maximumKeys,
                !open[last].members.contains(where: { $0.key.scalarText == name })
            else { return .leftToYams }
            open[last].key = node
            return .more
        }
        open[last].members.append((key, node))
        open[last].key = nil
        return .more
    }
}
