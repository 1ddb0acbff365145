import DescentText

/// Writes a `MathNode` tree as MathML Core markup.
///
/// Rows of one element are written without a redundant `<mrow>`. Table cells are aligned with
/// inline CSS (`<mtd style="text-align:right;padding-right:0">`), because MathML Core has no
/// `columnalign`; its user-agent style sheet centres cells with `text-align`, which this
/// overrides.
enum MathMLWriter {
    /// A complete `<math>` element for `tree`, with `tex` kept as an annotation.
    static func document(_ tree: MathNode, tex: String, display: Bool) -> String {
        let open = display ? "<math display=\"block\">" : "<math>"
        let annotation = HTMLEscaping.escape(tex.trimmingWhitespaceAndNewlines(), apostrophes: false)
        return open + "<semantics>" + write(tree)
            + "<annotation encoding=\"application/x-tex\">" + annotation + "</annotation>"
            + "</semantics></math>"
    }

    /// The markup of one node.
    static func write(_ node: MathNode) -> String {
        switch node {
        case .identifier(let text, let upright):
            let variant = upright && text.count == 1 ? " mathvariant=\"normal\"" : ""
            return "<mi\(variant)>\(HTMLEscaping.escape(text, apostrophes: false))</mi>"
        case .number(let text): return element("mn", HTMLEscaping.escape(text, apostrophes: false))
        case .operator(let op): return write(op)
        case .largeOperator(let text, _): return element("mo", HTMLEscaping.escape(text, apostrophes: false))
        case .function(let text, _): return element("mi", HTMLEscaping.escape(text, apostrophes: false))
        case .text(let text): return element("mtext", HTMLEscaping.escape(text, apostrophes: false))
        case .space(let width): return "<mspace width=\"\(width)\"></mspace>"
        case .row(let children): return writeRow(children)
        case .scripts(let base, let sub, let sup, let limits):
            return writeScripts(base: base, sub: sub, sup: sup, limits: limits)
        case .fraction(let numerator, let denominator, nil):
            return element("mfrac", write(numerator) + write(denominator))
        case .fraction(let numerator, let denominator, let displayStyle?):
            let fraction = element("mfrac", write(numerator) + write(denominator))
            return "<mstyle displaystyle=\"\(displayStyle)\">" + fraction + "</mstyle>"
        case .root(let radicand, nil): return element("msqrt", writeChildren(radicand))
        case .root(let radicand, let index?): return element("mroot", write(radicand) + write(index))
        case .accent(let base, let accent):
            return "<mover accent=\"true\">" + write(base) + write(accent) + "</mover>"
        case .fenced(let open, let body, let close):
            let inner = (open.map(write) ?? "") + writeChildren(.row(body)) + (close.map(write) ?? "")
            return element("mrow", inner)
        case .table(let table): return writeTable(table)
        case .error(let text): return element("merror", element("mtext", HTMLEscaping.escape(text, apostrophes: false)))
        }
    }

    private static func element(_ name: String, _ content: String) -> String {
        "<\(name)>\(content)</\(name)>"
    }

    private static func write(_ op: MathOperator) -> String {
        var attributes = ""
        if let className = op.className { attributes += " class=\"\(className)\"" }
        if op.fence { attributes += " fence=\"true\"" }
        if let form = op.form { attributes += " form=\"\(form.rawValue)\"" }
        if let stretchy = op.stretchy { attributes += " stretchy=\"\(stretchy)\"" }
        if let size = op.size { attributes += " minsize=\"\(size)\" maxsize=\"\(size)\"" }
        if let spacing = op.spacing { attributes += " lspace=\"\(spacing.lspace)\" rspace=\"\(spacing.rspace)\"" }
        return "<mo\(attributes)>\(text(of: op))</mo>"
    }

    /// An operator's escaped text; invisible operators as character references, so the markup
    /// shows them.
    private static func text(of op: MathOperator) -> String {
        let invisible: [String: String] = ["\u{2061}": "&#x2061;", "\u{2062}": "&#x2062;", "\u{2063}": "&#x2063;"]
        return invisible[op.text] ?? HTMLEscaping.escape(op.text, apostrophes: false)
    }

    /// One element for a row: the only child itself, or an `<mrow>` around several (or none).
    private static func writeRow(_ children: [MathNode]) -> String {
        if children.count == 1 { return write(children[0]) }
        return element("mrow", writeChildren(.row(children)))
    }

    /// The children of a row written one after another, for elements that infer an `<mrow>`.
    /// A function name is followed by U+2061 FUNCTION APPLICATION and, unless an operator or a
    /// fence follows, a thin space (TeX's spacing of `\sin x` against `\sin(x)`); it is
    /// preceded by a thin space when an ordinary atom comes before it (`p(x) \log q(x)`).
    private static func writeChildren(_ node: MathNode) -> String {
        guard case .row(let children) = node else { return write(node) }
        var result = ""
        for (position, child) in children.enumerated() {
            if child.isFunction, position > 0, !children[position - 1].endsWithOperator {
                result += "<mspace width=\"0.1667em\"></mspace>"
            }
            result += write(child)
            guard child.isFunction, position + 1 < children.count else { continue }
            result += "<mo>&#x2061;</mo>"
            if !children[position + 1].startsWithOperator {
                result += "<mspace width=\"0.1667em\"></mspace>"
            }
        }
        return result
    }

    private static func writeScripts(base: MathNode, sub: MathNode?, sup: MathNode?, limits: Bool) -> String {
        let names = limits ? ("munder", "mover", "munderover") : ("msub", "msup", "msubsup")
        // Chromium does not stretch an operator that is the base of scripts (`\Bigr)^2`); in
        // an <mrow> of its own it takes its fixed size.
        var baseMarkup = write(base)
        if case .operator(let op) = base, op.size != nil { baseMarkup = element("mrow", baseMarkup) }
        let content = baseMarkup + (sub.map(write) ?? "") + (sup.map(write) ?? "")
        switch (sub, sup) {
        case (_?, nil): return element(names.0, content)
        case (nil, _?): return element(names.1, content)
        default: return element(names.2, content)
        }
    }

    private static func writeTable(_ table: MathTable) -> String {
        let open = table.displayStyle ? "<mtable displaystyle=\"true\">" : "<mtable>"
        let rows = table.rows.map { cells in
            let written = cells.enumerated().map { column, cell in
                let style = cellStyle(table.alignment, column: column)
                return (style.isEmpty ? "<mtd>" : "<mtd style=\"\(style)\">") + writeChildren(.row(cell)) + "</mtd>"
            }
            return element("mtr", written.joined())
        }
        return open + rows.joined() + "</mtable>"
    }

    private static func cellStyle(_ alignment: MathTable.Alignment, column: Int) -> String {
        switch alignment {
        case .centered: ""
        case .left: "text-align:left"
        case .alternating:
            column.isMultiple(of: 2) ? "text-align:right;padding-right:0" : "text-align:left;padding-left:0"
        }
    }
}
