/// Light syntax highlighting for the text of an experiment block, as `<span>`s with classes;
/// all text is HTML-escaped.
///
/// - `hl-key`: a `key:` at the start of a line (letters of any script, digits, `_`, `-`),
///   e.g. `lr:`, `optimizer:`, `η:`;
/// - `hl-objective`: a bare objective line such as `f(w) = w^2` (a name, a parenthesised
///   argument list, then `=`);
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
        let (code, comment) = splitComment(line)
        var html = ""
        var rest = code
        if let key = leadingKey(code) {
            html += "<span class=\"hl-key\">\(HTMLEscaping.escape(String(key)))</span>"
            rest = code[key.endIndex...]
        }
        if html.isEmpty, isObjective(code) {
            html += "<span class=\"hl-objective\">\(numbers(code))</span>"
        } else {
            html += numbers(rest)
        }
        if let comment {
            html += "<span class=\"hl-comment\">\(HTMLEscaping.escape(String(comment)))</span>"
        }
        return html
    }

    /// The line before its comment, and the comment (from `#`), if any.
    private static func splitComment(_ line: Substring) -> (Substring, Substring?) {
        var previous: Character?
        for index in line.indices {
            if line[index] == "#", previous?.isWhitespace ?? true { return (line[..<index], line[index...]) }
            previous = line[index]
        }
        return (line, nil)
    }

    /// The `key:` (with leading spaces and the colon) that starts `line`, if any.
    private static func leadingKey(_ line: Substring) -> Substring? {
        let body = line.drop { $0 == " " || $0 == "\t" }
        let name = body.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        guard let first = name.first, first.isLetter, body.dropFirst(name.count).first == ":" else { return nil }
        return line[..<body.index(name.endIndex, offsetBy: 1)]
    }

    private static func isObjective(_ line: Substring) -> Bool {
        let body = line.drop { $0 == " " || $0 == "\t" }
        let name = body.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "'" }
        guard let first = name.first, first.isLetter else { return false }
        let afterName = body.dropFirst(name.count).drop { $0 == " " }
        guard afterName.first == "(", let close = afterName.firstIndex(of: ")") else { return false }
        return afterName[afterName.index(after: close)...].drop { $0 == " " }.first == "="
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
           text[text.index(after: index)].isASCII, text[text.index(after: index)].isNumber {
            index = skipDigits(text, from: text.index(after: index))
        }
        guard index > digitsStart, text[digitsStart] != "." else { return nil }
        if index < text.endIndex, text[index] == "e" || text[index] == "E" {
            var exponent = text.index(after: index)
            if exponent < text.endIndex, text[exponent] == "-" || text[exponent] == "+" { exponent = text.index(after: exponent) }
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
