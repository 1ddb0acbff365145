import Testing

@testable import DescentSite

/// Every CommonMark spec example without `$` renders through the lesson pipeline exactly as
/// cmark renders it (same options), once heading ids are set aside.
@Suite struct CommonMarkFidelityTests {
    /// The pipeline's output with the ids it adds to `<h2>`/`<h3>` removed; the leading `<h1>`
    /// it keeps apart is put back in front.
    private func pipeline(_ markdown: String, options: MarkdownDocument.Options) -> String {
        let body = LessonRenderer.render(markdown, options: options)
        return Self.withoutHeadingIDs(body.headerHTML + body.html)
    }

    static func withoutHeadingIDs(_ html: String) -> String {
        var result = html
        for level in [2, 3] {
            while let start = result.range(of: "<h\(level) id=\"") {
                guard let end = result[start.upperBound...].range(of: "\">") else { break }
                result.replaceSubrange(start.lowerBound..<end.upperBound, with: "<h\(level)>")
            }
        }
        return result
    }

    @Test func specHasAllExamples() throws {
        #expect(try CommonMarkSpec().examples.count == 652)
    }

    @Test(arguments: [MarkdownDocument.Options.unsafe, []])
    func everyExampleWithoutDollarsRendersAsCmark(options: MarkdownDocument.Options) throws {
        let examples = try CommonMarkSpec().examples.filter { !$0.markdown.contains("$") }
        #expect(examples.count > 600)
        var failures: [Int] = []
        for example in examples {
            let expected = Self.withoutHeadingIDs(MarkdownDocument(example.markdown, options: options).html())
            let actual = pipeline(example.markdown, options: options)
            if actual != expected { failures.append(example.number) }
            #expect(actual == expected, "example \(example.number) (spec line \(example.line))")
        }
        #expect(failures.isEmpty, "differing examples: \(failures)")
    }

    @Test func cmarkItselfPassesTheSpecUnsafe() throws {
        let examples = try CommonMarkSpec().examples
        let passing = examples.filter { MarkdownDocument($0.markdown, options: .unsafe).html() == $0.html }
        #expect(passing.count == examples.count)
    }
}
