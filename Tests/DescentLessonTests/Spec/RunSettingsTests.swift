import DescentText
import Testing

@testable import DescentLesson

/// Per-run settings as optimizer-call arguments: `adam(lr=0.1)`, `gd(lr=(0.01, 0.1))`,
/// `sgd(batch=1, schedule=cosine(T_max=20))`.
@Suite struct RunSettingsTests {
    func parse(_ body: String) -> (spec: ExperimentSpec, problems: [String]) {
        let text = "```descent demo\n" + body + "```\n"
        let document = LessonDocument(SourceText(path: "l.md", text: text))
        let (spec, problems) = SpecParser.parse(document.blocks[0], source: document.source)
        return (spec, problems.map { "\($0.line):\($0.column): \($0.message)" })
    }

    @Test func takesRunSettingsOutOfTheOptimizerArguments() {
        let (spec, problems) = parse(
            """
            f(w) = w^2
            optimizer: gd(lr=0.019), momentum(momentum=0.5, lr=(0.01, 0.1)), adam(schedule=cosine(T_max=20), eps=1e-6)
            lr: 0.3

            """)
        #expect(problems.isEmpty)
        let calls = spec.optimizers.map(\.value)
        #expect(calls.map(\.text) == ["gd", "momentum(momentum=0.5)", "adam(eps=1e-6)"])
        #expect(calls.map { $0.arguments.map(\.key.value) } == [[], ["momentum"], ["eps"]])
        #expect(calls.map { $0.runSettings.learningRates.map(\.value) } == [[0.019], [0.01, 0.1], []])
        #expect(calls[1].runSettings.learningRates.map(\.column) == [53, 59])
        #expect(calls[2].runSettings.schedules.map(\.value.text) == ["cosine(T_max=20)"])
    }

    @Test func readsBatchTuplesAndKeepsCallsWithoutSettingsAsWritten() {
        let (spec, problems) = parse(
            """
            f(w) = w^2
            optimizer: sgd(batch=(1, all)), adam(betas=(0.9, 0.99))
            data: d.csv

            """)
        #expect(problems.isEmpty)
        #expect(spec.optimizers[0].value.runSettings.batches.map(\.value) == [1, nil])
        #expect(spec.optimizers[1].value.text == "adam(betas=(0.9, 0.99))")
    }

    @Test func aBlockListThatNoOptimizerUsesIsAnErrorAtItsKey() {
        let (_, problems) = parse(
            """
            f(w) = w^2
            optimizer: gd(lr=0.019), adam(lr=0.1, schedule=constant)
            lr: 0.3, 0.1
            schedule: cosine(T_max=10)

            """)
        #expect(
            problems == [
                "4:1: 'lr:' is never used: every optimizer gives its own 'lr='; remove this line or the 'lr=' of the optimizers that should use it"
            ])
    }

    @Test func aBlockListSomeOptimizerUsesIsFine() {
        let (_, problems) = parse(
            """
            f(w) = w^2
            optimizer: gd(lr=0.019), adam
            η: 0.3

            """)
        #expect(problems.isEmpty)
    }

    @Test func badRunSettingsAreErrorsAtTheirColumns() {
        let (_, problems) = parse(
            """
            f(w) = w^2
            optimizer: adam(lr=0.1, lr=0.2), gd(lr=-1), sgd(lr=fast)

            """)
        #expect(
            problems == [
                "3:25: 'lr' is given twice in 'adam(…)'",
                "3:40: learning rate must be a positive number, found '-1'",
                "3:52: expected a number, found 'fast'",
            ])
    }
}

@Suite struct RunSettingsErrorTests {
    @Test func aMisspelledRunSettingIsAskedAbout() {
        let found = problems(block("demo", "f(w) = w^2\noptimizer: adam(lrr=0.1)\n"))
        #expect(
            found == [
                "3:17: unknown argument 'lrr' for adam; it takes betas, eps, weight_decay, amsgrad, maximize; as run settings it also takes lr, schedule, batch; did you mean 'lr'?"
            ])
    }
}
