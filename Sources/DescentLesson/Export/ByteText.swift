/// UTF-8 text built as bytes and handed on in chunks of about `limit` bytes as it is written,
/// so a long export is never held whole: memory stays flat however many rows pass through.
///
/// Numbers are written straight into the buffer, in the forms of ``JSONWriter/number(_:)``,
/// without making a `String` of each. The buffer is allocated once, at its full size, and
/// written with `memcpy`-style copies at a write position: `descent run` writes a few short
/// pieces per step, and growing an array piece by piece cost more than the numbers' digits.
struct ByteText: TextOutputStream {
    /// The buffer: the first `used` bytes are written, the rest is room.
    private var storage: [UInt8]
    private var used = 0
    private let limit: Int
    private let emit: ([UInt8]) -> Void
    /// The last value written by ``repeatedNumber(_:)`` (its bit pattern) and its text.
    private var memoBits: UInt64?
    private var memoBytes: [UInt8] = []

    init(limit: Int, emit: @escaping ([UInt8]) -> Void) {
        self.limit = Swift.max(1, limit)
        self.emit = emit
        storage = [UInt8](repeating: 0, count: self.limit + 1024)
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
        if used == storage.count { grow(toFit: 1) }
        storage[used] = byte
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
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            append(UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// ``number(_:)`` for a value that often repeats from one call to the next (a run's
    /// learning rate): the text of the last one is reused when the value is the same.
    mutating func repeatedNumber(_ value: Double) {
        if memoBits == value.bitPattern {
            bytes(memoBytes)
            return
        }
        let start = used
        number(value)
        memoBits = value.bitPattern
        memoBytes.removeAll(keepingCapacity: true)
        memoBytes.append(contentsOf: storage[start..<used])
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
        emit(Array(storage[..<used]))
        used = 0
    }

    /// Copies `source` to the write position.
    @inline(__always)
    private mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let from = source.baseAddress, !source.isEmpty else { return }
        let count = source.count
        if used + count > storage.count { grow(toFit: count) }
        let at = used
        storage.withUnsafeMutableBufferPointer { buffer in
            (buffer.baseAddress! + at).update(from: from, count: count)
        }
        used += count
    }

    /// Makes room for `count` more bytes (a piece longer than the room left before a flush).
    private mutating func grow(toFit count: Int) {
        storage.append(contentsOf: repeatElement(0, count: Swift.max(count, storage.count)))
    }
}
