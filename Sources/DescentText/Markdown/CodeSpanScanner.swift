/// Finds the code spans (§6.1) in one paragraph or heading: a run of N backticks opens a span
/// that the next run of exactly N backticks closes; with no such run, the backticks are
/// literal. A backslash escapes a backtick outside a span; an autolink or inline HTML tag that
/// starts first is skipped whole (§6.5, §6.6), as its precedence demands.
struct CodeSpanScanner {
    let text: CharacterText
    /// The unit's content, line by line, as character ranges into `text`.
    let unit: [Range<Int>]

    /// The spans, backticks included, as ranges into `text`.
    func spans() -> [Range<Int>] {
        // The unit flattened, lines joined by "\n"; `origin` maps back to `text`.
        var flat: [Character] = []
        var origin: [Int] = []
        for (number, range) in unit.enumerated() {
            if number > 0 {
                flat.append("\n")
                origin.append(range.lowerBound - 1)
            }
            flat += text.characters[range]
            origin += Array(range)
        }
        return Self.spans(in: flat[...]).map { origin[$0.lowerBound]..<(origin[$0.upperBound - 1] + 1) }
    }

    /// The spans in `flat`, as ranges into it.
    static func spans(in flat: ArraySlice<Character>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = flat.startIndex
        while index < flat.endIndex {
            switch flat[index] {
            case "\\":
                let next = index + 1 < flat.endIndex ? flat[index + 1] : nil
                index += next.map { $0.isASCII && ($0.isPunctuation || $0.isSymbol) } == true ? 2 : 1
            case "<":
                index = inlineHTMLEnd(flat, from: index) ?? index + 1
            case "`":
                let length = run(flat, from: index)
                if let close = closingRun(flat, from: index + length, length: length) {
                    found.append(index..<(close + length))
                    index = close + length
                } else {
                    index += length
                }
            default:
                index += 1
            }
        }
        return found
    }

    private static func run(_ flat: ArraySlice<Character>, from start: Int) -> Int {
        var end = start
        while end < flat.endIndex, flat[end] == "`" { end += 1 }
        return end - start
    }

    private static func closingRun(_ flat: ArraySlice<Character>, from start: Int, length: Int) -> Int? {
        var index = start
        while index < flat.endIndex {
            guard flat[index] == "`" else {
                index += 1
                continue
            }
            let found = run(flat, from: index)
            if found == length { return index }
            index += found
        }
        return nil
    }

    /// The end of an autolink, HTML comment or tag starting at `start`, if there is one.
    private static func inlineHTMLEnd(_ flat: ArraySlice<Character>, from start: Int) -> Int? {
        if let end = autolinkEnd(flat, from: start) { return end }
        if flat[start...].starts(with: "<!--") {
            var index = start + 4
            while index + 2 < flat.endIndex {
                if flat[index] == "-", flat[index + 1] == "-", flat[index + 2] == ">" { return index + 3 }
                index += 1
            }
            return nil
        }
        return HTMLTagSyntax.tagEnd(flat, from: start, allowLineBreaks: true)
    }

    /// `<scheme:…>` with a scheme of 2–32 letters, digits, `+`, `.`, `-` (§6.5).
    private static func autolinkEnd(_ flat: ArraySlice<Character>, from start: Int) -> Int? {
        var index = start + 1
        guard index < flat.endIndex, flat[index].isASCII, flat[index].isLetter else { return nil }
        while index < flat.endIndex, flat[index].isASCII,
            flat[index].isLetter || flat[index].isNumber || "+.-".contains(flat[index])
        {
            index += 1
        }
        guard (2...32).contains(index - start - 1), index < flat.endIndex, flat[index] == ":" else { return nil }
        while index < flat.endIndex, flat[index] != ">" {
            if flat[index] == "<" || flat[index].isWhitespace { return nil }
            index += 1
        }
        return index < flat.endIndex ? index + 1 : nil
    }
}
