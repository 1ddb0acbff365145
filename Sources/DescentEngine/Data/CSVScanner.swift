import DescentText

/// Reads CSV text field by field straight from its UTF-8 bytes (RFC 4180 quoting), without
/// allocating per row or per field: a quoted field is unescaped into one reused buffer.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, as ``DescentText/SourceLine`` counts them, so
/// positions match the lines a diagnostic shows. Spaces and tabs around a field are ignored,
/// outside the quotes and inside. Positions are 1-based; columns count characters, not bytes
/// (computed only when an error is reported).
struct CSVScanner {
    /// Where a field ended.
    enum Ending { case comma, lineEnd }

    /// One field: its text's bytes (into the text or into the unescape buffer) and where it
    /// starts, for errors.
    struct Field {
        var start: Int
        var line: Int
        var lineStart: Int
        var quoted: Bool
        var ending: Ending
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0
    private(set) var line = 1
    private(set) var lineStart = 0
    /// The current field's content (trimmed), valid until the next field is read.
    private(set) var content: Range<Int> = 0..<0
    /// The unescaped text of the current field when it was quoted.
    private(set) var unescaped: [UInt8] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // A byte order mark (as spreadsheets write) is not part of the first field; columns
        // still count it, as the line a diagnostic shows does.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        unescaped.reserveCapacity(64)
    }

    var atEnd: Bool { position >= bytes.count }

    /// Skips blank lines and lines whose first non-blank character is `#`. False at the end.
    mutating func skipIgnoredLines() -> Bool {
        while position < bytes.count {
            var index = position
            while index < bytes.count, bytes[index] == .space || bytes[index] == .tab { index += 1 }
            if index < bytes.count, bytes[index] != .newline, bytes[index] != .carriageReturn,
                bytes[index] != .hash
            {
                return true
            }
            while index < bytes.count, bytes[index] != .newline, bytes[index] != .carriageReturn { index += 1 }
            position = index
            endLine()
        }
        return false
    }

    /// Reads the next field of the current row.
    mutating func nextField() throws(DataError) -> Field {
        unescapedIsCurrent = false
        skipBlanks()
        let start = position
        let fieldLine = line
        let fieldLineStart = lineStart
        var quoted = false
        if position < bytes.count, bytes[position] == .quote {
            quoted = true
            try readQuoted(openedAt: start)
            skipBlanks()
        } else {
            var end = position
            while end < bytes.count, bytes[end] != .comma, bytes[end] != .newline, bytes[end] != .carriageReturn {
                end += 1
            }
            var trimmed = end
            while trimmed > position, bytes[trimmed - 1] == .space || bytes[trimmed - 1] == .tab { trimmed -= 1 }
            content = position..<trimmed
            position = end
        }
        var field = Field(start: start, line: fieldLine, lineStart: fieldLineStart, quoted: quoted, ending: .comma)
        if position < bytes.count, bytes[position] == .comma {
            position += 1
            return field
        }
        if position >= bytes.count || bytes[position] == .newline || bytes[position] == .carriageReturn {
            endLine()
            field.ending = .lineEnd
            return field
        }
        throw error(
            at: position, line: line, lineStart: lineStart,
            "expected ',' or the end of the line after a quoted field, found '\(character(at: position))'")
    }

    /// Calls `body` with the current field's bytes.
    func withContent<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws(DataError) -> Result) throws(DataError)
        -> Result
    {
        if !unescapedIsCurrent {
            return try body(UnsafeBufferPointer(rebasing: bytes[content]))
        }
        return try unescaped.withUnsafeBufferPointer { buffer throws(DataError) in
            try body(UnsafeBufferPointer(rebasing: buffer[content]))
        }
    }

    /// The current field's text, decoded (for names, messages and unusual numbers).
    var text: String { (try? withContent { String(decoding: $0, as: UTF8.self) }) ?? "" }

    /// A located error at byte `offset` of a line starting at byte `lineStart`.
    func error(at offset: Int, line: Int, lineStart: Int, _ message: String) -> DataError {
        let prefix = UnsafeBufferPointer(rebasing: bytes[lineStart..<Swift.min(offset, bytes.count)])
        return DataError(line: line, column: String(decoding: prefix, as: UTF8.self).count + 1, message: message)
    }

    /// A located error at the start of `field`.
    func error(at field: Field, _ message: String) -> DataError {
        error(at: field.start, line: field.line, lineStart: field.lineStart, message)
    }

    private var unescapedIsCurrent = false

    private mutating func readQuoted(openedAt start: Int) throws(DataError) {
        let (openLine, openLineStart) = (line, lineStart)
        unescaped.removeAll(keepingCapacity: true)
        position += 1
        while true {
            guard position < bytes.count else {
                throw error(at: start, line: openLine, lineStart: openLineStart, "a quoted field is never closed")
            }
            let byte = bytes[position]
            if byte == .quote {
                if position + 1 < bytes.count, bytes[position + 1] == .quote {
                    unescaped.append(.quote)
                    position += 2
                    continue
                }
                position += 1
                break
            }
            unescaped.append(byte)
            position += 1
            // A line break inside quotes is part of the field, but still starts a new line.
            if byte == .newline || (byte == .carriageReturn && (position >= bytes.count || bytes[position] != .newline))
            {
                line += 1
                lineStart = position
            }
        }
        var lower = 0
        var upper = unescaped.count
        while lower < upper, unescaped[lower] == .space || unescaped[lower] == .tab { lower += 1 }
        while upper > lower, unescaped[upper - 1] == .space || unescaped[upper - 1] == .tab { upper -= 1 }
        content = lower..<upper
        unescapedIsCurrent = true
    }

    private mutating func skipBlanks() {
        while position < bytes.count, bytes[position] == .space || bytes[position] == .tab { position += 1 }
    }

    /// Steps over the line terminator at `position` (if any) to the next line.
    private mutating func endLine() {
        guard position < bytes.count else { return }
        if bytes[position] == .carriageReturn, position + 1 < bytes.count, bytes[position + 1] == .newline {
            position += 1
        }
        position += 1
        line += 1
        lineStart = position
    }

    private func character(at offset: Int) -> Character {
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self).first ?? "?"
    }
}

extension UInt8 {
    fileprivate static let space = UInt8(ascii: " ")
    fileprivate static let tab = UInt8(ascii: "\t")
    fileprivate static let newline = UInt8(ascii: "\n")
    fileprivate static let carriageReturn = UInt8(ascii: "\r")
    fileprivate static let comma = UInt8(ascii: ",")
    fileprivate static let quote = UInt8(ascii: "\"")
    fileprivate static let hash = UInt8(ascii: "#")
}
