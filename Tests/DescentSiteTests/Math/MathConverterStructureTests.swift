import DescentText
import Testing

@testable import DescentSite

@Suite struct MathConverterScriptTests {
    @Test func negativeSquare() {
        #expect(mathBody("-x^2") == "<mrow><mo form=\"prefix\">\u{2212}</mo><msup><mi>x</mi><mn>2</mn></msup></mrow>")
    }

    @Test func subscriptSuperscriptAndBoth() {
        #expect(mathBody("x_i") == "<msub><mi>x</mi><mi>i</mi></msub>")
        #expect(
            mathBody("x_{i+1}^{2}")
                == #"<msubsup><mi>x</mi><mrow><mi>i</mi><mo lspace="0em" rspace="0em">+</mo><mn>1</mn></mrow><mn>2</mn></msubsup>"#
        )
        #expect(mathBody("x^2_i") == "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")
    }

    @Test func scriptTakesOneDigit() {
        #expect(mathBody("x^23") == "<mrow><msup><mi>x</mi><mn>2</mn></msup><mn>3</mn></mrow>")
    }

    @Test func primeDerivative() {
        #expect(
            mathBody("f'(w) = 2w")
                == #"<mrow><mrow><msup><mi>f</mi><mo>′</mo></msup><mo>&#x2061;</mo>"# + parenthesized("<mi>w</mi>")
                + "</mrow><mo>=</mo><mn>2</mn><mi>w</mi></mrow>"
        )
        #expect(mathBody("f''") == "<msup><mi>f</mi><mo>″</mo></msup>")
        #expect(mathBody("f'^2") == "<msup><mi>f</mi><mrow><mo>′</mo><mn>2</mn></mrow></msup>")
    }

    @Test func gradientDescentUpdate() {
        #expect(
            mathBody(#"w_{\text{new}} = w - \eta f'(w)"#)
                == #"<mrow><msub><mi>w</mi><mtext>new</mtext></msub><mo>=</mo><mi>w</mi><mo>−</mo><mi>η</mi>"#
                + #"<mrow><msup><mi>f</mi><mo>′</mo></msup><mo>&#x2061;</mo>"# + parenthesized("<mi>w</mi>")
                + "</mrow></mrow>"
        )
    }

    @Test func sumInlineUsesScripts() {
        #expect(
            mathBody(#"\sum_{i=1}^{n}"#)
                == "<msubsup><mo>∑</mo><mrow><mi>i</mi><mo lspace=\"0em\" rspace=\"0em\">=</mo><mn>1</mn></mrow><mi>n</mi></msubsup>"
        )
    }

    @Test func sumInDisplayUsesLimits() {
        #expect(
            mathBody(#"\sum_{i=1}^{n}"#, display: true)
                == "<munderover><mo>∑</mo><mrow><mi>i</mi><mo lspace=\"0em\" rspace=\"0em\">=</mo><mn>1</mn></mrow><mi>n</mi></munderover>"
        )
        #expect(mathBody(#"\prod_i"#, display: true) == "<munder><mo>∏</mo><mi>i</mi></munder>")
    }

    @Test func limitsCommandsOverrideTheStyle() {
        #expect(mathBody(#"\sum\limits_i"#) == "<munder><mo>∑</mo><mi>i</mi></munder>")
        #expect(mathBody(#"\sum\nolimits_i"#, display: true) == "<msub><mo>∑</mo><mi>i</mi></msub>")
        #expect(mathBody(#"\int_0^1"#, display: true) == "<msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup>")
    }

    @Test func doubleSuperscriptIsReportedAndKept() {
        let result = MathConverter.convert("x^a^b", display: false)
        #expect(result.warnings == [Located("double superscript; use braces, as in '{x^a}^b'", line: 1, column: 4)])
        #expect(mathBody("x^a^b") == "<msup><msup><mi>x</mi><mi>a</mi></msup><mi>b</mi></msup>")
    }
}

@Suite struct MathConverterLayoutTests {
    @Test func fraction() {
        #expect(mathBody(#"\frac{a}{b}"#) == "<mfrac><mi>a</mi><mi>b</mi></mfrac>")
        #expect(mathBody(#"\frac12"#) == "<mfrac><mn>1</mn><mn>2</mn></mfrac>")
    }

    @Test func partialDerivative() {
        #expect(
            mathBody(#"\frac{\partial L}{\partial w}"#)
                == "<mfrac><mrow><mi>∂</mi><mi>L</mi></mrow><mrow><mi>∂</mi><mi>w</mi></mrow></mfrac>")
    }

    @Test func roots() {
        #expect(mathBody(#"\sqrt{x}"#) == "<msqrt><mi>x</mi></msqrt>")
        #expect(mathBody(#"\sqrt{x+1}"#) == "<msqrt><mi>x</mi><mo>+</mo><mn>1</mn></msqrt>")
        #expect(mathBody(#"\sqrt[n]{x}"#) == "<mroot><mi>x</mi><mi>n</mi></mroot>")
    }

    @Test func text() {
        #expect(mathBody(#"\text{if } x"#) == "<mrow><mtext>if\u{00A0}</mtext><mi>x</mi></mrow>")
        #expect(mathBody(#"\text{a   b \{c\}}"#) == "<mtext>a b {c}</mtext>")
    }

    @Test func leftRightFences() {
        #expect(
            mathBody(#"\left(\frac{a}{b}\right)"#)
                == #"<mrow><mo fence="true" form="prefix" stretchy="true">(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo fence="true" form="postfix" stretchy="true">)</mo></mrow>"#
        )
        #expect(
            mathBody(#"\left. x \right|"#)
                == #"<mrow><mi>x</mi><mo fence="true" form="postfix" stretchy="true">|</mo></mrow>"#)
    }

    @Test func normBars() {
        #expect(
            mathBody(#"\lVert \nabla f \rVert"#)
                == #"<mrow><mo form="prefix" stretchy="false">‖</mo><mi mathvariant="normal">∇</mi><mi>f</mi><mo form="postfix" stretchy="false">‖</mo></mrow>"#
        )
        #expect(
            mathBody(#"\lvert x \rvert"#)
                == #"<mrow><mo form="prefix" stretchy="false">|</mo><mi>x</mi><mo form="postfix" stretchy="false">|</mo></mrow>"#
        )
        #expect(
            mathBody(#"\left\lVert x \right\rVert"#)
                == #"<mrow><mo fence="true" form="prefix" stretchy="true">‖</mo><mi>x</mi><mo fence="true" form="postfix" stretchy="true">‖</mo></mrow>"#
        )
    }

    @Test func boldLettersAndDigits() {
        #expect(mathBody(#"\mathbf{x}"#) == "<mi>𝐱</mi>")
        #expect(mathBody(#"\mathbf{W1}"#) == "<mrow><mi>𝐖</mi><mn>𝟏</mn></mrow>")
        #expect(mathBody(#"\mathbf{x}_t"#) == "<msub><mi>𝐱</mi><mi>t</mi></msub>")
    }

    @Test func doubleStruckAndRoman() {
        #expect(mathBody(#"\mathbb{R}^n"#) == "<msup><mi>ℝ</mi><mi>n</mi></msup>")
        #expect(mathBody(#"\mathrm{d}x"#) == #"<mrow><mi mathvariant="normal">d</mi><mi>x</mi></mrow>"#)
    }

    @Test func accents() {
        #expect(mathBody(#"\hat{x}"#) == #"<mover accent="true"><mi>x</mi><mo stretchy="false">^</mo></mover>"#)
        #expect(mathBody(#"\bar{x}"#) == #"<mover accent="true"><mi>x</mi><mo stretchy="false">¯</mo></mover>"#)
        #expect(
            mathBody(#"\hat{\mathbf{w}}"#) == #"<mover accent="true"><mi>𝐰</mi><mo stretchy="false">^</mo></mover>"#)
    }

    @Test func alignedAlternatesRightAndLeft() {
        let tex = #"\begin{aligned} f(w) &= w^2 \\ f'(w) &= 2w \end{aligned}"#
        let right = #"<mtd style="text-align:right;padding-right:0">"#
        let left = #"<mtd style="text-align:left;padding-left:0">"#
        let expected =
            #"<mtable displaystyle="true"><mtr>"# + right
            + #"<mrow><mi>f</mi><mo>&#x2061;</mo>"# + parenthesized("<mi>w</mi>") + "</mrow></mtd>"
            + left + "<mo>=</mo><msup><mi>w</mi><mn>2</mn></msup></mtd></mtr><mtr>" + right
            + #"<mrow><msup><mi>f</mi><mo>′</mo></msup><mo>&#x2061;</mo>"# + parenthesized("<mi>w</mi>")
            + "</mrow></mtd>"
            + left + "<mo>=</mo><mn>2</mn><mi>w</mi></mtd></mtr></mtable>"
        #expect(mathBody(tex, display: true) == expected)
        #expect(MathConverter.convert(tex, display: true).warnings.isEmpty)
    }

    @Test func alignedIgnoresTrailingRowBreak() {
        let tex = #"\begin{aligned} a &= b \\ \end{aligned}"#
        #expect(mathBody(tex).components(separatedBy: "<mtr>").count == 2)
    }

    @Test func matrices() {
        #expect(
            mathBody(#"\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}"#)
                == #"<mrow><mo fence="true" form="prefix" stretchy="true">(</mo><mtable><mtr><mtd><mn>1</mn></mtd><mtd><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mn>1</mn></mtd></mtr></mtable><mo fence="true" form="postfix" stretchy="true">)</mo></mrow>"#
        )
    }
}

/// `inner` between parentheses of natural size, grouped in an `<mrow>` (`MathRowGrouping`).
func parenthesized(_ inner: String) -> String {
    #"<mrow><mo stretchy="false">(</mo>"# + inner + #"<mo stretchy="false">)</mo></mrow>"#
}
