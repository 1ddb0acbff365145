import DescentText

/// Encodes a cache entry in the cache's binary format (`CacheFormat`): the same tree of keyed
/// values, lists and scalars as JSON, but every string stored as its length and raw UTF-8
/// bytes, so reading an entry back is a copy, not a parse with escapes. Keys are kept, so
/// dictionaries and optional fields decode exactly as they were encoded.
enum CacheEncoder {
    /// The bytes of `value`.
    static func encode(_ value: some Encodable) throws -> Data {
        let root = CacheSlot()
        try value.encode(to: CacheSlotEncoder(slot: root, codingPath: []))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4096)
        root.write(to: &bytes)
        return Data(CacheFormat.file(holding: bytes))
    }
}

/// One value being encoded: a scalar, or a keyed or unkeyed container filled in later (a class,
/// since nested containers write into it after it is created).
final class CacheSlot {
    enum Content {
        case empty
        case scalar(CacheFormat.Scalar)
        case keyed
        case unkeyed
    }

    var content = Content.empty
    var keys: [String] = []
    var children: [CacheSlot] = []

    func add(key: String?) -> CacheSlot {
        let child = CacheSlot()
        if let key { keys.append(key) }
        children.append(child)
        return child
    }

    func write(to bytes: inout [UInt8]) {
        switch content {
        case .empty: CacheFormat.write(.null, to: &bytes)
        case .scalar(let scalar): CacheFormat.write(scalar, to: &bytes)
        case .unkeyed:
            bytes.append(CacheFormat.Tag.unkeyed.rawValue)
            CacheFormat.write(count: children.count, to: &bytes)
            for child in children { child.write(to: &bytes) }
        case .keyed:
            bytes.append(CacheFormat.Tag.keyed.rawValue)
            CacheFormat.write(count: children.count, to: &bytes)
            for (key, child) in zip(keys, children) {
                CacheFormat.write(string: key, to: &bytes)
                child.write(to: &bytes)
            }
        }
    }
}

private struct CacheSlotEncoder: Encoder {
    let slot: CacheSlot
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .empty = slot.content { slot.content = .keyed }
        return KeyedEncodingContainer(CacheKeyedEncoder(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .empty = slot.content { slot.content = .unkeyed }
        return CacheUnkeyedEncoder(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        CacheSingleEncoder(slot: slot, codingPath: codingPath)
    }
}

private struct CacheKeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: CacheSlot
    var codingPath: [any CodingKey]

    private func put(_ scalar: CacheFormat.Scalar, _ key: Key) {
        slot.add(key: key.stringValue).content = .scalar(scalar)
    }

    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(.double(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(.double(Double(value)), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(.int(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(.unsigned(value), key) }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        let child = slot.add(key: key.stringValue)
        try value.encode(to: CacheSlotEncoder(slot: child, codingPath: codingPath + [key]))
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let child = slot.add(key: key.stringValue)
        child.content = .keyed
        return KeyedEncodingContainer(CacheKeyedEncoder<NestedKey>(slot: child, codingPath: codingPath + [key]))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = slot.add(key: key.stringValue)
        child.content = .unkeyed
        return CacheUnkeyedEncoder(slot: child, codingPath: codingPath + [key])
    }
    mutating func superEncoder() -> any Encoder {
        CacheSlotEncoder(slot: slot.add(key: "super"), codingPath: codingPath)
    }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        CacheSlotEncoder(slot: slot.add(key: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct CacheUnkeyedEncoder: UnkeyedEncodingContainer {
    let slot: CacheSlot
    var codingPath: [any CodingKey]
    var count: Int { slot.children.count }

    private func put(_ scalar: CacheFormat.Scalar) { slot.add(key: nil).content = .scalar(scalar) }

    mutating func encodeNil() throws { put(.null) }
    mutating func encode(_ value: Bool) throws { put(.bool(value)) }
    mutating func encode(_ value: String) throws { put(.string(value)) }
    mutating func encode(_ value: Double) throws { put(.double(value)) }
    mutating func encode(_ value: Float) throws { put(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { put(.int(Int64(value))) }
    mutating func encode(_ value: Int8) throws { put(.int(Int64(value))) }
    mutating func encode(_ value: Int16) throws { put(.int(Int64(value))) }
    mutating func encode(_ value: Int32) throws { put(.int(Int64(value))) }
    mutating func encode(_ value: Int64) throws { put(.int(value)) }
    mutating func encode(_ value: UInt) throws { put(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { put(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt16) throws { put(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt32) throws { put(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt64) throws { put(.unsigned(value)) }
    mutating func encode(_ value: some Encodable) throws {
        try value.encode(to: CacheSlotEncoder(slot: slot.add(key: nil), codingPath: codingPath))
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let child = slot.add(key: nil)
        child.content = .keyed
        return KeyedEncodingContainer(CacheKeyedEncoder<NestedKey>(slot: child, codingPath: codingPath))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = slot.add(key: nil)
        child.content = .unkeyed
        return CacheUnkeyedEncoder(slot: child, codingPath: codingPath)
    }
    mutating func superEncoder() -> any Encoder { CacheSlotEncoder(slot: slot.add(key: nil), codingPath: codingPath) }
}

private struct CacheSingleEncoder: SingleValueEncodingContainer {
    let slot: CacheSlot
    var codingPath: [any CodingKey]

    private func put(_ scalar: CacheFormat.Scalar) { slot.content = .scalar(scalar) }

    mutating func encodeNil() throws { put(.null) }
    mutating func encode(_ value: Bool) throws { put(.bool(value)) }
    mutating func encode(_ value: String) throws { put(.string(value)) }
    mutating func encode(_ value: Double) throws { put(.double(value)) }
    mutating func encode(_ value: Float) throws { put(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { put(.int(Int64(value))) }
    mutating func encode(_ value: Int8) throws { put(.int(Int64(value))) }
    mutating func encode(_ value: Int16) throws { put(.int(Int64(value))) }
    mutating func encode(_ value: Int32) throws { put(.int(Int64(value))) }
    mutating func encode(_ value: Int64) throws { put(.int(value)) }
    mutating func encode(_ value: UInt) throws { put(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { put(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt16) throws { put(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt32) throws { put(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt64) throws { put(.unsigned(value)) }
    mutating func encode(_ value: some Encodable) throws {
        try value.encode(to: CacheSlotEncoder(slot: slot, codingPath: codingPath))
    }
}
