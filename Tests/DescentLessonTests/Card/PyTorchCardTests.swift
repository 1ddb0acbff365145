import Testing

@testable import DescentLesson

/// The site shows a `show: pytorch` script collapsed, escaped, and leaves other Python alone.
@Suite struct PyTorchCardTests {
    @Test func theMarkedBlockBecomesACollapsedEscapedScript() throws {
        let html = try #require(
            PyTorchCard().html(info: "python descent-pytorch", source: "if a < b:\n    pass\n") { text, _ in text })
        #expect(html.hasPrefix("<details class=\"pytorch\">\n<summary>Reproduce in PyTorch</summary>\n"))
        #expect(html.contains("<pre><code class=\"language-python\">if a &lt; b:\n    pass\n</code></pre>\n</details>"))
    }

    @Test func otherPythonBlocksAreLeftToCmark() {
        #expect(PyTorchCard().html(info: "python", source: "x = 1\n") { text, _ in text } == nil)
        #expect(PyTorchCard().html(info: "python other", source: "x = 1\n") { text, _ in text } == nil)
    }
}
