import Foundation
import Testing

@testable import DescentText

@Suite struct MarkdownCodeTests {
    /// Snippets from lessons' daily life, each with what is code in it — and cmark must agree.
    static let snippets: [(markdown: String, code: Expected)] = [
        ("text `{{a.b}}` and ``x ` y`` end\n", expect(spans: ["{{a.b}}", "x ` y"])),
        ("para\n\n    {{a.b}}\n    <!-- descent:begin x sum=1 -->\n", expect(code: [2...3])),
        ("para\n    not code\n", expect()),
        ("```descent x\nlr: 1\n```\n", expect(code: [0...2])),
        ("~~~~\n```\nstill\n~~~~\nafter `c`\n", expect(code: [0...3], spans: ["c"])),
        ("- item\n\n      indented in item\n", expect(code: [2...2])),
        ("> quote\n> ```\n> code\n> ```\n", expect(code: [1...3])),
        ("```\nunclosed\n\nto the end\n", expect(code: [0...3])),
        ("<!-- descent: raw-html -->\n", expect(html: [0...0])),
        ("<pre>\n$x$\n</pre>\ntext\n", expect(html: [0...2])),
        ("<div>\n*md?*\n\nprose\n", expect(html: [0...1])),
        ("para\n<span>\nmore\n", expect()),
        ("\\`not code` and `code`\n", expect(spans: ["and"])),
        ("<a title=\"`\">`x`\n", expect(spans: ["x"])),
        ("<a title=\"`\">\n\n`x`\n", expect(html: [0...0], spans: ["x"])),
        ("`<a title=\"`\">`\n", expect(spans: ["<a title=\""])),
        ("span across `two\nlines` here\n", expect(spans: ["two lines"])),
        ("no `span\n\nacross` paragraphs\n", expect()),
        ("# heading with `code`\n", expect(spans: ["code"])),
        ("1. item\n   ```\n   code\n   ```\n2. next `x`\n", expect(code: [1...3], spans: ["x"])),
        ("> lazy `open\ncontinued` here\n", expect(spans: ["open continued"])),
        ("\tindented by a tab\n", expect(code: [0...0])),
        ("|a|b|\n|-|-|\n|`x|y`|z|\n", expect(spans: ["x|y"])),
    ]

    /// Code blocks and HTML blocks by 0-based lines, and code spans by content.
    struct Expected {
        var code: [ClosedRange<Int>]
        var html: [ClosedRange<Int>]
        var spans: [String]

        func oracle(for markdown: String) -> CmarkOracle {
            var oracle = CmarkOracle(cmark: "")
            oracle.blocks = (code.map { (false, $0) } + html.map { (true, $0) })
                .sorted { $0.1.lowerBound < $1.1.lowerBound }
                .map { .init(html: $0.0, lines: $0.1, in: markdown) }
            oracle.spans = spans
            return oracle
        }
    }

    static func expect(code: [ClosedRange<Int>] = [], html: [ClosedRange<Int>] = [], spans: [String] = []) -> Expected {
        Expected(code: code, html: html, spans: spans)
    }

    @Test(arguments: 0..<snippets.count)
    func snippetIsReadAsWrittenAndAsCmarkReadsIt(_ number: Int) {
        let markdown = Self.snippets[number].markdown
        let expected = Self.snippets[number].code.oracle(for: markdown)
        #expect(CmarkOracle(scanner: markdown) == expected, "\(markdown.debugDescription)")
        #expect(CmarkOracle(cmark: markdown) == expected, "cmark: \(markdown.debugDescription)")
    }

    /// Every example of the CommonMark 0.30 specification: the scanner finds the same code and
    /// HTML blocks and code spans as cmark, except for the examples listed (with the reason).
    @Test func agreesWithCmarkOnTheSpecification() throws {
        let examples = try SpecExamples.load()
        var disagreements: [String] = []
        for example in examples where !Self.knownDifferences.keys.contains(example.number) {
            let ours = CmarkOracle(scanner: example.markdown)
            let cmark = CmarkOracle(cmark: example.markdown)
            if ours != cmark {
                disagreements.append(
                    "example \(example.number) (\(example.section)): \(example.markdown.debugDescription)\n  ours  \(ours)\n  cmark \(cmark)"
                )
            }
        }
        #expect(examples.count == 652)
        #expect(
            disagreements.isEmpty,
            Comment(rawValue: "\(disagreements.count) disagreements:\n" + disagreements.joined(separator: "\n")))
    }

    /// Spec examples where the scanner differs from cmark, each with why it does not matter.
    static let knownDifferences: [Int: String] = [
        237: "cmark's source position of a fenced block in a block quote takes in the unquoted line "
            + "that closes the quote (`foo`), which cmark itself renders as a paragraph"
    ]

    @Test func positionsAndQueries() {
        let code = MarkdownCode("a `b` c\n\n    x\n<!-- m -->\n")
        #expect(code.spans == [2..<5])
        #expect(code.isCode(at: 3))
        #expect(!code.isCode(at: 0))
        #expect(code.isCodeLine(2))
        #expect(!code.isCodeLine(0))
        #expect(code.htmlBlockStarting(atLine: 3) == .comment)
        #expect(code.inlineCode(overlapping: 0..<2).isEmpty)
        #expect(Array(code.inlineCode(overlapping: 4..<9)) == [2..<5])
    }

    /// Inline comments are found in one pass; an unclosed `<!--` is text, and many of them
    /// cost one lookup each, not a scan to the end of the paragraph.
    @Test func inlineCommentsAreCodeAndUnclosedOnesAreText() {
        let code = MarkdownCode("a <!-- {{x}} --> b `c`\n")
        #expect(code.comments == [2..<16])
        #expect(code.inlineCode == [2..<16, 19..<22])
        let many = MarkdownCode(String(repeating: "x <!-- a ", count: 20_000) + "\n")
        #expect(many.comments.isEmpty)
        let closed = MarkdownCode(String(repeating: "x <!-- a ", count: 20_000) + "-->\n")
        #expect(closed.comments.count == 1)
    }

    @Test func aByteOrderMarkDoesNotHideTheFirstFence() {
        let code = MarkdownCode("\u{FEFF}```text\n{{e1.nope}}\n```\n\nprose\n")
        #expect(code.blocks.count == 1)
        #expect(code.blocks.first?.lastLine == 2)
        #expect(CmarkOracle(scanner: "\u{FEFF}```text\nx\n```\n") == CmarkOracle(cmark: "\u{FEFF}```text\nx\n```\n"))
    }

    @Test func fenceCarriesInfoAndClosingLine() throws {
        let code = MarkdownCode("text\n\n  ```descent  walk \n  lr: 1\n  ```\n")
        let fence = try #require(code.fencedBlocks.first?.fence)
        #expect(fence.info == "descent  walk")
        #expect(fence.infoColumn == 6)
        #expect(fence.indent == 2)
        #expect(fence.closingLine == 4)
    }
}

/// The examples of the CommonMark 0.30 specification, with the section each is in.
struct SpecExamples {
    struct Example {
        let number: Int
        let section: String
        let markdown: String
    }

    static func load() throws -> [Example] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("DescentSiteTests/Fixtures/commonmark-spec-0.30.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let fence = String(repeating: "`", count: 32)
        var examples: [Example] = []
        var current: [String]?
        var section = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.hasPrefix("## ") || line.hasPrefix("# ") {
                section = line.drop { $0 == "#" || $0 == " " }.description
            } else if line == fence + " example" {
                current = []
            } else if line == fence, let lines = current {
                let separator = lines.firstIndex(of: ".") ?? lines.count
                let markdown = lines[..<separator].map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
                examples.append(Example(number: examples.count + 1, section: section, markdown: markdown))
                current = nil
            } else if current != nil {
                current!.append(String(line))
            }
        }
        return examples
    }
}
