extension SourceText {
    /// `bytes` as text, or — when they are not valid UTF-8 — an error at the first bad byte: its
    /// line and column, `message` with the byte in hex, and the line shown (the bad bytes as
    /// `�`) with a caret under it. A leading byte-order mark is kept, as any other text.
    public static func decoding(path: String, bytes: [UInt8], message: String) -> Result<String, Diagnostic> {
        if let text = bytes.withUnsafeBufferPointer(UTF8Decoding.string) { return .success(text) }
        var offset = 0
        var lineStart = 0
        var line = 1
        while offset < bytes.count {
            let length = validSequenceLength(bytes, at: offset)
            if length == 0 { break }
            let isBreak = bytes[offset] == 0x0D || (bytes[offset] == 0x0A && (offset == 0 || bytes[offset - 1] != 0x0D))
            if isBreak || bytes[offset] == 0x0A { lineStart = offset + 1 }
            if isBreak { line += 1 }
            offset += length
        }
        let lineEnd = bytes[offset...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? bytes.count
        let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        let shown = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        let hex = String(bytes[offset], radix: 16, uppercase: true)
        return .failure(
            Diagnostic(
                path: path, line: line, column: prefix.count + 1,
                message: "\(message) (byte 0x\(hex.count == 1 ? "0" : "")\(hex))",
                sourceLine: shown))
    }

    /// Length of the valid UTF-8 sequence starting at `offset`, or 0 if it is invalid.
    private static func validSequenceLength(_ bytes: [UInt8], at offset: Int) -> Int {
        for length in 1...4 where offset + length <= bytes.count {
            if String(validating: bytes[offset..<offset + length], as: UTF8.self) != nil { return length }
        }
        return 0
    }
}
