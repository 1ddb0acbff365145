import Foundation

/// A GitHub-flavoured pipe table: reads well on a code host and is rendered by the site.
struct MarkdownTable {
    enum Alignment { case left, right }

    var header: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    init(_ columns: [(String, Alignment)]) {
        header = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    mutating func append(_ row: [String]) { rows.append(row) }

    /// The table as Markdown lines, cells escaped (`|` → `\|`), ending with a newline.
    var markdown: String {
        var lines = [line(header)]
        lines.append("|" + alignments.map { $0 == .right ? "---:" : ":---" }.joined(separator: "|") + "|")
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ cells: [String]) -> String {
        "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
    }
}
