import DescentPlot
import DescentText
import Testing

@testable import DescentLesson

/// What `show: plot …` options do to the figures drawn, and the errors that need the lesson's
/// compiled experiments (issue #14).
@Suite struct FigureOptionsTests {
    static let sweep = """
        f(w) = w^2
        start: w = -3
        lr: 0.1, 0.3, 0.6
        steps: 20

        """

    /// A lesson of blocks (id, body) built as a build does: traces kept only for what is shown.
    static func build(_ blocks: [(String, String)]) throws -> [String: [GeneratedFigure]] {
        let text = blocks.map { block($0.0, $0.1) }.joined(separator: "\n")
        var steps = 0
        let run = try LessonRun(
            LessonDocument(SourceText(path: "l.md", text: text)), readFile: { _ in .unreadable },
            courseSteps: &steps, keeping: .shown)
        return LessonOutputBuilder(figureDirectoryFromLesson: "f").drawFigures(run, lessonNumber: nil)
    }

    static func options(_ show: String) throws -> FigureOptions {
        let text = block("demo", "f(w) = w^2\nshow: \(show)\n")
        let document = LessonDocument(SourceText(path: "l.md", text: text))
        guard
            case .plot(_, _, let options) = SpecParser.parse(document.blocks[0], source: document.source).spec.show[0]
                .value
        else { throw DiagnosticList([]) }
        return options
    }

    @Test func limitsSetTheWindowAndTheCaptionSaysSo() throws {
        let result = try FigureFixtures.run(Self.sweep + "show: plot path\n")
        let options = try Self.options("plot path xlim=(-5, 5) ylim=(0, 30)")
        let path = try #require(PathFigure(result: result, animation: nil, options: options).draft())
        // The curve is drawn over the author's window, not the iterates' (−3 … 3 here).
        #expect(path.chart.x.domain == -5...5)
        let applied = options.applied(path)
        #expect(applied.chart.x.domain == -5...5 && applied.chart.y.domain == 0...30)
        #expect(applied.caption.hasSuffix(" The lesson sets the window: w from −5 to 5, f(w) from 0 to 30."))
        let loss = try #require(
            FigureBuilder(result: result).figure(
                .loss, logScale: true, options: Self.options("plot loss log ylim=(1e-4, 100)")))
        #expect(loss.reference.caption.contains("The lesson sets the window: loss from 0.0001 to 100."))
        let plain = try #require(FigureBuilder(result: result).figure(.loss, logScale: true))
        #expect(!plain.reference.caption.contains("window"))
        #expect(plain.svg != loss.svg)
    }

    @Test func contourLimitsSetTheGridsWindow() throws {
        let result = try FigureFixtures.run(FigureFixtures.bowlBody)
        let options = try Self.options("plot contour xlim=(-8, 8) ylim=(-3, 3)")
        let draft = ContourFigure(result: result, animation: nil, options: options).draft()
        #expect(draft.chart.x.domain == -8...8 && draft.chart.y.domain == -3...3)
    }

    @Test func contoursKeepEqualUnitsUnlessTheAuthorFreesThem() throws {
        let result = try FigureFixtures.run(FigureFixtures.bowlBody)
        let flat = "plot contour xlim=(-8, 8) ylim=(-1, 1)"
        let equal = ContourFigure(result: result, animation: nil, options: try Self.options(flat)).draft().chart
        #expect(equal.equalAspect)
        let free = ContourFigure(result: result, animation: nil, options: try Self.options(flat + " aspect=free"))
            .draft().chart
        #expect(!free.equalAspect)
        // A long, flat window (16 × 2): the equal-units figure is trimmed to its plot, the free one is not.
        #expect(equal.trimmedToEqualUnits().height < equal.height)
        #expect(free.trimmedToEqualUnits().height == free.height)
    }

    @Test func squareFiguresAreSquareOnEveryScreen() throws {
        let result = try FigureFixtures.run(Self.sweep + "show: plot path\n")
        let figure = try #require(
            FigureBuilder(result: result).figure(.path, logScale: false, options: Self.options("plot path square")))
        #expect([figure.width, figure.height, figure.narrow.width, figure.narrow.height] == [480, 480, 360, 360])
        #expect(figure.svg.contains("viewBox=\"0 0 480 480\""))
        let wide = try #require(FigureBuilder(result: result).figure(.path, logScale: false))
        #expect([wide.width, wide.height, wide.narrow.width, wide.narrow.height] == [720, 400, 360, 320])
    }

    @Test func selectorsDrawSomeRunsInTheirOwnColours() throws {
        let result = try FigureFixtures.run(Self.sweep + "show: plot loss\n")
        let drawn = FigureSelection(
            result: result, options: try Self.options("plot loss [lr=0.1] [lr=0.6]"), companions: [:]
        )
        .drawn()
        #expect(drawn.series.map(\.index) == [0, 2])
        #expect(drawn.series.map(\.label) == ["η = 0.1", "η = 0.6"])
        let figure = try #require(
            FigureBuilder(result: result).figure(
                .loss, logScale: false, options: Self.options("plot loss [lr=0.1] [lr=0.6]")))
        #expect(figure.svg.contains("η = 0.1") && figure.svg.contains("η = 0.6") && !figure.svg.contains("η = 0.3"))
        // Series 2 keeps its colour class from the full figure.
        #expect(figure.svg.contains("class=\"line c2\"") && !figure.svg.contains("class=\"line c1\""))
    }

    @Test func withDrawsAnotherBlocksRunsLabelledByTheirExperiment() throws {
        let figures = try Self.build([
            ("gd-walk", Self.sweep + "show: plot loss log [lr=0.3] with mom-walk\n"),
            (
                "mom-walk",
                "f(w) = w^2\nstart: w = -3\noptimizer: momentum(momentum=0.5)\nlr: 0.1\nsteps: 20\nshow: summary\n"
            ),
        ])
        let figure = try #require(figures["gd-walk"]?.first)
        #expect(figure.svg.contains("η = 0.3 (gd-walk)"))
        // The companion shows no figure of its own, yet kept its trace for this one.
        #expect(figure.svg.contains("Momentum 0.5 (mom-walk)"))
        #expect(figures["mom-walk"]?.isEmpty == true)
        // η = 0.3 keeps series 1; the companion's run continues as series 2.
        #expect(figure.svg.contains("class=\"line c1\"") && figure.svg.contains("class=\"line c2\""))
        #expect(!figure.svg.contains("class=\"line c0\""))
    }

    @Test func companionsContinueTheSeriesAfterTheBlocksOwn() throws {
        let own = try FigureFixtures.run(Self.sweep + "show: plot loss\n", id: "a")
        let other = try FigureFixtures.run(Self.sweep + "show: plot loss\n", id: "b")
        let drawn = FigureSelection(
            result: own, options: try Self.options("plot loss [lr=0.3] with (b[lr=0.1], b[lr=0.6])"),
            companions: ["b": other]
        ).drawn()
        #expect(drawn.series.map(\.index) == [1, 2, 3])
        #expect(drawn.series.map(\.label) == ["η = 0.3 (a)", "η = 0.1 (b)", "η = 0.6 (b)"])
    }

    /// Each error as the build prints it, at the option, with a caret.
    @Test func optionsThatNeedTheLessonAreCheckedAgainstIt() {
        let lesson =
            block("a", Self.sweep + "show: plot loss [lr=0.5], plot path with (b, a, walks, c)\n") + "\n"
            + block(
                "b",
                "f(x, y) = x^2 + y^2\nstart: x = 1, y = 1\nshow: plot contour aspect=free, plot loss with (a[adam], d, d)\n"
            )
            + "\n" + block("c", "f(w) = w^2\nsteps: 3\nshow: plot sweep xlim=(0, 1), plot path aspect=equal\n")
            + "\n"
            + block(
                "d",
                "f(w) = mean((w*x - y)^2)\ndata: generate(n=8, x=(0, 1), y=x, noise=0, seed=1)\nbatch: 2\nlr: 0.1, 2\nshow: plot sweep [lr=0.1] xlim=(0, 1)\n"
            )
        let rendered = lessonErrors(lesson)
        #expect(
            rendered == [
                "l.md:6:17: error: no run of 'a' matches '[lr=0.5]'; its runs: η = 0.1; η = 0.3; η = 0.6\n    show: plot loss [lr=0.5], plot path with (b, a, walks, c)\n                    ^",
                "l.md:6:43: error: plot path draws one objective over its parameters, but 'b' has objective f(x, y) = x^2 + y^2 and 'a' f(w) = w^2\n    show: plot loss [lr=0.5], plot path with (b, a, walks, c)\n                                              ^",
                "l.md:6:46: error: 'a' is this block; 'with' names other experiments of the lesson\n    show: plot loss [lr=0.5], plot path with (b, a, walks, c)\n                                                 ^",
                "l.md:6:49: error: no experiment 'walks' in this lesson; 'with' draws experiments of the same lesson\n    show: plot loss [lr=0.5], plot path with (b, a, walks, c)\n                                                    ^",
                "l.md:12:50: error: no run of 'a' matches '[adam]'; its runs: η = 0.1; η = 0.3; η = 0.6\n    show: plot contour aspect=free, plot loss with (a[adam], d, d)\n                                                     ^",
                "l.md:12:58: error: plot loss cannot draw 'd' (per epoch: it uses mini-batches) on the same axis as 'b' (per iteration)\n    show: plot contour aspect=free, plot loss with (a[adam], d, d)\n                                                             ^",
                "l.md:12:61: error: 'd' is named twice in one figure\n    show: plot contour aspect=free, plot loss with (a[adam], d, d)\n                                                                ^",
                "l.md:18:7: error: plot sweep needs several learning rates (lr: 0.01, 0.1, …); 'c' runs with one\n    show: plot sweep xlim=(0, 1), plot path aspect=equal\n          ^",
                "l.md:18:41: error: 'aspect' applies to maps of two parameters; f(w) has one\n    show: plot sweep xlim=(0, 1), plot path aspect=equal\n                                            ^",
                "l.md:26:18: error: plot sweep needs several learning rates; the runs selected here use one\n    show: plot sweep [lr=0.1] xlim=(0, 1)\n                     ^",
            ])
        let logRates = block("e", "f(w) = w^2\nlr: 0.01, 0.1, 1\nsteps: 3\nshow: plot sweep xlim=(0, 1)\n")
        #expect(
            lessonErrors(logRates) == [
                "l.md:5:18: error: 'xlim' of a log axis must be positive, found a lower limit of 0; these learning rates span a factor of 10 or more, so plot sweep draws them on a log axis\n    show: plot sweep xlim=(0, 1)\n                     ^"
            ])
    }

    func lessonErrors(_ text: String) -> [String] {
        do {
            _ = try render(text)
            return []
        } catch {
            return error.diagnostics.map(String.init(describing:))
        }
    }
}
