import DescentText

/// Takes GFM pipe tables out of Markdown before cmark (which has no tables) parses it, leaving
/// a placeholder paragraph (`TABLEPH0001X`) in each table's place.
///
/// A table is a header row, a delimiter row with as many cells (`|---:|:---|`) and the body
/// rows after them, up to a blank line or a line that starts another block (`PipeTableSyntax`).
/// It must begin a block: at the start of the document, or after a blank line, an ATX
/// heading, a code block or a one-line HTML comment (blocks that end on their own line). Code lines are skipped as `MarkdownCode` finds
/// them, so a table in a code block or a raw-text HTML block stays code. The placeholder keeps the header line's
/// indentation, so a table inside a list item stays in it, and is followed by a blank line so
/// the next line cannot turn it into a setext heading. A `<!-- table: NAME -->` line right above
/// a table (`TableLabel`) is taken with it and names it.
public enum PipeTableExtractor {
    /// Markdown with its tables replaced by placeholders, and the tables in source order.
    public struct Extraction: Sendable, Hashable {
        /// The Markdown to give cmark.
        public let markdown: String
        /// The tables, each knowing its placeholder.
        public let tables: [PipeTable]
    }

    /// The tables in `markdown` and the Markdown with each replaced by its placeholder.
    public static func extract(_ markdown: String) -> Extraction {
        let text = CharacterText(markdown)
        let lines = (0..<text.lineCount).map { Substring(text.string(text.lineRange($0))) }
        let scanned = MarkdownCode(text)
        let code = (0..<text.lineCount).map(scanned.isCodeLine)
        let found = findTables(lines: lines, code: code)
        guard !found.isEmpty else { return Extraction(markdown: markdown, tables: []) }
        let placeholders = MathPlaceholder(count: found.count, source: markdown, base: "TABLEPH")
        var output = ""
        var tables: [PipeTable] = []
        var copied = 0
        for (number, table) in zip(1..., found) {
            let token = placeholders.token(number)
            tables.append(
                PipeTable(
                    alignments: table.alignments, header: table.header,
                    rows: table.rows, placeholder: token, label: table.label))
            let start = text.lineStarts[table.lines.lowerBound]
            let indent = lines[table.lines.lowerBound].prefix { $0 == " " || $0 == "\t" }
            output += text.string(copied..<start) + indent + token + "\n\n"
            copied = text.endOfLine(table.lines.upperBound - 1)
            if table.lines.upperBound < lines.count, lines[table.lines.upperBound].trimmingSpaces().isEmpty {
                copied = text.endOfLine(table.lines.upperBound)
            }
        }
        output += text.string(copied..<text.characters.count)
        return Extraction(markdown: output, tables: tables)
    }

    private struct Found {
        var lines: Range<Int>
        var alignments: [PipeTable.Alignment]
        var header: [String]
        var rows: [[String]]
        var label: String?
    }

    private static func findTables(lines: [Substring], code: [Bool]) -> [Found] {
        var found: [Found] = []
        var index = 0
        while index + 1 < lines.count {
            guard let table = table(at: index, lines: lines, code: code) else {
                index += 1
                continue
            }
            found.append(table)
            index = table.lines.upperBound
        }
        return found
    }

    private static func table(at start: Int, lines: [Substring], code: [Bool]) -> Found? {
        guard !code[start], !code[start + 1], let alignments = PipeTableSyntax.delimiterRow(lines[start + 1]),
            beginsBlock(start, lines: lines, code: code), PipeTableSyntax.indentation(lines[start]) <= 3,
            let header = PipeTableSyntax.cells(lines[start]), header.count == alignments.count
        else { return nil }
        var rows: [[String]] = []
        var end = start + 2
        while end < lines.count, !code[end], !PipeTableSyntax.interrupts(lines[end]) {
            let cells = PipeTableSyntax.cells(lines[end]) ?? [String(lines[end].trimmingSpaces())]
            rows.append((0..<header.count).map { $0 < cells.count ? cells[$0] : "" })
            end += 1
        }
        let label = start > 0 && !code[start] ? TableLabel.name(in: lines[start - 1]) : nil
        return Found(
            lines: (label == nil ? start : start - 1)..<end, alignments: alignments, header: header, rows: rows,
            label: label)
    }

    private static func beginsBlock(_ line: Int, lines: [Substring], code: [Bool]) -> Bool {
        guard line > 0 else { return true }
        let previous = lines[line - 1]
        let trimmed = previous.trimmingSpaces()
        if trimmed.isEmpty || code[line - 1] { return true }
        return PipeTableSyntax.isATXHeading(previous) || (trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->"))
    }
}
