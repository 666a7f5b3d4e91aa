import CYaml
import Yams

/// YAML from outside, composed into nodes within a limit on how many nodes it may hold.
///
/// A few kilobytes of nested aliases (`&a [*b, *b, …]`) stand for billions of nodes, and
/// Yams expands them as it hashes mapping keys and as the readers walk the tree. So the
/// events are counted first, with libyaml (the C parser Yams itself runs on), each alias
/// counting as the nodes it stands for, and a file over `InputLimits.maximumYAMLNodes` is
/// refused before anything is built from it. Text with no '*' holds no alias and cannot grow:
/// its tree is built first and counted after, which spares `check` a second parse.
public enum YAMLDocument {
    private static let maximumNodes = InputLimits.maximumYAMLNodes

    /// The document's root node; nil for an empty document.
    ///
    /// - Throws: `InputError` naming the line of a syntax error, or of the node that passes the limit.
    public static func compose(_ text: String, source: String, resolver: Resolver = .default) throws(InputError)
        -> Node?
    {
        // Text without a '*' holds no alias: each value is one node of the tree Yams builds, so the
        // tree is counted instead of parsing the text a second time first. Should Yams fail, or the
        // tree pass the limit, the text is counted as before: a file over the limit is refused for
        // that, naming the line, whatever else is wrong with it.
        if !text.utf8Contains([UInt8(ascii: "*")]), let root = try? Yams.compose(yaml: text, resolver),
            !passesLimit(root)
        {
            return root
        }
        if let line = lineOverLimit(text) {
            throw InputError(source: source, line: line, .yamlTooManyValues, ["limit": "\(maximumNodes)"])
        }
        do {
            return try Yams.compose(yaml: text, resolver)
        } catch let error as YamlError {
            throw InputError(yaml: error, source: source)
        } catch {
            throw InputError(source: source, .yamlInvalid, ["problem": "\(error)"])
        }
    }

    /// Whether a tree holds more than `maximumNodes` nodes, each alias counted as one.
    static func passesLimit(_ root: Node) -> Bool {
        var count = 0
        var stack = [root]
        while let node = stack.popLast() {
            count += 1
            if count > maximumNodes { return true }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    stack.append(key)
                    stack.append(value)
                }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence)
            case .scalar, .alias:
                break
            }
        }
        return false
    }

    /// The 1-based line where the expanded node count passes `maximumNodes`; nil when it never does,
    /// and for text libyaml cannot parse (Yams then reports the syntax error).
    static func lineOverLimit(_ text: String) -> Int? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var counter = NodeCounter()
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return nil }
                counter.count(event)
                if counter.total > maximumNodes { return Int(event.start_mark.line) + 1 }
            }
        }
    }
}

/// Counts the nodes of a YAML event stream as if every alias were a copy of its anchored node.
///
/// Each anchor's expanded size is kept, so counting takes one pass whatever the aliases stand for;
/// the caller stops once `total` passes its limit, so no count can overflow.
private struct NodeCounter {
    private(set) var total = 0
    /// The expanded size of each anchored node; a later anchor of the same name replaces it.
    private var sizes: [String: Int] = [:]
    /// The lists and mappings still open, with their anchors and sizes so far.
    private var open: [(anchor: String?, size: Int)] = []

    mutating func count(_ event: yaml_event_t) {
        switch event.type {
        case YAML_SCALAR_EVENT:
            let anchor = Self.name(event.data.scalar.anchor)
            if let anchor { sizes[anchor] = 1 }
            add(1)
        case YAML_ALIAS_EVENT:
            add(Self.name(event.data.alias.anchor).flatMap { sizes[$0] } ?? 1)
        case YAML_SEQUENCE_START_EVENT:
            open.append((Self.name(event.data.sequence_start.anchor), 1))
            total += 1
        case YAML_MAPPING_START_EVENT:
            open.append((Self.name(event.data.mapping_start.anchor), 1))
            total += 1
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let closed = open.popLast() else { return }
            if let anchor = closed.anchor { sizes[anchor] = closed.size }
            if !open.isEmpty { open[open.count - 1].size += closed.size }
        default:
            return
        }
    }

    /// Adds nodes that have no children to come: to the total and to the list or mapping they are in.
    private mutating func add(_ nodes: Int) {
        total += nodes
        if !open.isEmpty { open[open.count - 1].size += nodes }
    }

    private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        anchor.map { String(cString: $0) }
    }
}
