import Testing

@testable import DescentSite

/// How rows are grouped for MathML's operator spacing (`MathRowGrouping`).
@Suite struct MathRowGroupingTests {
    let minus = #"<mo form="prefix">−</mo>"#

    @Test func signWithNoLeftOperandIsPrefixInItsOwnRow() {
        #expect(mathBody("w = -3") == "<mrow><mi>w</mi><mo>=</mo><mrow>\(minus)<mn>3</mn></mrow></mrow>")
        #expect(
            mathBody("(-3)") == #"<mrow><mo stretchy="false">(</mo><mrow>"# + minus
                + #"<mn>3</mn></mrow><mo stretchy="false">)</mo></mrow>"#)
        #expect(mathBody("e^{-x}") == "<msup><mi>e</mi><mrow>\(minus)<mi>x</mi></mrow></msup>")
        #expect(mathBody(#"x = \pm 2"#).contains(#"<mrow><mo form="prefix">±</mo><mn>2</mn></mrow>"#))
    }

    @Test func signAfterAnOperandIsBinary() {
        #expect(mathBody("a - b") == "<mrow><mi>a</mi><mo>−</mo><mi>b</mi></mrow>")
        #expect(mathBody("(a) - b").contains("</mrow><mo>−</mo><mi>b</mi>"))
        #expect(mathBody("|x| - 1").contains(#"<mo form="postfix" stretchy="false">|</mo></mrow><mo>−</mo>"#))
    }

    @Test func slashAndPeriodAreUnspaced() {
        #expect(mathBody("d/e") == #"<mrow><mi>d</mi><mo lspace="0em" rspace="0em">/</mo><mi>e</mi></mrow>"#)
        #expect(mathBody("w^2.").hasSuffix(#"<mo lspace="0em" rspace="0em">.</mo></mrow>"#))
    }

    @Test func letterBeforeParenthesesIsAFunctionApplication() {
        #expect(mathBody("f(w)") == #"<mrow><mi>f</mi><mo>&#x2061;</mo>"# + parenthesized("<mi>w</mi>") + "</mrow>")
        #expect(mathBody("g_t(x)").hasPrefix(#"<mrow><msub><mi>g</mi><mi>t</mi></msub><mo>&#x2061;</mo>"#))
        #expect(!mathBody("2(x)").contains("&#x2061;"))
        #expect(!mathBody("f[x]").contains("&#x2061;"))
        #expect(!mathBody(#"\mathrm{d}(x)"#).contains("&#x2061;"))
    }

    @Test func barsPairUpOnlyWhereTheyOpen() {
        #expect(
            mathBody("|x|")
                == #"<mrow><mo form="prefix" stretchy="false">|</mo><mi>x</mi><mo form="postfix" stretchy="false">|</mo></mrow>"#
        )
        #expect(mathBody("p(y | x)").contains(#"<mi>y</mi><mo stretchy="false">|</mo><mi>x</mi>"#))
    }

    @Test func closingBracketWithScriptsStillPairs() {
        let body = mathBody("(a + b)^2")
        #expect(body.hasPrefix(#"<mrow><mo stretchy="false">(</mo>"#))
        #expect(body.hasSuffix(#"<msup><mo stretchy="false">)</mo><mn>2</mn></msup></mrow>"#))
    }

    @Test func functionNameAfterAnOrdinaryAtomGetsAThinSpace() {
        #expect(mathBody(#"p(x) \log q"#).contains(#"</mrow><mspace width="0.1667em"></mspace><mi>log</mi>"#))
        #expect(!mathBody(#"= \log q"#).contains(#"<mo>=</mo><mspace"#))
    }

    @Test func fixedSizeDelimiters() {
        #expect(
            mathBody(#"\bigl( x \bigr)"#)
                == #"<mrow><mo form="prefix" stretchy="true" minsize="1.2em" maxsize="1.2em">(</mo><mi>x</mi>"#
                + #"<mo form="postfix" stretchy="true" minsize="1.2em" maxsize="1.2em">)</mo></mrow>"#)
        #expect(mathBody(#"\Bigr)^2"#).hasPrefix(#"<msup><mrow><mo form="postfix""#))
    }

    @Test func fractionStylesAndScriptLetters() {
        #expect(mathBody(#"\tfrac12"#) == #"<mstyle displaystyle="false"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>"#)
        #expect(mathBody(#"\dfrac12"#).hasPrefix(#"<mstyle displaystyle="true">"#))
        #expect(mathBody(#"\mathcal{LB}x"#) == "<mrow><mrow><mi>ℒ</mi><mi>ℬ</mi></mrow><mi>x</mi></mrow>")
        #expect(mathBody(#"\mathrm{KL}"#) == "<mi>KL</mi>")
    }

    @Test func deeplyNestedBracketsStayBounded() {
        let depth = 10_000
        let tex = String(repeating: "(", count: depth) + "x" + String(repeating: ")", count: depth)
        let result = MathConverter.convert(tex, display: false)
        #expect(result.warnings.isEmpty)
        #expect(result.mathml.components(separatedBy: "<mrow>").count - 1 == MathParser.maximumDepth)
    }

    @Test func operatorsInScriptsLoseTheirSpacesAsInTeX() {
        #expect(
            mathBody("x_{i=1}")
                == #"<msub><mi>x</mi><mrow><mi>i</mi><mo lspace="0em" rspace="0em">=</mo><mn>1</mn></mrow></msub>"#)
        #expect(mathBody("e^{-x}") == "<msup><mi>e</mi><mrow>\(minus)<mi>x</mi></mrow></msup>")
        #expect(mathBody("f'") == "<msup><mi>f</mi><mo>′</mo></msup>")
        #expect(mathBody("a = b") == "<mrow><mi>a</mi><mo>=</mo><mi>b</mi></mrow>")
    }
}
