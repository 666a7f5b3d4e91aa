import ChatServer
import Foundation
import NIOCore
import NIOEmbedded
import Testing

/// The line server's connection handler: one line at a time in order, answers written as they
/// come, floods held back, the end of input answered before closing, and
/// hostile bytes (a flood of empty lines, NULs, an overlong line) answered without harm.
struct LineAnswerHandlerTests {
    /// Counts the reads that reach the socket.
    private final class ReadCounter: ChannelOutboundHandler {
        typealias OutboundIn = ByteBuffer
        var reads = 0
        func read(context: ChannelHandlerContext) {
            reads += 1
            context.read()
        }
    }

    /// Answers held until the test releases them, in the order the lines came.
    private final class HeldAnswers: @unchecked Sendable {
        private let lock = NSLock()
        private var held: [(String, @Sendable ([String]) -> Void)] = []
        var lines: [String] { lock.withLock { held.map(\.0) } }
        func take(_ line: String, _ reply: @escaping @Sendable ([String]) -> Void) {
            lock.withLock { held.append((line, reply)) }
        }
        /// Answers the oldest held line with its text in capitals, twice.
        func releaseOne() {
            let (line, reply) = lock.withLock { held.removeFirst() }
            reply([line.uppercased(), line.uppercased()])
        }
    }

    private func channel(_ answer: @escaping LineAnswerHandler.Answer) throws -> (EmbeddedChannel, ReadCounter) {
        let counter = ReadCounter()
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(counter)
        try channel.pipeline.syncOperations.addHandler(
            ByteToMessageHandler(LineFrameDecoder(maximumLength: 100, keepsOverlongStart: true)))
        try channel.pipeline.syncOperations.addHandler(LineAnswerHandler(answer: answer, loop: channel.eventLoop))
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
        return (channel, counter)
    }

    private func written(_ channel: EmbeddedChannel) throws -> String {
        var text = ""
        while var buffer = try channel.readOutbound(as: ByteBuffer.self) {
            text += buffer.readString(length: buffer.readableBytes) ?? ""
        }
        return text
    }

    @Test func linesAreAnsweredOneAtATimeInOrder() throws {
        let held = HeldAnswers()
        let (channel, _) = try channel { held.take($0, $1) }
        try channel.writeInbound(ByteBuffer(string: "one\r\ntwo\nthree\n"))
        #expect(held.lines == ["one"])
        #expect(try written(channel) == "")
        held.releaseOne()
        #expect(try written(channel) == "ONE\r\nONE\r\n")
        #expect(held.lines == ["two"])
        held.releaseOne()
        held.releaseOne()
        #expect(try written(channel) == "TWO\r\nTWO\r\nTHREE\r\nTHREE\r\n")
        #expect(channel.isActive)
    }

    @Test func aFloodIsNotReadWhileTooManyLinesWait() throws {
        let held = HeldAnswers()
        let (channel, counter) = try channel { held.take($0, $1) }
        let flood = (0...LineAnswerHandler.waitingLimit).map { "line \($0)\n" }.joined()
        try channel.writeInbound(ByteBuffer(string: flood))
        channel.read()
        #expect(counter.reads == 0)
        held.releaseOne()
        held.releaseOne()
        #expect(counter.reads == 1)
        channel.read()
        #expect(counter.reads == 2)
    }

    @Test func theEndOfInputClosesOnceEveryLineIsAnswered() throws {
        let held = HeldAnswers()
        let (channel, _) = try channel { held.take($0, $1) }
        try channel.writeInbound(ByteBuffer(string: "a\nb\nlast without newline"))
        channel.pipeline.fireUserInboundEventTriggered(ChannelEvent.inputClosed)
        held.releaseOne()
        held.releaseOne()
        #expect(channel.isActive)
        held.releaseOne()
        channel.embeddedEventLoop.run()
        #expect(try written(channel) == "A\r\nA\r\nB\r\nB\r\nLAST WITHOUT NEWLINE\r\nLAST WITHOUT NEWLINE\r\n")
        #expect(!channel.isActive)
    }

    @Test func hostileBytesAreAnsweredInOrderWithoutHarm() throws {
        let (channel, _) = try channel { line, reply in reply([String(line.utf8.count)]) }
        let empties = String(repeating: "\n", count: 100_000)
        let controls = "\u{0}\u{1}\u{7f}\r\u{1b}[2J\n"
        let overlong = String(repeating: "x", count: 10_000) + "\n"
        let invalid: [UInt8] = [0xff, 0xfe, 0xc0, 0x0a]
        var buffer = ByteBuffer(string: empties + controls + overlong)
        buffer.writeBytes(invalid)
        try channel.writeInbound(buffer)
        let lines = try written(channel).split(separator: "\r\n", omittingEmptySubsequences: false)
        #expect(lines.count == 100_003 + 1)
        #expect(lines.prefix(100_000).allSatisfy { $0 == "0" })
        // The control line keeps its bytes (the desk refuses it); of the overlong one only its start
        // comes; invalid UTF-8 is read as replacement characters.
        #expect(lines[100_000] == "8")
        #expect(lines[100_001] == "101")
        #expect(lines[100_002] == "9")
        #expect(channel.isActive)
    }
}
