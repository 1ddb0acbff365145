import DescentText

extension MathParser {
    /// A control sequence and its arguments; the cursor is on the command token.
    func parseCommand(_ name: String, at offset: Int) -> MathNode {
        if let node = parseSymbolCommand(name) {
            index += 1
            return node
        }
        switch name {
        case "right", "end", "\\", "limits", "nolimits":
            return parseStray()
        case "":
            index += 1
            warn("stray '\\' at the end of the formula", at: offset)
            return .error("\\")
        default:
            index += 1
            return parseStructure(name, at: offset) ?? unknownCommand(name, at: offset)
        }
    }

    /// A command that is a single symbol from `MathSymbols`, or nil.
    private func parseSymbolCommand(_ name: String) -> MathNode? {
        if let identifier = MathSymbols.identifiers[name] {
            return .identifier(identifier.text, upright: identifier.upright)
        }
        if let text = MathSymbols.operators[name] { return .operator(MathOperator(text: text)) }
        if var delimiter = MathSymbols.delimiters[name] {
            delimiter.stretchy = false
            return .operator(delimiter)
        }
        if let big = MathSymbols.largeOperators[name] { return .largeOperator(big.text, limits: big.limits) }
        if let function = MathSymbols.functions[name] {
            return .function(function.text, limits: function.limits)
        }
        if let width = MathSymbols.spaces[name] { return .space(width: width) }
        return nil
    }

    /// A command with arguments (the command token already consumed), or nil if unknown.
    private func parseStructure(_ name: String, at offset: Int) -> MathNode? {
        let command = "\\" + name
        if let size = MathSymbols.delimiterSizes[name] {
            return parseSizedDelimiter(command, size: size, at: offset)
        }
        if let accent = MathSymbols.accents[name] {
            let base = parseArgument(of: command, at: offset)
            let className = name == "vec" ? "math-vec" : nil
            return .accent(base, MathOperator(text: accent.text, stretchy: accent.stretchy, className: className))
        }
        switch name {
        case "frac", "dfrac", "tfrac":
            let numerator = parseArgument(of: command, at: offset)
            let style: [String: Bool] = ["dfrac": true, "tfrac": false]
            return .fraction(
                numerator: numerator, denominator: parseArgument(of: command, at: offset), displayStyle: style[name])
        case "sqrt": return parseRoot(at: offset)
        case "text", "textrm": return .text(MathTextMode.normalize(textArgument(of: command, at: offset)))
        case "mathrm": return MathAlphabet.roman.apply(to: parseArgument(of: command, at: offset))
        case "mathbf": return MathAlphabet.bold.apply(to: parseArgument(of: command, at: offset))
        case "mathbb": return MathAlphabet.doubleStruck.apply(to: parseArgument(of: command, at: offset))
        case "mathcal", "mathscr": return MathAlphabet.script.apply(to: parseArgument(of: command, at: offset))
        case "operatorname": return parseOperatorName(at: offset)
        case "left": return parseFenced(at: offset)
        case "begin": return parseEnvironment(at: offset)
        default: return nil
        }
    }

    private func unknownCommand(_ name: String, at offset: Int) -> MathNode {
        var message = "unknown command '\\\(name)'"
        if let suggestion = Suggestion.closest(to: name, in: MathSymbols.allCommands) {
            message += "; did you mean '\\\(suggestion)'?"
        }
        warn(message, at: offset)
        return .error("\\" + name)
    }

    /// `\big(`, `\Bigl[`, `\biggr\rVert` …: a delimiter at a fixed size (`minsize` = `maxsize`).
    private func parseSizedDelimiter(_ command: String, size: MathSymbols.DelimiterSize, at offset: Int) -> MathNode {
        guard var delimiter = parseDelimiter(after: command, at: offset) else { return .row([]) }
        delimiter.stretchy = true
        delimiter.form = size.form
        delimiter.size = size.height
        return .operator(delimiter)
    }

    /// `\sqrt{x}` or `\sqrt[n]{x}`.
    private func parseRoot(at offset: Int) -> MathNode {
        var rootIndex: MathNode?
        if let open = current, open.kind == .symbol("[") {
            index += 1
            rootIndex = nested(
                at: open.offset, fallback: { $0 },
                body: {
                    let nodes = parseRow(until: .bracket)
                    if current?.kind == .symbol("]") {
                        index += 1
                    } else {
                        warn("'[' after '\\sqrt' is never closed", at: open.offset)
                    }
                    return .row(nodes)
                })
        }
        return .root(parseArgument(of: "\\sqrt", at: offset), index: rootIndex)
    }

    /// `\operatorname{name}`, or `\operatorname*{name}` with limits in display style.
    private func parseOperatorName(at offset: Int) -> MathNode {
        var limits = false
        if current?.kind == .symbol("*") {
            index += 1
            limits = true
        }
        let name = MathTextMode.normalize(textArgument(of: "\\operatorname", at: offset))
        return .function(name, limits: limits)
    }

    /// The raw source of a text-mode argument: a braced group or a single token.
    private func textArgument(of command: String, at offset: Int) -> String {
        if let text = rawGroupText() { return text }
        switch current?.kind {
        case .letter, .symbol, .number:
            let token = tokens[index]
            _ = parseArgument(of: command, at: offset)
            return String(source[token.offset])
        default:
            warn("missing argument for '\(command)'", at: offset)
            return ""
        }
    }

    /// The source between a `{` under the cursor and its matching `}`, consumed; nil when the
    /// cursor is not on a `{`. An unclosed group is reported and runs to the end of the formula.
    func rawGroupText() -> String? {
        guard let open = current, open.kind == .beginGroup else { return nil }
        var level = 0
        for position in index..<tokens.count {
            if tokens[position].kind == .beginGroup { level += 1 }
            if tokens[position].kind == .endGroup { level -= 1 }
            if level == 0 {
                index = position + 1
                return String(source[(open.offset + 1)..<tokens[position].offset])
            }
        }
        warn("unbalanced braces: '{' is never closed", at: open.offset)
        index = tokens.count
        return String(source[(open.offset + 1)...])
    }
}
