import DescentEngine
import DescentPlot
import DescentText

/// `plot data`: the data set with the model's fitted curve.
///
/// With several runs, the final fit of each (batch GD against SGD against mini-batch); with
/// one run, its fit at the start, half-way and at the end. The model comes from the objective
/// (`RegressionModel`); a logistic objective (`ClassifierModel`) draws its fitted probability
/// curve and the final decision boundary instead. When the objective is neither, only the data
/// are drawn and the caption says why.
struct DataFigure {
    /// Data points drawn at most (a regular subsample beyond that).
    static let pointLimit = 2000

    let result: ExperimentResult

    /// A fit to draw: its legend label, series index and parameters.
    struct Fit {
        var label: String
        var series: Int
        var parameters: [Double]
    }

    func draft() -> FigureDraft? {
        guard let dataset = result.experiment.objective.dataset else { return nil }
        let model = RegressionModel(result.experiment.objective.objective)
        let classifier = model == nil ? ClassifierModel(result.experiment.objective.objective) : nil
        let (xName, yName) =
            classifier.map { (x: Optional($0.input), y: $0.target) } ?? Self.axes(dataset, model: model)
        let ys = dataset.column(yName) ?? []
        let xs = xName.flatMap { dataset.column($0) } ?? ys.indices.map(Double.init)
        let x = Scale.fitting(xs).padded(by: 0.04)
        let y = classifier.map { Scale.linear($0.labelRange) } ?? Scale.fitting(ys).padded(by: 0.08)
        let fits = model == nil && classifier == nil ? [] : fits()
        let grid = PathFigure.samples(x.effectiveDomain, count: 120)
        let stride = max(1, (xs.count + Self.pointLimit - 1) / Self.pointLimit)
        let points = zip(xs, ys).enumerated().filter { $0.offset % stride == 0 }.map {
            Point($0.element.0, $0.element.1)
        }
        let boundary = classifier.flatMap { classifier in
            fits.last.flatMap { classifier.boundary(over: grid, parameters: $0.parameters) }
        }
        let chart = Chart(x: x, y: y, xLabel: xName ?? "row", yLabel: yName) {
            ReferencePointsMark(points: points, style: .point, size: 6)
            if let classifier {
                if let boundary {
                    RuleMark(x: boundary)
                    TextMark("boundary", at: Point(boundary, y.effectiveDomain.upperBound), offset: Point(5, 14))
                }
                for fit in fits {
                    LineMark(
                        x: grid, y: classifier.curve(grid, parameters: fit.parameters), series: fit.series,
                        label: fits.count > 1 ? fit.label : nil)
                }
            }
            if let model {
                for fit in fits {
                    LineMark(
                        x: grid, y: model.predict(grid, parameters: fit.parameters), series: fit.series,
                        label: fits.count > 1 ? fit.label : nil)
                }
            }
        }
        if let classifier {
            return words(chart, rows: dataset.rowCount, classifier: classifier, fits: fits, boundary: boundary)
        }
        return words(chart, rows: dataset.rowCount, model: model, fits: fits)
    }

    /// The x and y columns: the model's input and target, or the first two columns.
    static func axes(_ dataset: Dataset, model: RegressionModel?) -> (x: String?, y: String) {
        if let model { return (model.input, model.target) }
        let columns = dataset.columns
        return columns.count >= 2 ? (columns[0], columns[1]) : (nil, columns[0])
    }

    /// The final fit of every run, or for a single run its fit at epoch 0, half-way and at the end.
    func fits() -> [Fit] {
        let runs = result.tracedSeries
        if runs.count > 1 {
            return runs.map { Fit(label: $0.legendLabel, series: $0.index, parameters: $0.result.finalParameters) }
        }
        guard let run = runs.first, let trace = run.trace else { return [] }
        let perEpoch = run.run.facets.batch.map { (result.experiment.objective.rowCount + $0 - 1) / max($0, 1) } ?? 1
        let last = max(run.result.outcome.iteration / max(perEpoch, 1), 1)
        let epochs = last >= 2 ? [0, last / 2, last] : [0, last]
        return epochs.enumerated().map { offset, epoch in
            let step = epoch * perEpoch
            let parameters =
                epoch == last || step >= trace.count
                ? run.result.finalParameters : trace.parameters(nearIteration: step)
            return Fit(label: "epoch \(epoch)", series: offset, parameters: parameters)
        }
    }

    private func words(_ chart: Chart, rows: Int, model: RegressionModel?, fits: [Fit]) -> FigureDraft {
        let text = FigureText(result: result)
        let outcomes = result.outcomeClauses
        let data = "the data (\(rows) row\(rows == 1 ? "" : "s"))"
        guard let model else {
            let caption =
                "The data (\(rows) rows). The objective is not of the form mean((prediction - y)^2), so no fitted curve is drawn."
            return FigureDraft(
                chart: chart, title: "The data", alt: "Scatter plot of \(data).",
                caption: caption)
        }
        let curve = "\(model.target) = \(FigureText.superscripted(model.prediction.text))"
        let shown =
            result.experiment.runs.count > 1
            ? "the final fit \(curve)\(text.each)"
            : "the fit \(curve) at \(OutcomeClauses.joined(fits.map(\.label)))"
        let alt =
            "Scatter plot of \(data), \(model.target) against the input, with the curve \(curve) drawn through it\(text.each)."
        let caption =
            "The data (\(rows) rows) with \(shown)." + (outcomes.sentences.isEmpty ? "" : " " + outcomes.sentences)
        return FigureDraft(chart: chart, title: "The data and the fitted model", alt: alt, caption: caption)
    }

    private func words(
        _ chart: Chart, rows: Int, classifier: ClassifierModel, fits: [Fit], boundary: Double?
    ) -> FigureDraft {
        let text = FigureText(result: result)
        let outcomes = result.outcomeClauses
        let score = FigureText.superscripted(classifier.score.text)
        let curve =
            classifier.labels == .zeroOne
            ? "\(classifier.curveName) = σ(\(score))" : "\(classifier.curveName) = 2σ(\(score)) − 1"
        let shown =
            result.experiment.runs.count > 1
            ? "the final fitted curve \(curve)\(text.each)"
            : "the fitted curve \(curve) at \(OutcomeClauses.joined(fits.map(\.label)))"
        let crossing = classifier.labels == .zeroOne ? "crosses 1/2" : "crosses 0"
        let line =
            boundary.map {
                " The dashed line is the final decision boundary, \(classifier.input) = \(NumberText.typeset($0, digits: 3)), where the curve \(crossing)."
            } ?? " The final model gives every x the same class, so no decision boundary is drawn."
        let alt =
            "Scatter plot of the data (\(rows) rows), \(classifier.target) against \(classifier.input), with the fitted curve \(curve) drawn through it\(text.each)."
        let caption =
            "The data (\(rows) rows) with \(shown)." + line
            + (outcomes.sentences.isEmpty ? "" : " " + outcomes.sentences)
        return FigureDraft(chart: chart, title: "The data and the fitted classifier", alt: alt, caption: caption)
    }
}
