import DescentEngine
import DescentPlot
import DescentText

/// The two kinds of loss figure: the loss itself (`plot loss`) or its gap to the best
/// (`plot gap`).
enum LossMeasure {
    case loss
    case gap
}

/// `plot gap`: each loss minus a reference — the objective's known minimum (f at `minimum:`,
/// or a one-parameter quadratic's vertex) when there is one, otherwise the lowest loss any run
/// reached — so that runs ending 10⁻⁴ apart on a loss of 0.27 are decades apart on the gap's
/// log axis. Gaps are never negative: a loss below a known minimum (rounding) counts as 0,
/// which the figure's floor strip shows.
struct LossGap {
    /// The value subtracted from every loss.
    let reference: Double
    /// Whether `reference` is the known minimum rather than the best loss seen.
    let isKnownMinimum: Bool

    /// The gap for `result`, whose runs' plotted losses are `losses`.
    init(result: ExperimentResult, losses: [[Double]]) {
        if let minimum = MinimumValue(result).value {
            reference = minimum
            isKnownMinimum = true
        } else {
            reference = losses.flatMap { $0.filter(\.isFinite) }.min() ?? 0
            isKnownMinimum = false
        }
    }

    /// `loss − reference`, at least 0; non-finite losses pass through.
    func callAsFunction(_ loss: Double) -> Double {
        loss.isFinite ? max(loss - reference, 0) : loss
    }

    /// The y axis title.
    var axisLabel: String { isKnownMinimum ? "loss − minimum" : "loss − best" }

    /// What a run whose gap is 0 reaches, for the floor note.
    var target: String { isKnownMinimum ? "the minimum" : "the best loss" }

    /// `the known minimum, 0` or `the lowest loss any run reaches, 0.27219`.
    private var referenceWords: String {
        let value = NumberText.typeset(reference, digits: 5)
        return isKnownMinimum ? "the minimum, \(value)" : "the lowest loss any run reaches, \(value)"
    }

    /// The title, alt text and caption of a gap figure drawn as `chart`.
    func words(
        _ chart: Chart, figure: LossFigure, unit: String, floorNote: String?,
        drawing: (lastX: Double, shapes: [FigureAlt.Shape])
    ) -> FigureDraft {
        let text = FigureText(result: figure.result)
        let outcomes = figure.result.outcomeClauses
        let lines = FigureAlt.series(count: drawing.shapes.count, mark: "line", each: text.each)
        let alt =
            "\(LossFigure.chartNoun(chart)) of the loss minus \(referenceWords) (log scale), against the \(unit), "
            + "\(FigureAlt.range(0, drawing.lastX)), with \(lines); " + FigureAlt.shapes(drawing.shapes, mark: "line")
            + "."
        let lead = "Loss per \(unit)\(text.each) minus \(referenceWords) (log scale)."
        let caption = ([lead, outcomes.sentences, floorNote ?? ""].filter { !$0.isEmpty }).joined(separator: " ")
        return FigureDraft(
            chart: chart, title: "Loss above the \(isKnownMinimum ? "minimum" : "best") per \(unit)", alt: alt,
            caption: caption)
    }
}
