extension IRCMessage {
    /// The message as one line, without the CR LF that ends it on the wire.
    ///
    /// CR, LF and NUL are removed from every part (tag values escape CR and LF instead), so no
    /// text in a message can end the line or add a command. The last parameter is written
    /// after `:` when it is empty, holds a space or starts with `:`. The other parameters must
    /// not: they cannot be written faithfully, and the server would read different ones.
    public var serialized: String {
        var line = ""
        if !tags.isEmpty {
            line += "@"
            for (index, tag) in tags.enumerated() {
                if index > 0 { line += ";" }
                line += IRCText.sanitized(tag.key)
                if !tag.value.isEmpty { line += "=" + IRCTagValue.escaped(tag.value) }
            }
            line += " "
        }
        if let source {
            line += ":" + IRCText.sanitized(source.description) + " "
        }
        line += IRCText.sanitized(command)
        for (index, param) in params.enumerated() {
            let text = IRCText.sanitized(param)
            line += index == params.count - 1 && Self.needsColon(text) ? " :" : " "
            line += text
        }
        return line
    }

    private static func needsColon(_ param: String) -> Bool {
        param.isEmpty || param.utf8.first == ASCII.colon || ASCII.containsByte(in: param) { $0 == ASCII.space }
    }
}
