import DescentText

/// Parses TeX math into a `MathNode` tree, collecting warnings instead of failing.
///
/// A recursive-descent parser over `MathToken`s. Nesting is limited to `maximumDepth` levels so
/// that hostile input (ten thousand `{`) cannot overflow the stack: past the limit the parser
/// reports one warning, shows the rest of the formula as an error and stops.
final class MathParser {
    /// The deepest nesting of groups, arguments, fences and environments accepted.
    static let maximumDepth = 50

    /// What ends the row being parsed.
    enum RowEnd {
        /// The end of the formula.
        case input
        /// `}`
        case group
        /// `]` (the index of `\sqrt[n]{x}`).
        case bracket
        /// `\right`
        case right
        /// `&`, `\\` or `\end` (a table cell).
        case cell
    }

    let source: [Character]
    var tokens: [MathToken]
    var index = 0
    let display: Bool
    /// Problems found so far, in source order.
    /// Each is a message at a 0-based character offset into the TeX.
    private(set) var warnings: [(offset: Int, message: String)] = []
    private var depth = 0
    private var abandoned = false

    /// A parser for `tex`; `display` selects display-style limits on `\sum` and friends.
    init(_ tex: String, display: Bool) {
        source = Array(tex)
        tokens = MathTokenizer.tokens(source)
        self.display = display
    }

    /// Parses the whole formula.
    func parse() -> MathNode {
        .row(parseRow(until: .input))
    }

    /// The token under the cursor, nil at the end.
    var current: MathToken? { index < tokens.count ? tokens[index] : nil }

    /// Records a warning at the 0-based character `offset`, unless parsing was abandoned.
    func warn(_ message: String, at offset: Int) {
        guard !abandoned else { return }
        warnings.append((offset, message))
    }

    /// Runs `body` one nesting level deeper, or abandons the formula past `maximumDepth`.
    func nested<T>(at offset: Int, fallback: (MathNode) -> T, body: () -> T) -> T {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            warn("formula nested too deeply (more than \(Self.maximumDepth) levels)", at: offset)
            abandoned = true
            index = tokens.count
            return fallback(.error(String(source[offset...].prefix(20)) + "…"))
        }
        return body()
    }

    /// Parses atoms until `end` (left for the caller to consume) or the end of input, grouped
    /// for MathML's operator spacing (`MathRowGrouping`).
    func parseRow(until end: RowEnd) -> [MathNode] {
        var nodes: [MathNode] = []
        while let token = current, !isEnd(end, token.kind) {
            nodes.append(isTerminator(token.kind) ? parseStray() : parseAtom())
        }
        return MathRowGrouping.group(nodes)
    }

    private func isEnd(_ end: RowEnd, _ kind: MathToken.Kind) -> Bool {
        switch end {
        case .input: false
        case .group: kind == .endGroup
        case .bracket: kind == .symbol("]")
        case .right: kind == .command("right")
        case .cell: kind == .alignmentTab || kind == .command("\\") || kind == .command("end")
        }
    }

    private func isTerminator(_ kind: MathToken.Kind) -> Bool {
        [.endGroup, .alignmentTab, .command("\\"), .command("right"), .command("end")].contains(kind)
    }

    /// One atom (a primary with its scripts); the cursor is on its first token.
    func parseAtom() -> MathNode {
        switch current?.kind {
        case .superscript, .subscript, .prime: parseScripts(on: .row([]))
        default: parseScripts(on: parsePrimary())
        }
    }

    /// One token's worth of math: a letter, number, symbol, group or command.
    func parsePrimary() -> MathNode {
        guard let token = current else { return .row([]) }
        switch token.kind {
        case .letter(let letter):
            index += 1
            return .identifier(String(letter), upright: false)
        case .number(let digits):
            index += 1
            return .number(digits.replacingAll("-", with: "\u{2212}"))
        case .symbol(let symbol):
            index += 1
            return .operator(MathSymbols.symbolOperator(symbol))
        case .tie:
            index += 1
            return .space(width: "0.3333em")
        case .beginGroup:
            return .row(parseGroup())
        case .command(let name):
            return parseCommand(name, at: token.offset)
        default:
            return parseStray()
        }
    }

    /// A `{…}` group; the cursor is on the `{`.
    func parseGroup() -> [MathNode] {
        let open = tokens[index]
        index += 1
        return nested(
            at: open.offset, fallback: { [$0] },
            body: {
                let nodes = parseRow(until: .group)
                if current?.kind == .endGroup {
                    index += 1
                } else {
                    warn("unbalanced braces: '{' is never closed", at: open.offset)
                }
                return nodes
            })
    }

    /// The required argument of `command` (a group or a single token), or an error node.
    func parseArgument(of command: String, at offset: Int) -> MathNode {
        guard let token = current else { return missingArgument(of: command, at: offset) }
        switch token.kind {
        case .beginGroup:
            return .row(parseGroup())
        case .letter, .symbol, .tie:
            return parsePrimary()
        case .number(let digits):
            return .number(takeFirstDigit(of: digits, at: token.offset))
        case .command:
            return nested(at: token.offset, fallback: { $0 }, body: { parsePrimary() })
        default:
            return missingArgument(of: command, at: offset)
        }
    }

    private func missingArgument(of command: String, at offset: Int) -> MathNode {
        warn("missing argument for '\(command)'", at: offset)
        return .error(command)
    }

    /// TeX takes one digit as an argument (`x^23` is x² followed by 3): consumes the first
    /// character of the number token under the cursor and re-tokenizes the rest in place.
    private func takeFirstDigit(of digits: String, at offset: Int) -> String {
        let rest = MathTokenizer.tokens(Array(digits.dropFirst())).map {
            MathToken(kind: $0.kind, offset: $0.offset + offset + 1)
        }
        tokens.replaceSubrange(index...index, with: rest)
        return String(digits.prefix(1))
    }
}
