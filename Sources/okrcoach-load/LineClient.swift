import ChatServer
import NIOCore
import NIOPosix

/// One TCP connection speaking lines, framed as the server frames them, as a person's chat client would hold it.
func connectLines(host: String, port: Int) async throws -> NIOAsyncChannel<String, String> {
    try await ClientBootstrap(group: .singletonMultiThreadedEventLoopGroup)
        .connect(host: host, port: port) { channel in
            channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.addHandler(
                    ByteToMessageHandler(LineFrameDecoder(maximumLength: LineListener.maximumLineLength)))
                try channel.pipeline.syncOperations.addHandler(MessageToByteHandler(LineFrameEncoder()))
                return try NIOAsyncChannel<String, String>(wrappingChannelSynchronously: channel)
            }
        }
}
