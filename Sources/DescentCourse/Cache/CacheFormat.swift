import DescentText

/// How the build cache stores an entry: `DSC3`, a checksum of the rest (8 bytes), and one binary
/// record (`BinaryRecord`) that fills the file. Reading checks all three; anything else — another
/// format's magic, a torn or damaged file, bytes that do not hold the record or bytes left over —
/// is a miss. The checksum makes a torn file a miss, so entries need not be flushed to disk
/// before the build ends. Each entry also starts with its own format number, bumped whenever its
/// fields change, since a record's bytes name no field.
enum CacheFormat {
    static let magic: [UInt8] = Array("DSC3".utf8)

    /// The file that stores `record`.
    static func file(holding record: some BinaryRecord) -> Data {
        var writer = BinaryWriter()
        writer.write(record)
        var bytes = magic
        let sum = writer.bytes.withUnsafeBytes(checksum)
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: sum >> UInt64(shift))) }
        return Data(bytes + writer.bytes)
    }

    /// The record stored in `data`, or nil when it holds none.
    static func record<Record: BinaryRecord>(_ type: Record.Type, in data: Data) -> Record? {
        data.withUnsafeBytes { bytes -> Record? in
            let header = magic.count + 8
            guard bytes.count >= header, bytes.prefix(magic.count).elementsEqual(magic) else { return nil }
            var stored: UInt64 = 0
            for index in 0..<8 { stored |= UInt64(bytes[magic.count + index]) << UInt64(8 * index) }
            guard checksum(UnsafeRawBufferPointer(rebasing: bytes[header...])) == stored else { return nil }
            var reader = BinaryReader(bytes, offset: header)
            guard let record = try? reader.read(Record.self), reader.isAtEnd else { return nil }
            return record
        }
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
}
