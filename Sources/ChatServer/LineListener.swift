import NIOCore
import NIOPosix
import OKRCore

/// A line protocol on a TCP port: one task per connection, every line answered by a function.
///
/// Shaped like SwiftNIO's TCP echo server: a line decoder, `NIOAsyncChannel`, errors
/// caught per connection so that one bad connection never stops the others.
public struct LineListener: Sendable {
    /// The longest line read (IRC allows 512 bytes, 8 KB of tags), the same as a line of a file
    /// (`InputLimits.maximumLineBytes`); of a longer one only its start reaches the desk, which
    /// tells the sender it was too long.
    public static let maximumLineLength = InputLimits.maximumLineBytes

    private let answer: @Sendable (String) async throws -> [String]
    private let host: String
    private let port: Int

    /// The coach's line protocol: every line answered by the desk.
    public init(desk: ChatDesk, host: String, port: Int) {
        self.init(host: host, port: port) { line in await desk.answer(line) }
    }

    /// Any line protocol; the benchmark's echo server is `{ [$0] }`.
    public init(host: String, port: Int, answer: @escaping @Sendable (String) async throws -> [String]) {
        self.answer = answer
        self.host = host
        self.port = port
    }

    /// Listens until the task is cancelled; `ready` is called with the bound port (useful with port 0).
    public func run(ready: @Sendable (Int) -> Void = { _ in }) async throws {
        let server = try await ServerBootstrap(group: .singletonMultiThreadedEventLoopGroup)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            // A script that sends its lines and then shuts down its sending side (`nc -N`) still
            // gets every reply: the end of its input ends the stream of lines, not the connection,
            // which is closed once the last reply is written.
            .childChannelOption(.allowRemoteHalfClosure, value: true)
            .bind(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(
                            LineFrameDecoder(maximumLength: Self.maximumLineLength, keepsOverlongStart: true)))
                    try channel.pipeline.syncOperations.addHandler(MessageToByteHandler(LineFrameEncoder()))
                    return try NIOAsyncChannel<String, String>(wrappingChannelSynchronously: channel)
                }
            }
        ready(server.channel.localAddress?.port ?? port)
        try await withThrowingDiscardingTaskGroup { group in
            try await server.executeThenClose { connections in
                for try await connection in connections {
                    group.addTask { await serve(connection) }
                }
            }
        }
    }

    private func serve(_ connection: NIOAsyncChannel<String, String>) async {
        do {
            try await connection.executeThenClose { lines, outbound in
                for try await line in lines {
                    // A turn's reply lines go out together: one hand-over to the connection, not one a line.
                    try await outbound.write(contentsOf: try await answer(line))
                }
            }
        } catch {
            // One connection failing (reset, a store error) ends that connection only.
        }
    }
}
