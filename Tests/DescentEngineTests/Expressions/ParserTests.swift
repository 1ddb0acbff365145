import Testing

@testable import DescentEngine

@Suite struct ParserTests {
    @Test func parsesSignatureAndBody() throws {
        let objective = try Objective.parse("f(x, y) = (1 - x)^2 + 100*(y - x^2)^2")
        #expect(objective.name == "f")
        #expect(objective.parameters == ["x", "y"])
        #expect(objective.body.text == "(1 - x)^2 + 100*(y - x^2)^2")
    }

    @Test func powerBindsTighterThanUnaryMinusAndIsRightAssociative() throws {
        let negated = try Objective.parse("f(x) = -x^2").body
        #expect(negated == .negate(.power(.parameter("x"), .number(2))))
        let tower = try Objective.parse("f(x) = 2^3^x").body
        #expect(tower == .power(.number(2), .power(.number(3), .parameter("x"))))
        #expect(try Objective.parse("f(x) = 2^-x").body == .power(.number(2), .negate(.parameter("x"))))
    }

    @Test func acceptsUnicodeOperatorsAndExponents() throws {
        let body = try Objective.parse("f(w) = 3·w² − 1e-3×w³").body
        #expect(body.text == "3*w^2 - 0.001*w^3")
    }

    @Test func dataColumnsInsideMean() throws {
        let objective = try Objective.parse("J(w, b) = mean((w*x + b - y)^2)")
        #expect(objective.columns == ["x", "y"])
        #expect(objective.parameters == ["w", "b"])
    }

    @Test func missingCloseParenthesisSaysWhichOneAndWhere() {
        let error = #expect(throws: ExpressionError.self) { try Objective.parse("f(w) = (w + 1") }
        #expect(error?.column == 14)
        #expect(error?.message == "expected ')' to close '(' at col 8, found end of formula")
    }

    @Test func implicitMultiplicationSuggestsStar() {
        let error = #expect(throws: ExpressionError.self) { try Objective.parse("f(w) = 2w") }
        #expect(error?.column == 9)
        #expect(error?.suggestion == "write 2*w")
    }

    @Test func misspelledFunctionSuggestsClosest() {
        let error = #expect(throws: ExpressionError.self) { try Objective.parse("f(w) = sqr(w)") }
        #expect(error?.column == 8)
        #expect(error?.message == "unknown function 'sqr'")
        #expect(error?.suggestion == "did you mean 'sqrt'?")
    }

    @Test func unknownNameOutsideMeanIsAnError() {
        let error = #expect(throws: ExpressionError.self) { try Objective.parse("f(w) = w^2 + ww") }
        #expect(error?.column == 14)
        #expect(error?.suggestion == "did you mean 'w'?")
    }

    @Test func unknownColumnWhenColumnsAreKnown() {
        let error = #expect(throws: ExpressionError.self) {
            try Objective.parse("J(w) = mean((w*x - yy)^2)", columns: ["x", "y"])
        }
        #expect(error?.column == 20)
        #expect(error?.suggestion == "did you mean 'y'?")
    }

    @Test func tenThousandNestedParenthesesFailCleanly() {
        let text = "f(w) = " + String(repeating: "(", count: 10_000) + "w" + String(repeating: ")", count: 10_000)
        let error = #expect(throws: ExpressionError.self) { try Objective.parse(text) }
        #expect(error?.message.contains("nested too deeply") == true)
    }

    /// Found by `FuzzExpression`: a literal past the largest double read as infinity and printed
    /// as `inf`, which parses back as a name, not a number.
    @Test func aNumberTooLargeForADoubleIsAnError() throws {
        #expect(throws: ExpressionError(column: 16, message: "number '1e999' is too large (at most about 1.8e308)")) {
            try Objective.parse("f(w) = w^2 + 2*1e999")
        }
        #expect(try Objective.parse("f(w) = 1e308*w").body.text == "1e+308*w")
        #expect(try Objective.parse("f(w) = 1e-999 + w").body == .add(.number(0), .parameter("w")))
    }

    @Test func overlongFormulaIsRejected() {
        let text = "f(w) = " + Array(repeating: "w", count: 60_000).joined(separator: "+")
        let error = #expect(throws: ExpressionError.self) { try Objective.parse(text) }
        #expect(error?.message.contains("longer than") == true)
    }

    @Test func wrongArityIsReported() {
        let error = #expect(throws: ExpressionError.self) { try Objective.parse("f(a) = max(a)") }
        #expect(error?.message == "'max' takes 2 arguments, found 1")
    }
}
