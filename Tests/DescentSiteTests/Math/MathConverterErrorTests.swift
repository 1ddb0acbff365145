import DescentText
import Testing

@testable import DescentSite

@Suite struct MathConverterErrorTests {
    @Test func unknownCommandIsVisibleAndReported() {
        let result = MathConverter.convert(#"x + \foo"#, display: false)
        #expect(result.warnings == [Located(#"unknown command '\foo'"#, line: 1, column: 5)])
        #expect(mathBody(#"x + \foo"#) == #"<mrow><mi>x</mi><mo>+</mo><merror><mtext>\foo</mtext></merror></mrow>"#)
    }

    @Test func unknownCommandSuggestsTheClosestKnownOne() {
        #expect(
            mathWarnings(#"\farc{a}{b}"#) == [
                Located(#"unknown command '\farc'; did you mean '\frac'?"#, line: 1, column: 1)
            ])
        #expect(
            mathWarnings(#"a \alpah"#) == [
                Located(#"unknown command '\alpah'; did you mean '\alpha'?"#, line: 1, column: 3)
            ])
        #expect(mathWarnings(#"\nabal"#).first?.value.hasSuffix(#"did you mean '\nabla'?"#) == true)
    }

    @Test func commonUnsupportedTeXIsReportedWhereItIs() {
        #expect(mathWarnings(#"\boldsymbol{\theta} = 0"#).map(\.column) == [1])
        #expect(
            mathWarnings(#"\boldsymbol{\theta} = 0"#).first?.value.hasPrefix(#"unknown command '\boldsymbol'"#) == true)
        #expect(mathWarnings(#"a + \underbrace{b}_{c}"#).map(\.column) == [5])
        #expect(
            mathWarnings(#"x + \begin{array}{c} 1 \end{array}"#) == [
                Located("unknown environment 'array'", line: 1, column: 5)
            ])
        #expect(
            mathWarnings(#"\big"#) == [
                Located(#"missing delimiter after '\big'; use '.' for none"#, line: 1, column: 1)
            ])
        #expect(mathBody(#"a + \underbrace{b}"#).contains(#"<merror><mtext>\underbrace</mtext></merror>"#))
    }

    @Test func unclosedBrace() {
        #expect(mathWarnings("x^{2") == [Located("unbalanced braces: '{' is never closed", line: 1, column: 3)])
        #expect(mathBody("x^{2") == "<msup><mi>x</mi><mn>2</mn></msup>")
    }

    @Test func unexpectedClosingBrace() {
        #expect(mathWarnings("a}b") == [Located("unbalanced braces: unexpected '}'", line: 1, column: 2)])
        #expect(mathBody("a}b") == "<mrow><mi>a</mi><merror><mtext>}</mtext></merror><mi>b</mi></mrow>")
    }

    @Test func fractionMissingAnArgument() {
        #expect(mathWarnings(#"\frac{a}"#) == [Located(#"missing argument for '\frac'"#, line: 1, column: 1)])
        #expect(mathBody(#"\frac{a}"#) == #"<mfrac><mi>a</mi><merror><mtext>\frac</mtext></merror></mfrac>"#)
        #expect(mathWarnings("x^") == [Located("missing argument for '^'", line: 1, column: 2)])
    }

    @Test func leftWithoutRight() {
        #expect(mathWarnings(#"\left( x"#) == [Located(#"'\left' without matching '\right'"#, line: 1, column: 1)])
        #expect(
            mathBody(#"\left( x"#) == #"<mrow><mo fence="true" form="prefix" stretchy="true">(</mo><mi>x</mi></mrow>"#)
    }

    @Test func rightWithoutLeft() {
        #expect(mathWarnings(#"x \right)"#) == [Located(#"'\right' without matching '\left'"#, line: 1, column: 3)])
        #expect(mathBody(#"x \right)"#) == #"<mrow><mi>x</mi><merror><mtext>\right</mtext></merror></mrow>"#)
    }

    @Test func strayAlignmentOutsideEnvironment() {
        #expect(
            mathWarnings("a & b") == [
                Located("'&' is only allowed inside an environment such as 'aligned'", line: 1, column: 3)
            ])
        #expect(mathWarnings(#"a \\ b"#).count == 1)
    }

    @Test func unknownEnvironment() {
        let warnings = mathWarnings(#"\begin{algined} a \end{algined}"#)
        #expect(warnings == [Located("unknown environment 'algined'; did you mean 'aligned'?", line: 1, column: 1)])
        #expect(
            mathBody(#"\begin{algined} a \end{algined}"#).hasPrefix(
                #"<mrow><merror><mtext>\begin{algined}</mtext></merror><mtable>"#))
    }

    @Test func unclosedEnvironment() {
        #expect(
            mathWarnings(#"\begin{aligned} a &= b"#) == [
                Located(#"'\begin{aligned}' without matching '\end{aligned}'"#, line: 1, column: 1)
            ])
    }

    @Test func warningsAreInSourceOrder() {
        #expect(mathWarnings(#"\sqrt[3"#).map(\.column) == [1, 6])
    }

    @Test func backslashAtTheEnd() {
        #expect(mathWarnings(#"x\"#) == [Located(#"stray '\' at the end of the formula"#, line: 1, column: 2)])
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(mathWarnings(#"αβ \foo"#) == [Located(#"unknown command '\foo'"#, line: 1, column: 4)])
    }

    @Test func deepNestingIsCutOffWithOneWarning() {
        let tex = String(repeating: "{", count: 10_000) + "x" + String(repeating: "}", count: 10_000)
        let result = MathConverter.convert(tex, display: false)
        #expect(result.warnings == [Located("formula nested too deeply (more than 50 levels)", line: 1, column: 51)])
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
