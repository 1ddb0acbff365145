import DescentEngine
import Testing

@testable import DescentLesson

/// Logistic objectives draw their fitted probability curve and decision boundary (issue 14:
/// data figures showed only points for anything but a squared error).
@Suite struct ClassifierModelTests {
    @Test func crossEntropyThroughSigmoidIsAProbabilityCurve() throws {
        let objective = try Objective.parse(
            "J(w, b) = -mean(y*log(sigmoid(w*x + b)) + (1 - y)*log(1 - sigmoid(w*x + b)))")
        let model = try #require(ClassifierModel(objective))
        #expect(model.target == "y" && model.input == "x" && model.labels == .zeroOne)
        let curve = model.curve([-1, 0.5, 2], parameters: [2, -1])
        #expect(abs(curve[1] - 0.5) < 1e-12 && curve[0] < 0.5 && curve[2] > 0.5)
        let boundary = try #require(model.boundary(over: [-1, 0, 1, 2], parameters: [2, -1]))
        #expect(abs(boundary - 0.5) < 1e-12)
    }

    @Test func logisticLossWithPlusMinusOneLabelsIsRecognised() throws {
        for formula in ["J(w, b) = mean(log(1 + exp(-y*(w*x + b))))", "J(w, b) = mean(log(1 + exp(-(y*(w*x + b)))))"] {
            let model = try #require(ClassifierModel(try Objective.parse(formula)), "\(formula)")
            #expect(model.labels == .plusMinusOne && model.target == "y" && model.input == "x")
            #expect(abs(model.curve([0], parameters: [1, 0])[0]) < 1e-12)
        }
        #expect(ClassifierModel(try Objective.parse("J(w, b) = mean((w*x + b - y)^2)")) == nil)
        #expect(ClassifierModel(try Objective.parse("J(w, b) = mean(log(1 + exp(y*(w*x + b))))")) == nil)
    }

    @Test func dataFigureDrawsTheCurveAndTheBoundary() throws {
        let body = """
            J(w, b) = -mean(y*log(sigmoid(w*x + b)) + (1 - y)*log(1 - sigmoid(w*x + b)))
            data: generate(n=40, x=(-3, 3), y=step(x), noise=0.3, seed=2)
            start: w = 0, b = 0
            lr: 0.5
            steps: 200
            show: plot data

            """
        let figure = try #require(FigureBuilder(result: try FigureFixtures.run(body)).figures().first)
        #expect(figure.svg.contains("class=\"line c2\""), "the final fit is drawn")
        #expect(figure.svg.contains("class=\"rule\"") && figure.svg.contains(">boundary</text>"))
        #expect(figure.reference.caption.contains("P(y = 1) = σ(w*x + b)"), "\(figure.reference.caption)")
        #expect(figure.reference.caption.contains("decision boundary, x = "))
    }
}
