import DescentEngine
import DescentText
import Foundation
import Testing

@testable import DescentLesson

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct FigureBuilderTests {
    static let bodies = [
        FigureFixtures.sweepBody, FigureFixtures.bowlBody, FigureFixtures.rosenbrockBody, FigureFixtures.regressionBody,
    ]

    func figures(_ body: String) throws -> [GeneratedFigure] {
        FigureBuilder(result: try FigureFixtures.run(body)).figures()
    }

    func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test(arguments: bodies)
    func everyFigureIsSignedWellFormedSVG(body: String) throws {
        let figures = try figures(body)
        #expect(!figures.isEmpty)
        for figure in figures {
            #expect(figure.svg.hasPrefix(GeneratedFigure.signature + "\n<svg "))
            let document = try XMLDocument(data: Data(figure.svg.utf8))
            #expect(document.rootElement()?.name == "svg")
            let name = "demo-\(figure.reference.kind.rawValue)" + (figure.reference.logScale ? "-log" : "")
            #expect(figure.reference.fileName == name + ".svg")
            #expect(figure.svg.contains("id=\"\(name)\""))
            #expect(figure.reference.name == "Figure")
            #expect(!figure.reference.caption.hasPrefix("Figure"))
            #expect(figure.svg.contains("<desc id=\"\(name)-desc\">"))
        }
    }

    @Test(arguments: bodies)
    func everyFigureHasANarrowDrawingBesideIt(body: String) throws {
        for figure in try figures(body) {
            let stem = String(figure.reference.fileName.dropLast(4))
            #expect(figure.narrow.fileName == stem + "-narrow.svg")
            #expect(figure.drawings.map(\.fileName) == [figure.reference.fileName, stem + "-narrow.svg"])
            // A map of two parameters keeps equal units, so it may be trimmed to its plot's height.
            let isMap = [.contour, .path, .frames].contains(figure.reference.kind) && body.hasPrefix("f(x, y)")
            #expect(figure.width == 720 && figure.narrow.width == 360)
            #expect(isMap ? figure.height <= 400 : figure.height == 400)
            #expect(isMap ? figure.narrow.height <= 320 : figure.narrow.height == 320)
            #expect(figure.svg.contains("width=\"720\" height=\"\(figure.height)\""))
            #expect(figure.narrow.svg.hasPrefix(GeneratedFigure.signature + "\n<svg "))
            #expect(
                figure.narrow.svg.contains("id=\"\(stem)-narrow\" width=\"360\" height=\"\(figure.narrow.height)\""))
            #expect(figure.narrow.svg.contains("<desc id=\"\(stem)-narrow-desc\">"))
        }
    }

    @Test func figuresFollowTheShowLineInOrder() throws {
        let kinds = try figures(FigureFixtures.sweepBody).map(\.reference.kind)
        #expect(kinds == [.loss, .path, .sweep, .lr, .frames])
    }

    @Test(arguments: bodies)
    func outputIsDeterministic(body: String) throws {
        #expect(try figures(body) == figures(body))
    }

    @Test func lossChartHasOneLinePerRunAndMarksTheDivergingRun() throws {
        let loss = try #require(try figures(FigureFixtures.sweepBody).first { $0.reference.kind == .loss })
        for series in 0..<3 { #expect(count("class=\"line c\(series)\"", in: loss.svg) == 1) }
        #expect(loss.svg.contains("class=\"escape c2\""))
        #expect(loss.reference.caption.contains("η = 1.1 is diverging"))
        #expect(loss.reference.caption.contains("η = 0.3 converges at iteration 10"))
        #expect(loss.reference.caption.contains(LossFigure.escapeNote))
        #expect(loss.reference.alt.hasPrefix("Line chart of the loss (log scale) against the iteration"))
        #expect(loss.reference.alt.hasSuffix("; 2 lines fall and 1 leaves through the top."))
    }

    /// A run that grows through its whole budget is quoted at its final point, after its last
    /// step, not at the last iteration it evaluated (lr-explore, η = 1.05).
    @Test func aGrowingRunIsQuotedAfterItsLastStep() throws {
        let body = "f(w) = w^2\nstart: w = -3\nlr: 0.3, 1.05\nsteps: 100\nshow: plot loss\n"
        let result = try FigureFixtures.run(body)
        let growing = try #require(result.series.first { $0.growing })
        #expect(growing.reachedLoss == growing.result.finalLoss)
        #expect(growing.reachedLoss != growing.result.lastFiniteLoss)
        let caption = LossFigure(result: result, logScale: true).draft().caption
        #expect(caption.contains("to \(NumberText.typeset(growing.result.finalLoss, digits: 3))"), "\(caption)")
    }

    /// In an explorable figure one run shows at a time: a diverging run is drawn climbing (the
    /// axis reaches above its start), and the iteration axis stays linear even when most runs
    /// end early, so steady convergence is a straight line.
    @Test func layeredLossChartsShowTheClimbOnALinearAxis() throws {
        let body =
            "f(w) = w^2\nstart: w = -3\nlr: 0.4, 0.45, 1.1, 0.01\nsteps: 2000\nstop: |grad| < 1e-6\nshow: plot loss\n"
        let result = try FigureFixtures.run(body)
        let plain = LossFigure(result: result, logScale: true).draft().chart
        let layered = LossFigure(result: result, logScale: true, layered: true).draft().chart
        #expect(plain.x.kind == .symlog(constant: 1))
        #expect(layered.x.kind == .linear)
        #expect(plain.y.domain.upperBound < 100)
        #expect(layered.y.domain.upperBound >= 9 * 1000)
    }

    @Test func divergedRunsAreNamedWithTheirIteration() throws {
        let body = "f(w) = w^2\nstart: w = -3\nlr: 0.1, 2.5\nsteps: 100\nshow: plot loss, plot path, plot sweep\n"
        let figures = try figures(body)
        // Alt text describes the drawing; the caption names the run and its iteration.
        #expect(figures[0].reference.alt.contains("1 leaves through the top"))
        #expect(figures[2].reference.alt.contains("1 point is drawn as a cross"))
        for figure in figures {
            #expect(figure.reference.caption.contains("η = 2.5 diverge"), "\(figure.reference.kind)")
        }
        let loss = try #require(figures.first)
        #expect(loss.reference.caption.contains(#/η = 2\.5 diverges at iteration \d+/#))
        #expect(loss.reference.caption.contains("triangle on the top edge"))
        let settled = try #require(
            try self.figures("f(w) = w^2\nstart: w = -3\nlr: 0.1\nsteps: 100\nshow: plot loss\n").first)
        #expect(!settled.reference.caption.contains("triangle"))
        #expect(loss.svg.contains("class=\"escape c1\""))
    }

    /// A sweep figure's legend names its groups as run labels do (`Momentum 0.5`), not as the
    /// block spells the call (`momentum(momentum=0.5)`).
    @Test func sweepLegendUsesRunLabels() throws {
        let body =
            "f(w) = w^2\nstart: w = -3\noptimizer: momentum(momentum=0.5), momentum(momentum=0.2)\n"
            + "lr: 0.1, 0.2\nsteps: 100\nstop: |grad| < 1e-6\nshow: plot sweep\n"
        let sweep = try #require(try figures(body).first { $0.reference.kind == .sweep })
        #expect(sweep.svg.contains(">Momentum 0.5</text>") && sweep.svg.contains(">Momentum 0.2</text>"))
        #expect(!sweep.svg.contains("momentum("))
    }

    @Test func hugeRunsStaySmall() throws {
        let body =
            "f(w) = w^2\nstart: w = -3\nlr: 0.00001\nsteps: 100000\nshow: plot loss log, plot path, plot lr, plot frames\n"
        let result = try FigureFixtures.run(body)
        #expect(result.results[0].iterations == 100_000)
        let figures = FigureBuilder(result: result).figures()
        #expect(figures.count == 4)
        for figure in figures {
            #expect(figure.svg.utf8.count < 60_000, "\(figure.reference.kind): \(figure.svg.utf8.count) bytes")
        }
    }

    @Test func contoursUseLogLevelsForRosenbrockAndLinearForABowl() throws {
        let rosenbrock = try figures(FigureFixtures.rosenbrockBody)[0]
        #expect(rosenbrock.reference.caption.contains("log-spaced levels"))
        #expect(rosenbrock.svg.contains("10⁻"))
        let bowl = try figures(FigureFixtures.bowlBody)[0]
        #expect(bowl.reference.caption.contains("evenly spaced levels"))
        #expect(count("class=\"line c", in: bowl.svg) == 2)
        #expect(bowl.svg.contains("minimum"))
    }

    @Test func framesAnimateWithCSSAndRespectReducedMotion() throws {
        for body in [FigureFixtures.sweepBody, FigureFixtures.bowlBody] {
            let frames = try #require(try figures(body).first { $0.reference.kind == .frames })
            #expect(frames.svg.contains("@keyframes"))
            #expect(frames.svg.contains("prefers-reduced-motion"))
            #expect(!frames.svg.contains("<script"))
        }
    }

    @Test func dataFigureDrawsEachRunsFinalFit() throws {
        let data = try #require(try figures(FigureFixtures.regressionBody).first { $0.reference.kind == .data })
        for series in 0..<3 { #expect(count("class=\"line c\(series)\"", in: data.svg) == 1) }
        #expect(data.reference.caption.contains("y = w*x + b"))
        #expect(data.svg.contains("class=\"ref-point\""))
    }

    @Test func dataFigureOfOneRunShowsTheFitOverEpochs() throws {
        let body = FigureFixtures.regressionBody.replacingOccurrences(of: "batch: all, 1, 8", with: "batch: 8")
        let data = try #require(try figures(body).first { $0.reference.kind == .data })
        #expect(data.reference.caption.contains("at epoch 0, epoch 10 and epoch 20"))
    }

    @Test func unsupportedKindsAreExplained() throws {
        let result = try FigureFixtures.run("f(w) = w^2\nstart: w = 1\nlr: 0.1\nshow: plot loss\n")
        let experiment = result.experiment
        #expect(
            FigureBuilder.unsupported(.contour, for: experiment)
                == "plot contour needs an objective of two parameters; f(w) has one")
        #expect(
            FigureBuilder.unsupported(.data, for: experiment)
                == "plot data needs a data set (data: …); f(w) reads no data")
        #expect(
            FigureBuilder.unsupported(.sweep, for: experiment)?.hasPrefix("plot sweep needs several learning rates")
                == true)
        #expect(FigureBuilder.unsupported(.loss, for: experiment) == nil)
        #expect(FigureBuilder(result: result).figures().map(\.reference.kind) == [.loss])
        // Asking for one of them in a block is an error at the show item (see FigureRequestTests).
    }
}
