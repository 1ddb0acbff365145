import DescentPlot
import DescentText

/// What the runs of a block are as series, which decides their colours: an ordered numeric
/// sweep (runs that differ only in the learning rate, or only in the batch size) is coloured
/// along a sequential palette keyed to the swept value; anything else (optimizers, schedules,
/// starts, mixtures) takes the categorical palette.
///
/// The positions come from the whole block, indexed like its runs, so a run keeps its colour
/// in every figure of the block, also when a selector draws only some runs.
enum SeriesKind: Equatable {
    /// Unordered series: one categorical colour each.
    case categorical
    /// An ordered sweep: the position in 0…1 of each run's value, in run order, and whether
    /// positions are taken on log values (the values span a factor of 10 or more). A position
    /// is the mean of the value's place in the range and its rank among the distinct values:
    /// still in the values' order, but close values (η = 1 and 1.05 beside η = 0.1) stay apart in
    /// colour instead of sharing one.
    case ordered(positions: [Double], logarithmic: Bool)

    /// Fewest distinct values that make an order worth showing in colour.
    static let minimumValues = 3

    /// The kind of the runs of `experiment`.
    static func of(_ runs: [PlannedRun]) -> SeriesKind {
        guard let values = sweptValues(runs), Set(values).count >= minimumValues else { return .categorical }
        let logarithmic = SweepFigure.usesLogRateAxis(values)
        let transformed = values.map { logarithmic ? log10($0) : $0 }
        guard let low = transformed.min(), let high = transformed.max(), high > low else { return .categorical }
        let ranks = Array(Set(transformed)).sorted()
        let positions = transformed.map { value in
            let byValue = (value - low) / (high - low)
            let byRank = Double(ranks.firstIndex(of: value) ?? 0) / Double(ranks.count - 1)
            return (byValue + byRank) / 2
        }
        return .ordered(positions: positions, logarithmic: logarithmic)
    }

    /// Each run's value of the one numeric setting that varies (learning rate or batch size),
    /// or nil when another setting varies too, or none does.
    static func sweptValues(_ runs: [PlannedRun]) -> [Double]? {
        let settings = Set(runs.map { RunLabels.settings($0.facets) })
        let rates = Set(runs.map(\.facets.learningRate))
        if settings.count == 1 && rates.count > 1 { return runs.map(\.facets.learningRate) }
        let others = Set(runs.map { run in [run.facets.optimizer, run.facets.schedule, run.facets.start] })
        let batches = runs.compactMap(\.facets.batch)
        if rates.count == 1 && others.count == 1 && batches.count == runs.count && Set(batches).count > 1 {
            return batches.map(Double.init)
        }
        return nil
    }

    /// The colours of this kind of series.
    var palette: SeriesPalette {
        switch self {
        case .categorical: .categorical
        case .ordered(let positions, _): .sequential(positions: positions)
        }
    }
}
