import Testing

@testable import DescentLesson

/// `show: theory` and `{{id.theory.…}}` where the closed form does not apply, and `final.PARAM`
/// with a parameter the objective lacks, are errors that say why.
@Suite struct TheoryErrorTests {
    private func block(_ id: String, _ body: String) -> String { "```descent \(id)\n\(body)```\n" }

    @Test func showTheoryOnAdamOrAQuarticIsAnErrorAtTheItem() {
        let lesson =
            block("a", "f(w) = w^2\nstart: w = 1\noptimizer: adam\nlr: 0.1\nsteps: 5\nshow: table, theory\n") + "\n"
            + block("q", "f(w) = w^4\nstart: w = 1\nlr: 0.1\nsteps: 5\nshow: theory\n")
        let found = problems(lesson)
        #expect(found.count == 2)
        #expect(found.first?.hasPrefix("7:14: show: theory needs plain gradient descent") == true)
        #expect(
            found.first?.hasSuffix(
                "theory does not apply to adam (the closed form is for plain gradient descent, gd or sgd)") == true)
        #expect(found.last?.hasSuffix("theory does not apply to f(w) = w^4, which is not a quadratic in w") == true)
    }

    @Test func theoryFieldsAndUnknownParametersSayWhy() {
        let lesson = block("a", "f(w) = w^4\nstart: w = 1\nlr: 0.1\nsteps: 5\n")
        let found = problems(lesson + "\nSee {{a.theory.r}} and {{a.final.z}}.\n")
        #expect(found.count == 2)
        #expect(found.first?.contains("theory does not apply to f(w) = w^4, which is not a quadratic in w") == true)
        #expect(found.last?.contains("'z' is not a parameter of 'a' in '{{a.final.z}}'; its parameters: w") == true)
    }

    @Test func footnotesExplainACycleThatFoolsTheRule() throws {
        let lesson = block("c", "f(w) = (w - 1)^2\nstart: w = 3\nlr: 1\nsteps: 20\nstop: Δloss < 1e-6\nshow: theory\n")
        let markdown = try render(lesson).output.siteMarkdown
        #expect(markdown.contains("| 1¹ |"))
        #expect(markdown.contains("¹ r = −1: w bounces between 3 and "))
    }
}
