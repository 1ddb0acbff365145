/// A GFM pipe table found in Markdown by `PipeTableExtractor`: its cells as Markdown source
/// (unescaped `\|` already turned into `|`), its column alignments and its placeholder.
public struct PipeTable: Sendable, Hashable {
    /// How a column's cells are aligned, from the delimiter row (`:--`, `:-:`, `--:`, `---`).
    public enum Alignment: Sendable, Hashable {
        case none, left, center, right
    }

    /// One alignment per column; the header fixes the number of columns.
    public let alignments: [Alignment]
    /// The header row's cells, inline Markdown.
    public let header: [String]
    /// The body rows, each normalised to the header's cell count (missing cells are empty,
    /// excess cells dropped, as GFM specifies).
    public let rows: [[String]]
    /// The token that stands in for the table in the Markdown given to cmark.
    public let placeholder: String
    /// The table's accessible name, from a `<!-- table: NAME -->` line right above it.
    public let label: String?

    /// Creates a table.
    public init(
        alignments: [Alignment], header: [String], rows: [[String]], placeholder: String, label: String? = nil
    ) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.placeholder = placeholder
        self.label = label
    }
}
