import DescentEngine
import DescentText
import Foundation
import Testing

@testable import DescentLesson

/// The PyTorch script of `show: pytorch` and `descent run --format pytorch`: what it writes for
/// each part of a block, that it is the same every time, and where it refuses.
@Suite struct PyTorchScriptTests {
    private func experiment(_ body: String, files: [String: String] = [:]) throws -> CompiledExperiment {
        let source = SourceText(path: "l.md", text: block("e", body))
        let document = LessonDocument(source)
        let (spec, problems) = SpecParser.parse(try #require(document.blocks.first), source: source)
        #expect(problems.isEmpty)
        let compiled = ExperimentCompiler.compile(
            spec, source: source, readFile: { name in files[name].map { .file(path: name, text: $0) } ?? .unreadable })
        return try #require(compiled.0)
    }

    private func script(_ body: String, files: [String: String] = [:]) throws -> String {
        try PyTorchScript(try experiment(body, files: files)).text
    }

    @Test func plainGradientDescentIsSGDWithTheLessonsStopRule() throws {
        let text = try script(lectureLoop)
        #expect(text.contains("torch.set_default_dtype(torch.float64)"))
        #expect(text.contains("def f(w):\n    return w**2\n"))
        #expect(text.contains("optimizer=lambda params: torch.optim.SGD(params, lr=0.3),"))
        #expect(text.contains("start=[-3.0], steps=25, batch=None"))
        #expect(text.contains("    # stop: |Δw| < 0.001 and |grad| < 0.001\n"))
        #expect(text.contains("return norm(step) < 0.001 and norm(grad) < 0.001\n"))
        // Nothing the block does not use: no scheduler step, no rule classes, no batches.
        #expect(!text.contains("rule.step"))
        #expect(!text.contains("class Rule"))
        #expect(!text.contains("SplitMix64"))
    }

    /// The printed table has the lesson's rows: the first ones and the last three, `rows:` of
    /// them (12 unless the block says).
    @Test func theTablePrintsTheLessonsRows() throws {
        #expect(try script(lectureLoop).contains("steps[:9] + [None] + steps[-3:]"))
        let limited = try script(lectureLoop + "rows: 6\n")
        #expect(limited.contains("shown = steps if len(steps) <= 6 else steps[:3] + [None] + steps[-3:]"))
        // "no convergence in 1 step", as the lesson says it.
        #expect(limited.contains("no convergence in {outcome[1]} step{'' if outcome[1] == 1 else 's'}"))
    }

    @Test func theScriptIsTheSameEveryTimeAndIsWhatDescentRunPrints() throws {
        let body = lectureLoop.replacingOccurrences(of: "optimizer: gd", with: "optimizer: gd, adam")
        let first = try script(body)
        #expect(try script(body) == first)
        let export = TraceExport(lesson: "l.md", experiments: [try experiment(body)])
        #expect(try export.text(.pytorch) == first)
        #expect(export.pytorchRefusal() == nil)
    }

    @Test func optimizersWriteTheHyperparametersThatDifferFromTorchsDefaults() throws {
        let text = try script(
            "f(w) = w^2\nlr: 0.1\noptimizer: momentum(momentum=0.5), nesterov, adam(betas=(0.8, 0.99)), adamw, rmsprop(centered=true)\n"
        )
        #expect(text.contains("torch.optim.SGD(params, lr=0.1, momentum=0.5)"))
        #expect(text.contains("torch.optim.SGD(params, lr=0.1, momentum=0.9, nesterov=True)"))
        #expect(text.contains("torch.optim.Adam(params, lr=0.1, betas=(0.8, 0.99))"))
        #expect(text.contains("torch.optim.AdamW(params, lr=0.1)"))
        #expect(text.contains("torch.optim.RMSprop(params, lr=0.1, centered=True)"))
    }

    @Test func schedulesAreTorchSchedulersAndPlateauIsSteppedWithTheLoss() throws {
        let text = try script(
            "f(w) = w^2\nlr: 0.1\nschedule: step(step_size=10, gamma=0.5), inverse_time(decay=0.1), cyclic(max_lr=0.2, step_size_up=5, mode=triangular2), plateau(factor=0.5, patience=2)\n"
        )
        #expect(text.contains("rule=lambda optimizer: lr_scheduler.StepLR(optimizer, step_size=10, gamma=0.5),"))
        #expect(text.contains("lr_scheduler.LambdaLR(optimizer, lambda t: 1 / (1 + 0.1 * t))"))
        #expect(
            text.contains(
                "lr_scheduler.CyclicLR(optimizer, base_lr=optimizer.param_groups[0][\"lr\"], max_lr=0.2, step_size_up=5, mode=\"triangular2\")"
            ))
        #expect(text.contains("lr_scheduler.ReduceLROnPlateau(optimizer, factor=0.5, patience=2)"))
        #expect(
            text.contains("        if isinstance(rule, lr_scheduler.ReduceLROnPlateau):\n            rule.step(loss)\n")
        )
    }

    @Test func rulesTorchLacksArePlainPythonClassesNamingTheirSource() throws {
        let text = try script("f(w) = w^2\nlr: 0.1\nschedule: constant, bold_driver(lr_dec=0.5), armijo(grow=2)\n")
        #expect(text.contains("class Rule:"))
        #expect(
            text.contains("class BoldDriver(Rule):\n    \"\"\"Bold driver, as MATLAB's traingda (Vogl et al. 1988)"))
        #expect(text.contains("class Armijo(Rule):"))
        #expect(!text.contains("class Polyak"))
        #expect(!text.contains("class Hypergradient"))
        #expect(text.contains("rule=lambda optimizer: BoldDriver(optimizer, lr_dec=0.5),"))
        #expect(text.contains("rule=lambda optimizer: Armijo(optimizer, grow=2),"))
        #expect(text.contains("accepted, after, lr = rule.review(before, after, loss, grad, lr, at)"))
    }

    @Test func miniBatchesShuffleWithSplitMix64AndTheBlocksSeed() throws {
        let body = """
            J(w, b) = mean((w*x + b - y)^2)
            data: generate(n=5, x=(0, 1), y=2*x, seed=3)
            batch: 2
            seed: 7
            steps: 4

            """
        let text = try script(body)
        #expect(text.contains("# data: generate(n=5, x=(0, 1), y=2*x, seed=3)\nx = torch.tensor(["))
        #expect(text.contains("def J(w, b, x, y):\n    return torch.mean((w*x + b - y)**2)\n"))
        #expect(text.contains("return J(theta[0], theta[1], x[rows], y[rows])"))
        #expect(text.contains("class SplitMix64:"))
        #expect(text.contains("order, generator = list(range(5)), SplitMix64(7)"))
        #expect(text.contains("start=[0.0, 0.0], steps=4, batch=2"))
    }

    @Test func columnsNamedLikeTheScriptsOwnVariablesOrTheObjectiveAreRenamed() throws {
        // A column called `loss` or `steps` would be overwritten by the loop before `loss_at`
        // reads it again; one called `J` by the objective's `def J`.
        let body = """
            J(w) = mean((w*loss - steps)^2 + J)
            data: points.csv
            steps: 2

            """
        let text = try script(body, files: ["points.csv": "loss,steps,J\n0,1,2\n1,3,4\n"])
        #expect(text.contains("loss_ = torch.tensor(["))
        #expect(text.contains("steps_ = torch.tensor(["))
        #expect(text.contains("J_ = torch.tensor(["))
        #expect(text.contains("def J(w, loss_, steps_, J_):\n    return torch.mean((w*loss_ - steps_)**2 + J_)\n"))
        #expect(text.contains("return J(theta[0], loss_[rows], steps_[rows], J_[rows])"))
    }

    @Test func everyNameTheScriptBindsAtModuleLevelIsReserved() throws {
        // Loop variables, functions and classes of a script using mini-batches and every rule.
        let scripts = [
            try script(
                "J(w, b) = mean((w*x + b - y)^2)\ndata: generate(n=5, x=(0, 1), y=2*x, seed=3)\nbatch: 2\nsteps: 4\n"),
            try script(
                "f(x, y) = x^2 + y^2\nstart: x = 1, y = 1\nschedule: bold_driver, hypergradient(beta=0.01), armijo, polyak(f_star=0)\nsteps: 3\n"
            ),
        ]
        let bound = scripts.flatMap(Self.moduleLevelNames)
        #expect(Set(bound).subtracting(PyTorchNames.reserved).subtracting(["J", "f", "x", "y"]).isEmpty)
    }

    /// Names bound outside any `def` or `class` body: `NAME =`, `NAME, NAME =`, `for NAME[, NAME] in`,
    /// `def NAME`, `class NAME`, at any indentation that is not inside a function or class.
    private static func moduleLevelNames(_ script: String) -> [String] {
        var names: [String] = []
        var insideDefinition = false
        for line in script.split(separator: "\n", omittingEmptySubsequences: false) {
            let indented = line.first == " "
            if !indented, !line.isEmpty { insideDefinition = false }
            if line.hasPrefix("def ") || line.hasPrefix("class ") {
                names.append(String(line.split(separator: " ")[1].prefix { $0.isLetter || $0.isNumber || $0 == "_" }))
                insideDefinition = true
                continue
            }
            guard !insideDefinition else { continue }
            let text = line.drop { $0 == " " }
            if text.hasPrefix("for "), let target = text.dropFirst(4).components(separatedBy: " in ").first {
                names += target.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            } else if let equals = text.range(of: " = "), !text.hasPrefix("#"),
                !text[..<equals.lowerBound].contains("(")
            {
                names += text[..<equals.lowerBound].split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
            }
        }
        return names.filter { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }
    }

    @Test func everyScheduleAndRuleTheEngineKnowsHasAPyTorchForm() {
        // The script maps schedule names (aliases included) one by one: a name the engine adds
        // must not silently become "no PyTorch counterpart".
        for name in RateRuleRegistry.names {
            do throws(PyTorchUnsupported) {
                _ = try PyTorchRateRule.rule(OptimizerCall(name: name, arguments: [], text: name))
            } catch {
                Issue.record("\(name): \(error.message)")
            }
        }
    }

    @Test func formulasUsePythonPrecedenceAndMathForConstants() throws {
        let text = try script("f(x, y) = -x^2 + exp(2)*sin(x) / (y - 1)^2 - (x - y) + max(0, x) + 2^(x^y)\n")
        #expect(
            text.contains(
                "return -x**2 + math.exp(2)*torch.sin(x) / (y - 1)**2 - (x - y) + torch.maximum(torch.tensor(0.0), x) + 2**x**y\n"
            ))
    }

    @Test func dataTooLargeToInlineIsAnErrorAtTheShowItem() {
        let rows = (0...PyTorchScript.maximumInlineRows).map { "\($0),1" }.joined(separator: "\n")
        let lesson = block("big", "f(w) = mean((w*x - y)^2)\ndata: big.csv\nsteps: 2\nshow: summary, pytorch\n")
        let found = problems(lesson, files: ["big.csv": "x,y\n" + rows + "\n"])
        #expect(
            found == [
                "5:16: show: pytorch cannot reproduce this experiment: its data has 201 rows and a script holds at most 200 inline"
            ])
    }

    @Test func aSweepOfMoreRunsThanAScriptListsIsRefused() throws {
        let rates = (1...(PyTorchScript.maximumRuns + 1)).map { "\(Double($0) / 1000)" }.joined(separator: ", ")
        let sweep = try experiment("f(w) = w^2\nsteps: 2\nlr: \(rates)\n")
        #expect(throws: PyTorchUnsupported("its sweep has 101 runs and a script lists at most 100")) {
            try PyTorchScript(sweep)
        }
    }

    @Test func theRegionHoldsTheScriptAsAFencedPythonBlock() throws {
        let lesson = block("e", lectureLoop.replacingOccurrences(of: "derivative", with: "pytorch"))
        let output = try render(lesson).output
        let script = try PyTorchScript(try experiment(lectureLoop)).text
        #expect(output.lessonText.contains("```python descent-pytorch\n" + script + "```\n"))
    }
}
