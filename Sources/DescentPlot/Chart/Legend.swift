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
    /// Rows are balanced: the legend takes the fewest rows that fit, then spreads its entries
    /// evenly over them in aligned columns (five entries in two rows are 3 + 2, four are 2 + 2,
    /// never 3 + 1 with an orphan). When no grid fits, entries simply fill each row in turn.
    func rowLayout(width: Double) -> (origins: [Point], rows: Int, width: Double) {
        let filled = filledRows(width: width)
        guard filled.rows > 1 else { return filled }
        for rows in filled.rows...entries.count {
            let columns = (entries.count + rows - 1) / rows
            if let grid = grid(columns: columns, width: width) { return grid }
        }
        return filled
    }

    /// Entries in columns of `columns` per row, each column as wide as its widest entry; nil
    /// when a row would be wider than `width`.
    private func grid(columns: Int, width: Double) -> (origins: [Point], rows: Int, width: Double)? {
        var columnWidths = Array(repeating: 0.0, count: columns)
        for (index, entry) in entries.enumerated() {
            columnWidths[index % columns] = max(columnWidths[index % columns], itemWidth(entry))
        }
        let lefts = columnWidths.indices.map { column in
            columnWidths[..<column].reduce(0, +) + Double(column) * Self.itemGap
        }
        let total = lefts[columns - 1] + columnWidths[columns - 1]
        guard total <= width else { return nil }
        let origins = entries.indices.map { Point(lefts[$0 % columns], Double($0 / columns) * Self.rowHeight) }
        return (origins, (entries.count + columns - 1) / columns, total)
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
