import DescentText
import Foundation
import Testing

@testable import DescentLesson

/// `show: explore` (issue #17): its syntax and errors, its controls, and the page markup and
/// CSS it generates.
@Suite struct ExploreFigureTests {
    static let ladder = """
        f(w) = w^2
        start: w = -3
        lr: 0.1, 0.3, 0.5, 1.1
        steps: 30
        stop: |Δw| < 0.001 and |grad| < 0.001

        """

    static let grid = """
        f(x, y) = 0.1*x^2 + 2*y^2
        start: x = -8, y = 1
        optimizer: momentum(momentum=0), momentum(momentum=0.5), momentum(momentum=0.8)
        lr: 0.3, 0.45
        steps: 300
        stop: |grad| < 1e-6

        """

    private func spec(_ show: String) -> (items: [ShowItem], problems: [String]) {
        let document = LessonDocument(SourceText(path: "l.md", text: block("demo", "f(w) = w^2\nshow: \(show)\n")))
        let (spec, problems) = SpecParser.parse(document.blocks[0], source: document.source)
        return (spec.show.map(\.value), problems.map { "\($0.line):\($0.column): \($0.message)" })
    }

    private func explore(_ body: String, show: String = "explore") throws -> GeneratedFigure {
        let figures = try FigureOptionsTests.build([("demo", body + "show: \(show)\n")])
        return try #require(figures["demo"]?.first { $0.reference.explore })
    }

    @Test func theItemTakesAtMostOneRunSelector() {
        let plain = spec("summary, explore")
        #expect(plain.problems.isEmpty)
        #expect(plain.items.last == .explore(ExploreOptions()))
        let chosen = spec("explore [lr=0.3]")
        guard case .explore(let options) = chosen.items.first else {
            Issue.record("not an explore item: \(chosen.items)")
            return
        }
        #expect(options.initial?.value == RunSelector("lr=0.3"))
        #expect(options.initial.map { [$0.line, $0.column] } == [3, 15])
        #expect(
            spec("explore lr=0.3").problems == [
                "3:15: unknown explore option 'lr=0.3'; 'explore' takes one run selector, e.g. 'explore [lr=0.3]'"
            ])
        #expect(
            spec("explore [lr=0.1][lr=0.3]").problems == [
                "3:23: 'explore' opens on one run; give one selector (e.g. 'explore [lr=0.3]'), found 2"
            ])
        #expect(spec("explore, explore").problems == ["3:16: 'explore' is asked for twice; each figure is drawn once"])
        #expect(spec("explorer").problems.first?.contains("did you mean 'explore'") == true)
    }

    @Test func whatCannotBeExploredIsAnErrorWhereItIsWritten() {
        let one = block("one", "f(w) = w^2\nlr: 0.1\nsteps: 3\nshow: explore\n")
        let rates = (1...25).map { String(Double($0) / 100) }.joined(separator: ", ")
        let many = block("many", "f(w) = w^2\nlr: \(rates)\nsteps: 3\nshow: summary, explore\n")
        let none = block("none", Self.ladder + "show: explore [lr=0.7]\n")
        let several = block("several", Self.grid + "show: explore [lr=0.3]\n")
        #expect(problems(one) == ["5:7: explore needs a sweep of at least two runs to choose from; 'one' has one"])
        #expect(
            problems(many) == [
                "5:16: explore draws at most 24 runs, each kept in the page; 'many' has 25 (sweep fewer values, or use plot loss and plot sweep)"
            ])
        #expect(
            problems(none) == [
                "7:15: no run of 'none' matches '[lr=0.7]'; its runs: η = 0.1; η = 0.3; η = 0.5; η = 1.1"
            ])
        #expect(problems(several).first?.hasPrefix("8:15: '[lr=0.3]' matches 3 runs of 'several'") == true)
    }

    @Test func aGridOfSettingsGetsAControlPerSetting() throws {
        let result = try FigureFixtures.run(Self.grid + "show: summary\n")
        let choices = ExploreChoices(result.experiment.runs)
        // `Momentum 0`, `Momentum 0.5`, … share their name, which becomes the control's.
        #expect(choices.controls.map(\.name) == ["momentum", "learning rate η"])
        #expect(choices.controls[0].choices == ["0", "0.5", "0.8"])
        #expect(choices.controls[1].choices == ["0.3", "0.45"])
        #expect(choices.picks == [[0, 0], [0, 1], [1, 0], [1, 1], [2, 0], [2, 1]])
    }

    @Test func onlyChoicesThatShareANameAreFactored() {
        let mixed = ExploreChoices.Control(name: "optimizer", choices: ["GD", "Adam", "Momentum 0.5"])
        #expect(ExploreChoices.factored(mixed) == mixed)
        let nesterov = ExploreChoices.Control(
            name: "optimizer", choices: ["Nesterov (momentum 0.5)", "Nesterov (momentum 0.9)"])
        #expect(ExploreChoices.factored(nesterov) == nesterov)
        let starts = ExploreChoices.Control(name: "start", choices: ["w = −3", "w = 2"])
        #expect(ExploreChoices.factored(starts) == starts)
    }

    @Test func runsThatAreNotAGridGetOneControlOfRuns() throws {
        let body =
            "f(w) = w^2\nstart: w = -3\noptimizer: gd(lr=0.1), adam(lr=0.5), momentum(momentum=0.5, lr=0.1)\nsteps: 20\nshow: summary\n"
        let result = try FigureFixtures.run(body)
        let choices = ExploreChoices(result.experiment.runs)
        #expect(choices.controls.map(\.name) == ["run"])
        #expect(choices.controls[0].choices == result.experiment.runs.map(\.label))
        #expect(choices.picks == [[0], [1], [2]])
    }

    @Test func theMarkupHasAFieldsetPerControlAndALayerPerRunInEveryChart() throws {
        let figure = try explore(Self.grid, show: "explore [momentum(momentum=0.5) lr=0.45]")
        let markup = try #require(figure.explore)
        let html = markup.html
        #expect(html.components(separatedBy: "<fieldset class=\"explore-control\">").count == 3)
        #expect(html.components(separatedBy: "<legend>").count == 3)
        #expect(html.components(separatedBy: "type=\"radio\"").count == 6)
        // The checked radios are the initial run's: Momentum 0.5 (choice 1) and η = 0.45 (choice 1).
        #expect(html.components(separatedBy: " checked />").count == 3)
        #expect(html.contains("id=\"demo-explore-c0-1\" value=\"1\" checked />"))
        #expect(html.contains("id=\"demo-explore-c1-1\" value=\"1\" checked />"))
        let svgs = html.components(separatedBy: "<svg ").dropFirst()
        #expect(svgs.count == 2)
        for svg in svgs {
            for run in 0..<6 { #expect(svg.contains("<g class=\"layer\" data-layer=\"\(run)\">")) }
            #expect(!svg.contains("data-layer=\"6\""))
        }
        #expect(html.contains("<div class=\"explore-outcomes\" aria-live=\"polite\">"))
        // The outcome is the headline, under the controls and above the charts.
        let outcomes = try #require(html.range(of: "class=\"explore-outcomes\""))
        let charts = try #require(html.range(of: "class=\"explore-charts\""))
        #expect(outcomes.lowerBound < charts.lowerBound)
        #expect(html.components(separatedBy: "<p class=\"explore-outcome\" data-layer=").count == 7)
        #expect(html.contains(">Momentum 0.5 with η = 0.45: converged at iteration "))
        #expect(!html.contains("<script"))
        let rules = markup.stylesheets[1]
        #expect(rules.hasPrefix("#explore-demo-explore:has(input:checked) [data-layer] { display: none; }\n"))
        #expect(
            rules.contains(
                "#explore-demo-explore:has(#demo-explore-c0-2:checked):has(#demo-explore-c1-0:checked) [data-layer=\"4\"] { display: revert; }"
            ))
        #expect(rules.components(separatedBy: "{ display: revert; }").count == 7)
        #expect(rules.contains("#explore-demo-explore [data-layer=\"3\"] { display: revert !important; }"))
        #expect(markup.stylesheets[0] == ExploreMarkup.shared)
    }

    @Test func theStillShowsTheInitialRunAndItsCaptionListsTheChoices() throws {
        let figure = try explore(Self.ladder, show: "explore [lr=0.5]")
        #expect(figure.reference.fileName == "demo-explore.svg")
        #expect(figure.narrow.fileName == "demo-explore-narrow.svg")
        #expect(
            figure.reference.caption
                == "Choose the learning rate η (0.1, 0.3, 0.5 or 1.1) to see that run: its path and its loss per iteration (log scale) and how it ended. A still copy (the lesson file) or a print shows η = 0.5 (converged at iteration 1)."
        )
        // The still draws one run: its layers are not there, its legend has no other run.
        #expect(!figure.svg.contains("data-layer"))
        #expect(!figure.svg.contains("η = 0.1"))
        let output = try render(block("demo", Self.ladder + "show: summary, explore [lr=0.5]\n")).output
        let region = try #require(output.regions["demo"]).lesson
        #expect(region.contains("](../output/figures/demo-explore.svg)\n*Figure 1: Choose the learning rate η"))
    }

    @Test func beyondTwoParametersOnlyTheLossIsDrawn() throws {
        let body = "f(x, y, z) = x^2 + y^2 + z^2\nstart: x = 1, y = 1, z = 1\nlr: 0.1, 0.3\nsteps: 20\n"
        let figure = try explore(body)
        let html = try #require(figure.explore).html
        #expect(html.components(separatedBy: "<svg ").count == 2)
        #expect(html.contains("id=\"demo-explore-loss\""))
        #expect(!html.contains("id=\"demo-explore-map\""))
        #expect(figure.reference.kind == .loss)
        #expect(figure.reference.caption.contains("to see that run: its loss per iteration (log scale)"))
    }

    @Test func theMarkupIsDeterministicAndATwentyRateContourStaysSmall() throws {
        let rates = (1...20).map { String(Double($0) / 50) }.joined(separator: ", ")
        let body = "f(x, y) = 0.1*x^2 + 2*y^2\nstart: x = -8, y = 1\nlr: \(rates)\nsteps: 1000\nstop: |grad| < 1e-6\n"
        let first = try #require(try explore(body).explore)
        let second = try #require(try explore(body).explore)
        #expect(first == second)
        let bytes = first.html.utf8.count + first.stylesheets.map(\.utf8.count).reduce(0, +)
        #expect(bytes < 150_000, "\(bytes) bytes")
        #expect(first.html.components(separatedBy: "type=\"radio\"").count == 21)
    }
}
