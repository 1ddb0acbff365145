import DescentEngine
import DescentText

extension ExperimentCompiler {
    /// The block's data set: a CSV file next to the lesson, or `generate(n=…, x=(a, b), y=…,
    /// noise=σ, seed=k)`. Nil (with a diagnostic) when it cannot be had.
    mutating func loadData() -> Dataset? {
        guard let data = spec.data else { return nil }
        if data.value.hasPrefix("generate") { return generate(data) }
        let file: (path: String, text: String)
        switch readFile(data.value) {
        case .file(let path, let text): file = (path, text)
        case .unreadable:
            fail(data.line, data.column, "cannot read data file '\(data.value)' (paths are relative to the lesson)")
            return nil
        case .outsideCourse:
            fail(
                data.line, data.column,
                "data file '\(data.value)' is outside the lessons directory; "
                    + "data files must live beside the lessons")
            return nil
        }
        do throws(DataError) {
            return try Dataset(csv: file.text)
        } catch {
            problems.append(
                Diagnostic(
                    path: file.path, line: error.line, column: error.column,
                    message: error.message + (error.suggestion.map { "; \($0)" } ?? ""),
                    sourceLine: SourceText(path: file.path, text: file.text).line(error.line)))
            return nil
        }
    }

    private mutating func generate(_ data: Located<String>) -> Dataset? {
        let call: ValueSyntax.Call
        do throws(ValueSyntaxError) { call = try ValueSyntax.call(ValuePart(data.value, column: data.column)) } catch {
            fail(data.line, error.column, error.message)
            return nil
        }
        let allowed = ["n", "x", "y", "noise", "seed"]
        var values: [String: ValuePart] = [:]
        for (key, value) in call.arguments {
            guard allowed.contains(key.text) else {
                var message = "unknown argument '\(key.text)' of generate (expected n, x, y, noise, seed)"
                if let hint = Suggestion.didYouMean(key.text, in: allowed) { message += "; \(hint)" }
                fail(data.line, key.column, message)
                return nil
            }
            values[key.text] = value
        }
        guard let n = values["n"].flatMap({ Int($0.text) }), let formula = values["y"],
            case .numbers(let range)? = values["x"].map({ ArgumentText.value($0.text) }), range.count == 2,
            range[0] < range[1]
        else {
            fail(
                data.line, data.column,
                "generate needs n=COUNT, x=(LOW, HIGH) and y=FORMULA, e.g. generate(n=50, x=(0, 10), y=2*x + 1, noise=1)"
            )
            return nil
        }
        let noise = values["noise"].flatMap { SpecParser.number($0.text) } ?? 0
        let seed = values["seed"].flatMap { UInt64($0.text) } ?? spec.seed?.value ?? 0
        do throws(DataError) {
            return try Dataset.generate(
                count: n, xRange: range[0]...range[1], formula: formula.text, noise: noise, seed: seed)
        } catch {
            fail(
                data.line, error.column > 0 ? formula.column + error.column - 1 : data.column,
                error.message + (error.suggestion.map { "; \($0)" } ?? ""))
            return nil
        }
    }
}
