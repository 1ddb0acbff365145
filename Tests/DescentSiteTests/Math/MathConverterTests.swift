import DescentText
import Testing

@testable import DescentSite

/// The presentation MathML of `tex`, without the `<math>`/`<semantics>` wrapper and annotation.
func mathBody(_ tex: String, display: Bool = false) -> String {
    let mathml = MathConverter.convert(tex, display: display).mathml
    let start = mathml.range(of: "<semantics>")!.upperBound
    let end = mathml.range(of: "<annotation")!.lowerBound
    return String(mathml[start..<end])
}

func mathWarnings(_ tex: String) -> [Located<String>] {
    MathConverter.convert(tex, display: false).warnings
}

@Suite struct MathConverterDocumentTests {
    @Test func inlineDocumentKeepsTeXAsAnnotation() {
        let result = MathConverter.convert("x", display: false)
        #expect(
            result.mathml
                == "<math><semantics><mi>x</mi><annotation encoding=\"application/x-tex\">x</annotation></semantics></math>"
        )
        #expect(result.warnings.isEmpty)
    }

    @Test func displayDocumentIsBlock() {
        let result = MathConverter.convert(" a+b \n", display: true)
        #expect(
            result.mathml
                == "<math display=\"block\"><semantics><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><annotation encoding=\"application/x-tex\">a+b</annotation></semantics></math>"
        )
    }

    @Test func escapesLessThanAndAmpersand() {
        let result = MathConverter.convert(#"a < b \& c"#, display: false)
        #expect(result.mathml.contains("<mo>&lt;</mo>"))
        #expect(result.mathml.contains("<mo>&amp;</mo>"))
        #expect(result.mathml.contains(#"<annotation encoding="application/x-tex">a &lt; b \&amp; c</annotation>"#))
        #expect(mathBody(#"\text{a<b & c}"#) == "<mtext>a&lt;b &amp; c</mtext>")
    }

    @Test func emptyFormulaIsAnEmptyRow() {
        #expect(mathBody("") == "<mrow></mrow>")
    }
}

@Suite struct MathConverterTokenTests {
    @Test func lettersAreSeparateItalicIdentifiers() {
        #expect(mathBody("xy") == "<mrow><mi>x</mi><mi>y</mi></mrow>")
    }

    @Test func numbers() {
        #expect(mathBody("3.14") == "<mn>3.14</mn>")
        #expect(mathBody("1e-3") == "<mn>1e\u{2212}3</mn>")
        #expect(mathBody("2e") == "<mrow><mn>2</mn><mi>e</mi></mrow>")
        #expect(mathBody("3.") == #"<mrow><mn>3</mn><mo lspace="0em" rspace="0em">.</mo></mrow>"#)
    }

    @Test func lowercaseGreekIsItalic() {
        #expect(
            mathBody(#"\alpha\beta\eta\theta\omega"#)
                == "<mrow><mi>α</mi><mi>β</mi><mi>η</mi><mi>θ</mi><mi>ω</mi></mrow>")
    }

    @Test func uppercaseGreekIsUpright() {
        #expect(
            mathBody(#"\Gamma \Omega"#)
                == #"<mrow><mi mathvariant="normal">Γ</mi><mi mathvariant="normal">Ω</mi></mrow>"#)
    }

    @Test func nablaPartialInfinity() {
        #expect(
            mathBody(#"\nabla \partial \infty"#) == #"<mrow><mi mathvariant="normal">∇</mi><mi>∂</mi><mi>∞</mi></mrow>"#
        )
    }

    @Test func operatorsAndRelations() {
        #expect(
            mathBody(#"a \cdot b \times c \approx d \le e \ge f \ne g \pm h \mid i"#)
                == "<mrow><mi>a</mi><mo>⋅</mo><mi>b</mi><mo>×</mo><mi>c</mi><mo>≈</mo><mi>d</mi><mo>≤</mo><mi>e</mi><mo>≥</mo><mi>f</mi><mo>≠</mo><mi>g</mi><mo>±</mo><mi>h</mi><mo>∣</mo><mi>i</mi></mrow>"
        )
    }

    @Test func arrows() {
        #expect(
            mathBody(#"\leftarrow\rightarrow\Rightarrow\to"#) == "<mrow><mo>←</mo><mo>→</mo><mo>⇒</mo><mo>→</mo></mrow>"
        )
    }

    @Test func asciiMinusBecomesMinusSign() {
        #expect(mathBody("a-b") == "<mrow><mi>a</mi><mo>\u{2212}</mo><mi>b</mi></mrow>")
    }

    @Test func bracketsKeepTheirSize() {
        #expect(
            mathBody("[a,b]")
                == #"<mrow><mo stretchy="false">[</mo><mi>a</mi><mo>,</mo><mi>b</mi><mo stretchy="false">]</mo></mrow>"#
        )
    }

    @Test func escapedBraces() {
        #expect(
            mathBody(#"\{x\}"#) == #"<mrow><mo stretchy="false">{</mo><mi>x</mi><mo stretchy="false">}</mo></mrow>"#)
    }

    @Test func spaces() {
        #expect(
            mathBody(#"a\quad b\qquad c\,d"#)
                == #"<mrow><mi>a</mi><mspace width="1em"></mspace><mi>b</mi><mspace width="2em"></mspace><mi>c</mi><mspace width="0.1667em"></mspace><mi>d</mi></mrow>"#
        )
    }

    @Test func commentsAreDropped() {
        #expect(mathBody("x % a comment\n+1") == "<mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow>")
    }
}

@Suite struct MathConverterFunctionTests {
    @Test func functionNamesAreUprightWithApplication() {
        #expect(
            mathBody(#"\sin x"#)
                == #"<mrow><mi>sin</mi><mo>&#x2061;</mo><mspace width="0.1667em"></mspace><mi>x</mi></mrow>"#)
        #expect(
            mathBody(#"\log(x)"#)
                == #"<mrow><mi>log</mi><mo>&#x2061;</mo>"# + parenthesized("<mi>x</mi>") + "</mrow>"
        )
    }

    @Test func everyListedFunctionIsKnown() {
        for name in ["sin", "cos", "log", "exp", "ln", "max", "min", "arg"] {
            #expect(mathBody("\\" + name) == "<mi>\(name)</mi>")
            #expect(mathWarnings("\\" + name).isEmpty)
        }
    }

    @Test func limitsOfMaxInDisplay() {
        #expect(mathBody(#"\max_x"#, display: true) == "<munder><mi>max</mi><mi>x</mi></munder>")
        #expect(mathBody(#"\max_x"#) == "<msub><mi>max</mi><mi>x</mi></msub>")
    }

    @Test func operatorName() {
        #expect(mathBody(#"\operatorname*{argmin}_w"#, display: true) == "<munder><mi>argmin</mi><mi>w</mi></munder>")
    }
}
