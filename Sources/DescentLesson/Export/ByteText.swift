/// UTF-8 text built as bytes and handed on in chunks of about `limit` bytes as it is written,
/// so a long export is never held whole: memory stays flat however many rows pass through.
///
/// Numbers are written straight into the buffer, in the forms of ``JSONWriter/number(_:)``,
/// without making a `String` of each.
struct ByteText: TextOutputStream {
    private var bytes: [UInt8] = []
    private let limit: Int
    private let emit: ([UInt8]) -> Void
    /// The last value written by ``repeatedNumber(_:)`` (its bit pattern) and its text.
    private var memoBits: UInt64?
    private var memoBytes: [UInt8] = []

    init(limit: Int, emit: @escaping ([UInt8]) -> Void) {
        self.limit = Swift.max(1, limit)
        self.emit = emit
        bytes.reserveCapacity(self.limit + 1024)
    }

    mutating func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        flushWhenFull()
    }

    /// What `Double.write(to:)` calls with its shortest round-trip digits.
    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
    }

    mutating func byte(_ byte: UInt8) { bytes.append(byte) }

    mutating func bytes(_ more: [UInt8]) { bytes.append(contentsOf: more) }

    /// Fixed text, such as a JSON key, copied without looking at it.
    mutating func literal(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// `value` in decimal, as `String(value)` writes it.
    mutating func integer(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// ``number(_:)`` for a value that often repeats from one call to the next (a run's
    /// learning rate): the text of the last one is reused when the value is the same.
    mutating func repeatedNumber(_ value: Double) {
        if memoBits == value.bitPattern {
            bytes.append(contentsOf: memoBytes)
            return
        }
        let start = bytes.count
        number(value)
        memoBits = value.bitPattern
        memoBytes.removeAll(keepingCapacity: true)
        memoBytes.append(contentsOf: bytes[start...])
    }

    /// `value` as ``JSONWriter/number(_:)`` writes it: `null` when not finite, a whole number
    /// without a fraction, otherwise the shortest text that reads back as `value`.
    mutating func number(_ value: Double) {
        if !value.isFinite {
            write("null")
        } else if value == value.rounded(), abs(value) < 1e15 {
            integer(Int(value))
        } else {
            value.write(to: &self)
        }
    }

    /// `[a,b,…]` of ``number(_:)``.
    mutating func numbers(_ values: [Double]) {
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            number(value)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Hands on the buffer once it holds `limit` bytes; called after each row.
    mutating func flushWhenFull() {
        if bytes.count >= limit { flush() }
    }

    /// Hands on whatever is buffered.
    mutating func flush() {
        guard !bytes.isEmpty else { return }
        emit(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
