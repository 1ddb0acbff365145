extension Chart {
    /// The size of a chart laid out for a phone's column (about 360 CSS px wide when held
    /// upright): 360 × 320.
    public static let narrowSize = (width: 360.0, height: 320.0)

    /// The same chart laid out again at `narrowSize`. Shown in a column about as wide, its 12 px
    /// text stays about 12 px, where a 720 px chart scaled down to a phone would shrink it to
    /// 6 px; the layout picks fewer ticks and moves the legend above the plot as the width asks.
    /// Small multiples keep their rows' height, in fewer columns.
    public func narrowed() -> Chart {
        var copy = self
        copy.width = Self.narrowSize.width
        copy.height =
            facets.isEmpty
            ? Self.narrowSize.height : FacetGrid.chartHeight(count: facets.count, width: Self.narrowSize.width)
        return copy
    }
}
