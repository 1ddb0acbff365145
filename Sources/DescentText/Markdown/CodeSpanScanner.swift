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
        var codes: [UInt8] = []
        var origin: [Int] = []
        for (number, range) in unit.enumerated() {
            if number > 0 {
                flat.append("\n")
                codes.append(UInt8(ascii: "\n"))
                origin.append(range.lowerBound - 1)
            }
            flat += text.characters[range]
            codes += text.asciiCodes[range]
            origin += range
        }
        let found = Self.scan(flat, codes: codes)
        let toText = { (range: Range<Int>) in origin[range.lowerBound]..<(origin[range.upperBound - 1] + 1) }
        return (found.spans.map(toText), found.comments.map(toText))
    }

    /// The spans and comments in `flat`, as ranges into it. `codes` are its characters'
    /// ``CharacterText/asciiCodes``: every marker is looked for there, and `flat` is read only
    /// after a backslash or at a `<`.
    static func scan(_ flat: [Character], codes: [UInt8]) -> (spans: [Range<Int>], comments: [Range<Int>]) {
        var found: [Range<Int>] = []
        var comments: [Range<Int>] = []
        let commentClosings = Self.commentClosings(codes)
        var index = 0
        while index < codes.count {
            switch codes[index] {
            case UInt8(ascii: "\\"):
                let next = index + 1 < flat.count ? flat[index + 1] : nil
                index += next.map { $0.isASCII && ($0.isPunctuation || $0.isSymbol) } == true ? 2 : 1
            case UInt8(ascii: "<"):
                if codes[index...].starts(with: "<!--".utf8) {
                    if let close = commentClosings[index + 4] {
                        comments.append(index..<(close + 3))
                        index = close + 3
                    } else {
                        index += 1
                    }
                } else {
                    index = inlineHTMLEnd(flat[...], from: index) ?? index + 1
                }
            case UInt8(ascii: "`"):
                let length = run(codes, from: index)
                if let close = closingRun(codes, from: index + length, length: length) {
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

    /// For each offset into `codes`, the index of the first `-->` starting at or after it.
    private static func commentClosings(_ codes: [UInt8]) -> [Int?] {
        var closings = [Int?](repeating: nil, count: codes.count + 1)
        var next: Int?
        for index in stride(from: codes.count - 1, through: 0, by: -1) {
            if index + 2 < codes.count, codes[index] == UInt8(ascii: "-"), codes[index + 1] == UInt8(ascii: "-"),
                codes[index + 2] == UInt8(ascii: ">")
            {
                next = index
            }
            closings[index] = next
        }
        return closings
    }

    private static func run(_ codes: [UInt8], from start: Int) -> Int {
        var end = start
        while end < codes.count, codes[end] == UInt8(ascii: "`") { end += 1 }
        return end - start
    }

    private static func closingRun(_ codes: [UInt8], from start: Int, length: Int) -> Int? {
        var index = start
        while index < codes.count {
            guard codes[index] == UInt8(ascii: "`") else {
                index += 1
                continue
            }
            let found = run(codes, from: index)
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
