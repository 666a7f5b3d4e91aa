/// Who is in which channel now, and who is a channel operator there: what the chat coach goes by
/// before it lets someone share, replace, show or check in a channel's set.
///
/// The IRC adapter keeps it from NAMES (353/366), JOIN, PART, KICK, QUIT, NICK and MODE, with the
/// account where the server gives one (extended-join). The line protocol knows no membership, so
/// there a line said in a channel proves that its speaker is in it from then on.
public struct ChannelMembers: Sendable {
    private struct Member: Sendable {
        var account: String?
        var isOperator: Bool
    }

    /// Folded channel → folded nick → member.
    private var channels: [String: [String: Member]] = [:]
    private let fold: @Sendable (String) -> String

    /// - Parameter fold: the server's case mapping, for comparing nicks and channels.
    public init(fold: @escaping @Sendable (String) -> String = { $0.lowercased() }) {
        self.fold = fold
    }

    /// Someone joined a channel, with their account when the server says it ("*" is none).
    public mutating func join(_ nick: String, account: String? = nil, channel: String) {
        let known = account.flatMap { $0 == "*" || $0.isEmpty ? nil : $0 }
        channels[fold(channel), default: [:]][fold(nick)] = Member(account: known, isOperator: false)
    }

    /// One NAMES line's entries ("@alice", "+bob", "carol"): each is in the channel, "@", "&" and "~" as operators.
    public mutating func names(_ entries: [String], channel: String) {
        for entry in entries {
            let marks = entry.prefix { "~&@%+".contains($0) }
            let nick = String(entry.dropFirst(marks.count))
            guard !nick.isEmpty else { continue }
            let isOperator = marks.contains { "~&@".contains($0) }
            let old = channels[fold(channel)]?[fold(nick)]
            channels[fold(channel), default: [:]][fold(nick)] = Member(account: old?.account, isOperator: isOperator)
        }
    }

    /// Forgets everyone in a channel: before a fresh NAMES list, or when the coach itself left it.
    public mutating func clear(_ channel: String) {
        channels[fold(channel)] = nil
    }

    /// Someone left a channel (PART, KICK).
    public mutating func part(_ nick: String, channel: String) {
        channels[fold(channel)]?[fold(nick)] = nil
    }

    /// Someone left the network (QUIT): out of every channel.
    public mutating func quit(_ nick: String) {
        for channel in channels.keys { channels[channel]?[fold(nick)] = nil }
    }

    /// Someone changed nick (NICK): the new nick is in their channels, the old one no longer.
    public mutating func rename(_ old: String, to new: String) {
        for channel in channels.keys {
            guard let member = channels[channel]?.removeValue(forKey: fold(old)) else { continue }
            channels[channel]?[fold(new)] = member
        }
    }

    /// Someone became a channel operator or stopped being one (MODE +o, -o).
    public mutating func setOperator(_ nick: String, _ isOperator: Bool, channel: String) {
        channels[fold(channel)]?[fold(nick)]?.isOperator = isOperator
    }

    /// Whether a nick is in a channel; where both the line and the join named an account, they must agree.
    public func contains(_ nick: String, account: String? = nil, in channel: String) -> Bool {
        guard let member = channels[fold(channel)]?[fold(nick)] else { return false }
        guard let account, let joined = member.account else { return true }
        return account == joined
    }

    /// Whether a nick is in a channel as one of its operators.
    public func isOperator(_ nick: String, account: String? = nil, in channel: String) -> Bool {
        contains(nick, account: account, in: channel) && channels[fold(channel)]?[fold(nick)]?.isOperator == true
    }
}
