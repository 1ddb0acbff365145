/// Turns UTF-8 bytes into a `String`, refusing invalid input, at close to copying speed on text
/// that is mostly ASCII (SVG figures, HTML pages, lessons).
///
/// The standard library's `String(validating:as:)` checks every byte one at a time unless the
/// whole input is ASCII. Here only the runs of non-ASCII bytes are checked that way: ASCII runs
/// are found eight bytes at a time and are valid as they stand. Splitting there is exact, since
/// an ASCII byte is never part of a longer sequence: the bytes are valid exactly when every
/// non-ASCII run is. Once they are known to be valid, the string is made in one copy.
public enum UTF8Decoding {
    /// The text `bytes` spell, or nil when they are not valid UTF-8 (as `String(validating:as:)`).
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var offset = asciiEnd(bytes, from: 0)
        let isASCII = offset == bytes.count
        while offset < bytes.count {
            var end = offset + 1
            while end < bytes.count, bytes[end] >= 0x80 { end += 1 }
            let run = Span(_unsafeElements: UnsafeBufferPointer(rebasing: bytes[offset..<end]))
            guard (try? UTF8Span(validating: run)) != nil else { return nil }
            offset = asciiEnd(bytes, from: end)
        }
        // Every run was checked above, so the whole is valid UTF-8.
        return String(copying: UTF8Span(unchecked: Span(_unsafeElements: bytes), isKnownASCII: isASCII))
    }

    /// The index of the first byte at or after `start` that is not ASCII (`bytes.count` if none).
    static func asciiEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var offset = start
        let raw = UnsafeRawBufferPointer(bytes)
        while bytes.count - offset >= 8 {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            if word & 0x8080_8080_8080_8080 != 0 { break }
            offset += 8
        }
        while offset < bytes.count, bytes[offset] < 0x80 { offset += 1 }
        return offset
    }
}
