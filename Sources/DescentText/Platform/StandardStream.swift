/// Standard output or standard error, written straight to the file descriptor (no buffer:
/// what is written is in the terminal or the pipe when the call returns, so lines written
/// here and by another process interleave whole).
public struct StandardStream: Sendable {
    /// Standard output, file descriptor 1.
    public static let output = StandardStream(descriptor: 1)
    /// Standard error, file descriptor 2.
    public static let error = StandardStream(descriptor: 2)

    /// The file descriptor written to.
    let descriptor: Int32

    /// A stream onto `descriptor` (the tests' own pipes).
    init(descriptor: Int32) { self.descriptor = descriptor }

    /// Writes all of `bytes`, however many system calls it takes; throws the system's error
    /// (a closed pipe, a full disk) when one fails.
    public func write(_ bytes: some Sequence<UInt8>) throws(POSIXError) {
        let bytes = Array(bytes)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            // A write that takes nothing and reports no error would loop for ever.
            guard result > 0 else { throw POSIXError(.EIO) }
            written += result
        }
    }

    /// Writes `text` and a line break, ignoring failure (for messages: there is nowhere left
    /// to report that standard error is closed).
    public func print(_ text: String) {
        try? write((text + "\n").utf8)
    }
}

/// The C library's `write(2)`, under a name the stream's own `write` does not hide.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
