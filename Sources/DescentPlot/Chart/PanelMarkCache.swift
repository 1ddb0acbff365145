/// The drawings of a faceted chart's own marks, kept from one panel for the next.
///
/// Every panel of small multiples draws the chart's marks as context, in an area of the same
/// size and scales; only the area's `scope` differs. A mark whose drawing does not read its
/// scope (``Mark/readsScope``) comes out the same in each such panel, so it is drawn once and
/// its output reused, byte for byte; any other mark is drawn in every panel.
struct PanelMarkCache {
    private var area: PlotArea?
    private var outputs: [Int: MarkOutput] = [:]

    /// `mark`'s output in `area`, where `index` names the mark among the chart's own marks:
    /// the kept one when an earlier panel drew it in an area equal but for its scope.
    mutating func output(of mark: any Mark, index: Int, in area: PlotArea) -> MarkOutput {
        guard !mark.readsScope else { return mark.render(in: area) }
        var unscoped = area
        unscoped.scope = ""
        if unscoped != self.area {
            self.area = unscoped
            outputs = [:]
        }
        if let output = outputs[index] { return output }
        let output = mark.render(in: area)
        outputs[index] = output
        return output
    }
}
