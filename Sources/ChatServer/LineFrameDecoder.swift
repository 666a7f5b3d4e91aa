import NIOCore

/// Splits a byte stream into lines at "\n" (a "\r" before it is dropped), as text.
///
/// A line longer than `maximumLength` is not read whole: the rest of it, up to its newline, is
/// skipped, and the stream goes on, so one overlong line must not cut off everyone else who
/// talks over the same connection (a bridge carries many people). Its first `maximumLength + 1`
/// bytes are passed on when `keepsOverlongStart` is set, so that the coach can tell the sender
/// the line was too long; otherwise it is dropped. Invalid UTF-8 is decoded with replacement
/// characters.
public final class LineFrameDecoder: ByteToMessageDecoder {
    public typealias InboundOut = String

    private let maximumLength: Int
    private let keepsOverlongStart: Bool
    /// True while the rest of an overlong line is being skipped.
    private var skipping = false
    /// The start of the overlong line being skipped, when it is to be passed on.
    private var overlongStart: String?

    public init(maximumLength: Int, keepsOverlongStart: Bool = false) {
        self.maximumLength = maximumLength
        self.keepsOverlongStart = keepsOverlongStart
    }

    public func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        let bytes = buffer.readableBytesView
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else {
            if bytes.count > maximumLength {
                if !skipping { overlongStart = start(of: bytes) }
                buffer.moveReaderIndex(forwardBy: bytes.count)
                skipping = true
            }
            return .needMoreData
        }
        var line = bytes[bytes.startIndex..<newline]
        buffer.moveReaderIndex(forwardBy: newline - bytes.startIndex + 1)
        if skipping || line.count > maximumLength {
            let overlong = skipping ? overlongStart : start(of: line)
            skipping = false
            overlongStart = nil
            if let overlong { context.fireChannelRead(Self.wrapInboundOut(overlong)) }
            return .continue
        }
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        context.fireChannelRead(Self.wrapInboundOut(String(decoding: line, as: UTF8.self)))
        return .continue
    }

    public func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws
        -> DecodingState
    {
        // A last line without its newline is answered too; an overlong one as any overlong line.
        while try decode(context: context, buffer: &buffer) == .continue {}
        if skipping, let overlong = overlongStart {
            context.fireChannelRead(Self.wrapInboundOut(overlong))
        } else if !skipping, buffer.readableBytes > 0 {
            let rest = buffer.readString(length: buffer.readableBytes) ?? ""
            context.fireChannelRead(Self.wrapInboundOut(rest.hasSuffix("\r") ? String(rest.dropLast()) : rest))
        }
        skipping = false
        overlongStart = nil
        return .needMoreData
    }

    /// What is passed on of an overlong line: its first `maximumLength + 1` bytes, or nothing.
    private func start(of bytes: ByteBufferView) -> String? {
        keepsOverlongStart ? String(decoding: bytes.prefix(maximumLength + 1), as: UTF8.self) : nil
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
