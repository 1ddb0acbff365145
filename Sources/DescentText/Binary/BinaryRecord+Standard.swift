// The standard library's values as binary records (`BinaryRecord`).

extension String: BinaryRecord {
    public func write(to writer: inout BinaryWriter) { writer.write(utf8: self) }
    public init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) { self = try reader.readUTF8() }
}

extension Int: BinaryRecord {
    public func write(to writer: inout BinaryWriter) { writer.write(word: UInt64(bitPattern: Int64(self))) }
    public init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        guard let value = Int(exactly: Int64(bitPattern: try reader.readWord())) else {
            throw BinaryReader.Malformed()
        }
        self = value
    }
}

extension Double: BinaryRecord {
    public func write(to writer: inout BinaryWriter) { writer.write(word: bitPattern) }
    public init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self = Double(bitPattern: try reader.readWord())
    }
}

extension Bool: BinaryRecord {
    public func write(to writer: inout BinaryWriter) { writer.write(byte: self ? 1 : 0) }
    public init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        switch try reader.readByte() {
        case 0: self = false
        case 1: self = true
        default: throw BinaryReader.Malformed()
        }
    }
}

/// A flag (`Bool`), then the value when there is one.
extension Optional: BinaryRecord where Wrapped: BinaryRecord {
    public func write(to writer: inout BinaryWriter) {
        writer.write(self != nil)
        if let value = self { writer.write(value) }
    }

    public init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self = try reader.read(Bool.self) ? try reader.read(Wrapped.self) : nil
    }
}

/// A count, then the elements in order.
extension Array: BinaryRecord where Element: BinaryRecord {
    public func write(to writer: inout BinaryWriter) {
        writer.write(count: count)
        for element in self { writer.write(element) }
    }

    public init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        let count = try reader.readCount()
        self.init()
        reserveCapacity(count)
        for _ in 0..<count { append(try reader.read(Element.self)) }
    }
}

/// A count, then each key and its value, in the keys' order: the same dictionary always has the
/// same bytes. A key that appears twice is malformed.
extension Dictionary: BinaryRecord where Key: BinaryRecord & Comparable, Value: BinaryRecord {
    public func write(to writer: inout BinaryWriter) {
        writer.write(count: count)
        for (key, value) in sorted(by: { $0.key < $1.key }) {
            writer.write(key)
            writer.write(value)
        }
    }

    public init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        let count = try reader.readCount()
        self.init(minimumCapacity: count)
        for _ in 0..<count {
            let key = try reader.read(Key.self)
            guard updateValue(try reader.read(Value.self), forKey: key) == nil else { throw BinaryReader.Malformed() }
        }
    }
}
