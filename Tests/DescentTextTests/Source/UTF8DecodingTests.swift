import DescentText
import Testing

@Suite struct UTF8DecodingTests {
    private func decoded(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer(UTF8Decoding.string)
    }

    @Test func validTextComesBackAsItself() {
        for text in [
            "", "a", "ascii only, longer than eight bytes", "η", "−0.5 ≤ x", "x = −1", "ends in é",
            "é starts", "12345678é12345678", "👩‍👩‍👧 family 🇫🇷", "\u{0}nul\u{0}",
        ] {
            #expect(decoded(Array(text.utf8)) == text)
        }
    }

    /// Invalid UTF-8 is refused wherever it sits: a lone continuation byte, a sequence cut short
    /// (at the end or by an ASCII byte), an overlong form, an encoded surrogate, a code point
    /// past U+10FFFF, and bytes that never occur.
    @Test func invalidBytesAreRefused() {
        let bad: [[UInt8]] = [
            [0x80], [0x61, 0x80], [0xE2, 0x88], [0x61, 0x62, 0xE2, 0x88], [0xE2, 0x88, 0x61],
            [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xFE, 0x61],
            Array("12345678".utf8) + [0xC3] + Array("12345678".utf8),
        ]
        for bytes in bad {
            #expect(decoded(bytes) == nil, "\(bytes)")
            #expect(String(validating: bytes, as: UTF8.self) == nil)
        }
    }

    /// Every combination of three pieces — ASCII, valid multi-byte characters, and broken
    /// sequences — after ASCII runs of lengths around the eight-byte word, decodes exactly as the
    /// standard library's validating initialiser decodes it.
    @Test func agreesWithTheStandardLibraryOnEveryMixOfPieces() {
        let pieces: [[UInt8]] = [
            [0x61], [0x0A], Array("η".utf8), Array("−".utf8), Array("😀".utf8), [0x80], [0xE2, 0x88], [0xC3],
            [0xF0, 0x9F], Array("abcdefghi".utf8),
        ]
        var valid = 0
        for prefix in [0, 1, 7, 8, 9, 16] {
            for a in pieces {
                for b in pieces {
                    for c in pieces {
                        let bytes = Array(repeating: 0x78, count: prefix) + a + b + Array("xyz".utf8) + c
                        let expected = String(validating: bytes, as: UTF8.self)
                        #expect(decoded(bytes) == expected, "\(bytes)")
                        if expected != nil { valid += 1 }
                    }
                }
            }
        }
        // Both outcomes are exercised; broken pieces sometimes join into a whole character
        // (0xC3 then 0x80 is "À"), so more than the 6 × 6³ all-valid mixes are valid.
        #expect(valid > 6 * 6 * 6 * 6 && valid < 6 * 10 * 10 * 10)
    }
}
