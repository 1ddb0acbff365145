import DescentEngine
import DescentText

/// The words shared by every figure: how the objective and the runs are named, and one
/// clause per outcome that matters (divergence, convergence, running out of steps).
struct FigureText {
    let result: ExperimentResult

    /// `f(w) = w²`, as the author wrote it, with small integer powers as superscripts.
    var objective: String {
        let written = result.experiment.spec.objective?.value ?? signature
        return Self.superscripted(written)
    }

    /// `f(w)`: the objective's name and parameters.
    var signature: String {
        let objective = result.experiment.objective.objective
        return "\(objective.name)(\(objective.parameters.joined(separator: ", ")))"
    }

    /// Who ran: `gradient descent`, `Adam` (`CallLabel`), or `3 optimizers`.
    var method: String {
        let names = distinct { $0.optimizer }
        guard names.count == 1, let only = result.experiment.runs.first?.facets else {
            return "\(names.count) optimizers"
        }
        return only.optimizerName == "gd" && only.optimizer == "gd"
            ? "gradient descent" : CallLabel.display(only.optimizer)
    }

    /// What varies besides the optimizer, as a count: `4 learning rates`, `6 runs`; nil for one run.
    var variety: String? {
        let count = result.experiment.runs.count
        guard count > 1 else { return nil }
        let varying = Self.facetNouns.filter { distinct($0.facet).count > 1 }
        let optimizers = distinct({ $0.optimizer }).count
        if varying.count == 1, optimizers == 1 { return "\(distinct(varying[0].facet).count) \(varying[0].plural)" }
        if varying.isEmpty { return nil }
        return "\(count) runs"
    }

    /// `for each learning rate`, `for each run`; empty for a single run.
    var each: String {
        let count = result.experiment.runs.count
        guard count > 1 else { return "" }
        var varying = Self.facetNouns.filter { distinct($0.facet).count > 1 }.map(\.singular)
        if distinct({ $0.optimizer }).count > 1 { varying.insert("optimizer", at: 0) }
        return " for each " + (varying.count == 1 ? varying[0] : "run")
    }

    /// `gradient descent on f(w) = w² for 4 learning rates`.
    var subject: String {
        let base = "\(method) on \(objective)"
        return variety.map { "\(base) for \($0)" } ?? base
    }

    private func distinct(_ facet: (RunFacets) -> String) -> Set<String> {
        Set(result.experiment.runs.map { facet($0.facets) })
    }

    private static var facetNouns: [(facet: (RunFacets) -> String, singular: String, plural: String)] {
        [
            ({ $0.schedule }, "schedule", "schedules"),
            ({ $0.start }, "start point", "start points"),
            ({ $0.batch.map(String.init) ?? "all" }, "batch size", "batch sizes"),
            ({ NumberText.typeset($0.learningRate, digits: nil) }, "learning rate", "learning rates"),
        ]
    }

    /// `w^2` → `w²`: a caret followed by one digit (and nothing numeric after it).
    static func superscripted(_ text: String) -> String {
        let superscripts: [Character: Character] = ["2": "²", "3": "³", "4": "⁴"]
        var output = ""
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "^", index + 1 < characters.count, let raised = superscripts[characters[index + 1]],
                index + 2 >= characters.count || !(characters[index + 2].isNumber || characters[index + 2] == ".")
            {
                output.append(raised)
                index += 2
                continue
            }
            output.append(character)
            index += 1
        }
        return output
    }
}
