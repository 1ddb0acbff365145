import DescentText
import Testing

@Suite struct HTMLEscapingTests {
    @Test func escapesTheFiveCharacters() {
        #expect(
            HTMLEscaping.escape(#"<a href="x">Tom & Jerry's</a>"#)
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(HTMLEscaping.escape("f'(w) < 1", apostrophes: false) == "f'(w) &lt; 1")
    }

    /// Found by `FuzzMath`: `"`, `<` or `&` followed by a combining mark is one Swift character,
    /// and was copied through unescaped — a quote that closes an attribute in the browser.
    @Test func escapesAQuoteOrBracketThatACombiningMarkFollows() {
        #expect(HTMLEscaping.escape("\"\u{301} onclick=x") == "&quot;\u{301} onclick=x")
        #expect(HTMLEscaping.escape("\\<\u{732}", apostrophes: false) == "\\&lt;\u{732}")
        #expect(HTMLEscaping.escape("&\u{300}amp;>\u{20DD}") == "&amp;\u{300}amp;&gt;\u{20DD}")
        #expect(HTMLEscaping.escape("'\u{301}") == "&#39;\u{301}")
    }
}
