import Yams

/// Composes a YAML text into nodes, turning a syntax error into an `InputError` that names its line.
enum YAMLDocument {
    /// The root node; nil for a text with no document (empty, or only comments).
    static func compose(_ yaml: String, source: String, resolver: Resolver = .default) throws(InputError) -> Node? {
        do {
            return try Yams.compose(yaml: yaml, resolver)
        } catch let error as YamlError {
            throw InputError(yaml: error, source: source)
        } catch {
            throw InputError(source: source, message: "invalid YAML: \(error)")
        }
    }
}
