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

    /// Item origins when laid out in rows no wider than `width`, and the number of rows.
    func rowLayout(width: Double) -> (origins: [Point], rows: Int) {
        var origins: [Point] = []
        var cursor = 0.0
        var row = 0
        for entry in entries {
            let itemWidth = itemWidth(entry)
            if cursor > 0 && cursor + itemWidth > width {
                row += 1
                cursor = 0
            }
            origins.append(Point(cursor, Double(row) * Self.rowHeight))
            cursor += itemWidth + Self.itemGap
        }
        return (origins, entries.isEmpty ? 0 : row + 1)
    }
}
