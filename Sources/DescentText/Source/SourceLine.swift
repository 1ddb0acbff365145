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
    /// start an empty last line.
    public static func split(_ text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            // "\r\n" is one Character in Swift, so both terminators are matched explicitly.
            if character == "\n" || character == "\r\n" || character == "\r" {
                lines.append(
                    SourceLine(number: lines.count + 1, text: text[start..<index], terminator: String(character)))
                start = next
            }
            index = next
        }
        if start < text.endIndex {
            lines.append(SourceLine(number: lines.count + 1, text: text[start...], terminator: ""))
        }
        return lines
    }

    /// The line as it appears in the file, terminator included.
    public var raw: String { String(text) + terminator }
}
