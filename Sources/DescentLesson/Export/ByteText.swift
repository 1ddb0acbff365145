/// UTF-8 text built as bytes and handed on in chunks of about `limit` bytes as it is written,
/// so a long export is never held whole: memory stays flat however many rows pass through.
///
/// Numbers are written straight into the buffer, in the forms of ``JSONWriter/number(_:)``,
/// without making a `String` of each. The buffer is allocated once, at its full size, and
/// written through a pointer at a write position: `descent run` writes a few short pieces per
/// step, and an array's uniqueness check and growth per piece cost more than the pieces. A copy
/// of a `ByteText` writes into the same buffer; it is used `inout`, never copied.
struct ByteText: TextOutputStream {
    /// Owns the buffer's memory, which `start` points into.
    private var storage: Storage
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written since the last flush.
    private var used = 0
    private let limit: Int
    private let emit: ([UInt8]) -> Void
    /// The last value written by ``repeatedNumber(_:)`` (its bit pattern) and its text.
    private var memoBits: UInt64?
    private var memoBytes: [UInt8] = []

    init(limit: Int, emit: @escaping ([UInt8]) -> Void) {
        self.limit = Swift.max(1, limit)
        self.emit = emit
        capacity = self.limit + 1024
        storage = Storage(capacity: capacity)
        start = storage.start
    }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
        flushWhenFull()
    }

    /// What `Double.write(to:)` calls with its shortest round-trip digits.
    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
        append(buffer)
    }

    mutating func byte(_ byte: UInt8) {
        if used == capacity { grow(toFit: 1) }
        start[used] = byte
        used += 1
    }

    mutating func bytes(_ more: [UInt8]) {
        more.withUnsafeBufferPointer { append($0) }
    }

    /// Fixed text, such as a JSON key, copied without looking at it.
    mutating func literal(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// `value` in decimal, as `String(value)` writes it.
    mutating func integer(_ value: Int) {
        if value < 0 { byte(UInt8(ascii: "-")) }
        var rest = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var first = digits.count
            repeat {
                first -= 1
                digits[first] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            append(UnsafeBufferPointer(rebasing: digits[first...]))
        }
    }

    /// ``number(_:)`` for a value that often repeats from one call to the next (a run's
    /// learning rate): the text of the last one is reused when the value is the same.
    mutating func repeatedNumber(_ value: Double) {
        if memoBits == value.bitPattern {
            bytes(memoBytes)
            return
        }
        let first = used
        number(value)
        memoBits = value.bitPattern
        memoBytes.removeAll(keepingCapacity: true)
        memoBytes.append(contentsOf: UnsafeBufferPointer(start: start + first, count: used - first))
    }

    /// `value` as ``JSONWriter/number(_:)`` writes it: `null` when not finite, a whole number
    /// without a fraction, otherwise the shortest text that reads back as `value`.
    mutating func number(_ value: Double) {
        if !value.isFinite {
            literal("null")
        } else if Swift.abs(value) < 1e15, Double(Int64(value)) == value {
            // Whole (the same test as `value == value.rounded()`, without a call into libm).
            integer(Int(value))
        } else {
            value.write(to: &self)
        }
    }

    /// `[a,b,…]` of ``number(_:)``.
    mutating func numbers(_ values: [Double]) {
        byte(UInt8(ascii: "["))
        for index in values.indices {
            if index > 0 { byte(UInt8(ascii: ",")) }
            number(values[index])
        }
        byte(UInt8(ascii: "]"))
    }

    /// Hands on the buffer once it holds `limit` bytes; called after each row.
    mutating func flushWhenFull() {
        if used >= limit { flush() }
    }

    /// Hands on whatever is buffered.
    mutating func flush() {
        guard used > 0 else { return }
        emit(Array(UnsafeBufferPointer(start: start, count: used)))
        used = 0
    }

    /// Copies `source` to the write position.
    @inline(__always)
    private mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let from = source.baseAddress, !source.isEmpty else { return }
        let count = source.count
        if used + count > capacity { grow(toFit: count) }
        (start + used).update(from: from, count: count)
        used += count
    }

    /// Makes room for `count` more bytes (a piece longer than the room left before a flush).
    private mutating func grow(toFit count: Int) {
        let larger = Storage(capacity: capacity + Swift.max(count, capacity))
        larger.start.update(from: start, count: used)
        storage = larger
        start = larger.start
        capacity = larger.capacity
    }

    /// The buffer's memory, freed when the last `ByteText` holding it is gone.
    private final class Storage {
        let start: UnsafeMutablePointer<UInt8>
        let capacity: Int

        init(capacity: Int) {
            self.capacity = capacity
            start = .allocate(capacity: capacity)
        }

        deinit { start.deallocate() }
    }
}
