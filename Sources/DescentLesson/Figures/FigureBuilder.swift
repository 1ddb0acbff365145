import DescentEngine
import DescentPlot
import DescentText

/// Draws the figures an experiment's `show:` line asks for.
///
/// Each `plot KIND` item becomes one `GeneratedFigure` named `ID-KIND.svg` (`ID-KIND-log.svg` for
/// `plot KIND log`, so both can be shown), in the order asked, drawn twice: at the chart's size
/// and narrowed for phones (`Chart.narrowed()`, `ID-KIND-narrow.svg`).
/// Kinds that cannot be drawn for the experiment (see `unsupported(_:for:)`) are skipped; the
/// lesson layer reports them at the show item. Output is deterministic.
struct FigureBuilder {
    let result: ExperimentResult
    /// The lesson's other experiments by id, for figures that draw them beside this one
    /// (`plot loss with other-id`); a build keeps their traces until these figures are drawn.
    var companions: [String: ExperimentResult] = [:]
    /// The series colours to use instead of those `SeriesKind` picks for `result`'s runs: an
    /// explorable figure's still draws one run of a sweep in the sweep's colour for it.
    var palette: SeriesPalette? = nil

    /// One figure per `plot` item that can be drawn, in the order asked.
    func figures() -> [GeneratedFigure] {
        // Each figure is drawn on its own (on every core), and they come back in `show:` order.
        ParallelWork.map(result.experiment.spec.show) { item -> GeneratedFigure? in
            switch item.value {
            case .plot(let kind, let logScale, let options): return figure(kind, logScale: logScale, options: options)
            case .explore(let options): return ExploreFigure(result: result, options: options).figure()
            default: return nil
            }
        }.compactMap { $0 }
    }

    /// The figure of `kind` drawn as `options` ask, or nil when it cannot be drawn for this
    /// experiment.
    /// `stem` replaces the file name's `ID-KIND` (an explorable figure's still is `ID-explore`).
    func figure(_ kind: PlotKind, logScale: Bool, options: FigureOptions = FigureOptions(), stem: String? = nil)
        -> GeneratedFigure?
    {
        let drawn = FigureSelection(result: result, options: options, companions: companions).drawn()
        guard Self.unsupported(kind, for: result.experiment) == nil,
            var draft = Self.draft(kind, logScale: logScale, of: drawn, options: options).map(options.applied)
        else {
            return nil
        }
        draft.chart.palette = palette(kind, options: options)
        let name = stem ?? "\(result.id)-\(kind.rawValue)" + (logScale ? "-log" : "")
        let reference = FigureReference(
            kind: kind, logScale: logScale, fileName: name + ".svg", alt: draft.alt, caption: caption(draft.caption))
        let main = drawing(draft, draft.chart, fileName: reference.fileName)
        let narrow = drawing(
            draft, options.narrowed(draft.chart), fileName: GeneratedFigure.narrowFileName(reference.fileName))
        return GeneratedFigure(
            reference: reference, svg: main.svg, width: main.width, height: main.height, narrow: narrow)
    }

    /// Sequential colours for an ordered sweep's runs, categorical otherwise (see `SeriesKind`).
    /// A sweep figure's series are groups of runs, not runs, and a figure that combines
    /// experiments numbers its series across them: both stay categorical.
    private func palette(_ kind: PlotKind, options: FigureOptions) -> SeriesPalette {
        if let palette { return palette }
        guard kind != .sweep, !options.combines else { return .categorical }
        return SeriesKind.of(result.experiment.runs).palette
    }

    /// `chart` as an SVG file named `fileName`, its root id the file's stem.
    private func drawing(_ draft: FigureDraft, _ chart: Chart, fileName: String) -> FigureDrawing {
        let chart = chart.trimmedToEqualUnits()
        let id = String(fileName.dropLast(4))
        let svg = GeneratedFigure.signature + "\n" + chart.svg(id: id, title: draft.title, description: draft.alt)
        return FigureDrawing(
            fileName: fileName, svg: svg, width: Int(chart.width.rounded()), height: Int(chart.height.rounded()))
    }

    private static func draft(_ kind: PlotKind, logScale: Bool, of result: ExperimentResult, options: FigureOptions)
        -> FigureDraft?
    {
        guard !result.tracedSeries.isEmpty || kind == .sweep else { return nil }
        let twoParameters = result.parameters.count == 2
        switch kind {
        case .loss: return LossFigure(result: result, logScale: logScale).draft()
        case .gap: return LossFigure(result: result, logScale: true, measure: .gap).draft()
        case .lr: return LearningRateFigure(result: result, logScale: logScale).draft()
        case .sweep: return SweepFigure(result: result, logScale: logScale).draft()
        case .path where twoParameters, .contour:
            return ContourFigure(result: result, animation: nil, options: options).draft()
        case .path: return PathFigure(result: result, animation: nil, options: options).draft()
        case .frames where twoParameters:
            return ContourFigure(result: result, animation: Self.animation, options: options).draft()
        case .frames: return PathFigure(result: result, animation: Self.animation, options: options).draft()
        case .data: return DataFigure(result: result).draft()
        }
    }

    /// How `frames` figures play: a step every 0.4 s (less when there are many steps), once,
    /// then the last frame stays; motion that never stops fails WCAG 2.2.2.
    static let animation = Animation(frameDuration: 0.4, fadeDuration: 0.2, ending: .hold)

    /// The block's `caption:` (as a lead sentence) + the figure's own sentences; the figure's
    /// name (`Figure 4.2:`) is put before it when the lesson's figures are numbered.
    private func caption(_ sentences: String) -> String {
        Self.caption(sentences, of: result.experiment)
    }

    /// `sentences` after `experiment`'s `caption:`, which ends in a full stop unless it ends in
    /// other punctuation; `sentences` alone without one. Every figure's caption is made so.
    static func caption(_ sentences: String, of experiment: CompiledExperiment) -> String {
        guard var lead = experiment.spec.caption?.value.trimmingWhitespace(), !lead.isEmpty else {
            return sentences
        }
        if !(lead.hasSuffix(".") || lead.hasSuffix("!") || lead.hasSuffix("?")) { lead += "." }
        return "\(lead) \(sentences)"
    }
}
