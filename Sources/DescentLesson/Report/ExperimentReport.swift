/// The Markdown spliced under an experiment block: the items its `show:` line asks for, in
/// that order, separated by blank lines.
public struct ExperimentReport: Sendable {
    public let result: ExperimentResult
    /// The figures drawn for this experiment, by kind.
    public let figures: [FigureReference]

    /// Step-table rows shown before the middle of a long run is elided, unless `rows:` says otherwise.
    public static let defaultRows = 12
    /// The most rows `rows:` may ask for, so that what is spliced into a lesson stays readable
    /// and small whatever the runs' lengths.
    public static let maximumRows = 1000

    /// The report with figure paths relative to `figureDirectory`.
    public func markdown(figureDirectory: String) -> String {
        content(figureDirectories: (figureDirectory, figureDirectory)).lesson
    }

    /// The report for the lesson file and for the site, each with its own figure directory;
    /// every section but the figure links is built once.
    public func content(figureDirectories: (lesson: String, site: String)) -> RegionContent {
        let spec = result.experiment.spec
        var lesson: [String] = []
        var site: [String] = []
        let texts = result.rendered?.sections ?? sections()
        for (item, text) in zip(spec.show, texts) {
            if let figure = figure(for: item.value) {
                lesson.append(figure.markdown(directory: figureDirectories.lesson))
                site.append(figure.markdown(directory: figureDirectories.site))
            } else if let text, !item.value.isFigure {
                lesson.append(text)
                site.append(text)
            }
        }
        guard !lesson.isEmpty else { return RegionContent(result.rendered?.fallback ?? fallback) }
        return RegionContent(lesson: lesson.joined(separator: "\n"), site: site.joined(separator: "\n"))
    }

    /// The figure drawn for a `plot` or `explore` item, nil for other items and for figures
    /// that could not be drawn.
    private func figure(for item: ShowItem) -> FigureReference? {
        switch item {
        case .plot(let kind, let logScale, _):
            return figures.first { $0.kind == kind && $0.logScale == logScale && !$0.explore }
        case .explore: return figures.first(where: \.explore)
        default: return nil
        }
    }

    /// The text of each `show:` item, in order: nil for figures and items that show nothing.
    func sections() -> [String?] {
        result.experiment.spec.show.map { section($0.value) }
    }

    /// What a block that shows nothing gets: the summary table.
    var fallback: String { RunSummaryTable(result: result, rowLimit: rowLimit).markdown }

    /// A section other than a figure.
    private func section(_ item: ShowItem) -> String? {
        let spec = result.experiment.spec
        switch item {
        case .table: return stepTables
        case .summary: return RunSummaryTable(result: result, rowLimit: rowLimit).markdown
        case .convergence:
            return ConvergenceTable(result: result, showsTheory: spec.shows(.theory), rowLimit: rowLimit).markdown
        case .derivative: return DerivativeLine(objective: result.experiment.objective).markdown
        case .theory: return spec.shows(.convergence) ? nil : theorySection
        case .gradientCheck:
            let point = result.experiment.runs.first?.configuration.start ?? []
            return GradientCheckTable(objective: result.experiment.objective, point: point).markdown
        case .pytorch:
            return (try? PyTorchScript(result.experiment)).map { PyTorchCard.markdown($0) }
        case .plot, .explore:
            return nil
        }
    }

    /// Rows a table shows before it is elided: `rows:` or ``defaultRows``.
    private var rowLimit: Int { result.experiment.spec.rows?.value ?? Self.defaultRows }

    private var stepTables: String {
        let rows = rowLimit
        let pairs = result.pairs
        let single = pairs.count == 1
        // A table per run for at most `rows` runs: the first, the best and the last.
        let shown = RunRows(count: pairs.count, limit: rows, keeping: result.bestIndex)
        let tables = shown.shown.compactMap { index -> String? in
            let (run, outcome) = pairs[index]
            guard let trace = outcome.trace else { return nil }
            let label = "Steps of \(result.id)" + (single ? "" : ", \(run.label)")
            let table = StepTable(parameters: result.parameters, trace: trace, rowLimit: rows, label: label).markdown
            let heading =
                single ? "" : "**\(MarkdownEscaping.inline(run.label))** — \(result.sentence(outcome.outcome))\n\n"
            return heading + table + (single ? "\n\(capitalized(result.sentence(outcome.outcome))).\n" : "")
        }
        return (tables + [shown.note(id: result.id)].compactMap { $0 }).joined(separator: "\n")
    }

    /// Theory without a convergence table: one line per run that the closed form describes.
    private var theorySection: String? {
        guard let column = TheoryColumn(result) else { return nil }
        var table = MarkdownTable(
            [("run", .left)] + column.headers + [("measured", .right)],
            label: "Predicted and measured iterations of \(result.id)")
        let described = result.pairs.filter { column.applies(to: $0.run) }
        let rows = RunRows(count: described.count, limit: rowLimit, keeping: nil)
        var footnotes = TheoryFootnotes()
        rows.fill(&table) { index in
            let (run, outcome) = described[index]
            return [run.label] + column.cells(run, footnotes: &footnotes) + [result.sentence(outcome.outcome)]
        }
        guard !table.rows.isEmpty else { return nil }
        let notes = footnotes.notes.isEmpty ? "" : "\n" + footnotes.markdown
        return table.markdown + notes + (rows.note(id: result.id).map { "\n" + $0 } ?? "")
    }

    private func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
