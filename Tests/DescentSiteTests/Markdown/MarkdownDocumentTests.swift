import Foundation
import Testing

@testable import DescentSite

/// Reads a committed fixture from the test bundle.
func fixture(_ name: String) throws -> String {
    let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/\(name)")
    return try String(contentsOf: url, encoding: .utf8)
}

@Suite struct MarkdownDocumentTests {
    @Test func rendersExactlyAsTheCmarkCommandDoes() throws {
        let markdown = try fixture("rendering.md")
        #expect(MarkdownDocument(markdown).html() == (try fixture("rendering.safe.html")))
        #expect(MarkdownDocument(markdown, options: [.unsafe]).html() == (try fixture("rendering.unsafe.html")))
    }

    @Test func omitsRawHTMLUnlessUnsafe() {
        let safe = MarkdownDocument("a <b>b</b>").html()
        #expect(safe == "<p>a <!-- raw HTML omitted -->b<!-- raw HTML omitted --></p>\n")
        #expect(MarkdownDocument("a <b>b</b>", options: [.unsafe]).html() == "<p>a <b>b</b></p>\n")
    }

    @Test func walksNodesWithKindsLiteralsAndLines() {
        let document = MarkdownDocument("# Title\n\ntext\n\n```descent loop\nlr: 0.3\n```\n")
        var seen: [(MarkdownNode.Kind, Bool)] = []
        var code: MarkdownNode?
        document.walk { node, entering in
            seen.append((node.kind, entering))
            if node.kind == .codeBlock { code = node }
        }
        #expect(
            seen.map(\.0) == [
                .document, .heading, .text, .heading, .paragraph, .text,
                .paragraph, .codeBlock, .document,
            ])
        #expect(seen.map(\.1) == [true, true, true, false, true, true, false, true, false])
        #expect(code?.fenceInfo == "descent loop")
        #expect(code?.literal == "lr: 0.3\n")
        #expect(code?.startLine == 5)
        #expect(code?.endLine == 7)
    }

    @Test func describesHeadingsAndLinks() throws {
        let document = MarkdownDocument("## Hello *there* `w`\n\n[x](a.html)\n")
        let heading = try #require(document.root.children.first)
        #expect(heading.kind == .heading)
        #expect(heading.headingLevel == 2)
        #expect(heading.plainText == "Hello there w")
        let link = try #require(document.root.children.last?.children.first)
        #expect(link.kind == .link)
        #expect(link.url == "a.html")
        #expect(MarkdownDocument("    code\n").root.children.first?.fenceInfo == "")
        #expect(heading.fenceInfo == nil)
    }

    @Test func nodesKeepTheirDocumentAlive() throws {
        let node = try #require(MarkdownDocument("# Kept\n").root.children.first)
        #expect(node.plainText == "Kept")
        #expect(node.html() == "<h1>Kept</h1>\n")
    }
}
