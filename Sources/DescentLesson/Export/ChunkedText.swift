/// Text handed on in chunks of about `limit` UTF-8 bytes as it is written, so a long export is
/// never held whole: memory stays flat however many rows pass through.
struct ChunkedText: TextOutputStream {
    private var buffer = ""
    private let limit: Int
    private let emit: (String) -> Void

    init(limit: Int, emit: @escaping (String) -> Void) {
        self.limit = Swift.max(1, limit)
        self.emit = emit
        buffer.reserveCapacity(self.limit + 1024)
    }

    mutating func write(_ text: String) {
        buffer += text
        if buffer.utf8.count >= limit { flush() }
    }

    /// Hands on whatever is buffered.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        emit(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
