/// The legend's entries merged by label and series, and its size for a given placement.
struct Legend {
    static let swatchWidth = 24.0
    /// Space between a swatch and its label; lines end in round caps that reach 1 px beyond
    /// the swatch, so this leaves a clear gap.
    static let labelGap = 8.0
    /// Space between the plot and a legend on its right.
    static let plotGap = 20.0
    /// The least space between the end of any legend label and the edge of the figure.
    static let edgeMargin = 12.0
    static let rowHeight = 18.0
    static let itemGap = 18.0

    let entries: [LegendEntry]
    let metrics: TextMetrics

    /// Entries of all marks; a line and points with the same label and series share one row.
    init(marks: [any Mark], metrics: TextMetrics) {
        var merged: [LegendEntry] = []
        for entry in marks.flatMap(\.legendEntries) {
            if let index = merged.firstIndex(where: { $0.label == entry.label && $0.series == entry.series }) {
                if entry.swatch == .marker { merged[index].marker = entry.marker }
                merged[index].swatch = Self.combined(merged[index].swatch, entry.swatch)
                merged[index].solid = merged[index].solid || entry.solid
            } else {
                merged.append(entry)
            }
        }
        self.entries = merged
        self.metrics = metrics
    }

    static func combined(_ a: LegendEntry.Swatch, _ b: LegendEntry.Swatch) -> LegendEntry.Swatch {
        if a == b { return a }
        if a == .area || b == .area { return a == .area ? b : a }
        return .lineAndMarker
    }

    func itemWidth(_ entry: LegendEntry) -> Double {
        Self.swatchWidth + Self.labelGap + metrics.width(of: entry.label)
    }

    /// Width of the legend as a column.
    var columnWidth: Double {
        entries.map(itemWidth).max() ?? 0
    }

    /// Item origins when laid out in rows no wider than `width`, the number of rows and the
    /// width of the widest row.
    ///
    /// Rows are balanced: the legend takes the fewest rows that fit, then fills aligned columns
    /// top to bottom, left to right (as ggplot2 does), so rows differ by at most one entry
    /// beyond the last column: five entries in two rows are 3 + 2, four are 2 + 2, seven in
    /// three rows 3 + 2 + 2 — never an orphan alone on the last row. When no grid fits, entries
    /// simply fill each row in turn.
    func rowLayout(width: Double) -> (origins: [Point], rows: Int, width: Double) {
        if entries.contains(where: { itemWidth($0) > width }) { return wrappedColumn(width: width) }
        let filled = filledRows(width: width)
        guard filled.rows > 1 else { return filled }
        for rows in filled.rows...entries.count {
            if let grid = grid(rows: rows, width: width) { return grid }
        }
        return filled
    }

    /// Entries in `rows` rows, filling each column from the top, each column as wide as its
    /// widest entry; nil when the grid would be wider than `width`.
    private func grid(rows: Int, width: Double) -> (origins: [Point], rows: Int, width: Double)? {
        let columns = (entries.count + rows - 1) / rows
        var columnWidths = Array(repeating: 0.0, count: columns)
        for (index, entry) in entries.enumerated() {
            columnWidths[index / rows] = max(columnWidths[index / rows], itemWidth(entry))
        }
        let lefts = columnWidths.indices.map { column in
            columnWidths[..<column].reduce(0, +) + Double(column) * Self.itemGap
        }
        let total = lefts[columns - 1] + columnWidths[columns - 1]
        guard total <= width else { return nil }
        let origins = entries.indices.map { Point(lefts[$0 / rows], Double($0 % rows) * Self.rowHeight) }
        return (origins, min(rows, entries.count), total)
    }

    /// One entry per row, each label broken into as many lines as `width` asks (`labelLines`):
    /// the layout when some label is wider than the legend may be, so none is clipped.
    private func wrappedColumn(width: Double) -> (origins: [Point], rows: Int, width: Double) {
        var origins: [Point] = []
        var lines = 0
        var widest = 0.0
        for entry in entries {
            origins.append(Point(0, Double(lines) * Self.rowHeight))
            let wrapped = labelLines(entry, rowWidth: width)
            lines += wrapped.count
            let labelWidth = wrapped.map { metrics.width(of: $0) }.max() ?? 0
            widest = max(widest, Self.swatchWidth + Self.labelGap + labelWidth)
        }
        return (origins, lines, widest)
    }

    /// The label of `entry` as the lines it is drawn in, in a legend `rowWidth` pixels wide:
    /// one line when it fits, else broken at spaces (greedily, so each line holds as many words
    /// as fit; a single word wider than the row keeps a line of its own).
    func labelLines(_ entry: LegendEntry, rowWidth: Double) -> [String] {
        let room = rowWidth - Self.swatchWidth - Self.labelGap
        guard metrics.width(of: entry.label) > room else { return [entry.label] }
        var lines: [String] = []
        var current = ""
        for word in entry.label.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty && metrics.width(of: candidate) > room {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        lines.append(current)
        return lines
    }

    /// Entries filling each row in turn.
    private func filledRows(width: Double) -> (origins: [Point], rows: Int, width: Double) {
        var origins: [Point] = []
        var cursor = 0.0
        var row = 0
        var widest = 0.0
        for entry in entries {
            let itemWidth = itemWidth(entry)
            if cursor > 0 && cursor + itemWidth > width {
                row += 1
                cursor = 0
            }
            origins.append(Point(cursor, Double(row) * Self.rowHeight))
            widest = max(widest, cursor + itemWidth)
            cursor += itemWidth + Self.itemGap
        }
        return (origins, entries.isEmpty ? 0 : row + 1, widest)
    }
}
