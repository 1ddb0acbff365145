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
            guard bytes.prefix(magic.count).elementsEqual(magic) else { return nil }
            var reader = BinaryReader(bytes, offset: magic.count)
            guard let stored = try? reader.readWord(),
                checksum(UnsafeRawBufferPointer(rebasing: bytes[reader.offset...])) == stored,
                let record = try? reader.read(Record.self), reader.isAtEnd
            else { return nil }
            return record
        }
    }

    /// A 64-bit checksum of `bytes`: FNV-1a's mixing, eight bytes at a time, in four lanes that
    /// take turns (so that the multiplications do not wait on one another), folded into one at
    /// the end. It tells a damaged file from a whole one, nothing more: each step is a one-to-one
    /// map of a lane for the same input, so a file that differs in one word always differs in
    /// its checksum.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        let basis: UInt64 = 0xCBF2_9CE4_8422_2325
        func word(_ offset: Int) -> UInt64 { bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
        var lanes = (basis, basis ^ 1, basis ^ 2, basis ^ 3)
        var offset = 0
        while bytes.count - offset >= 32 {
            lanes.0 = (lanes.0 ^ word(offset)) &* prime
            lanes.1 = (lanes.1 ^ word(offset + 8)) &* prime
            lanes.2 = (lanes.2 ^ word(offset + 16)) &* prime
            lanes.3 = (lanes.3 ^ word(offset + 24)) &* prime
            offset += 32
        }
        var hash = basis
        for lane in [lanes.0, lanes.1, lanes.2, lanes.3] { hash = (hash ^ lane) &* prime }
        while bytes.count - offset >= 8 {
            hash = (hash ^ word(offset)) &* prime
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* prime
            offset += 1
        }
        return hash ^ UInt64(bytes.count)
    }
}
