/// FNV-1a, 64 bits, of bytes: the fingerprint a cache entry keeps of a data file or a key. A
/// fingerprint only ever decides that an entry may be *reused*; the lesson text itself is
/// compared byte for byte.
enum ContentHash {
    static func of(_ text: String) -> String { of(Array(text.utf8)) }

    static func of(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + "-\(bytes.count)"
    }
}
