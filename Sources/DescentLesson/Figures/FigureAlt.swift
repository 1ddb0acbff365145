import DescentText

/// Alt text: what a figure draws — the kind of chart, its axes and their ranges, its series and
/// their shapes — and nothing of what to notice in it, which is the caption's job. A screen
/// reader reads both, so neither repeats the other.
enum FigureAlt {
    /// `one line for each learning rate (5 lines)`, or `one line` for a single run.
    static func series(count: Int, mark: String, each: String) -> String {
        count == 1 ? "one \(mark)" : "one \(mark)\(each) (\(count) \(mark)s)"
    }

    /// `0 to 5000`, `0.001 to 1.1`: whole numbers in full, others as `NumberText.significant`
    /// writes them (3 digits).
    static func range(_ low: Double, _ high: Double) -> String {
        "\(number(low)) to \(number(high))"
    }

    private static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e9 { return String(Int(value)) }
        return NumberText.significant(value, digits: 3)
    }

    /// How a series runs from left to right.
    enum Shape: String, CaseIterable {
        case falls
        case rises
        case level = "stays level"
        case both = "rises and falls"
        case escapes = "leaves through the top"
    }

    /// The shape of `values` (finite ones); `escapes` for a series drawn leaving the chart.
    static func shape(_ values: [Double], escapes: Bool) -> Shape {
        if escapes { return .escapes }
        let finite = values.filter(\.isFinite)
        guard let first = finite.first, let last = finite.last else { return .level }
        let steps = zip(finite, finite.dropFirst())
        let down = steps.contains { $1 < $0 }
        let up = steps.contains { $1 > $0 }
        switch (down, up) {
        case (false, false): return .level
        case (true, false): return .falls
        case (false, true): return .rises
        case (true, true): return last < first ? .falls : last > first ? .rises : .both
        }
    }

    /// `the line falls`, `every line falls`, `4 lines fall and 1 leaves through the top`.
    static func shapes(_ shapes: [Shape], mark: String) -> String {
        guard shapes.count > 1 else { return "the \(mark) " + (shapes.first ?? .level).rawValue }
        let counts = Shape.allCases.map { shape in (shape, shapes.filter { $0 == shape }.count) }.filter { $0.1 > 0 }
        if counts.count == 1, let only = counts.first { return "every \(mark) " + only.0.rawValue }
        let parts = counts.enumerated().map { index, entry -> String in
            let (shape, count) = entry
            let verb = count == 1 ? shape.rawValue : plural(shape)
            return index == 0 ? "\(count) \(mark)\(count == 1 ? "" : "s") \(verb)" : "\(count) \(verb)"
        }
        return OutcomeClauses.joined(parts)
    }

    private static func plural(_ shape: Shape) -> String {
        switch shape {
        case .falls: "fall"
        case .rises: "rise"
        case .level: "stay level"
        case .both: "rise and fall"
        case .escapes: "leave through the top"
        }
    }
}
