import DescentText
import Testing

@Suite struct SystemLibrariesTests {
    @Test func fileSystemErrorsAreDescribedInTheSystemsWords() {
        #expect(SystemErrorText.describe(POSIXError(.ENOENT)) == "No such file or directory")
        do {
            try FileManager.default.removeItem(atPath: "/nonexistent-descent-test/x")
            Issue.record("removing a missing file succeeded")
        } catch {
            #expect(SystemErrorText.describe(error) == "No such file or directory")
        }
        struct Other: Error {}
        #expect(SystemErrorText.describe(Other()) == "Other()")
    }

    @Test func trimmingKeepsOrDropsLineBreaks() {
        #expect(" \ta b\t \n".trimmingWhitespace() == "a b\t \n")
        #expect(" \n\u{00A0}a b\r\n ".trimmingWhitespaceAndNewlines() == "a b")
        #expect(" \n ".trimmingWhitespaceAndNewlines().isEmpty)
    }

    @Test func aClosedPipeIsAnErrorNotACrash() throws {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        close(descriptors[0])
        let saved = dup(1)
        defer {
            dup2(saved, 1)
            close(saved)
        }
        dup2(descriptors[1], 1)
        close(descriptors[1])
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        #expect(throws: POSIXError.self) { try StandardStream.output.write(Array("x".utf8)) }
    }
}
