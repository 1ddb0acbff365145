import Testing
@testable import DescentSite

@Suite struct MathConverterErrorTests {
    @Test func unknownCommandIsVisibleAndReported() {
        let result = MathConverter.convert(#"x + \foo"#, display: false)
        #expect(result.warnings == [MathWarning(column: 5, message: #"unknown command '\foo'"#)])
        #expect(mathBody(#"x + \foo"#) == #"<mrow><mi>x</mi><mo>+</mo><merror><mtext>\foo</mtext></merror></mrow>"#)
    }

    @Test func unknownCommandSuggestsTheClosestKnownOne() {
        #expect(mathWarnings(#"\farc{a}{b}"#) == [MathWarning(column: 1, message: #"unknown command '\farc'; did you mean '\frac'?"#)])
        #expect(mathWarnings(#"a \alpah"#) == [MathWarning(column: 3, message: #"unknown command '\alpah'; did you mean '\alpha'?"#)])
        #expect(mathWarnings(#"\nabal"#).first?.message.hasSuffix(#"did you mean '\nabla'?"#) == true)
    }

    @Test func unclosedBrace() {
        #expect(mathWarnings("x^{2") == [MathWarning(column: 3, message: "unbalanced braces: '{' is never closed")])
        #expect(mathBody("x^{2") == "<msup><mi>x</mi><mn>2</mn></msup>")
    }

    @Test func unexpectedClosingBrace() {
        #expect(mathWarnings("a}b") == [MathWarning(column: 2, message: "unbalanced braces: unexpected '}'")])
        #expect(mathBody("a}b") == "<mrow><mi>a</mi><merror><mtext>}</mtext></merror><mi>b</mi></mrow>")
    }

    @Test func fractionMissingAnArgument() {
        #expect(mathWarnings(#"\frac{a}"#) == [MathWarning(column: 1, message: #"missing argument for '\frac'"#)])
        #expect(mathBody(#"\frac{a}"#) == #"<mfrac><mi>a</mi><merror><mtext>\frac</mtext></merror></mfrac>"#)
        #expect(mathWarnings("x^") == [MathWarning(column: 2, message: "missing argument for '^'")])
    }

    @Test func leftWithoutRight() {
        #expect(mathWarnings(#"\left( x"#) == [MathWarning(column: 1, message: #"'\left' without matching '\right'"#)])
        #expect(mathBody(#"\left( x"#) == #"<mrow><mo fence="true" form="prefix" stretchy="true">(</mo><mi>x</mi></mrow>"#)
    }

    @Test func rightWithoutLeft() {
        #expect(mathWarnings(#"x \right)"#) == [MathWarning(column: 3, message: #"'\right' without matching '\left'"#)])
        #expect(mathBody(#"x \right)"#) == #"<mrow><mi>x</mi><merror><mtext>\right</mtext></merror></mrow>"#)
    }

    @Test func strayAlignmentOutsideEnvironment() {
        #expect(mathWarnings("a & b") == [MathWarning(column: 3, message: "'&' is only allowed inside an environment such as 'aligned'")])
        #expect(mathWarnings(#"a \\ b"#).count == 1)
    }

    @Test func unknownEnvironment() {
        let warnings = mathWarnings(#"\begin{algined} a \end{algined}"#)
        #expect(warnings == [MathWarning(column: 1, message: "unknown environment 'algined'; did you mean 'aligned'?")])
        #expect(mathBody(#"\begin{algined} a \end{algined}"#).hasPrefix(#"<mrow><merror><mtext>\begin{algined}</mtext></merror><mtable>"#))
    }

    @Test func unclosedEnvironment() {
        #expect(mathWarnings(#"\begin{aligned} a &= b"#) == [MathWarning(column: 1, message: #"'\begin{aligned}' without matching '\end{aligned}'"#)])
    }

    @Test func warningsAreInSourceOrder() {
        #expect(mathWarnings(#"\sqrt[3"#).map(\.column) == [1, 6])
    }

    @Test func backslashAtTheEnd() {
        #expect(mathWarnings(#"x\"#) == [MathWarning(column: 2, message: #"stray '\' at the end of the formula"#)])
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(mathWarnings(#"αβ \foo"#) == [MathWarning(column: 4, message: #"unknown command '\foo'"#)])
    }

    @Test func deepNestingIsCutOffWithOneWarning() {
        let tex = String(repeating: "{", count: 10_000) + "x" + String(repeating: "}", count: 10_000)
        let result = MathConverter.convert(tex, display: false)
        #expect(result.warnings == [MathWarning(column: 51, message: "formula nested too deeply (more than 50 levels)")])
        #expect(result.mathml.contains("<merror>"))
    }

    @Test func deepNestingOfCommandsIsCutOff() {
        let tex = String(repeating: #"\sqrt"#, count: 10_000) + "x"
        #expect(MathConverter.convert(tex, display: false).warnings.count == 1)
        let fences = String(repeating: #"\left("#, count: 10_000)
        #expect(MathConverter.convert(fences, display: false).warnings.count == 1)
    }

    @Test func nestingWithinTheLimitIsFine() {
        let tex = String(repeating: "{", count: 40) + "x" + String(repeating: "}", count: 40)
        #expect(mathBody(tex) == "<mi>x</mi>")
        #expect(mathWarnings(tex).isEmpty)
    }
}
