import DescentEngine
import DescentText

/// Reads an `ExperimentBlock`'s entries into an `ExperimentSpec`, reporting every unknown key,
/// duplicate key and malformed value at its line and column.
struct SpecParser {
    let block: ExperimentBlock
    let source: SourceText
    var spec: ExperimentSpec
    var problems: [Diagnostic] = []

    init(_ block: ExperimentBlock, source: SourceText) {
        self.block = block
        self.source = source
        spec = ExperimentSpec(id: block.id, location: Located(block.id, line: block.idLine, column: block.idColumn))
    }

    /// The spec, or every problem found in the block.
    static func parse(_ block: ExperimentBlock, source: SourceText) -> (spec: ExperimentSpec, problems: [Diagnostic]) {
        var parser = SpecParser(block, source: source)
        var seen: [BlockKey: Int] = [:]
        for entry in block.entries {
            guard let key = BlockKey.named(entry.key) else {
                parser.unknownKey(entry)
                continue
            }
            if let first = seen[key], !key.isRepeatable {
                parser.fail(entry.line, entry.keyColumn, "duplicate key '\(entry.key)' (first given at line \(first))")
                continue
            }
            seen[key] = entry.line
            parser.read(key, entry)
        }
        parser.checkRunSettings()
        if parser.spec.objective == nil {
            parser.fail(
                block.idLine, block.idColumn,
                "experiment '\(block.id)' has no objective; add a line such as 'f(w) = w^2'")
        }
        return (parser.spec, parser.problems)
    }

    mutating func fail(_ line: Int, _ column: Int, _ message: String) {
        problems.append(source.error(line: line, column: column, message))
    }

    private mutating func unknownKey(_ entry: BlockEntry) {
        var message = "unknown key '\(entry.key)'"
        if let hint = Suggestion.didYouMean(entry.key, in: BlockKey.spellings) {
            message += "; \(hint)"
        } else {
            message += "; known keys: " + BlockKey.allCases.map(\.rawValue).joined(separator: ", ")
        }
        fail(entry.line, entry.keyColumn, message)
    }

    private mutating func read(_ key: BlockKey, _ entry: BlockEntry) {
        let part = ValuePart(entry.value, column: entry.valueColumn)
        guard !entry.value.isEmpty else {
            fail(entry.line, entry.valueColumn, "'\(entry.key)' needs a value")
            return
        }
        switch key {
        case .objective: spec.objective = located(entry.value, entry)
        case .start: spec.starts = readStarts(part, entry.line)
        case .optimizer: spec.optimizers = readOptimizers(part, entry.line)
        case .schedule: spec.schedules = readCalls(part, entry.line)
        case .lr: spec.learningRates = readNumbers(part, entry.line, positive: true)
        case .steps: spec.steps = readCount(part, entry.line, name: "steps", maximum: RunConfiguration.maximumSteps)
        case .epochs: spec.epochs = readCount(part, entry.line, name: "epochs")
        case .rows: spec.rows = readCount(part, entry.line, name: "rows", maximum: ExperimentReport.maximumRows)
        case .batch: spec.batches = readBatches(part, entry.line)
        case .seed: spec.seed = readSeed(part, entry.line)
        case .data: spec.data = located(entry.value, entry)
        case .stop: spec.stop = located(entry.value, entry)
        case .show: spec.show = readShow(part, entry.line)
        case .expect: readExpectation(entry)
        case .minimum:
            spec.minima = readMinima(part, entry.line)
        case .caption: spec.caption = located(entry.value, entry)
        case .budget: spec.budget = readBudget(part, entry.line)
        }
    }

    private mutating func readExpectation(_ entry: BlockEntry) {
        do throws(ExpectationParser.Failure) {
            spec.expectations.append(located(try ExpectationParser.parse(entry.value), entry))
        } catch {
            fail(entry.line, entry.valueColumn + error.offset, error.message)
        }
    }

    private func located<Value>(_ value: Value, _ entry: BlockEntry) -> Located<Value> {
        Located(value, line: entry.line, column: entry.valueColumn)
    }
}
