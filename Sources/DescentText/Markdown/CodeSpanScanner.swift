/// Finds the code spans (§6.1) and HTML comments (§6.6) in one paragraph or heading: a run of N
/// backticks opens a span that the next run of exactly N backticks closes; with no such run,
/// the backticks are literal. A backslash escapes a backtick outside a span; an autolink or
/// inline HTML tag that starts first is skipped whole (§6.5, §6.6), as its precedence demands.
/// Linear in the paragraph: the next `-->` is looked up, not searched for, and a tag or
/// autolink is read for at most `maximumTagLength` characters.
struct CodeSpanScanner {
    let text: CharacterText
    /// The unit's content, line by line, as character ranges into `text`.
    let unit: [Range<Int>]

    /// The longest inline tag or autolink read; a longer one is taken for text.
    static let maximumTagLength = 4_096

    /// The code spans (backticks included) and the HTML comments, as ranges into `text`.
    func scan() -> (spans: [Range<Int>], comments: [Range<Int>]) {
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
        let found = Self.scan(flat[...])
        let toText = { (range: Range<Int>) in origin[range.lowerBound]..<(origin[range.upperBound - 1] + 1) }
        return (found.spans.map(toText), found.comments.map(toText))
    }

    /// The spans and comments in `flat`, as ranges into it.
    static func scan(_ flat: ArraySlice<Character>) -> (spans: [Range<Int>], comments: [Range<Int>]) {
        var found: [Range<Int>] = []
        var comments: [Range<Int>] = []
        let commentClosings = Self.commentClosings(flat)
        var index = flat.startIndex
        while index < flat.endIndex {
            switch flat[index] {
            case "\\":
                let next = index + 1 < flat.endIndex ? flat[index + 1] : nil
                index += next.map { $0.isASCII && ($0.isPunctuation || $0.isSymbol) } == true ? 2 : 1
            case "<":
                if flat[index...].starts(with: "<!--") {
                    if let close = commentClosings[index - flat.startIndex + 4] {
                        comments.append(index..<(close + 3))
                        index = close + 3
                    } else {
                        index += 1
                    }
                } else {
                    index = inlineHTMLEnd(flat, from: index) ?? index + 1
                }
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
        return (found, comments)
    }

    /// For each offset into `flat`, the index of the first `-->` starting at or after it.
    private static func commentClosings(_ flat: ArraySlice<Character>) -> [Int?] {
        var closings = [Int?](repeating: nil, count: flat.count + 1)
        var next: Int?
        for offset in stride(from: flat.count - 1, through: 0, by: -1) {
            let index = flat.startIndex + offset
            if index + 2 < flat.endIndex, flat[index] == "-", flat[index + 1] == "-", flat[index + 2] == ">" {
                next = index
            }
            closings[offset] = next
        }
        return closings
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

    /// The end of an autolink or tag starting at `start`, if there is one.
    private static func inlineHTMLEnd(_ flat: ArraySlice<Character>, from start: Int) -> Int? {
        let window = flat[start..<min(flat.endIndex, start + maximumTagLength)]
        if let end = autolinkEnd(window, from: start) { return end }
        return HTMLTagSyntax.tagEnd(window, from: start, allowLineBreaks: true)
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
