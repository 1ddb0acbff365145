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
    private let codeLines: [Bool]
    private let codeSpans: [Range<Int>]
    private let blankLines: [Bool]
    private var characters: [Character] { text.characters }

    /// A scanner over the text `code` was made from, skipping its code.
    public init(_ code: MarkdownCode) {
        text = code.text
        codeLines = (0..<code.text.lineCount).map(code.isCodeLine)
        codeSpans = code.inlineCode
        let text = code.text
        blankLines = (0..<text.lineCount).map { line in text.line(line).allSatisfy(\.isWhitespace) }
    }

    /// Every formula in the source, in order.
    public func matches() -> [Match] {
        var found: [Match] = []
        var index = 0
        var span = 0
        while index < characters.count {
            let line = text.lineIndex(of: index)
            if codeLines[line] {
                index = text.endOfLine(line)
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
        switch characters[index] {
        case "\\":
            return index + (index + 1 < characters.count && isEscapable(characters[index + 1]) ? 2 : 1)
        case "$": return index + (startsWith("$$", at: index) ? 2 : 1)
        default: return index + 1
        }
    }

    private func formula(at index: Int) -> Match? {
        guard characters[index] == "$" else { return nil }
        return startsWith("$$", at: index) ? displayMath(at: index) : inlineMath(at: index)
    }

    private func displayMath(at start: Int) -> Match? {
        var index = start + 2
        while index < characters.count, staysInParagraph(index) {
            if characters[index] == "\\" {
                index += 2
            } else if startsWith("$$", at: index) {
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
        guard start + 1 < characters.count, !characters[start + 1].isWhitespace else { return nil }
        var index = start + 1
        while index < characters.count, staysInParagraph(index) {
            let character = characters[index]
            if character == "\\" {
                index += 2
            } else if character.isWhitespace {
                if index + 1 < characters.count, characters[index + 1] == "$" { return nil }
                index += 1
            } else if character == "$" {
                if index + 1 < characters.count, characters[index + 1].isASCII, characters[index + 1].isNumber {
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
        let line = text.lineIndex(of: index)
        return !blankLines[line] && !codeLines[line]
    }

    private func startsWith(_ prefix: String, at index: Int) -> Bool {
        var position = index
        for character in prefix {
            guard position < characters.count, characters[position] == character else { return false }
            position += 1
        }
        return true
    }

    private func isEscapable(_ character: Character) -> Bool {
        character.isASCII && (character.isPunctuation || character.isSymbol)
    }
}
