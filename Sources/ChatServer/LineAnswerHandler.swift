import NIOCore

/// Answers a connection's lines one at a time, in order, and writes each answer's lines back.
///
/// A line waits until the answer to the one before it is written, as a person's chat client
/// expects and as the desk's per-person order needs. The answer may come on another thread (a
/// desk lane); it is brought back to the connection's event loop (through the loop's
/// `ReplyMailbox`, with the other answers of its batch), written and flushed there.
/// Answers that come at once (an echo) are flushed once per read, not once per line. While more
/// than `waitingLimit` lines wait, the connection is not read, so a flood only fills the kernel's
/// buffers. The end of the client's input closes the connection once every line is answered.
public final class LineAnswerHandler: ChannelDuplexHandler {
    public typealias InboundIn = String
    public typealias OutboundIn = ByteBuffer
    public typealias OutboundOut = ByteBuffer

    /// Answers a line: calls the function it is given once with the reply lines, on any thread.
    public typealias Answer = @Sendable (String, @escaping @Sendable ([String]) -> Void) -> Void

    /// The most lines waiting for an answer before the connection is read no more.
    public static let waitingLimit = 64

    private let answer: Answer
    private let mailbox: ReplyMailbox
    private var waiting = CircularBuffer<String>()
    /// A line is with the answer function and its reply is not written yet.
    private var answering = false
    /// Inside `answerWaiting`, whose loop goes on with the next line when an answer came at once.
    private var inAnswerLoop = false
    /// Inside a read: writes wait for `channelReadComplete` to be flushed together.
    private var reading = false
    /// A read was asked for while too many lines waited; it is done once they are fewer.
    private var readHeld = false
    private var inputClosed = false
    private var active = true

    /// - Parameters:
    ///   - answer: answers a line.
    ///   - loop: the connection's event loop.
    public convenience init(answer: @escaping Answer, loop: any EventLoop) {
        self.init(answer: answer, mailbox: ReplyMailbox(loop: loop))
    }

    /// A handler whose answers come back through `mailbox`, shared by the connections of its event loop.
    init(answer: @escaping Answer, mailbox: ReplyMailbox) {
        self.answer = answer
        self.mailbox = mailbox
    }

    public func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        reading = true
        waiting.append(unwrapInboundIn(data))
        answerWaiting(context: context)
    }

    public func channelReadComplete(context: ChannelHandlerContext) {
        reading = false
        context.flush()
        context.fireChannelReadComplete()
    }

    public func read(context: ChannelHandlerContext) {
        if waiting.count >= Self.waitingLimit {
            readHeld = true
        } else {
            context.read()
        }
    }

    public func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? ChannelEvent, event == .inputClosed {
            // The last lines may have come without a read's end: what they brought goes out now.
            inputClosed = true
            reading = false
            context.flush()
            closeIfDone(context: context)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }

    public func channelInactive(context: ChannelHandlerContext) {
        active = false
        waiting.removeAll()
        context.fireChannelInactive()
    }

    public func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // A reset or a broken line ends this connection only.
        context.close(promise: nil)
    }

    /// Hands waiting lines to the answer function, one at a time; an answer that comes at once
    /// is written and the loop goes on, one that comes later goes on from `write(_:context:)`.
    private func answerWaiting(context: ChannelHandlerContext) {
        guard !inAnswerLoop else { return }
        inAnswerLoop = true
        defer { inAnswerLoop = false }
        while active, !answering, let line = waiting.popFirst() {
            answering = true
            let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            answer(line) { [mailbox] lines in
                mailbox.post { bound.value.0.write(lines, context: bound.value.1) }
            }
        }
        if readHeld, waiting.count < Self.waitingLimit {
            readHeld = false
            context.read()
        }
        closeIfDone(context: context)
    }

    /// Writes one answer's lines, each ending in "\r\n", then answers the next waiting line.
    private func write(_ lines: [String], context: ChannelHandlerContext) {
        answering = false
        guard active else { return }
        if !lines.isEmpty {
            var buffer = context.channel.allocator.buffer(capacity: lines.reduce(0) { $0 + $1.utf8.count + 2 })
            for line in lines {
                buffer.writeString(line)
                buffer.writeStaticString("\r\n")
            }
            if reading {
                context.write(wrapOutboundOut(buffer), promise: nil)
            } else {
                context.writeAndFlush(wrapOutboundOut(buffer), promise: nil)
            }
        }
        answerWaiting(context: context)
    }

    /// Closes the connection once the client's input has ended and every line of it is answered.
    private func closeIfDone(context: ChannelHandlerContext) {
        guard inputClosed, active, !answering, waiting.isEmpty else { return }
        active = false
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(channel.allocator.buffer(capacity: 0))).whenComplete { _ in
            channel.close(promise: nil)
        }
    }
}
