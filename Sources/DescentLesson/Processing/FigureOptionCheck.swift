import DescentText

/// Checks the options of a lesson's `show: plot …` items that need the compiled experiments:
/// every run selector picks a run, every experiment named by `with` is another block of the
/// lesson whose runs the figure can draw beside the block's own, and limits fit the axes the
/// figure draws. Each problem is an error at the option.
struct FigureOptionCheck {
    /// The lesson's compiled experiments by id.
    let experiments: [String: CompiledExperiment]
    /// Every block id of the lesson, compiled or not (a block with errors is named without
    /// further checks: its own errors are reported).
    let blockIDs: [String]
    let source: SourceText

    /// The problems of `experiment`'s plot items, in the order written.
    func problems(of experiment: CompiledExperiment) -> [Diagnostic] {
        experiment.spec.show.flatMap { item -> [Diagnostic] in
            guard case .plot(let kind, _, let options) = item.value else { return [] }
            var problems = selectorProblems(options.runs, of: experiment)
            problems += axisProblems(kind, options, experiment)
            var named: Set<String> = []
            for companion in options.companions {
                guard named.insert(companion.id.value).inserted else {
                    problems.append(error(companion.id, "'\(companion.id.value)' is named twice in one figure"))
                    continue
                }
                problems += companionProblems(kind, companion, of: experiment)
            }
            return problems
        }
    }

    private func selectorProblems(_ selectors: [Located<RunSelector>], of experiment: CompiledExperiment)
        -> [Diagnostic]
    {
        selectors.compactMap { selector in
            guard !experiment.runs.contains(where: { selector.value.matches($0.facets) }) else { return nil }
            let labels = experiment.runs.prefix(6).map(\.label).joined(separator: "; ")
            let more = experiment.runs.count > 6 ? "; …" : ""
            return error(
                selector,
                "no run of '\(experiment.spec.id)' matches '[\(selector.value.description)]'; its runs: \(labels)\(more)"
            )
        }
    }

    private func axisProblems(_ kind: PlotKind, _ options: FigureOptions, _ experiment: CompiledExperiment)
        -> [Diagnostic]
    {
        var problems: [Diagnostic] = []
        let runs = FigureSelection.picked(experiment.runs, by: options.runs.map(\.value)).map { experiment.runs[$0] }
        let rates = runs.map(\.facets.learningRate)
        if kind == .sweep, let first = options.runs.first, Set(rates).count < 2 {
            problems.append(
                error(first, "plot sweep needs several learning rates; the runs selected here use one"))
        }
        if kind == .sweep, let limits = options.xLimits, limits.value.lower <= 0, SweepFigure.usesLogRateAxis(rates) {
            problems.append(
                error(
                    limits,
                    "'xlim' of a log axis must be positive, found a lower limit of \(NumberText.plain(limits.value.lower)); these learning rates span a factor of 10 or more, so plot sweep draws them on a log axis"
                ))
        }
        if let aspect = options.aspect, experiment.parameters.count != 2 {
            problems.append(
                error(
                    aspect,
                    "'aspect' applies to maps of two parameters; \(FigureBuilder.signature(experiment)) has \(FigureBuilder.number(experiment.parameters.count))"
                ))
        }
        return problems
    }

    private func companionProblems(_ kind: PlotKind, _ companion: FigureCompanion, of experiment: CompiledExperiment)
        -> [Diagnostic]
    {
        let id = companion.id
        guard id.value != experiment.spec.id else {
            return [error(id, "'\(id.value)' is this block; 'with' names other experiments of the lesson")]
        }
        guard blockIDs.contains(id.value) else {
            var message = "no experiment '\(id.value)' in this lesson; 'with' draws experiments of the same lesson"
            if let hint = Suggestion.didYouMean(id.value, in: blockIDs.filter { $0 != experiment.spec.id }) {
                message += "; \(hint)"
            }
            return [error(id, message)]
        }
        guard let other = experiments[id.value] else { return [] }
        if let clash = Self.clash(kind, experiment, other) { return [error(id, clash)] }
        return selectorProblems(companion.runs, of: other)
    }

    /// Why `kind` cannot draw `other`'s runs beside `experiment`'s, or nil when it can: a
    /// path, contour or animation draws one objective, and a loss figure one kind of x axis.
    static func clash(_ kind: PlotKind, _ experiment: CompiledExperiment, _ other: CompiledExperiment) -> String? {
        switch kind {
        case .path, .contour, .frames:
            let (ours, theirs) = (Self.objective(experiment), Self.objective(other))
            guard ours.formula != theirs.formula || ours.data != theirs.data else { return nil }
            let what = ours.formula == theirs.formula ? "data" : "objective"
            let describe = { (experiment: CompiledExperiment) in
                what == "data"
                    ? "data: \(experiment.spec.data?.value ?? "none")"
                    : experiment.spec.objective?.value ?? FigureBuilder.signature(experiment)
            }
            return
                "plot \(kind.rawValue) draws one objective over its parameters, but '\(other.spec.id)' has \(what == "data" ? "" : "objective ")\(describe(other)) and '\(experiment.spec.id)' \(describe(experiment))"
        case .loss, .gap:
            guard Self.countsEpochs(experiment) != Self.countsEpochs(other) else { return nil }
            let (epochs, iterations) = Self.countsEpochs(experiment) ? (experiment, other) : (other, experiment)
            return
                "plot \(kind.rawValue) cannot draw '\(epochs.spec.id)' (per epoch: it uses mini-batches) on the same axis as '\(iterations.spec.id)' (per iteration)"
        case .lr, .sweep, .data:
            return nil
        }
    }

    /// The objective as written without spaces, with its data: two blocks draw on one map
    /// only when both are the same.
    private static func objective(_ experiment: CompiledExperiment) -> (formula: String?, data: String?) {
        (
            experiment.spec.objective?.value.filter { !$0.isWhitespace },
            experiment.spec.data?.value.filter { !$0.isWhitespace }
        )
    }

    /// Whether a loss figure of the experiment counts epochs: some run uses mini-batches.
    private static func countsEpochs(_ experiment: CompiledExperiment) -> Bool {
        experiment.runs.contains { $0.facets.batch != nil }
    }

    private func error<Value>(_ located: Located<Value>, _ message: String) -> Diagnostic {
        source.error(line: located.line, column: located.column, message)
    }
}
