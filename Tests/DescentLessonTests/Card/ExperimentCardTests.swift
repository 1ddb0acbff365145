import DescentText
import Testing

@testable import DescentLesson

@Suite struct ExperimentCardTests {
    /// A page-unique id claimer as the site offers one: prefix and the text, `-2`, `-3` on reuse.
    final class IDs {
        var taken: Set<String> = []
        func claim(_ text: String, _ prefix: String) -> String {
            var id = prefix + text
            var number = 2
            while taken.contains(id) {
                id = "\(prefix)\(text)-\(number)"
                number += 1
            }
            taken.insert(id)
            return id
        }
    }

    @Test func descentBlockBecomesACard() {
        let ids = IDs()
        let html = ExperimentCard().html(info: "descent lr-sweep", source: "lr: 0.3\n", claimID: ids.claim)
        #expect(
            html == """
                <section class="experiment" id="experiment-lr-sweep" aria-label="Experiment lr-sweep">
                <header>Experiment <code>lr-sweep</code></header>
                <pre><code><span class="hl-key">lr:</span> <span class="hl-number">0.3</span>
                </code></pre>
                </section>

                """)
    }

    @Test func highlighterMarksKeysNumbersCommentsAndObjectives() {
        let source =
            "f(w) = w^2 - 3  # bowl\noptimizer: adam\nη: 1e-3\nstart: -3\nshow: w2 x_1 2w\n# whole line\nexpect: converges"
        #expect(
            ExperimentHighlighter.highlight(source).components(separatedBy: "\n") == [
                "<span class=\"hl-objective\">f(w) = w^<span class=\"hl-number\">2</span> - <span class=\"hl-number\">3</span>  </span><span class=\"hl-comment\"># bowl</span>",
                "<span class=\"hl-key\">optimizer:</span> adam",
                "<span class=\"hl-key\">η:</span> <span class=\"hl-number\">1e-3</span>",
                "<span class=\"hl-key\">start:</span> <span class=\"hl-number\">-3</span>",
                "<span class=\"hl-key\">show:</span> w2 x_1 2w",
                "<span class=\"hl-comment\"># whole line</span>",
                "<span class=\"hl-key\">expect:</span> converges",
            ])
    }

    /// The highlighter reads lines with the block grammar, so it marks exactly what the build
    /// reads: an objective is any non-key line with `(` before `=`; a key may start with a digit.
    @Test func highlightingFollowsTheBlockGrammar() {
        #expect(
            ExperimentHighlighter.highlight("  loss(a, b) = a*b")
                == "<span class=\"hl-objective\">  loss(a, b) = a*b</span>")
        #expect(ExperimentHighlighter.highlight("x = 3") == "x = <span class=\"hl-number\">3</span>")
        #expect(
            ExperimentHighlighter.highlight("objective: f(w) = w^2").hasPrefix(
                "<span class=\"hl-key\">objective:</span>"))
    }

    @Test func hashInsideAWordIsNotAComment() {
        #expect(
            ExperimentHighlighter.highlight("label: run#2")
                == "<span class=\"hl-key\">label:</span> run#<span class=\"hl-number\">2</span>")
    }

    @Test func everythingIsEscaped() throws {
        let html = try #require(
            ExperimentCard().html(
                info: "descent <script>", source: "label: <script>alert(1)</script> & \"x\"\n",
                claimID: IDs().claim))
        #expect(!html.contains("<script>"))
        #expect(html.contains("id=\"experiment-&lt;script&gt;\""))
        #expect(html.contains("<header>Experiment <code>&lt;script&gt;</code></header>"))
        #expect(
            html.contains("&lt;script&gt;alert(<span class=\"hl-number\">1</span>)&lt;/script&gt; &amp; &quot;x&quot;"))
    }

    @Test func onlyDescentWithOneIDMakesACard() {
        for info in ["descent", "descent a b", "python", ""] {
            #expect(ExperimentCard().html(info: info, source: "lr: 1\n", claimID: IDs().claim) == nil, "\(info)")
        }
    }
}
