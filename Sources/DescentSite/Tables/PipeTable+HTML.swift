import DescentText

extension PipeTable {
    /// The table as HTML inside a horizontally scrolling container.
    ///
    /// - A named table (`label`) gets `aria-label`, and its scroll container is a focusable,
    ///   named region, so a keyboard can scroll it.
    /// - Header cells have `scope="col"`.
    /// - A column is numeric when every non-empty body cell is a number (`Numeral`), rows that
    ///   mark an elision (`⋮` in the first cell) aside; its cells get `class="num"`
    ///   (right-aligned, tabular figures, in the stylesheet). Any other explicit alignment
    ///   becomes `class="left"`, `"center"` or `"right"` — never an inline style.
    /// - A cell that is a number is set typographically (`Numeral.html`: real minus,
    ///   `× 10<sup>−4</sup>`, no wrapping); in a numeric column, numbers without an exponent
    ///   are padded with figure spaces so that their decimal points line up.
    /// - Other cells are inline Markdown rendered by cmark with `options` (so raw HTML follows
    ///   the lesson's opt-in, and math placeholders pass through for `MathSubstitution`).
    ///
    /// Like GFM, a table without body rows has no `<tbody>`.
    public func html(options: MarkdownDocument.Options = []) -> String {
        let columns = (0..<alignments.count).map(column)
        let name = label.map { " aria-label=\"\(HTMLEscaping.escape($0))\"" } ?? ""
        var html =
            "<div class=\"table-scroll\"" + (label == nil ? "" : " role=\"region\" tabindex=\"0\"\(name)") + ">\n"
        html += "<table\(name)>\n<thead>\n"
        html += row(header, element: "th scope=\"col\"", columns: columns, options: options)
        html += "</thead>\n"
        if !rows.isEmpty {
            html += "<tbody>\n"
            for cells in rows { html += row(cells, element: "td", columns: columns, options: options) }
            html += "</tbody>\n"
        }
        return html + "</table>\n</div>\n"
    }

    /// How a column is set: its class, and the fraction digits its decimal points line up at.
    private struct ColumnStyle {
        var className: String?
        var fractionDigits: Int?
    }

    private func row(_ cells: [String], element: String, columns: [ColumnStyle], options: MarkdownDocument.Options)
        -> String
    {
        var html = "<tr>\n"
        let name = element.prefix { $0 != " " }
        for (column, cell) in cells.enumerated() {
            let style = columns[column]
            html += "<\(element)" + (style.className.map { " class=\"\($0)\"" } ?? "") + ">"
            if name == "td", let numeral = Numeral(parsing: cell) {
                html += numeral.html + Self.padding(numeral, to: style.fractionDigits)
            } else {
                html += Self.keepingSettingsTogether(InlineMarkdown.html(cell, options: options))
            }
            html += "</\(name)>\n"
        }
        return html + "</tr>\n"
    }

    /// A cell's HTML with the spaces around ` = ` and before a trailing ` ★` made non-breaking,
    /// so a wrapped label breaks between settings (`Nesterov (momentum 0.4026) with`
    /// / `η = 0.25 ★`), never inside one (`η` / `= 0.25`) or before its star.
    static func keepingSettingsTogether(_ html: String) -> String {
        guard html.contains(" = ") || html.contains(" ★") else { return html }
        return html.replacingAll(" = ", with: "\u{00A0}=\u{00A0}")
            .replacingAll(" ★", with: "\u{00A0}★")
    }

    private func column(_ index: Int) -> ColumnStyle {
        let cells = rows.filter { $0.first != "⋮" }.map { $0[index] }.filter { !$0.isEmpty }
        let numerals = cells.compactMap { Numeral(parsing: $0) }
        guard !cells.isEmpty, numerals.count == cells.count else {
            switch alignments[index] {
            case .left: return ColumnStyle(className: "left")
            case .center: return ColumnStyle(className: "center")
            case .right: return ColumnStyle(className: "right")
            case .none: return ColumnStyle()
            }
        }
        let fractions = numerals.filter { $0.kind == .finite && $0.exponent == nil }.map(Self.fractionDigits)
        return ColumnStyle(className: "num", fractionDigits: fractions.max())
    }

    private static func fractionDigits(_ numeral: Numeral) -> Int {
        numeral.mantissa.firstIndex(of: ".").map {
            numeral.mantissa.distance(from: $0, to: numeral.mantissa.endIndex) - 1
        } ?? 0
    }

    /// Figure spaces (and a punctuation space for a missing point) that bring `numeral`'s
    /// decimal point to where a number with `digits` fraction digits has it. Both are
    /// no-break spaces, so the padding never wraps.
    private static func padding(_ numeral: Numeral, to digits: Int?) -> String {
        guard let digits, digits > 0, numeral.kind == .finite, numeral.exponent == nil else { return "" }
        let own = fractionDigits(numeral)
        let point = numeral.mantissa.contains(".") ? "" : "\u{2008}"
        return point + String(repeating: "\u{2007}", count: digits - own)
    }

    /// Whether `text` is a number a numeric column may hold.
    static func isNumber(_ text: String) -> Bool { Numeral(parsing: text) != nil }
}
