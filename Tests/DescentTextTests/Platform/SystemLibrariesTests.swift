import Testing

@testable import DescentText

@Suite struct SystemLibrariesTests {
    @Test func fileSystemErrorsAreDescribedInTheSystemsWords() {
        #expect(SystemErrorText.describe(POSIXError(.ENOENT)) == "No such file or directory")
        do {
            try FileManager.default.removeItem(atPath: "/nonexistent-descent-test/x")
            Issue.record("removing a missing file succeeded")
        } catch {
            #expect(SystemErrorText.describe(error) == "No such file or directory")
        }
        #expect(SystemErrorText.describe(CocoaError(.fileReadCorruptFile)) == "file system error 259")
        struct Other: Error {}
        #expect(SystemErrorText.describe(Other()) == "Other()")
    }

    @Test func trimmingKeepsOrDropsLineBreaks() {
        #expect(" \ta b\t \n".trimmingWhitespace() == "a b\t \n")
        #expect(" \n\u{00A0}a b\r\n ".trimmingWhitespaceAndNewlines() == "a b")
        #expect(" \n ".trimmingWhitespaceAndNewlines().isEmpty)
    }

    @Test func aWholeTextReachesThePipeAndAClosedPipeIsAnError() throws {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        let stream = StandardStream(descriptor: descriptors[1])
        let text = String(repeating: "descent ", count: 1000)
        try stream.write(Array(text.utf8))
        var received = [UInt8](repeating: 0, count: text.utf8.count)
        #expect(read(descriptors[0], &received, received.count) == received.count)
        #expect(String(decoding: received, as: UTF8.self) == text)
        close(descriptors[0])
        // Ignored only around the one write: the pipe is this test's own, no other is broken.
        let previous = signal(SIGPIPE, SIG_IGN)
        #expect(throws: POSIXError(.EPIPE)) { try stream.write(Array("x".utf8)) }
        signal(SIGPIPE, previous)
        close(descriptors[1])
    }
}
