/// One line of a source file with its exact bytes, so a rewrite can keep everything else
/// untouched.
public struct SourceLine: Sendable, Equatable {
    /// 1-based line number.
    public var number: Int
    /// The line without its terminator.
    public var text: Substring
    /// `"\n"`, `"\r\n"`, a lone `"\r"` (CommonMark counts it as a line ending), or `""` for a
    /// last line without a final newline.
    public var terminator: String

    public init(number: Int, text: Substring, terminator: String) {
        self.number = number
        self.text = text
        self.terminator = terminator
    }

    /// Splits `text` into lines, keeping each line's terminator. A final line break does not
    /// start an empty last line. Scans UTF-8 bytes (a line break is always a whole character).
    public static func split(_ text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = bytes.index(after: index)
                continue
            }
            var next = bytes.index(after: index)
            if byte == 0x0D, next < bytes.endIndex, bytes[next] == 0x0A { next = bytes.index(after: next) }
            lines.append(
                SourceLine(number: lines.count + 1, text: text[start..<index], terminator: String(text[index..<next])))
            start = next
            index = next
        }
        if start < bytes.endIndex {
            lines.append(SourceLine(number: lines.count + 1, text: text[start...], terminator: ""))
        }
        return lines
    }

    /// The line as it appears in the file, terminator included.
    public var raw: String { String(text) + terminator }
}
