extension IRCMessage {
    /// The message as one line, without the CR LF that ends it on the wire.
    ///
    /// CR, LF and NUL are removed from every part (tag values escape CR and LF instead), so no
    /// text in a message can end the line or add a command. The last parameter is written
    /// after `:` when it is empty, holds a space or starts with `:`. The other parameters must
    /// not: they cannot be written faithfully, and the server would read different ones.
    public var serialized: String {
        serialized(trailingColon: false)
    }

    /// The message as one line, with the last parameter always after `:` when `trailingColon` is
    /// true: the form of every text line the coach sends, so that a script which reads the text
    /// after " :" (the line protocol, `nc`) gets a one-word text such as `key_results:` whole.
    public func serialized(trailingColon: Bool) -> String {
        var line = ""
        if !tags.isEmpty {
            var separator = "@"
            for tag in tags {
                line += separator + IRCText.sanitized(tag.key)
                if !tag.value.isEmpty { line += "=" + IRCTagValue.escaped(tag.value) }
                separator = ";"
            }
            line += " "
        }
        if let source {
            line += ":" + IRCText.sanitized(source.description) + " "
        }
        line += IRCText.sanitized(command)
        if let last = params.last {
            for param in params.dropLast() {
                line += " " + IRCText.sanitized(param)
            }
            let text = IRCText.sanitized(last)
            line += (trailingColon || Self.needsColon(text) ? " :" : " ") + text
        }
        return line
    }

    private static func needsColon(_ param: String) -> Bool {
        param.isEmpty || param.utf8.first == ASCII.colon || ASCII.contains(ASCII.space, in: param)
    }
}
