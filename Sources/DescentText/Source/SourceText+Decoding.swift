extension SourceText {
    /// `bytes` as a source text, or — when they are not valid UTF-8 — an error at the first bad
    /// byte: its line and column, `message` with the byte in hex, and the line shown (the bad
    /// bytes as `�`) with a caret under it. A leading byte-order mark is kept, as any other text.
    public static func decoding(path: String, bytes: [UInt8], message: String) -> Result<SourceText, Diagnostic> {
        if let text = String(validating: bytes, as: UTF8.self) { return .success(SourceText(path: path, text: text)) }
        var offset = 0
        var lineStart = 0
        var line = 1
        while offset < bytes.count {
            let length = validSequenceLength(bytes, at: offset)
            if length == 0 { break }
            if bytes[offset] == 0x0A { (line, lineStart) = (line + 1, offset + 1) }
            offset += length
        }
        let lineEnd = bytes[offset...].firstIndex(of: 0x0A) ?? bytes.count
        let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        let shown = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        let hex = String(bytes[offset], radix: 16, uppercase: true)
        return .failure(
            Diagnostic(
                path: path, line: line, column: prefix.count + 1,
                message: "\(message) (byte 0x\(hex.count == 1 ? "0" : "")\(hex))",
                sourceLine: shown.hasSuffix("\r") ? String(shown.dropLast()) : shown))
    }

    /// Length of the valid UTF-8 sequence starting at `offset`, or 0 if it is invalid.
    private static func validSequenceLength(_ bytes: [UInt8], at offset: Int) -> Int {
        for length in 1...4 where offset + length <= bytes.count {
            if String(validating: bytes[offset..<offset + length], as: UTF8.self) != nil { return length }
        }
        return 0
    }
}
