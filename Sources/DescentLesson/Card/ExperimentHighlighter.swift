import DescentText

/// Light syntax highlighting for the text of an experiment block, as `<span>`s with classes;
/// all text is HTML-escaped. Lines are read with the block grammar itself (`BlockEntryParser`),
/// so what is highlighted as a key or an objective is exactly what the build reads as one.
///
/// - `hl-key`: the `key:` of a `key: value` line (with the line's indentation), e.g. `lr:`,
///   `optimizer:`, `η:`;
/// - `hl-objective`: a bare objective line such as `f(w) = w^2`;
/// - `hl-number`: numbers such as `0.3`, `1e-3`, `-3` that are not part of a word;
/// - `hl-comment`: from a `#` at the start of a line or after white space to the line's end.
enum ExperimentHighlighter {
    /// `source` escaped and highlighted, line breaks kept.
    static func highlight(_ source: String) -> String {
        source.split(separator: "\n", omittingEmptySubsequences: false)
            .map { highlightLine(Substring($0)) }
            .joined(separator: "\n")
    }

    private static func highlightLine(_ line: Substring) -> String {
        let code = BlockEntryParser.withoutComment(line)
        let comment = line[code.endIndex...]
        var html: String
        if let entry = BlockEntryParser.keyValue(code, line: 0) {
            let keyEnd = code.index(code.startIndex, offsetBy: entry.keyColumn - 1 + entry.key.count + 1)
            html =
                "<span class=\"hl-key\">\(HTMLEscaping.escape(String(code[..<keyEnd])))</span>"
                + numbers(code[keyEnd...])
        } else if BlockEntryParser.objective(code, line: 0) != nil {
            html = "<span class=\"hl-objective\">\(numbers(code))</span>"
        } else {
            html = numbers(code)
        }
        if !comment.isEmpty {
            html += "<span class=\"hl-comment\">\(HTMLEscaping.escape(String(comment)))</span>"
        }
        return html
    }

    /// `text` escaped, with each number not inside a word wrapped in a `hl-number` span.
    private static func numbers(_ text: Substring) -> String {
        var html = ""
        var index = text.startIndex
        var previous: Character?
        while index < text.endIndex {
            let startsWord = previous.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." } ?? false
            if !startsWord, let end = numberEnd(text, from: index) {
                html += "<span class=\"hl-number\">\(HTMLEscaping.escape(String(text[index..<end])))</span>"
                previous = text[text.index(before: end)]
                index = end
            } else {
                html += HTMLEscaping.escape(String(text[index]))
                previous = text[index]
                index = text.index(after: index)
            }
        }
        return html
    }

    /// The end of the number starting at `start` (`-3`, `0.25`, `1e-3`), nil if none does or
    /// if letters follow it directly (`2w`, `x1` are not numbers).
    private static func numberEnd(_ text: Substring, from start: Substring.Index) -> Substring.Index? {
        var index = start
        if text[index] == "-" || text[index] == "−" { index = text.index(after: index) }
        let digitsStart = index
        index = skipDigits(text, from: index)
        if index < text.endIndex, text[index] == ".", text.index(after: index) < text.endIndex,
            text[text.index(after: index)].isASCII, text[text.index(after: index)].isNumber
        {
            index = skipDigits(text, from: text.index(after: index))
        }
        guard index > digitsStart, text[digitsStart] != "." else { return nil }
        if index < text.endIndex, text[index] == "e" || text[index] == "E" {
            var exponent = text.index(after: index)
            if exponent < text.endIndex, text[exponent] == "-" || text[exponent] == "+" {
                exponent = text.index(after: exponent)
            }
            let end = skipDigits(text, from: exponent)
            if end > exponent { index = end }
        }
        if index < text.endIndex, text[index].isLetter || text[index] == "_" { return nil }
        return index
    }

    private static func skipDigits(_ text: Substring, from start: Substring.Index) -> Substring.Index {
        var index = start
        while index < text.endIndex, text[index].isASCII, text[index].isNumber { index = text.index(after: index) }
        return index
    }
}
