import Foundation

/// The examples of the CommonMark specification fixture (`Fixtures/commonmark-spec-0.30.txt`).
struct CommonMarkSpec {
    /// One example: its number, Markdown and expected HTML, with `→` turned into tabs.
    struct Example {
        let number: Int
        let line: Int
        let markdown: String
        let html: String
    }

    let examples: [Example]

    /// Reads the fixture: examples sit between a line of 32 backticks and ` example` and a line
    /// of 32 backticks; a line holding only `.` separates Markdown from HTML.
    init() throws {
        let text = try fixture("commonmark-spec-0.30.txt")
        let fence = String(repeating: "`", count: 32)
        var examples: [Example] = []
        var current: [String]?
        var startLine = 0
        for (number, line) in zip(1..., text.split(separator: "\n", omittingEmptySubsequences: false)) {
            if line == fence + " example" {
                current = []
                startLine = number
            } else if line == fence, let lines = current {
                let separator = lines.firstIndex(of: ".") ?? lines.count
                let markdown = lines[..<separator].map { $0 + "\n" }.joined()
                let html = lines[min(separator + 1, lines.count)...].map { $0 + "\n" }.joined()
                examples.append(
                    Example(
                        number: examples.count + 1, line: startLine,
                        markdown: markdown.replacingOccurrences(of: "→", with: "\t"),
                        html: html.replacingOccurrences(of: "→", with: "\t")))
                current = nil
            } else if current != nil {
                current!.append(String(line))
            }
        }
        self.examples = examples
    }
}
