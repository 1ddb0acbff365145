import DescentText
import Testing

@testable import DescentLesson

/// How a reference's value lands in the site's Markdown: TeX inside a formula, typographic
/// text bound to the word before it outside one, escaped in HTML blocks.
@Suite struct ReferenceTextTests {
    private let values: [String: String] = [
        "walk.final.w": "-3.15e-4", "walk.iterations": "152", "walk.outcome": "converged at iteration 152",
        "walk.derivative.tex": "2 w", "walk.lr": "1e-6",
    ]

    private func site(_ lesson: String) throws -> String {
        let values = values
        let references = InlineReference { body in
            values[body].map { .success($0) } ?? .failure(ReferenceProblem(message: "unknown '\(body)'"))
        }
        let document = LessonDocument(SourceText(path: "l.md", text: lesson))
        return try Splicer(document).splice([:], references: references).siteMarkdown
    }

    @Test func aNumberInsideAFormulaBecomesTeX() throws {
        #expect(try site("So $w = {{walk.final.w}}$.\n") == "So $w = -3.15 \\times 10^{-4}$.\n")
        #expect(try site("$$\\eta = {{walk.lr}}$$\n") == "$$\\eta = 10^{-6}$$\n")
        #expect(
            try site("$(\n{{walk.final.w}}, 1)$\n") == "$(\n-3.15 \\times 10^{-4}, 1)$\n", "a formula over two lines")
    }

    @Test func textInsideAFormulaIsTextAndTeXFieldsStayTeX() throws {
        #expect(try site("$f' = {{walk.derivative.tex}}$\n") == "$f' = 2 w$\n")
        #expect(try site("$s = {{walk.outcome}}$\n") == "$s = \\text{converged at iteration 152}$\n")
    }

    @Test func outsideAFormulaANumberIsTypesetAndKeptWithTheWordBefore() throws {
        #expect(try site("ends at {{walk.final.w}} now\n") == "ends at\u{A0}−3.15\u{202F}×\u{202F}10⁻⁴ now\n")
        #expect(try site("after {{walk.iterations}} steps\n") == "after\u{A0}152 steps\n")
        #expect(
            try site("{{walk.iterations}} steps\n") == MarkdownEscaping.lineStart("152") + " steps\n",
            "nothing before it")
        #expect(try site("| a |\n|---|\n| {{walk.final.w}} |\n").hasSuffix("| −3.15\u{202F}×\u{202F}10⁻⁴ |\n"))
    }

    @Test func dollarsThatAreNotMathLeaveTheReferenceInProse() throws {
        #expect(try site("costs $5 and {{walk.iterations}} $6\n") == "costs $5 and\u{A0}152 $6\n")
        #expect(try site("`$x = {{walk.iterations}}$`\n") == "`$x = {{walk.iterations}}$`\n")
    }
}
