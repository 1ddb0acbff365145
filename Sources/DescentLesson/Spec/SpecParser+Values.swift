import DescentEngine
import DescentText

extension SpecParser {
    /// A number in the block's syntax: decimal with optional exponent, `-`, or `inf`.
    static func number(_ text: String) -> Double? {
        let cleaned = text.replacingAll("−", with: "-").replacingAll("_", with: "")
        guard !cleaned.isEmpty, cleaned.allSatisfy({ "0123456789.eE+-".contains($0) }) else { return nil }
        return Double(cleaned)
    }

    mutating func readNumbers(_ part: ValuePart, _ line: Int, positive: Bool) -> [Located<Double>] {
        ValueSyntax.split(part).compactMap { item in
            guard let value = Self.number(item.text) else {
                fail(line, item.column, "expected a number, found '\(item.text)'")
                return nil
            }
            if positive, !(value > 0) || !value.isFinite {
                fail(line, item.column, "learning rate must be a positive number, found '\(item.text)'")
                return nil
            }
            return Located(value, line: line, column: item.column)
        }
    }

    mutating func readCount(_ part: ValuePart, _ line: Int, name: String, maximum: Int? = nil) -> Located<Int>? {
        guard let value = Int(part.text.replacingAll("_", with: "")), value >= 1 else {
            fail(line, part.column, "expected a whole number of at least 1 for '\(name)', found '\(part.text)'")
            return nil
        }
        if let maximum, value > maximum {
            fail(line, part.column, "'\(name)' may be at most \(WorkBudget.grouped(maximum)), found '\(part.text)'")
            return nil
        }
        return Located(value, line: line, column: part.column)
    }

    /// `budget: 200000000`, `2e8` or `200_000_000`: steps (runs × steps per run), a whole number
    /// from 1 to ``WorkBudget/maximumExperimentSteps``.
    mutating func readBudget(_ part: ValuePart, _ line: Int) -> Located<Int>? {
        let text = part.text.replacingAll("_", with: "")
        let value = Int(text) ?? Self.number(text).flatMap { $0 == $0.rounded() && $0 < 1e18 ? Int($0) : nil }
        guard let value, value >= 1 else {
            fail(line, part.column, "expected a whole number of steps for 'budget' (e.g. 2e8), found '\(part.text)'")
            return nil
        }
        guard value <= WorkBudget.maximumExperimentSteps else {
            fail(
                line, part.column,
                "'budget' may be at most \(WorkBudget.amount(WorkBudget.maximumExperimentSteps)) steps, found '\(part.text)'"
            )
            return nil
        }
        return Located(value, line: line, column: part.column)
    }

    mutating func readSeed(_ part: ValuePart, _ line: Int) -> Located<UInt64>? {
        guard let value = UInt64(part.text) else {
            fail(line, part.column, "expected a non-negative whole number for 'seed', found '\(part.text)'")
            return nil
        }
        return Located(value, line: line, column: part.column)
    }

    mutating func readBatches(_ part: ValuePart, _ line: Int) -> [Located<Int?>] {
        ValueSyntax.split(part).compactMap { item in
            if item.text == "all" || item.text == "full" { return Located(nil, line: line, column: item.column) }
            guard let size = Int(item.text), size >= 1 else {
                fail(line, item.column, "expected a batch size ('all' or a whole number ≥ 1), found '\(item.text)'")
                return nil
            }
            return Located(size, line: line, column: item.column)
        }
    }

    /// `w = -3` or `x = -5, y = -2`; several start points separated by `;`.
    mutating func readStarts(_ part: ValuePart, _ line: Int) -> [Located<[(name: String, value: Double)]>] {
        ValueSyntax.split(part, on: ";").compactMap { point in
            readAssignments(point, line).map { Located($0, line: line, column: point.column) }
        }
    }

    /// `x = 1, y = 1; x = -1, y = 1`: points separated by `;`, at most
    /// `ExperimentSpec.maximumMinima` of them.
    mutating func readMinima(_ part: ValuePart, _ line: Int) -> [Located<[(name: String, value: Double)]>] {
        let points = ValueSyntax.split(part, on: ";")
        if points.count > ExperimentSpec.maximumMinima {
            let extra = points[ExperimentSpec.maximumMinima]
            fail(
                line, extra.column,
                "'minimum:' lists \(points.count) points; at most \(ExperimentSpec.maximumMinima) may be marked")
            return []
        }
        return points.compactMap { point in
            guard !point.text.trimmingWhitespace().isEmpty else {
                fail(line, point.column, "expected a point such as 'x = 1, y = 1' between ';'")
                return nil
            }
            return readAssignments(point, line).map { Located($0, line: line, column: point.column) }
        }
    }

    mutating func readAssignments(_ part: ValuePart, _ line: Int) -> [(name: String, value: Double)]? {
        var assignments: [(name: String, value: Double)] = []
        for item in ValueSyntax.split(part) {
            let sides = item.text.split(separator: "=", maxSplits: 1).map { $0.trimmingWhitespace() }
            guard sides.count == 2, !sides[0].isEmpty else {
                fail(line, item.column, "expected 'name = number' (e.g. 'w = -3'), found '\(item.text)'")
                return nil
            }
            guard let value = Self.number(sides[1]), value.isFinite else {
                let equals = item.text.firstIndex(of: "=") ?? item.text.startIndex
                let offset = item.text.distance(from: item.text.startIndex, to: equals) + 1
                fail(line, item.column + offset + 1, "expected a number for '\(sides[0])', found '\(sides[1])'")
                return nil
            }
            assignments.append((sides[0], value))
        }
        return assignments
    }

    mutating func readCalls(_ part: ValuePart, _ line: Int) -> [Located<OptimizerCall>] {
        ValueSyntax.split(part).compactMap { readCall($0, line) }
    }

    private mutating func readCall(_ item: ValuePart, _ line: Int) -> Located<OptimizerCall>? {
        let call: ValueSyntax.Call
        do throws(ValueSyntaxError) { call = try ValueSyntax.call(item) } catch {
            fail(line, error.column, error.message)
            return nil
        }
        let arguments = call.arguments.map {
            (
                Located($0.key.text, line: line, column: $0.key.column),
                Located($0.value.text, line: line, column: $0.value.column)
            )
        }
        return Located(
            OptimizerCall(name: call.name.text, arguments: arguments, text: item.text),
            line: line, column: item.column)
    }

    /// The `show:` items; a figure asked for twice (`plot loss, plot loss`) is an error at the
    /// second, since both would be the same file.
    mutating func readShow(_ part: ValuePart, _ line: Int) -> [Located<ShowItem>] {
        var figures: Set<String> = []
        return readShowItems(part, line).filter { item in
            let name: String
            switch item.value {
            case .plot(let kind, let logScale, _): name = "plot \(kind.rawValue)" + (logScale ? " log" : "")
            case .explore: name = "explore"
            default: return true
            }
            guard figures.insert(name).inserted else {
                fail(line, item.column, "'\(name)' is asked for twice; each figure is drawn once")
                return false
            }
            return true
        }
    }

    private mutating func readShowItems(_ part: ValuePart, _ line: Int) -> [Located<ShowItem>] {
        ValueSyntax.split(part).compactMap { item in
            let words = item.text.split(separator: " ").map(String.init)
            if let first = words.first, let named = ShowItem.names[first], words.count == 1 {
                return Located(named, line: line, column: item.column)
            }
            if words.first == "plot" { return readPlot(item, line) }
            if words.first == "explore" || words.first?.hasPrefix("explore[") == true {
                return readExplore(item, line)
            }
            var message = "unknown show item '\(item.text)'"
            let known = ShowItem.names.keys.sorted() + ["explore", "plot"]
            if let hint = Suggestion.didYouMean(words.first ?? "", in: known) {
                message += "; \(hint)"
            } else {
                message += "; expected one of " + known.joined(separator: ", ")
            }
            fail(line, item.column, message)
            return nil
        }
    }
}
