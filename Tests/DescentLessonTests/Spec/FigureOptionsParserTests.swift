import DescentText
import Testing

@testable import DescentLesson

/// `show: plot KIND …` options: window, size, aspect, run selectors and `with` (issue #14).
@Suite struct FigureOptionsParserTests {
    func parse(_ show: String) -> (items: [ShowItem], problems: [String]) {
        let text = "```descent demo\nf(w) = w^2\nshow: \(show)\n```\n"
        let document = LessonDocument(SourceText(path: "l.md", text: text))
        let (spec, problems) = SpecParser.parse(document.blocks[0], source: document.source)
        return (spec.show.map(\.value), problems.map(String.init(describing:)))
    }

    func options(_ show: String) throws -> FigureOptions {
        let (items, problems) = parse(show)
        #expect(problems.isEmpty, "\(problems)")
        guard case .plot(_, _, let options) = try #require(items.first) else {
            Issue.record("not a plot")
            return FigureOptions()
        }
        return options
    }

    @Test func aPlotWithoutOptionsIsWhatItWas() throws {
        #expect(parse("plot loss log").items == [.plot(.loss, logScale: true)])
        #expect(try options("plot loss") == FigureOptions())
    }

    @Test func limitsAreReadAsTuplesInAnyOrderWithSpacesAroundTheEquals() throws {
        let read = try options("plot path ylim = (0, 20) xlim=(-4, 4.5) square")
        #expect(read.xLimits?.value == AxisLimits(lower: -4, upper: 4.5))
        #expect(read.yLimits?.value == AxisLimits(lower: 0, upper: 20))
        #expect(read.xLimits?.column == 32)
        #expect(read.yLimits?.column == 17)
        #expect(parse("plot loss log ylim=(1e-6, 10)").items.count == 1)
    }

    @Test func sizeAndAspectAreWords() throws {
        #expect(try options("plot contour square").size == .square)
        #expect(try options("plot loss wide").size == .wide)
        #expect(try options("plot loss").size == .wide)
        #expect(try options("plot contour aspect=free").aspect?.value == .free)
        #expect(try options("plot path aspect=equal").aspect?.value == .equal)
    }

    @Test func selectorsAreInlineReferenceSelectorsAndSeveralAreAUnion() throws {
        let read = try options("plot loss[lr=0.1] [adam lr = 0.01][batch=1]")
        #expect(read.runs.map(\.value.terms) == [["lr=0.1"], ["adam", "lr=0.01"], ["batch=1"]])
        #expect(read.runs.map(\.column) == [16, 25, 41])
        let facets = RunFacets(
            optimizer: "adam", optimizerName: "adam", learningRate: 0.01, schedule: "constant", start: "w = 0",
            batch: nil)
        #expect(read.runs[1].value.matches(facets))
        #expect(!read.runs[0].value.matches(facets))
    }

    @Test func withNamesOneExperimentOrAParenthesisedList() throws {
        let one = try options("plot loss with other[lr=0.3]")
        #expect(one.companions.map(\.id.value) == ["other"])
        #expect(one.companions[0].runs.map(\.value.terms) == [["lr=0.3"]])
        let several = try options("plot loss log with (a, b-2[momentum][gd]) ylim=(1e-3, 10)")
        #expect(several.companions.map(\.id.value) == ["a", "b-2"])
        #expect(several.companions.map(\.id.column) == [27, 30])
        #expect(several.companions[1].runs.count == 2)
        #expect(several.yLimits != nil)
        #expect(try options("plot lr with(a, b)").companions.count == 2)
    }

    /// Every error, as the build prints it: located, with the line and a caret.
    @Test func everyMistakeIsAnErrorAtItsColumn() {
        let cases: [(String, String)] = [
            (
                "plot loss xlim=-4..4",
                "l.md:3:22: error: expected 'xlim=(low, high)', e.g. 'xlim=(-4, 4)', found 'xlim=-4..4'\n    show: plot loss xlim=-4..4\n                         ^"
            ),
            (
                "plot loss xlim=(4, -4)",
                "l.md:3:22: error: 'xlim' needs its lower limit below its upper one, found (4, -4)\n    show: plot loss xlim=(4, -4)\n                         ^"
            ),
            (
                "plot loss ylim=(0, 1e999)",
                "l.md:3:26: error: expected a finite number for the upper limit of 'ylim', found '1e999'\n    show: plot loss ylim=(0, 1e999)\n                             ^"
            ),
            (
                "plot loss ylim=(a, 1)",
                "l.md:3:23: error: expected a finite number for the lower limit of 'ylim', found 'a'\n    show: plot loss ylim=(a, 1)\n                          ^"
            ),
            (
                "plot loss log ylim=(0, 10)",
                "l.md:3:21: error: 'ylim' of a log axis must be positive, found a lower limit of 0; 'log' draws the y axis on a log scale\n    show: plot loss log ylim=(0, 10)\n                        ^"
            ),
            (
                "plot loss xlim=(0, 1) xlim=(0, 2)",
                "l.md:3:29: error: 'xlim' is given twice in one plot\n    show: plot loss xlim=(0, 1) xlim=(0, 2)\n                                ^"
            ),
            (
                "plot contour wide square",
                "l.md:3:25: error: 'wide' or 'square' is given twice in one plot\n    show: plot contour wide square\n                            ^"
            ),
            (
                "plot contour aspect=round",
                "l.md:3:27: error: unknown aspect 'round'; expected 'aspect=equal' or 'aspect=free'\n    show: plot contour aspect=round\n                              ^"
            ),
            (
                "plot loss aspect=free",
                "l.md:3:17: error: 'aspect' applies to maps of two parameters (plot contour, path or frames), not plot loss\n    show: plot loss aspect=free\n                    ^"
            ),
            (
                "plot loss sqare",
                "l.md:3:17: error: unknown plot option 'sqare'; did you mean 'square'?\n    show: plot loss sqare\n                    ^"
            ),
            (
                "plot loss xlm=(0, 1)",
                "l.md:3:17: error: unknown plot option 'xlm='; did you mean 'xlim'?\n    show: plot loss xlm=(0, 1)\n                    ^"
            ),
            (
                "plot loss [lr=0.1",
                "l.md:3:17: error: expected a run selector such as '[lr=0.1]', found '[lr=0.1'\n    show: plot loss [lr=0.1\n                    ^"
            ),
            (
                "plot loss []",
                "l.md:3:17: error: expected a run selector such as '[lr=0.1]', found '[]'\n    show: plot loss []\n                    ^"
            ),
            (
                "plot loss with",
                "l.md:3:21: error: expected an experiment id after 'with' (e.g. 'with other-id' or 'with (a, b)')\n    show: plot loss with\n                        ^"
            ),
            (
                "plot loss with (a, b c)",
                "l.md:3:26: error: expected an experiment id after 'with', found 'b c'\n    show: plot loss with (a, b c)\n                             ^"
            ),
            (
                "plot sweep with a",
                "l.md:3:18: error: plot sweep draws one experiment; 'with' works with plot loss, gap, lr, path, contour and frames\n    show: plot sweep with a\n                     ^"
            ),
            (
                "plot loss with a with b",
                "l.md:3:24: error: 'with' is given twice in one plot\n    show: plot loss with a with b\n                           ^"
            ),
        ]
        for (show, expected) in cases {
            #expect(parse(show).problems == [expected], "\(show)")
        }
    }

    @Test func aFigureWithOptionsIsStillOneFigure() {
        #expect(
            parse("plot loss [lr=0.1], plot loss xlim=(0, 5)").problems == [
                "l.md:3:27: error: 'plot loss' is asked for twice; each figure is drawn once\n    show: plot loss [lr=0.1], plot loss xlim=(0, 5)\n                              ^"
            ])
    }

    @Test func listsAreBounded() {
        let many = (1...9).map { "e\($0)" }.joined(separator: ", ")
        #expect(
            parse("plot loss with (\(many))").problems.first?.contains(
                "a figure may draw at most 8 other experiments, this one names 9") == true)
        let selectors = String(repeating: "[gd]", count: 33)
        #expect(
            parse("plot loss \(selectors)").problems.first?.contains(
                "a figure may select runs with at most 32 selectors per experiment") == true)
    }
}
