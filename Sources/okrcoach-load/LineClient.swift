import NIOCore
import NIOPosix

/// Splits the byte stream into lines at "\n", dropping a "\r" before it (ChatServer's framing, minus its limits).
final class LineDecoder: ByteToMessageDecoder {
    typealias InboundOut = String

    func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        let bytes = buffer.readableBytesView
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return .needMoreData }
        var line = bytes[bytes.startIndex..<newline]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        let text = String(decoding: line, as: UTF8.self)
        buffer.moveReaderIndex(forwardBy: newline - bytes.startIndex + 1)
        context.fireChannelRead(Self.wrapInboundOut(text))
        return .continue
    }

    func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }
}

/// Writes each text as a line ending in "\r\n".
final class LineEncoder: MessageToByteEncoder {
    typealias OutboundIn = String

    func encode(data: String, out: inout ByteBuffer) throws {
        out.writeString(data)
        out.writeString("\r\n")
    }
}

/// One TCP connection speaking lines, as a person's chat client would hold it.
func connectLines(host: String, port: Int) async throws -> NIOAsyncChannel<String, String> {
    try await ClientBootstrap(group: .singletonMultiThreadedEventLoopGroup)
        .connect(host: host, port: port) { channel in
            channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineDecoder()))
                try channel.pipeline.syncOperations.addHandler(MessageToByteHandler(LineEncoder()))
                return try NIOAsyncChannel<String, String>(wrappingChannelSynchronously: channel)
            }
        }
}
