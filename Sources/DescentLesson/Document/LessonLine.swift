/// One line of a lesson with its exact bytes, so splicing can keep everything else untouched.
public struct LessonLine: Sendable, Equatable {
    /// 1-based line number.
    public var number: Int
    /// The line without its terminator.
    public var text: Substring
    /// `"\n"`, `"\r\n"`, or `""` for a last line without a final newline.
    public var terminator: String

    /// Splits `text` into lines, keeping each line's terminator.
    public static func split(_ text: String) -> [LessonLine] {
        var lines: [LessonLine] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\n" || character == "\r\n" {
                lines.append(LessonLine(number: lines.count + 1, text: text[start..<index],
                                        terminator: String(character)))
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        if start < text.endIndex {
            lines.append(LessonLine(number: lines.count + 1, text: text[start...], terminator: ""))
        }
        return lines
    }

    /// The line as it appears in the file, terminator included.
    public var raw: String { String(text) + terminator }
}
