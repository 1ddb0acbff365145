import DescentText
import Testing

@testable import DescentLesson

@Suite struct SpecParserTests {
    func parse(_ body: String) -> (spec: ExperimentSpec, problems: [Diagnostic]) {
        let text = "```descent demo\n" + body + "```\n"
        let document = LessonDocument(SourceText(path: "l.md", text: text))
        return SpecParser.parse(document.blocks[0], source: document.source)
    }

    @Test func readsEveryKey() throws {
        let (spec, problems) = parse(
            """
            f(x, y) = 0.1*x^2 + 2*y^2
            start: x = -5, y = -2; x = 1, y = 1
            optimizer: gd, momentum(momentum=0.5), adam(betas=(0.9, 0.999))
            η: 0.4, 1e-2
            schedule: cosine(T_max=20, eta_min=0.01)
            steps: 20
            epochs: 3
            batch: all, 1, 8
            seed: 7
            data: points.csv
            stop: |Δw| < 0.001 and |grad| < 0.001
            show: table, summary, plot contour, plot loss log
            expect: converges
            expect: momentum converges faster than gd
            rows: 12
            minimum: x = 0, y = 0
            caption: A bowl

            """)
        #expect(problems.isEmpty)
        #expect(spec.objective?.value == "f(x, y) = 0.1*x^2 + 2*y^2")
        #expect(spec.starts.map { $0.value.map(\.value) } == [[-5, -2], [1, 1]])
        #expect(spec.starts.map(\.column) == [8, 24])
        #expect(spec.optimizers.map(\.value.name) == ["gd", "momentum", "adam"])
        #expect(spec.optimizers[2].value.arguments.first?.value.value == "(0.9, 0.999)")
        #expect(spec.learningRates.map(\.value) == [0.4, 0.01])
        #expect(spec.schedules.first?.value.text == "cosine(T_max=20, eta_min=0.01)")
        #expect(spec.steps?.value == 20)
        #expect(spec.epochs?.value == 3)
        #expect(spec.batches.map(\.value) == [nil, 1, 8])
        #expect(spec.seed?.value == 7)
        #expect(spec.data?.value == "points.csv")
        #expect(spec.stop?.value == "|Δw| < 0.001 and |grad| < 0.001")
        #expect(
            spec.show.map(\.value) == [
                .table, .summary, .plot(.contour, logScale: false), .plot(.loss, logScale: true),
            ])
        #expect(spec.expectations.map(\.value.text) == ["converges", "momentum converges faster than gd"])
        #expect(spec.rows?.value == 12)
        #expect(spec.minimum?.value.map(\.name) == ["x", "y"])
        #expect(spec.caption?.value == "A bowl")
    }

    @Test func reportsEveryProblemWithItsPosition() {
        let (_, problems) = parse(
            """
            f(w) = w^2
            optimiser: adam
            lr: 0.1, fast, -1
            steps: ten
            show: tabel, plot los, plot loss big
            start: w = x
            lr: 0.2
            seed:

            """)
        let rendered = problems.map { "\($0.line):\($0.column): \($0.message)" }
        #expect(
            rendered == [
                "3:1: unknown key 'optimiser'; did you mean 'optimizer'?",
                "4:10: expected a number, found 'fast'",
                "4:16: learning rate must be a positive number, found '-1'",
                "5:8: expected a whole number of at least 1 for 'steps', found 'ten'",
                "6:7: unknown show item 'tabel'; did you mean 'table'?",
                "6:19: unknown plot 'los'; did you mean 'loss'?",
                "6:34: unknown plot option 'big'; options: log, [selector], with ID, xlim=(low, high), ylim=(low, high), wide, square, aspect=free",
                "7:12: expected a number for 'w', found 'x'",
                "8:1: duplicate key 'lr' (first given at line 4)",
                "9:6: 'seed' needs a value",
            ])
    }

    @Test func expectLinesAreParsedOnceIntoLocatedClaims() {
        let (spec, problems) = parse(
            """
            f(w) = w^2
            expect:   lr=1.1 diverges within 3 iterations
            expect: w ≈ 0 ± 1e-3
            expect: wanders

            """)
        #expect(
            spec.expectations.map(\.value.claim) == [
                .diverges(within: 3), .parameter(name: "w", value: 0, tolerance: 1e-3),
            ])
        #expect(spec.expectations.map(\.value.subject.terms) == [["lr=1.1"], []])
        #expect(spec.expectations.map { [$0.line, $0.column] } == [[3, 11], [4, 9]])
        #expect(problems.map { "\($0.line):\($0.column)" } == ["5:9"])
        #expect(problems.first?.message.hasPrefix("cannot read this expectation") == true)
    }

    @Test func requiresAnObjective() {
        let (_, problems) = parse("lr: 0.1\n")
        #expect(problems.map(\.message) == ["experiment 'demo' has no objective; add a line such as 'f(w) = w^2'"])
        #expect(problems.map(\.column) == [12])
    }
}
