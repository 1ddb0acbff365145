import DescentText

/// Decodes what `CacheEncoder` wrote (`CacheFormat`). Anything that does not fit — wrong
/// magic, a truncated file, a type that differs from the one encoded — is an error, which the
/// cache treats as a miss.
enum CacheDecoder {
    static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        let node = try data.withUnsafeBytes { bytes throws(CacheFormat.Corrupt) in try CacheFormat.read(bytes) }
        return try Value(from: CacheNodeDecoder(node: node))
    }
}

private func mismatch(_ what: String) -> DecodingError {
    DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: what))
}

private struct CacheNodeDecoder: Decoder {
    let node: CacheFormat.Node
    /// Always empty: a failed decode is a cache miss, and no one reads where it failed.
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .keyed(let keys, let values) = node else { throw mismatch("expected keyed") }
        return KeyedDecodingContainer(CacheKeyedDecoder<Key>(keys: keys, values: values))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .unkeyed(let values) = node else { throw mismatch("expected unkeyed") }
        return CacheUnkeyedDecoder(values: values)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        CacheSingleDecoder(node: node)
    }
}

/// Reads scalars out of nodes, for all three kinds of container.
private enum CacheScalar {
    static func bool(_ node: CacheFormat.Node) throws -> Bool {
        guard case .scalar(.bool(let value)) = node else { throw mismatch("expected a boolean") }
        return value
    }

    static func string(_ node: CacheFormat.Node) throws -> String {
        guard case .scalar(.string(let value)) = node else { throw mismatch("expected a string") }
        return value
    }

    static func double(_ node: CacheFormat.Node) throws -> Double {
        guard case .scalar(.double(let value)) = node else { throw mismatch("expected a number") }
        return value
    }

    static func integer<Value: FixedWidthInteger>(_ node: CacheFormat.Node) throws -> Value {
        switch node {
        case .scalar(.int(let value)): if let exact = Value(exactly: value) { return exact }
        case .scalar(.unsigned(let value)): if let exact = Value(exactly: value) { return exact }
        default: break
        }
        throw mismatch("expected an integer of \(Value.self)")
    }

    static func isNull(_ node: CacheFormat.Node) -> Bool {
        if case .scalar(.null) = node { return true }
        return false
    }
}

private struct CacheKeyedDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let keys: [String]
    let values: [CacheFormat.Node]
    /// Always empty: a failed decode is a cache miss, and no one reads where it failed.
    var codingPath: [any CodingKey] { [] }

    var allKeys: [Key] { keys.compactMap(Key.init(stringValue:)) }

    func contains(_ key: Key) -> Bool { keys.contains(key.stringValue) }

    private func node(_ key: Key) throws -> CacheFormat.Node {
        guard let index = keys.firstIndex(of: key.stringValue) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: [], debugDescription: ""))
        }
        return values[index]
    }

    func decodeNil(forKey key: Key) throws -> Bool { CacheScalar.isNull(try node(key)) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try CacheScalar.bool(node(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try CacheScalar.string(node(key))
    }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try CacheScalar.double(node(key))
    }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
        Float(try CacheScalar.double(node(key)))
    }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try CacheScalar.integer(node(key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try CacheScalar.integer(node(key)) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try CacheScalar.integer(node(key)) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try CacheScalar.integer(node(key)) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try CacheScalar.integer(node(key)) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try CacheScalar.integer(node(key)) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try CacheScalar.integer(node(key)) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
        try CacheScalar.integer(node(key))
    }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
        try CacheScalar.integer(node(key))
    }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
        try CacheScalar.integer(node(key))
    }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try T(from: CacheNodeDecoder(node: node(key)))
    }
    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try CacheNodeDecoder(node: node(key)).container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try CacheNodeDecoder(node: node(key)).unkeyedContainer()
    }
    func superDecoder() throws -> any Decoder {
        guard let index = keys.firstIndex(of: "super") else { throw mismatch("no super") }
        return CacheNodeDecoder(node: values[index])
    }
    func superDecoder(forKey key: Key) throws -> any Decoder {
        CacheNodeDecoder(node: try node(key))
    }
}

private struct CacheUnkeyedDecoder: UnkeyedDecodingContainer {
    let values: [CacheFormat.Node]
    /// Always empty: a failed decode is a cache miss, and no one reads where it failed.
    var codingPath: [any CodingKey] { [] }
    var currentIndex = 0
    var count: Int? { values.count }
    var isAtEnd: Bool { currentIndex >= values.count }

    init(values: [CacheFormat.Node]) { self.values = values }

    private mutating func next() throws -> CacheFormat.Node {
        guard !isAtEnd else { throw mismatch("fewer values than expected") }
        defer { currentIndex += 1 }
        return values[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, CacheScalar.isNull(values[currentIndex]) else { return false }
        currentIndex += 1
        return true
    }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try CacheScalar.bool(next()) }
    mutating func decode(_ type: String.Type) throws -> String { try CacheScalar.string(next()) }
    mutating func decode(_ type: Double.Type) throws -> Double { try CacheScalar.double(next()) }
    mutating func decode(_ type: Float.Type) throws -> Float { Float(try CacheScalar.double(next())) }
    mutating func decode(_ type: Int.Type) throws -> Int { try CacheScalar.integer(next()) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try CacheScalar.integer(next()) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try CacheScalar.integer(next()) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try CacheScalar.integer(next()) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try CacheScalar.integer(next()) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try CacheScalar.integer(next()) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try CacheScalar.integer(next()) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try CacheScalar.integer(next()) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try CacheScalar.integer(next()) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try CacheScalar.integer(next()) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: CacheNodeDecoder(node: next()))
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try CacheNodeDecoder(node: next()).container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try CacheNodeDecoder(node: next()).unkeyedContainer()
    }
    mutating func superDecoder() throws -> any Decoder { CacheNodeDecoder(node: try next()) }
}

private struct CacheSingleDecoder: SingleValueDecodingContainer {
    let node: CacheFormat.Node
    /// Always empty: a failed decode is a cache miss, and no one reads where it failed.
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { CacheScalar.isNull(node) }
    func decode(_ type: Bool.Type) throws -> Bool { try CacheScalar.bool(node) }
    func decode(_ type: String.Type) throws -> String { try CacheScalar.string(node) }
    func decode(_ type: Double.Type) throws -> Double { try CacheScalar.double(node) }
    func decode(_ type: Float.Type) throws -> Float { Float(try CacheScalar.double(node)) }
    func decode(_ type: Int.Type) throws -> Int { try CacheScalar.integer(node) }
    func decode(_ type: Int8.Type) throws -> Int8 { try CacheScalar.integer(node) }
    func decode(_ type: Int16.Type) throws -> Int16 { try CacheScalar.integer(node) }
    func decode(_ type: Int32.Type) throws -> Int32 { try CacheScalar.integer(node) }
    func decode(_ type: Int64.Type) throws -> Int64 { try CacheScalar.integer(node) }
    func decode(_ type: UInt.Type) throws -> UInt { try CacheScalar.integer(node) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try CacheScalar.integer(node) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try CacheScalar.integer(node) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try CacheScalar.integer(node) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try CacheScalar.integer(node) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: CacheNodeDecoder(node: node))
    }
}
