/// The single-line tests CommonMark uses to recognise leaf blocks: fences, ATX headings,
/// setext underlines and thematic breaks. Each takes the line after its indentation.
enum LeafSyntax {
    /// An opening code fence (§4.5): three or more backticks or tildes; a backtick fence's info
    /// string may not contain a backtick.
    struct OpeningFence {
        var character: Character
        var length: Int
        var info: String
        /// Character index where the info string starts (or would start).
        var infoIndex: Int
    }

    static func openingFence(_ cursor: LineCursor) -> OpeningFence? {
        let rest = cursor.rest
        guard let first = rest.first, first == "`" || first == "~" else { return nil }
        let length = rest.prefix { $0 == first }.count
        guard length >= 3 else { return nil }
        let after = rest.dropFirst(length)
        if first == "`", after.contains("`") { return nil }
        let leading = after.prefix { $0 == " " || $0 == "\t" }.count
        let info = after.dropFirst(leading)
        let trailing = info.reversed().prefix { $0 == " " || $0 == "\t" }.count
        return OpeningFence(
            character: first, length: length, info: String(info.dropLast(trailing)),
            infoIndex: after.startIndex + leading)
    }

    /// Whether the line at `cursor` closes a fence of `character` at least `length` long.
    static func closesFence(_ start: LineCursor, character: Character, length: Int) -> Bool {
        guard start.indentWidth <= 3 else { return false }
        var cursor = start
        cursor.skipWhitespace()
        let rest = cursor.rest
        let run = rest.prefix { $0 == character }.count
        return run >= length && rest.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// The character range of an ATX heading's text (§4.2), if the line is one.
    static func headingContent(_ cursor: LineCursor) -> Range<Int>? {
        let rest = cursor.rest
        let hashes = rest.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let after = rest.dropFirst(hashes)
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        return after.startIndex..<after.endIndex
    }

    /// Whether the line is a setext heading underline (§4.3): `=` or `-` only, then spaces.
    static func isSetextUnderline(_ rest: ArraySlice<Character>) -> Bool {
        guard let first = rest.first, first == "=" || first == "-" else { return false }
        let run = rest.prefix { $0 == first }.count
        return rest.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Whether the line is a thematic break (§4.1): three or more `*`, `-` or `_`, spaces allowed.
    static func isThematicBreak(_ rest: ArraySlice<Character>) -> Bool {
        guard let first = rest.first, "*-_".contains(first) else { return false }
        var count = 0
        for character in rest {
            if character == first { count += 1 } else if character != " " && character != "\t" { return false }
        }
        return count >= 3
    }
}
