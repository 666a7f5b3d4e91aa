import Foundation

/// Writing to an open file descriptor until every byte is out, or the reason it cannot be.
///
/// `write(2)` may write less than asked, be interrupted, or (on a non-blocking pipe a parent
/// left us) have no room yet; none of these is a failure. Anything else (a full disk, a closed
/// pipe, a device that takes nothing) is, and the caller reports it.
enum Descriptor {
    /// Writes all of `data`; nil when every byte was written, else the `errno` of the failure.
    static func write(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { write($0, to: descriptor) }
    }

    /// Writes all of `buffer`; nil when every byte was written, else the `errno` of the failure.
    static func write(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < buffer.count {
            let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if count > 0 {
                offset += count
            } else if count < 0, errno == EINTR {
                continue
            } else if count < 0, errno == EAGAIN {
                var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&ready, 1, -1)
            } else {
                return count == 0 ? EIO : errno
            }
        }
        return nil
    }

    /// The system's words for an `errno`: "No space left on device".
    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
