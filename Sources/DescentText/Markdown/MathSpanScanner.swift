/// Finds the `$…$` and `$$…$$` spans in Markdown prose, skipping everything that is not prose.
///
/// Rules (pandoc's, for inline math):
/// - `\` before ASCII punctuation is a Markdown escape; `\$` is a literal dollar.
/// - Code spans, inline HTML comments `<!-- … -->` and code lines, as `MarkdownCode` finds
///   them, are skipped.
/// - `$$` opens display math, closed by the next `$$`; it may span lines.
/// - `$` opens inline math when not followed by white space; the first later `$` closes it,
///   which must not be preceded by white space nor followed by a digit, so "costs $5 and $6"
///   is not math.
/// - Neither kind crosses a blank line or a code line; an unmatched `$` is literal text.
///
/// Shared by the site (which converts each formula) and inline references (which are set as
/// TeX inside a formula).
public struct MathSpanScanner {
    /// A formula's place in the source: the delimiters' range and the TeX's range, as indices.
    public struct Match: Equatable, Sendable {
        /// The formula with its dollars.
        public let whole: Range<Int>
        /// The TeX between the dollars.
        public let tex: Range<Int>
        /// Whether it is `$$…$$`.
        public let display: Bool
    }

    /// The text scanned.
    public let text: CharacterText
    private let codeSpans: [Range<Int>]
    /// For each character, whether its line is a code line.
    private let inCodeLine: [Bool]
    /// For each character, whether its line is a code line or blank: no formula crosses it.
    private let inStoppingLine: [Bool]
    private var characters: [Character] { text.characters }
    /// Where the scanner looks for its markers (`$`, `\\`): comparing `Character`s costs a
    /// string comparison each (``CharacterText/asciiCodes``).
    private var codes: [UInt8] { text.asciiCodes }

    /// A scanner over the text `code` was made from, skipping its code.
    public init(_ code: MarkdownCode) {
        let text = code.text
        self.text = text
        codeSpans = code.inlineCode
        // Per character rather than per line, so that the scan never looks up a character's line.
        var inCodeLine = [Bool](repeating: false, count: text.characters.count)
        var inStoppingLine = inCodeLine
        for line in 0..<text.lineCount {
            let isCode = code.isCodeLine(line)
            guard isCode || text.line(line).allSatisfy(\.isWhitespace) else { continue }
            // The line's characters and its line break, as `CharacterText.lineIndex` counts them.
            for index in text.lineStarts[line]..<text.endOfLine(line) {
                inCodeLine[index] = isCode
                inStoppingLine[index] = true
            }
        }
        self.inCodeLine = inCodeLine
        self.inStoppingLine = inStoppingLine
    }

    /// Every formula in the source, in order.
    public func matches() -> [Match] {
        var found: [Match] = []
        var index = 0
        var span = 0
        while index < characters.count {
            if inCodeLine[index] {
                index = text.endOfLine(text.lineIndex(of: index))
                continue
            }
            while span < codeSpans.count, codeSpans[span].upperBound <= index { span += 1 }
            if span < codeSpans.count, codeSpans[span].lowerBound == index {
                index = codeSpans[span].upperBound
                continue
            }
            if let match = formula(at: index) {
                found.append(match)
                index = match.whole.upperBound
            } else {
                index = skip(at: index)
            }
        }
        return found
    }

    /// The index after the prose element at `index` that is not a formula.
    private func skip(at index: Int) -> Int {
        switch codes[index] {
        case UInt8(ascii: "\\"): return index + (index + 1 < codes.count && isEscapable(codes[index + 1]) ? 2 : 1)
        case UInt8(ascii: "$"): return index + (isDoubleDollar(at: index) ? 2 : 1)
        default: return index + 1
        }
    }

    private func formula(at index: Int) -> Match? {
        guard codes[index] == UInt8(ascii: "$") else { return nil }
        return isDoubleDollar(at: index) ? displayMath(at: index) : inlineMath(at: index)
    }

    private func displayMath(at start: Int) -> Match? {
        var index = start + 2
        while index < characters.count, staysInParagraph(index) {
            if codes[index] == UInt8(ascii: "\\") {
                index += 2
            } else if isDoubleDollar(at: index) {
                let tex = (start + 2)..<index
                guard characters[tex].contains(where: { !$0.isWhitespace }) else { return nil }
                return Match(whole: start..<(index + 2), tex: tex, display: true)
            } else {
                index += 1
            }
        }
        return nil
    }

    private func inlineMath(at start: Int) -> Match? {
        guard start + 1 < characters.count, !isWhitespace(start + 1) else { return nil }
        var index = start + 1
        while index < characters.count, staysInParagraph(index) {
            let code = codes[index]
            if code == UInt8(ascii: "\\") {
                index += 2
            } else if isWhitespace(index) {
                if index + 1 < codes.count, codes[index + 1] == UInt8(ascii: "$") { return nil }
                index += 1
            } else if code == UInt8(ascii: "$") {
                if index + 1 < codes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(codes[index + 1]) {
                    return nil
                }
                return Match(whole: start..<(index + 1), tex: (start + 1)..<index, display: false)
            } else {
                index += 1
            }
        }
        return nil
    }

    /// False once `index` has moved onto a blank line or a code line.
    private func staysInParagraph(_ index: Int) -> Bool {
        !inStoppingLine[index]
    }

    private func isDoubleDollar(at index: Int) -> Bool {
        index + 1 < codes.count && codes[index] == UInt8(ascii: "$") && codes[index + 1] == UInt8(ascii: "$")
    }

    /// Whether the character at `index` is white space (an ASCII one told by its code).
    private func isWhitespace(_ index: Int) -> Bool {
        let code = codes[index]
        guard code == CharacterText.notASCII else { return code == 0x20 || (0x09...0x0D).contains(code) }
        return characters[index].isWhitespace
    }

    /// ASCII punctuation and symbols: every printable ASCII character but letters and digits.
    private func isEscapable(_ code: UInt8) -> Bool {
        (0x21...0x7E).contains(code) && !(0x30...0x39).contains(code) && !(0x41...0x5A).contains(code)
            && !(0x61...0x7A).contains(code)
    }
}
