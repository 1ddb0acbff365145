extension PipeTable {
    /// The table as HTML inside a horizontally scrolling container.
    ///
    /// Cells are inline Markdown rendered by cmark with `options` (so raw HTML follows the
    /// lesson's opt-in, and math placeholders pass through for `MathSubstitution`). An
    /// explicit alignment becomes `style="text-align:…"`; a column without one whose body
    /// cells are all numbers gets `class="num"` (right-aligned, tabular figures, in the
    /// stylesheet). Like GFM, a table without body rows has no `<tbody>`.
    public func html(options: MarkdownDocument.Options = []) -> String {
        let numeric = (0..<alignments.count).map(isNumericColumn)
        var html = "<div class=\"table-scroll\">\n<table>\n<thead>\n"
        html += row(header, element: "th", numeric: numeric, options: options)
        html += "</thead>\n"
        if !rows.isEmpty {
            html += "<tbody>\n"
            for cells in rows { html += row(cells, element: "td", numeric: numeric, options: options) }
            html += "</tbody>\n"
        }
        return html + "</table>\n</div>\n"
    }

    private func row(_ cells: [String], element: String, numeric: [Bool], options: MarkdownDocument.Options) -> String {
        var html = "<tr>\n"
        for (column, cell) in cells.enumerated() {
            html += "<\(element)\(attributes(column: column, numeric: numeric[column]))>"
            html += InlineMarkdown.html(cell, options: options)
            html += "</\(element)>\n"
        }
        return html + "</tr>\n"
    }

    private func attributes(column: Int, numeric: Bool) -> String {
        switch alignments[column] {
        case .left: " style=\"text-align:left\""
        case .center: " style=\"text-align:center\""
        case .right: " style=\"text-align:right\""
        case .none: numeric ? " class=\"num\"" : ""
        }
    }

    /// Whether every non-empty body cell of `column` is a number (`-3`, `0.25`, `1e-3`, `−2`).
    private func isNumericColumn(_ column: Int) -> Bool {
        let cells = rows.map { $0[column] }.filter { !$0.isEmpty }
        return !cells.isEmpty && cells.allSatisfy(Self.isNumber)
    }

    static func isNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if let sign = body.first, "+-−".contains(sign) { body = body.dropFirst() }
        let parts = body.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
        let mantissa = parts[0].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let digitsOnly: (Substring) -> Bool = { $0.allSatisfy { $0.isASCII && $0.isNumber } }
        guard mantissa.allSatisfy(digitsOnly), mantissa.contains(where: { !$0.isEmpty }) else { return false }
        guard parts.count == 2 else { return true }
        var exponent = parts[1]
        if let sign = exponent.first, "+-".contains(sign) { exponent = exponent.dropFirst() }
        return !exponent.isEmpty && digitsOnly(exponent)
    }
}
