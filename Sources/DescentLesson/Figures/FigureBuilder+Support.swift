import DescentEngine

extension FigureBuilder {
    /// Why `plot kind` cannot be drawn for `experiment`, as a lowercase message for a diagnostic
    /// at the show item (`plot contour needs an objective of two parameters; f(w) has one`);
    /// nil when it can.
    static func unsupported(_ kind: PlotKind, for experiment: CompiledExperiment) -> String? {
        let objective = experiment.objective.objective
        let count = objective.parameters.count
        let signature = signature(experiment)
        let has = "\(signature) has \(number(count))"
        switch kind {
        case .loss, .gap, .lr: return nil
        case .path, .frames:
            return count <= 2 ? nil : "plot \(kind.rawValue) needs an objective of one or two parameters; \(has)"
        case .contour:
            return count == 2 ? nil : "plot contour needs an objective of two parameters; \(has)"
        case .sweep:
            let rates = Set(experiment.runs.map(\.facets.learningRate))
            return rates.count > 1
                ? nil
                : "plot sweep needs several learning rates (lr: 0.01, 0.1, …); '\(experiment.spec.id)' runs with one"
        case .data:
            return experiment.objective.dataset != nil
                ? nil : "plot data needs a data set (data: …); \(signature) reads no data"
        }
    }

    /// `f(w)`: the objective's name and parameters.
    static func signature(_ experiment: CompiledExperiment) -> String {
        let objective = experiment.objective.objective
        return "\(objective.name)(\(objective.parameters.joined(separator: ", ")))"
    }

    /// `one`, `two`, … `ten`, then digits.
    static func number(_ count: Int) -> String {
        let words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return count < words.count ? words[count] : String(count)
    }
}
