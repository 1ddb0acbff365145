import DescentText

/// The cache's binary format, written by `CacheEncoder` and read by `CacheDecoder`.
///
/// A file is `DSC2`, a checksum of the rest (8 bytes, `checksum`), and one value. A value is a tag byte and its payload: nothing (null, false,
/// true), 8 bytes little-endian (int, unsigned, double), a length and UTF-8 bytes (string), a
/// count and that many values (unkeyed), or a count and that many key–value pairs, each key a
/// length and UTF-8 bytes (keyed). Lengths and counts are 4 bytes little-endian. Reading is
/// bounded: a count larger than the bytes left, or nesting deeper than `maximumDepth`, is an
/// error — the entry is then simply a cache miss. The checksum makes a torn or damaged file a
/// miss too, so entries need not be flushed to disk before the build ends.
enum CacheFormat {
    static let magic: [UInt8] = Array("DSC2".utf8)
    /// Deepest nesting read back (entries nest a handful of levels).
    static let maximumDepth = 64

    enum Tag: UInt8 {
        case null = 0
        case falseValue, trueValue, int, unsigned, double, string, unkeyed, keyed
    }

    /// A value with no parts.
    enum Scalar {
        case null
        case bool(Bool)
        case int(Int64)
        case unsigned(UInt64)
        case double(Double)
        case string(String)
    }

    /// A value read back.
    indirect enum Node {
        case scalar(Scalar)
        case unkeyed([Node])
        case keyed(keys: [String], values: [Node])
    }

    struct Corrupt: Error {}

    static func write(_ scalar: Scalar, to bytes: inout [UInt8]) {
        switch scalar {
        case .null: bytes.append(Tag.null.rawValue)
        case .bool(let value): bytes.append(value ? Tag.trueValue.rawValue : Tag.falseValue.rawValue)
        case .int(let value): write(.int, UInt64(bitPattern: value), to: &bytes)
        case .unsigned(let value): write(.unsigned, value, to: &bytes)
        case .double(let value): write(.double, value.bitPattern, to: &bytes)
        case .string(let value):
            bytes.append(Tag.string.rawValue)
            write(string: value, to: &bytes)
        }
    }

    static func write(count: Int, to bytes: inout some RangeReplaceableCollection<UInt8>) {
        let value = UInt32(truncatingIfNeeded: count)
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    static func write(string: String, to bytes: inout [UInt8]) {
        var string = string
        string.withUTF8 { utf8 in
            write(count: utf8.count, to: &bytes)
            bytes.append(contentsOf: utf8)
        }
    }

    private static func write(_ tag: Tag, _ value: UInt64, to bytes: inout [UInt8]) {
        bytes.append(tag.rawValue)
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    /// A file holding `value` (its encoding without magic or checksum).
    static func file(holding value: [UInt8]) -> [UInt8] {
        var bytes = magic
        let sum = value.withUnsafeBytes(checksum)
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: sum >> UInt64(shift))) }
        return bytes + value
    }

    /// A 64-bit checksum of `bytes` (FNV-1a's mixing, eight bytes at a time): it tells a damaged
    /// file from a whole one, nothing more.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var offset = 0
        while bytes.count - offset >= 8 {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x0000_0100_0000_01B3
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* 0x0000_0100_0000_01B3
            offset += 1
        }
        return hash ^ UInt64(bytes.count)
    }

    /// The value stored in `bytes`.
    static func read(_ bytes: UnsafeRawBufferPointer) throws(Corrupt) -> Node {
        let header = magic.count + 8
        guard bytes.count >= header, Array(bytes[0..<magic.count]) == magic else { throw Corrupt() }
        var stored: UInt64 = 0
        for index in 0..<8 { stored |= UInt64(bytes[magic.count + index]) << UInt64(8 * index) }
        guard checksum(UnsafeRawBufferPointer(rebasing: bytes[header...])) == stored else { throw Corrupt() }
        var reader = Reader(bytes: bytes, offset: header)
        let node = try reader.node(depth: 0)
        guard reader.offset == bytes.count else { throw Corrupt() }
        return node
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset: Int

        mutating func node(depth: Int) throws(Corrupt) -> Node {
            guard depth < maximumDepth, let tag = Tag(rawValue: try byte()) else { throw Corrupt() }
            switch tag {
            case .null: return .scalar(.null)
            case .falseValue: return .scalar(.bool(false))
            case .trueValue: return .scalar(.bool(true))
            case .int: return .scalar(.int(Int64(bitPattern: try word())))
            case .unsigned: return .scalar(.unsigned(try word()))
            case .double: return .scalar(.double(Double(bitPattern: try word())))
            case .string: return .scalar(.string(try string()))
            case .unkeyed:
                let count = try count()
                var values: [Node] = []
                values.reserveCapacity(count)
                for _ in 0..<count { values.append(try node(depth: depth + 1)) }
                return .unkeyed(values)
            case .keyed:
                let count = try count()
                var keys: [String] = []
                var values: [Node] = []
                keys.reserveCapacity(count)
                values.reserveCapacity(count)
                for _ in 0..<count {
                    keys.append(try string())
                    values.append(try node(depth: depth + 1))
                }
                return .keyed(keys: keys, values: values)
            }
        }

        private mutating func byte() throws(Corrupt) -> UInt8 {
            guard offset < bytes.count else { throw Corrupt() }
            defer { offset += 1 }
            return bytes[offset]
        }

        private mutating func word() throws(Corrupt) -> UInt64 {
            guard bytes.count - offset >= 8 else { throw Corrupt() }
            var value: UInt64 = 0
            for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
            offset += 8
            return value
        }

        /// A count or length, which can never exceed the bytes left (every item takes one).
        private mutating func count() throws(Corrupt) -> Int {
            guard bytes.count - offset >= 4 else { throw Corrupt() }
            var value = 0
            for index in 0..<4 { value |= Int(bytes[offset + index]) << (8 * index) }
            offset += 4
            guard value <= bytes.count - offset else { throw Corrupt() }
            return value
        }

        private mutating func string() throws(Corrupt) -> String {
            let length = try count()
            let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)])
            offset += length
            guard let text = UTF8Decoding.string(slice.bindMemory(to: UInt8.self)) else {
                throw Corrupt()
            }
            return text
        }
    }
}
