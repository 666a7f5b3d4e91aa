import NIOCore
import NIOPosix
import OKRCore

/// A line protocol on a TCP port: every line answered by a function, each connection's lines in order.
///
/// Each connection is a NIO pipeline: a line decoder, then `LineAnswerHandler`, which hands a line
/// to the answer function on the connection's event loop and writes the reply lines back there.
/// No task per connection: the coach's line crosses to a desk lane and its answer back, two
/// hand-overs a turn, and an answer that needs no turn (the echo server's) is written at once.
/// Errors end their own connection only, never the others.
public struct LineListener: Sendable {
    /// The longest line read (IRC allows 512 bytes, 8 KB of tags), the same as a line of a file
    /// (`InputLimits.maximumLineBytes`); of a longer one only its start reaches the desk, which
    /// tells the sender it was too long.
    public static let maximumLineLength = InputLimits.maximumLineBytes

    private let answer: LineAnswerHandler.Answer
    private let host: String
    private let port: Int
    /// Called once the listener is stopped, returning when every line taken is answered.
    private var finishing: @Sendable () -> Void = {}

    /// The coach's line protocol: every line answered by the desk, its reply sent once its turn is stored.
    /// When it is stopped, the lines the desk took are answered and their replies sent first.
    public init(desk: ChatDesk, host: String, port: Int) {
        self.init(host: host, port: port, answering: { line, reply in desk.answer(line, reply: reply) })
        finishing = { desk.finish() }
    }

    /// Any line protocol answered at once, on the connection's thread; the benchmark's echo server is `{ [$0] }`.
    public init(host: String, port: Int, answer: @escaping @Sendable (String) -> [String]) {
        self.init(host: host, port: port, answering: { line, reply in reply(answer(line)) })
    }

    /// Any line protocol: `answer` calls its second argument once with a line's reply lines, on any thread.
    public init(host: String, port: Int, answering answer: @escaping LineAnswerHandler.Answer) {
        self.answer = answer
        self.host = host
        self.port = port
    }

    /// Listens until the task is cancelled; `ready` is called with the bound port (useful with port 0).
    /// Once cancelled, it takes no new connection, and returns when the answers given meanwhile
    /// are written to their connections.
    public func run(ready: @Sendable (Int) -> Void = { _ in }) async throws {
        let answer = answer
        let group = MultiThreadedEventLoopGroup.singleton
        let mailboxes = Dictionary(
            uniqueKeysWithValues: group.makeIterator().map { (ObjectIdentifier($0), ReplyMailbox(loop: $0)) })
        let server = try await ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            // A script that sends its lines and then shuts down its sending side (`nc -N`) still
            // gets every reply: the end of its input is answered by closing the connection once
            // the last reply is written.
            .childChannelOption(.allowRemoteHalfClosure, value: true)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(
                            LineFrameDecoder(maximumLength: Self.maximumLineLength, keepsOverlongStart: true)))
                    let loop = channel.eventLoop
                    let mailbox = mailboxes[ObjectIdentifier(loop)] ?? ReplyMailbox(loop: loop)
                    try channel.pipeline.syncOperations.addHandler(LineAnswerHandler(answer: answer, mailbox: mailbox))
                }
            }
            .bind(host: host, port: port).get()
        ready(server.localAddress?.port ?? port)
        try await withTaskCancellationHandler {
            try await server.closeFuture.get()
        } onCancel: {
            server.close(promise: nil)
        }
        finishing()
        // Each answer is written by a task on its connection's event loop, queued before this one.
        for loop in group.makeIterator() {
            try? await loop.submit {}.get()
        }
    }
}
