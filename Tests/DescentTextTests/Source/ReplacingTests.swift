import DescentText
import Testing

@Suite struct ReplacingTests {
    @Test func everyOccurrenceIsReplacedLeftToRightWithoutOverlaps() {
        #expect("a_b_c".replacingAll("_", with: "\\_") == "a\\_b\\_c")
        #expect("aaaa".replacingAll("aa", with: "b") == "bb")
        #expect("aaa".replacingAll("aa", with: "b") == "ba")
        #expect("η = 0.1, η".replacingAll("η", with: "lr") == "lr = 0.1, lr")
        #expect("abc".replacingAll("", with: "x") == "abc")
        #expect("ab".replacingAll("abc", with: "x") == "ab")
        #expect("abc"[...].replacingAll("b", with: "") == "ac")
    }

    /// The standard library's `replacing` matches whole characters and misses these.
    @Test func matchesAreBytesNotCharacters() {
        #expect("a\r\nb".replacingAll("\n", with: "%0A") == "a\r%0Ab")
        #expect("a\r\nb".replacingAll("\r", with: "%0D") == "a%0D\nb")
        #expect("x -\u{301}".replacingAll("-", with: "\u{2212}") == "x \u{2212}\u{301}")
    }

    @Test func containsLiteralMatchesBytes() {
        #expect("a MATHPH b".containsLiteral("MATHPH"))
        #expect(!"a MATHP b MATHQ".containsLiteral("MATHPH"))
        #expect("MATHPH".containsLiteral("MATHPH"))
        #expect(!"MATH".containsLiteral("MATHPH"))
        #expect("anything".containsLiteral(""))
        // Found where the standard library's character search finds nothing.
        #expect("a\r\nb".containsLiteral("\n"))
        #expect("x MATHPH\u{301}".containsLiteral("MATHPH"))
        #expect("abc"[...].dropFirst().containsLiteral("bc"))
    }
}
