import IRCProtocol
import TestSupport

/// Makes lines for the fuzz test, cheaply enough for a million of them in a debug build.
///
/// It starts from a pool of seed lines and lines written from random messages, and each line
/// it makes is one of them with up to three bytes or fragments inserted, deleted or replaced
/// (sometimes leaving invalid UTF-8, which `String(decoding:as:)` repairs), a run of random
/// bytes, or, one time in a thousand, one of twenty huge lines of 8 to 24 KB, mutated.
///
/// Invalid UTF-8 and lines that do not parse are kept to a minority on purpose: under Swift
/// Testing each error thrown, in the parser or inside `String(decoding:as:)`, records a
/// backtrace, which costs as much as parsing a hundred lines.
struct LineFuzzer {
    private var random: SeededGenerator
    private var pool: [[UInt8]]
    private var hugeLines: [[UInt8]] = []

    /// ASCII bytes the grammar cares about, CR, LF and NUL among them, and a few letters.
    private static let grammarBytes: [UInt8] = Array("   ::@;;==\\\\!!\r\n\0\tsnrA1#+/xyz".utf8)
    /// Pieces of text, valid UTF-8 in themselves; put inside another character, they break it.
    private static let fragments: [[UInt8]] = [
        "blåbær", "👍🏽", "e\u{301}", "\u{1F468}\u{200D}\u{1F467}", "\u{FFFD}", "  ", " :", "::", "@a=b;c ",
        "\\s", "\\:", "\\", ":a!b@c ", "\r\n", "\0", "=", ";;",
    ].map { Array($0.utf8) }
    private static let commands = ["PRIVMSG", "NOTICE", "001", "433", "JOIN", "PING", "TAGMSG", "CAP", "foo"]
    private static let tagKeys = ["time", "msgid", "+draft/reply", "example.org/x", "a", "+typing"]
    private static let names = ["ada", "Bob", "~okr", "irc.example.org", "2001:db8::1", "b\u{E6}r", "x"]
    private static let texts = [
        "", "a", "#okr", "ada", ":", "::", "@", ";", "=", "\\", "\\s", "\\:", " ", "  ", "a b", "blåbær",
        "👍🏽", "e\u{301}", "\r", "\n", "\0", "\t", "!", "x!y@z", "\u{FFFD}", "Øke fra 30 % til 45 %",
    ]

    /// The random messages the pool was built from, so the test can check how they are written.
    private(set) var messages: [IRCMessage] = []

    /// - Parameters:
    ///   - seed: The generator's seed.
    ///   - seedLines: Lines to mutate, such as the ircdocs suite's inputs.
    ///   - messageCount: How many random messages to add to the pool.
    init(seed: UInt64, seedLines: [String], messageCount: Int) {
        random = SeededGenerator(seed: seed)
        pool = seedLines.map { Array($0.utf8) }
        for _ in 0..<messageCount {
            let message = randomMessage()
            messages.append(message)
            pool.append(Array(message.serialized.utf8))
        }
        for _ in 0..<20 { hugeLines.append(hugeLine()) }
    }

    mutating func next() -> String {
        var bytes: [UInt8]
        switch random.below(1000) {
        case 0:
            bytes = random.pick(hugeLines)
            mutate(&bytes)
        case 1..<40: bytes = randomBytes(count: random.below(40))
        default:
            bytes = random.pick(pool)
            for _ in 0..<random.below(4) { mutate(&bytes) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One change to the line; a random byte, a deletion or a fragment inside a character
    /// leaves invalid UTF-8 behind.
    private mutating func mutate(_ bytes: inout [UInt8]) {
        let position = random.below(bytes.count + 1)
        switch random.below(16) {
        case 0..<4: bytes.insert(random.pick(Self.grammarBytes), at: position)
        case 4..<7: bytes.insert(contentsOf: random.pick(Self.fragments), at: position)
        case 7..<9: bytes.insert(contentsOf: random.pick(pool).prefix(random.below(20)), at: position)
        case 9: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
        case 10..<13 where position < bytes.count: bytes.remove(at: position)
        case 13..<16 where position < bytes.count: bytes[position] = random.pick(Self.grammarBytes)
        default: bytes.insert(random.pick(Self.grammarBytes), at: position)
        }
    }

    /// A message that is mostly well formed: a real command, tag names and a few parameters
    /// of any text.
    private mutating func randomMessage() -> IRCMessage {
        let tags = (0..<random.below(4)).map { _ in IRCTag(key: random.pick(Self.tagKeys), value: randomText()) }
        let source = random.below(2) == 0 ? nil : randomSource()
        let params = (0..<random.below(5)).map { _ in randomText() }
        return IRCMessage(command: random.pick(Self.commands), params: params, source: source, tags: tags)
    }

    /// Mostly a plain `nick!user@host`, now and then one made of any text.
    private mutating func randomSource() -> IRCSource {
        if random.below(10) == 0 {
            return IRCSource(nick: random.pick(Self.texts), user: randomText(), host: randomText())
        }
        return IRCSource(
            nick: random.pick(Self.names),
            user: random.below(3) == 0 ? nil : random.pick(Self.names),
            host: random.below(3) == 0 ? nil : random.pick(Self.names)
        )
    }

    private mutating func randomText() -> String {
        (0..<random.below(4)).map { _ in random.pick(Self.texts) }.joined()
    }

    /// Bytes of any value, mostly the grammar's.
    private mutating func randomBytes(count: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<count {
            bytes.append(
                random.below(4) == 0 ? UInt8(truncatingIfNeeded: random.next()) : random.pick(Self.grammarBytes))
        }
        return bytes
    }

    /// 8 to 24 KB of pool lines with spaces, colons, `@`, `;` or `=` between them: most
    /// parse, so the writer sees huge messages too.
    private mutating func hugeLine() -> [UInt8] {
        let separators: [UInt8] = Array(" :@;=".utf8)
        var bytes: [UInt8] = []
        let size = 8_000 + random.below(16_000)
        while bytes.count < size {
            bytes += random.pick(pool)
            bytes.append(random.pick(separators))
        }
        return bytes
    }
}
