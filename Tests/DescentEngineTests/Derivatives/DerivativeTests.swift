import Testing

@testable import DescentEngine

@Suite struct DerivativeTests {
    private func derivative(_ definition: String, _ parameter: String) throws -> Expression {
        try Objective.parse(definition).derivative(withRespectTo: parameter)
    }

    @Test func squareReadsLikeHandWritten() throws {
        let d = try derivative("f(w) = w^2", "w")
        #expect(d.text == "2*w")
        #expect(d.tex == "2w")
    }

    @Test func polynomialCollectsCoefficients() throws {
        let d = try derivative("f(w) = w^4 - 8*w^2", "w")
        #expect(d.text == "4*w^3 - 16*w")
        #expect(d.tex == "4w^{3} - 16w")
    }

    @Test func rosenbrockPartials() throws {
        #expect(try derivative("f(x, y) = (1 - x)^2 + 100*(y - x^2)^2", "x").text == "-2*(1 - x) - 400*x*(y - x^2)")
        #expect(try derivative("f(x, y) = (1 - x)^2 + 100*(y - x^2)^2", "y").text == "200*(y - x^2)")
    }

    @Test func functionsAndFractions() throws {
        #expect(try derivative("f(w) = sqrt(w)", "w").text == "1/(2*sqrt(w))")
        #expect(try derivative("f(w) = sqrt(w)", "w").tex == "\\frac{1}{2\\sqrt{w}}")
        #expect(try derivative("f(w) = exp(2*w)", "w").text == "2*exp(2*w)")
        #expect(try derivative("f(w) = e^w", "w").text == "e^w")
        #expect(try derivative("f(w) = sin(w)", "w").tex == "\\cos\\left(w\\right)")
        #expect(try derivative("f(w) = log(w)", "w").text == "1/w")
        #expect(try derivative("f(w) = abs(w)", "w").text == "sign(w)")
    }

    @Test func meanOfSquaredResidual() throws {
        let d = try derivative("J(w, b) = mean((w*x + b - y)^2)", "w")
        #expect(d.text == "mean(2*x*(w*x + b - y))")
    }
}
