import DescentEngine

/// Courses of one or two lessons drawn from a grammar: prose, inline references, code, and
/// experiment blocks over a few objectives with sweeps, schedules, stopping rules and any mix of
/// `show:` items (figures and their `log` variants, asked for together). Small budgets, so a
/// course builds in milliseconds. Only figures the block can draw are asked for, each once, and
/// references name what exists, so every course drawn is valid.
struct CourseGrammar {
    var random: SeededGenerator
    private var nextID = 0

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    /// File name → lesson text.
    mutating func course() -> [String: String] {
        nextID = 0
        var lessons: [String: String] = [:]
        var ids: [String] = []
        for number in 0..<int(1...2) {
            var text = "# Lesson \(number)\n\nSome prose about `code` and $w^2$.\n"
            for _ in 0..<int(0...2) {
                let id = "x\(nextID)"
                nextID += 1
                ids.append(id)
                text += "\n" + block(id)
                if chance(0.4) { text += "\nIt took {{\(id).iterations}} iterations; see `{{not.a-reference}}`.\n" }
            }
            if let id = ids.last, chance(0.3) { text += "\nBack to {{\(id).runs}} runs, {{\(id).loss}}.\n" }
            if chance(0.2) { text.removeLast() }
            lessons[String(format: "%02d-lesson.md", number)] = text
        }
        return lessons
    }

    private mutating func block(_ id: String) -> String {
        let twoD = chance(0.4)
        var lines = [
            twoD
                ? pick(["f(x, y) = x^2 + 3*y^2", "f(x, y) = (1 - x)^2 + 2*(y - x)^2"])
                : pick(["f(w) = w^2", "f(w) = (w - 1)^2 + 0.5", "f(w) = w^4 - 2*w^2 + w"]),
            twoD ? "start: x = -2, y = 1" : pick(["start: w = -3", "start: w = 2; w = -1"]),
        ]
        // `show: theory` is an error unless the closed form describes every run: plain gradient
        // descent at a constant rate on a quadratic in one parameter.
        var theoryApplies = !twoD && !lines[0].contains("w^4")
        if chance(0.5) {
            let optimizer = pick(["gd", "momentum", "adam", "gd, nesterov", "rmsprop, adam"])
            theoryApplies = theoryApplies && optimizer == "gd"
            lines.append("optimizer: " + optimizer)
        }
        let sweep = chance(0.5)
        lines.append("lr: " + (sweep ? pick(["0.05, 0.2", "0.3, 0.01, 0.1"]) : pick(["0.1", "0.02"])))
        if chance(0.2) {
            theoryApplies = false
            lines.append("schedule: " + pick(["step(step_size=5, gamma=0.5)", "cosine(T_max=10)"]))
        }
        lines.append("steps: \(int(3...15))")
        if chance(0.6) { lines.append("stop: " + pick(["|grad| < 0.01", "loss < 1e-3 or Δloss < 1e-9"])) }
        var items = [
            "table", "summary", "derivative", "gradient-check", "plot loss", "plot loss log", "plot lr",
            "plot frames", "pytorch",
        ]
        if theoryApplies { items.append("theory") }
        items += twoD ? ["plot contour"] : ["plot path"]
        if sweep { items += ["convergence", "plot sweep", "plot sweep log", "explore"] }
        items.shuffle(using: &random)
        lines.append("show: " + items.prefix(int(1...4)).joined(separator: ", "))
        if chance(0.3) { lines.append("rows: \(int(2...6))") }
        return "```descent \(id)\n" + lines.joined(separator: "\n") + "\n```\n"
    }

    private mutating func pick(_ options: [String]) -> String { options[int(0...(options.count - 1))] }
    private mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    private mutating func chance(_ p: Double) -> Bool { random.nextUnit() < p }
}
