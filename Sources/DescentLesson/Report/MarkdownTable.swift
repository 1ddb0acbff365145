import DescentText

/// A GitHub-flavoured pipe table: reads well on a code host and is rendered by the site.
///
/// It is preceded by a one-line comment naming it (`<!-- table: Steps of mom-gd -->`), which a
/// code host hides and the site gives the table as its accessible name.
struct MarkdownTable {
    enum Alignment { case left, right }

    /// What the table shows, for a screen reader (`Steps of mom-gd`).
    var label: String
    var header: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    init(_ columns: [(String, Alignment)], label: String) {
        self.label = label
        header = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    mutating func append(_ row: [String]) { rows.append(row) }

    /// The label comment and the table as Markdown lines, cells escaped (`|` → `\|`), ending
    /// with a newline.
    var markdown: String {
        var lines = ["<!-- table: \(commentSafe(label)) -->", line(header)]
        lines.append("|" + alignments.map { $0 == .right ? "---:" : ":---" }.joined(separator: "|") + "|")
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ cells: [String]) -> String {
        "| " + cells.map { $0.replacingAll("|", with: "\\|") }.joined(separator: " | ") + " |"
    }

    /// `text` without `--` or `>`, which could end the comment early.
    private func commentSafe(_ text: String) -> String {
        text.replacingAll("--", with: "–").replacingAll(">", with: "›")
    }
}
