import NIOCore

/// Splits a byte stream into lines at "\n" (a "\r" before it is dropped), as text.
///
/// A line longer than `maximumLength` is dropped whole, up to its newline, and
/// the stream goes on: one overlong line must not cut off everyone else who
/// talks over the same connection (a bridge carries many people). Invalid UTF-8
/// is decoded with replacement characters.
public final class LineFrameDecoder: ByteToMessageDecoder {
    public typealias InboundOut = String

    private let maximumLength: Int
    /// True while the rest of an overlong line is being skipped.
    private var skipping = false

    public init(maximumLength: Int) {
        self.maximumLength = maximumLength
    }

    public func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        let bytes = buffer.readableBytesView
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else {
            if bytes.count > maximumLength {
                buffer.moveReaderIndex(forwardBy: bytes.count)
                skipping = true
            }
            return .needMoreData
        }
        var line = bytes[bytes.startIndex..<newline]
        buffer.moveReaderIndex(forwardBy: newline - bytes.startIndex + 1)
        if skipping || line.count > maximumLength {
            skipping = false
            return .continue
        }
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        context.fireChannelRead(Self.wrapInboundOut(String(decoding: line, as: UTF8.self)))
        return .continue
    }

    public func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        // A last line without its newline is answered too, unless it was too long.
        while try decode(context: context, buffer: &buffer) == .continue {}
        if !skipping, buffer.readableBytes > 0 {
            let rest = buffer.readString(length: buffer.readableBytes) ?? ""
            context.fireChannelRead(Self.wrapInboundOut(rest.hasSuffix("\r") ? String(rest.dropLast()) : rest))
        }
        return .needMoreData
    }
}

/// Writes each outbound text as a line ending in "\r\n".
public final class LineFrameEncoder: MessageToByteEncoder {
    public typealias OutboundIn = String

    public init() {}

    public func encode(data: String, out: inout ByteBuffer) throws {
        out.writeString(data)
        out.writeString("\r\n")
    }
}
