/// A value that writes itself as bytes and reads itself back, field after field in a fixed
/// order: what the build cache stores its entries as.
///
/// Nothing names a field or its type in the bytes, so reading back is a copy of each string and
/// a load of each number, with no keys to look up and no generic decoding in between. The price
/// is that a record is read only by the code that wrote it: whoever stores records keeps a format
/// number with them and treats any other number as unreadable. Every value takes at least one
/// byte, so a count read back can never exceed the bytes left, and a damaged record costs at most
/// its own size in memory.
public protocol BinaryRecord {
    /// Writes the value's fields, in the order `init(from:)` reads them.
    func write(to writer: inout BinaryWriter)
    /// Reads what `write(to:)` wrote; throws when the bytes do not hold such a value.
    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed)
}

/// Collects the bytes of records (`BinaryRecord`): whole numbers and doubles as 8 bytes
/// little-endian, a flag as one byte, a string or list as a 4-byte count and its items.
public struct BinaryWriter {
    /// What has been written.
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func write(_ value: some BinaryRecord) {
        value.write(to: &self)
    }

    /// A count or length: 4 bytes, little-endian.
    public mutating func write(count: Int) {
        append(UInt32(truncatingIfNeeded: count).littleEndian)
    }

    /// Eight bytes, little-endian.
    public mutating func write(word: UInt64) {
        append(word.littleEndian)
    }

    public mutating func write(byte: UInt8) {
        bytes.append(byte)
    }

    /// A string's length and its UTF-8 bytes.
    public mutating func write(utf8 text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(count: utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    private mutating func append<Word: FixedWidthInteger>(_ word: Word) {
        withUnsafeBytes(of: word) { bytes.append(contentsOf: $0) }
    }
}

/// Reads records (`BinaryRecord`) out of bytes, in place and bounded by their end: a length or
/// count that runs past the end is an error, never a read past it.
public struct BinaryReader {
    /// The bytes do not hold the value asked for.
    public struct Malformed: Error, Equatable {
        public init() {}
    }

    private let bytes: UnsafeRawBufferPointer
    /// Where the next value starts.
    public private(set) var offset: Int

    /// A reader of `bytes` from `offset`. The bytes must outlive the reader.
    public init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    /// Whether every byte has been read.
    public var isAtEnd: Bool { offset == bytes.count }

    public mutating func read<Value: BinaryRecord>(_ type: Value.Type = Value.self) throws(Malformed) -> Value {
        try Value(from: &self)
    }

    /// A record's format number, which must be `expected`: a record's bytes name no field, so
    /// one of another format is not read any further.
    public mutating func readFormat(expecting expected: Int) throws(Malformed) -> Int {
        guard try read(Int.self) == expected else { throw Malformed() }
        return expected
    }

    /// A count or length, which can never exceed the bytes left (every item takes one).
    public mutating func readCount() throws(Malformed) -> Int {
        guard bytes.count - offset >= 4 else { throw Malformed() }
        let value = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        offset += 4
        guard value <= bytes.count - offset else { throw Malformed() }
        return value
    }

    public mutating func readWord() throws(Malformed) -> UInt64 {
        guard bytes.count - offset >= 8 else { throw Malformed() }
        let value = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
        return value
    }

    public mutating func readByte() throws(Malformed) -> UInt8 {
        guard offset < bytes.count else { throw Malformed() }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// A string written by `BinaryWriter.write(utf8:)`; its bytes must be valid UTF-8.
    public mutating func readUTF8() throws(Malformed) -> String {
        let length = try readCount()
        let text = UTF8Decoding.string(
            UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)]).assumingMemoryBound(to: UInt8.self))
        guard let text else { throw Malformed() }
        offset += length
        return text
    }
}
