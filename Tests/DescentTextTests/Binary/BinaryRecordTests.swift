import Testing

@testable import DescentText

/// Binary records read back exactly what was written, and bytes that do not hold the value asked
/// for are an error — never a crash, a read past the end or an allocation larger than the bytes.
@Suite struct BinaryRecordTests {
    struct Sample: BinaryRecord, Equatable {
        var text: String
        var optional: String?
        var missing: Int?
        var numbers: [Double]
        var flags: [Bool]
        var table: [String: [Int]]
        var nested: [Sample]

        func write(to writer: inout BinaryWriter) {
            writer.write(text)
            writer.write(optional)
            writer.write(missing)
            writer.write(numbers)
            writer.write(flags)
            writer.write(table)
            writer.write(nested)
        }

        init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
            text = try reader.read()
            optional = try reader.read()
            missing = try reader.read()
            numbers = try reader.read()
            flags = try reader.read()
            table = try reader.read()
            nested = try reader.read()
        }

        init(
            text: String, optional: String?, missing: Int?, numbers: [Double], flags: [Bool], table: [String: [Int]],
            nested: [Sample]
        ) {
            (self.text, self.optional, self.missing, self.numbers) = (text, optional, missing, numbers)
            (self.flags, self.table, self.nested) = (flags, table, nested)
        }
    }

    static let sample = Sample(
        text: "w² → \"quoted\"\n\u{0}tab\t", optional: "here", missing: nil, numbers: [0.1, -0.0, .infinity, 1e-300],
        flags: [true, false], table: ["b": [1, -2], "a": [], "ü": [Int.max, Int.min]],
        nested: [Sample(text: "", optional: nil, missing: 3, numbers: [], flags: [], table: [:], nested: [])])

    static func bytes(_ value: some BinaryRecord) -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(value)
        return writer.bytes
    }

    static func read<Value: BinaryRecord>(_ type: Value.Type, _ bytes: [UInt8]) throws -> Value {
        try bytes.withUnsafeBytes { raw in
            var reader = BinaryReader(raw)
            let value = try reader.read(Value.self)
            guard reader.isAtEnd else { throw BinaryReader.Malformed() }
            return value
        }
    }

    @Test func aValueReadsBackAsItWasWritten() throws {
        let read = try Self.read(Sample.self, Self.bytes(Self.sample))
        #expect(read == Self.sample)
        #expect(read.numbers[1].sign == .minus)
    }

    @Test func aDictionaryHasTheSameBytesWhateverItsOrder() {
        var forwards: [String: Int] = [:]
        var backwards: [String: Int] = [:]
        for key in (0..<50).map(String.init) { forwards[key] = key.count }
        for key in (0..<50).map(String.init).reversed() { backwards[key] = key.count }
        #expect(Self.bytes(forwards) == Self.bytes(backwards))
    }

    @Test func everyTruncationIsAnError() {
        let bytes = Self.bytes(Self.sample)
        for length in 0..<bytes.count {
            #expect(throws: BinaryReader.Malformed.self) { try Self.read(Sample.self, Array(bytes.prefix(length))) }
        }
    }

    @Test func aCountPastTheEndIsRefusedBeforeAnythingIsAllocated() {
        // A list claiming four billion strings, with four bytes left.
        #expect(throws: BinaryReader.Malformed.self) {
            try Self.read([String].self, [0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0])
        }
        #expect(throws: BinaryReader.Malformed.self) { try Self.read(String.self, [5, 0, 0, 0, 65]) }
    }

    @Test func valuesOutsideTheirTypeAreErrors() {
        #expect(throws: BinaryReader.Malformed.self) { try Self.read(Bool.self, [2]) }
        #expect(throws: BinaryReader.Malformed.self) { try Self.read(String?.self, [7]) }
        // Invalid UTF-8 (a lone continuation byte).
        #expect(throws: BinaryReader.Malformed.self) { try Self.read(String.self, [1, 0, 0, 0, 0x80]) }
        // The same key twice.
        let twice: [UInt8] = [2, 0, 0, 0] + Self.bytes("k") + Self.bytes(true) + Self.bytes("k") + Self.bytes(false)
        #expect(throws: BinaryReader.Malformed.self) { try Self.read([String: Bool].self, twice) }
    }
}
