import DescentText

/// Turns the body lines of an experiment block into `BlockEntry` values.
enum BlockEntryParser {
    static func parse(_ lines: ArraySlice<SourceLine>, source: SourceText) -> (
        entries: [BlockEntry], problems: [Diagnostic]
    ) {
        var entries: [BlockEntry] = []
        var problems: [Diagnostic] = []
        for line in lines {
            let content = withoutComment(line.text)
            guard !content.trimmingWhitespace().isEmpty else { continue }
            if let entry = keyValue(content, line: line.number) ?? objective(content, line: line.number) {
                entries.append(entry)
            } else {
                let column = content.prefix { $0 == " " || $0 == "\t" }.count + 1
                problems.append(
                    source.error(
                        line: line.number, column: column,
                        "expected 'key: value' or an objective such as 'f(w) = w^2'"))
            }
        }
        return (entries, problems)
    }

    /// The line up to a `#` that starts a comment (at the start or after a space).
    static func withoutComment(_ text: Substring) -> Substring {
        var previous: Character = " "
        for index in text.indices {
            if text[index] == "#", previous == " " || previous == "\t" { return text[..<index] }
            previous = text[index]
        }
        return text
    }

    /// `key: value`, where the key is a word (letters, digits, `-`, `_`, Greek) before a colon.
    static func keyValue(_ text: Substring, line: Int) -> BlockEntry? {
        let indent = text.prefix { $0 == " " || $0 == "\t" }.count
        let rest = text.dropFirst(indent)
        let key = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        guard !key.isEmpty, rest.dropFirst(key.count).first == ":" else { return nil }
        let afterColon = rest.dropFirst(key.count + 1)
        let spaces = afterColon.prefix { $0 == " " || $0 == "\t" }.count
        return BlockEntry(
            key: String(key), value: afterColon.trimmingWhitespace(), line: line,
            keyColumn: indent + 1, valueColumn: indent + key.count + 2 + spaces)
    }

    /// A bare objective line: `name(params) = body`.
    static func objective(_ text: Substring, line: Int) -> BlockEntry? {
        let indent = text.prefix { $0 == " " || $0 == "\t" }.count
        let rest = text.dropFirst(indent)
        guard let equals = rest.firstIndex(of: "="), rest[..<equals].contains("(") else { return nil }
        return BlockEntry(
            key: "objective", value: rest.trimmingWhitespace(), line: line,
            keyColumn: indent + 1, valueColumn: indent + 1)
    }
}
