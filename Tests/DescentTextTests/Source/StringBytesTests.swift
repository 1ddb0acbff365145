import DescentText
import Testing

@Suite struct StringBytesTests {
    @Test func sameBytesMeansTheSameUTF8() {
        #expect("".hasSameBytes(as: ""))
        #expect("θ ≈ 0.3".hasSameBytes(as: "θ ≈ 0.3"))
        #expect(!"θ ≈ 0.3".hasSameBytes(as: "θ ≈ 0.4"))
        #expect(!"abc".hasSameBytes(as: "abcd"))
        #expect(!"".hasSameBytes(as: "a"))
        #expect(String(repeating: "w ", count: 10_000).hasSameBytes(as: String(repeating: "w ", count: 10_000)))
    }

    /// `==` calls canonically equivalent strings equal; a file holding either is another file.
    @Test func canonicallyEquivalentSpellingsDiffer() {
        let composed = "caf\u{E9}"
        let decomposed = "cafe\u{301}"
        #expect(composed == decomposed)
        #expect(!composed.hasSameBytes(as: decomposed))
        #expect(!"a\r\nb".hasSameBytes(as: "a\nb"))
    }
}
