import Testing

@testable import DescentCourse

@Suite struct PercentDecodingTests {
    @Test func escapesBecomeTheirBytes() {
        #expect(PercentDecoding.decode("a%20b") == "a b")
        #expect(PercentDecoding.decode("%C3%A9t%c3%a9") == "été")
        #expect(PercentDecoding.decode("plain/path.html") == "plain/path.html")
        #expect(PercentDecoding.decode("%2e%2E") == "..")
    }

    @Test func aBrokenEscapeOrBytesThatAreNotUTF8AreRefused() {
        for text in ["%", "%2", "%zz", "a%g0", "%FF", "%C3"] { #expect(PercentDecoding.decode(text) == nil, "\(text)") }
    }
}
