import DescentEngine
import Testing

@testable import DescentCourse

/// A unified diff, applied to the old text by `Patch`, gives the new one: over random pairs of
/// texts (seeded), one an edit of the other, with `\n` and `\r\n` endings and repeated lines.
@Suite struct UnifiedDiffPropertyTests {
    @Test func applyingTheDiffToTheOldTextGivesTheNewOne() throws {
        var random = SeededGenerator(seed: 11)
        for round in 0..<400 {
            let old = Self.lines(&random)
            var new = old
            for _ in 0..<Int.random(in: 0...4, using: &random) { Self.edit(&new, &random) }
            let eol = random.nextUnit() < 0.3 ? "\r\n" : "\n"
            let oldText = old.map { $0 + eol }.joined()
            let newText = new.map { $0 + eol }.joined()
            let diff = UnifiedDiff(old: oldText, new: newText)
            #expect(diff.isEmpty == (old == new), "round \(round)")
            let rendered = diff.render(
                oldName: "old", newName: "new", context: Int.random(in: 0...3, using: &random), limit: .max)
            let patched = try Patch(rendered).apply(to: UnifiedDiff.split(oldText))
            #expect(patched == UnifiedDiff.split(newText), "round \(round)\n\(rendered)")
        }
    }

    /// Found by the property above: a hunk with no old (or new) lines was numbered by the line
    /// after it, and `patch` applied it one line too late.
    @Test func anEmptySideIsNumberedByTheLineBeforeIt() {
        #expect(
            UnifiedDiff(old: "", new: "a\n").render(oldName: "o", newName: "n") == "--- o\n+++ n\n@@ -0,0 +1,1 @@\n+a")
        #expect(
            UnifiedDiff(old: "a\nb\nc\n", new: "a\nb\nx\nc\n").render(oldName: "o", newName: "n", context: 0)
                == "--- o\n+++ n\n@@ -2,0 +3,1 @@\n+x")
        #expect(
            UnifiedDiff(old: "a\nb\n", new: "b\n").render(oldName: "o", newName: "n", context: 0)
                == "--- o\n+++ n\n@@ -1,1 +0,0 @@\n-a")
    }

    static func lines(_ random: inout SeededGenerator) -> [String] {
        (0..<Int.random(in: 0...12, using: &random)).map { _ in
            ["a", "b", "c", "", "  indented", "- item", "+ plus", "@@ at", "é\u{301}"][
                Int.random(in: 0...8, using: &random)]
        }
    }

    static func edit(_ lines: inout [String], _ random: inout SeededGenerator) {
        let index = Int.random(in: 0...lines.count, using: &random)
        switch Int.random(in: 0...2, using: &random) {
        case 0: lines.insert(["new", "a", ""][Int.random(in: 0...2, using: &random)], at: index)
        case 1 where index < lines.count: lines.remove(at: index)
        default: if index < lines.count { lines[index] += "!" }
        }
    }
}

/// A minimal `patch`: applies the hunks of a unified diff to a list of lines, checking every
/// context and removed line against the text.
struct Patch {
    struct Mismatch: Error, CustomStringConvertible {
        var description: String
    }

    private var hunks: [(oldStart: Int, lines: [Substring])] = []

    init(_ diff: String) throws {
        // Scalars, not characters: a line's own "\r" must not join the "\n" between lines.
        let lines = diff.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            Substring(String($0))
        }
        for line in lines.dropFirst(2) {
            if line.hasPrefix("@@ -") {
                let start = line.dropFirst(4).prefix { $0.isNumber }
                guard let oldStart = Int(start) else { throw Mismatch(description: "bad hunk header \(line)") }
                hunks.append((oldStart, []))
            } else if !hunks.isEmpty {
                hunks[hunks.count - 1].lines.append(line)
            }
        }
    }

    func apply(to old: [String]) throws -> [String] {
        var result: [String] = []
        var next = 0  // index into old of the first line not yet copied
        for hunk in hunks {
            // An empty side is numbered from the line before it (`-0,0`, `-3,0`).
            let start = hunk.lines.contains { !$0.hasPrefix("+") } ? hunk.oldStart - 1 : hunk.oldStart
            guard start >= next, start <= old.count else { throw Mismatch(description: "hunk at \(hunk.oldStart)") }
            result += old[next..<start]
            next = start
            for line in hunk.lines {
                let text = String(line.dropFirst())
                switch line.first {
                case " ", "-":
                    guard next < old.count, old[next] == text else {
                        throw Mismatch(description: "expected '\(text)' at line \(next + 1)")
                    }
                    if line.first == " " { result.append(text) }
                    next += 1
                case "+": result.append(text)
                default: throw Mismatch(description: "unexpected diff line '\(line)'")
                }
            }
        }
        return result + old[next...]
    }
}
