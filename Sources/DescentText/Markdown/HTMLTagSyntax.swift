/// CommonMark's grammar for one HTML tag (§6.6): an open tag `<name attr="v" …>` or `<name/>`,
/// or a closing tag `</name>`. Used for HTML blocks of kind 7 and for raw inline HTML, which
/// takes precedence over a code span that starts inside it.
enum HTMLTagSyntax {
    /// The index just past the `>` of the tag starting at `start` (a `<`), or nil when the text
    /// there is not a complete tag. With `allowLineBreaks`, white space may include line breaks
    /// (inline HTML within a paragraph).
    static func tagEnd(_ text: ArraySlice<Character>, from start: Int, allowLineBreaks: Bool) -> Int? {
        var index = start
        guard index < text.endIndex, text[index] == "<" else { return nil }
        index += 1
        let closing = index < text.endIndex && text[index] == "/"
        if closing { index += 1 }
        guard let afterName = name(text, from: index) else { return nil }
        index = afterName
        if closing {
            index = skipSpace(text, from: index, allowLineBreaks: allowLineBreaks)
            return index < text.endIndex && text[index] == ">" ? index + 1 : nil
        }
        while true {
            let spaced = skipSpace(text, from: index, allowLineBreaks: allowLineBreaks)
            guard spaced < text.endIndex else { return nil }
            if text[spaced] == ">" { return spaced + 1 }
            if text[spaced] == "/" { return spaced + 1 < text.endIndex && text[spaced + 1] == ">" ? spaced + 2 : nil }
            guard spaced > index, let afterAttribute = attribute(text, from: spaced, allowLineBreaks: allowLineBreaks)
            else { return nil }
            index = afterAttribute
        }
    }

    private static func name(_ text: ArraySlice<Character>, from start: Int) -> Int? {
        guard start < text.endIndex, text[start].isASCII, text[start].isLetter else { return nil }
        var index = start + 1
        while index < text.endIndex, text[index].isASCII,
            text[index].isLetter || text[index].isNumber || text[index] == "-"
        {
            index += 1
        }
        return index
    }

    private static func attribute(_ text: ArraySlice<Character>, from start: Int, allowLineBreaks: Bool) -> Int? {
        var index = start
        guard index < text.endIndex, text[index].isASCII,
            text[index].isLetter || text[index] == "_" || text[index] == ":"
        else { return nil }
        index += 1
        while index < text.endIndex, text[index].isASCII,
            text[index].isLetter || text[index].isNumber || "_.:-".contains(text[index])
        {
            index += 1
        }
        let beforeValue = skipSpace(text, from: index, allowLineBreaks: allowLineBreaks)
        guard beforeValue < text.endIndex, text[beforeValue] == "=" else { return index }
        let valueStart = skipSpace(text, from: beforeValue + 1, allowLineBreaks: allowLineBreaks)
        guard valueStart < text.endIndex else { return nil }
        let quote = text[valueStart]
        if quote == "\"" || quote == "'" {
            var end = valueStart + 1
            while end < text.endIndex, text[end] != quote { end += 1 }
            return end < text.endIndex ? end + 1 : nil
        }
        var end = valueStart
        while end < text.endIndex, !text[end].isWhitespace, !"\"'=<>`".contains(text[end]) { end += 1 }
        return end > valueStart ? end : nil
    }

    private static func skipSpace(_ text: ArraySlice<Character>, from start: Int, allowLineBreaks: Bool) -> Int {
        var index = start
        while index < text.endIndex,
            text[index] == " " || text[index] == "\t" || (allowLineBreaks && CharacterText.isLineBreak(text[index]))
        {
            index += 1
        }
        return index
    }
}
