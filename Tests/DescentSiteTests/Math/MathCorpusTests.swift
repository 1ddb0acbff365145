import DescentText
import Foundation
import Testing

@testable import DescentSite

/// Every formula of the bundled course and ~60 common machine-learning formulas
/// (`Fixtures/math-corpus/*.tex`) against their reviewed MathML (`*.mathml`).
///
/// Regenerate the expected files after a deliberate change with
/// `DESCENT_UPDATE_MATH_CORPUS=1 swift test --filter MathCorpusTests`, then read the diff.
/// `DESCENT_MATH_CONTACT_SHEET=/tmp/sheet.html` also writes a page showing every formula beside
/// its TeX, to look at in a browser (`docs/math.md`).
@Suite struct MathCorpusTests {
    static let corpora = ["course", "machine-learning"]

    @Test(arguments: corpora) func corpusRendersAsReviewed(_ name: String) throws {
        let entries = try MathCorpus.parse(try fixture("math-corpus/\(name).tex"))
        #expect(entries.count >= 50)
        let rendered = MathCorpus.expectedText(entries)
        let environment = ProcessInfo.processInfo.environment
        if environment["DESCENT_UPDATE_MATH_CORPUS"] != nil {
            try rendered.write(
                to: MathCorpus.directory.appendingPathComponent("\(name).mathml"), atomically: true, encoding: .utf8)
        }
        if let sheet = environment["DESCENT_MATH_CONTACT_SHEET"] {
            let path = sheet.replacingOccurrences(of: ".html", with: "-\(name).html")
            try MathCorpus.contactSheet(entries, title: name).write(toFile: path, atomically: true, encoding: .utf8)
        }
        let expected = try MathCorpus.parseExpected(try fixture("math-corpus/\(name).mathml"))
        for entry in entries {
            let conversion = MathConverter.convert(entry.tex, display: entry.display)
            #expect(conversion.warnings.isEmpty, "\(entry.name): \(conversion.warnings)")
            #expect(expected[entry.name] == conversion.mathml, "\(entry.name) differs from \(name).mathml")
        }
        #expect(expected.count == entries.count, "\(name).mathml has entries the corpus lacks")
    }

    @Test func corpusCoversWhatTheIssueAsksFor() throws {
        let names = Set(try MathCorpus.parse(try fixture("math-corpus/machine-learning.tex")).map(\.name))
        for needed in ["softmax", "cross-entropy", "adam-update", "matrix", "relu-cases", "sum-with-limits-display"] {
            #expect(names.contains(needed), "\(needed)")
        }
    }
}

/// The corpus files: `== name inline|display`, then the TeX up to the next blank line or `==`.
enum MathCorpus {
    struct Entry: Equatable {
        var name: String
        var display: Bool
        var tex: String
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/math-corpus")

    static func parse(_ text: String) throws -> [Entry] {
        var entries: [Entry] = []
        for block in text.components(separatedBy: "\n== ").dropFirst() {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false)
            let header = lines[0].split(separator: " ")
            try #require(header.count == 2 && ["inline", "display"].contains(header[1]), "bad header \(lines[0])")
            let tex = lines.dropFirst().joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            entries.append(Entry(name: String(header[0]), display: header[1] == "display", tex: tex))
        }
        #expect(Set(entries.map(\.name)).count == entries.count, "duplicate names")
        return entries
    }

    /// The expected file's text: each entry's name line, then its MathML (on more than one line
    /// when the TeX in its annotation is), then a blank line.
    static func expectedText(_ entries: [Entry]) -> String {
        entries.map { "== \($0.name)\n" + MathConverter.convert($0.tex, display: $0.display).mathml + "\n" }
            .joined(separator: "\n")
    }

    static func parseExpected(_ text: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for block in ("\n" + text).components(separatedBy: "\n== ").dropFirst() {
            let name = String(block.prefix { $0 != "\n" })
            result[name] = String(block.dropFirst(name.count + 1)).trimmingCharacters(in: .newlines)
        }
        return result
    }

    /// A page with every formula in a table beside its TeX, using the site's stylesheet and
    /// math font (copy `style.css` and the font next to it to see it as the site does).
    static func contactSheet(_ entries: [Entry], title: String) -> String {
        let rows = entries.map { entry in
            "<tr><th scope=\"row\">\(entry.name)</th><td>"
                + MathConverter.convert(entry.tex, display: entry.display).mathml
                + "</td><td><code>\(HTMLEscaping.escape(entry.tex))</code></td></tr>"
        }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Math corpus: \(title)</title>
            <link rel="stylesheet" href="style.css">
            <style>td, th { vertical-align: middle; padding: 0.4rem 0.8rem; border-bottom: 1px solid var(--rule); }
            th { font: 0.8rem var(--sans); text-align: left; } code { font-size: 0.75rem; white-space: pre-wrap; }</style>
            </head><body><main style="padding: 1rem"><h1>Math corpus: \(title)</h1><table>
            \(rows.joined(separator: "\n"))
            </table></main></body></html>

            """
    }
}
