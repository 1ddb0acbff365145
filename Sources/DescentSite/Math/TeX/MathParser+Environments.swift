import DescentText

extension MathParser {
    /// `\left<delimiter> … \right<delimiter>`; the `\left` token already consumed.
    func parseFenced(at offset: Int) -> MathNode {
        let open = parseDelimiter(after: "\\left", at: offset)
        return nested(
            at: offset, fallback: { $0 },
            body: {
                let body = parseRow(until: .right)
                guard let right = current, right.kind == .command("right") else {
                    warn("'\\left' without matching '\\right'", at: offset)
                    return .fenced(open: fence(open, .prefix), body: body, close: nil)
                }
                index += 1
                let close = parseDelimiter(after: "\\right", at: right.offset)
                return .fenced(open: fence(open, .prefix), body: body, close: fence(close, .postfix))
            })
    }

    private func fence(_ delimiter: MathOperator?, _ form: MathOperator.Form) -> MathOperator? {
        delimiter.map { MathOperator(text: $0.text, form: form, stretchy: true, fence: true) }
    }

    /// The delimiter after `\left`, `\right`: a bracket, a bar, a delimiter command, or `.` for
    /// none (nil). A missing delimiter is reported and also gives nil.
    func parseDelimiter(after command: String, at offset: Int) -> MathOperator? {
        let angles: [Character: String] = ["<": "⟨", ">": "⟩"]
        switch current?.kind {
        case .symbol("."):
            index += 1
            return nil
        case .symbol(let symbol) where "()[]|/<>".contains(symbol):
            index += 1
            return MathOperator(text: angles[symbol] ?? String(symbol))
        case .command(let name) where MathSymbols.delimiters[name] != nil:
            index += 1
            return MathSymbols.delimiters[name]
        default:
            warn("missing delimiter after '\(command)'; use '.' for none", at: offset)
            return nil
        }
    }

    /// `\begin{name} … \end{name}`; the `\begin` token already consumed.
    func parseEnvironment(at offset: Int) -> MathNode {
        guard let name = rawGroupText() else {
            warn("missing environment name after '\\begin'", at: offset)
            return .error("\\begin")
        }
        let known = MathSymbols.environments.contains(name)
        if !known {
            var message = "unknown environment '\(name)'"
            if let suggestion = Suggestion.closest(to: name, in: MathSymbols.environments) {
                message += "; did you mean '\(suggestion)'?"
            }
            warn(message, at: offset)
        }
        return nested(
            at: offset, fallback: { $0 },
            body: {
                let table = environmentNode(name, rows: parseTableRows(name, at: offset))
                return known ? table : .row([.error("\\begin{\(name)}"), table])
            })
    }

    /// Rows of cells separated by `&` and `\\`, up to and including `\end{name}`.
    private func parseTableRows(_ name: String, at offset: Int) -> [[[MathNode]]] {
        var rows: [[[MathNode]]] = []
        var cells: [[MathNode]] = []
        while true {
            cells.append(parseRow(until: .cell))
            guard let token = current else {
                warn("'\\begin{\(name)}' without matching '\\end{\(name)}'", at: offset)
                break
            }
            index += 1
            if token.kind == .alignmentTab { continue }
            rows.append(cells)
            cells = []
            if token.kind == .command("end") {
                let endName = rawGroupText() ?? ""
                if endName != name {
                    warn("'\\begin{\(name)}' ended by '\\end{\(endName)}'", at: token.offset)
                }
                break
            }
        }
        if !cells.isEmpty { rows.append(cells) }
        if rows.count > 1, rows.last == [[]] { rows.removeLast() }
        return rows
    }

    private func environmentNode(_ name: String, rows: [[[MathNode]]]) -> MathNode {
        let plain = MathNode.table(MathTable(rows: rows, alignment: .centered, displayStyle: false))
        let stretchy = { (text: String, form: MathOperator.Form) in
            MathOperator(text: text, form: form, stretchy: true, fence: true)
        }
        switch name {
        case "aligned", "align", "align*":
            return .table(MathTable(rows: rows, alignment: .alternating, displayStyle: true))
        case "gathered":
            return .table(MathTable(rows: rows, alignment: .centered, displayStyle: true))
        case "pmatrix": return .fenced(open: stretchy("(", .prefix), body: [plain], close: stretchy(")", .postfix))
        case "bmatrix": return .fenced(open: stretchy("[", .prefix), body: [plain], close: stretchy("]", .postfix))
        case "vmatrix": return .fenced(open: stretchy("|", .prefix), body: [plain], close: stretchy("|", .postfix))
        case "cases":
            let table = MathNode.table(MathTable(rows: rows, alignment: .left, displayStyle: false))
            return .fenced(open: stretchy("{", .prefix), body: [table], close: nil)
        default: return plain
        }
    }
}
