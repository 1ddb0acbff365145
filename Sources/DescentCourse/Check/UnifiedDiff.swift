/// A unified diff of two texts (`diff -u` style), computed line by line with a longest common
/// subsequence, for showing what a stale file would change.
public struct UnifiedDiff: Sendable {
    /// One line of the diff with its marker (` `, `-`, `+`).
    enum Line: Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    let lines: [Line]

    /// Diffs `old` against `new`. Texts are split on `\n` or `\r\n`; a final newline does not
    /// add a line.
    init(old: String, new: String) {
        lines = Self.diff(Self.split(old), Self.split(new))
    }

    /// The first line of the old text (1-based) that is removed or before which a line is
    /// added; 0 when the texts have no differing line.
    public var firstChangedLine: Int {
        var line = 1
        for entry in lines {
            guard case .same = entry else { return line }
            line += 1
        }
        return 0
    }

    /// True when the texts have no differing line.
    public var isEmpty: Bool { !lines.contains { if case .same = $0 { false } else { true } } }

    /// The diff as hunks with `context` lines around each change, headed by `---`/`+++` lines.
    /// At most `limit` hunk lines are shown; the rest is counted on a final line.
    public func render(oldName: String, newName: String, context: Int = 3, limit: Int = 60) -> String {
        var output = ["--- \(oldName)", "+++ \(newName)"]
        var shown = 0
        var cut = 0
        for hunk in hunks(context: context) {
            for line in hunk {
                if shown < limit {
                    output.append(line)
                    shown += 1
                } else {
                    cut += 1
                }
            }
        }
        if cut > 0 { output.append("… \(cut) more diff line\(cut == 1 ? "" : "s") not shown") }
        return output.joined(separator: "\n")
    }

    private func hunks(context: Int) -> [[String]] {
        let changed = lines.indices.filter { if case .same = lines[$0] { false } else { true } }
        guard !changed.isEmpty else { return [] }
        var ranges: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(lines.count - 1, index + context)
            if let last = ranges.last, range.lowerBound <= last.upperBound + 1 {
                ranges[ranges.count - 1] = last.lowerBound...range.upperBound
            } else {
                ranges.append(range)
            }
        }
        return ranges.map(hunk)
    }

    private func hunk(_ range: ClosedRange<Int>) -> [String] {
        var oldLine = 1
        var newLine = 1
        for line in lines[..<range.lowerBound] {
            if case .added = line {} else { oldLine += 1 }
            if case .removed = line {} else { newLine += 1 }
        }
        let slice = lines[range]
        let oldCount = slice.filter { if case .added = $0 { false } else { true } }.count
        let newCount = slice.filter { if case .removed = $0 { false } else { true } }.count
        // An empty side is numbered by the line before it, as `diff -u` and `patch` do (`-0,0`).
        let oldStart = oldCount == 0 ? oldLine - 1 : oldLine
        let newStart = newCount == 0 ? newLine - 1 : newLine
        var text = ["@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@"]
        for line in slice {
            switch line {
            case .same(let value): text.append(" " + value)
            case .removed(let value): text.append("-" + value)
            case .added(let value): text.append("+" + value)
            }
        }
        return text
    }

    static func split(_ text: String) -> [String] {
        var parts = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
            .map(String.init)
        if parts.last == "" { parts.removeLast() }
        return parts
    }

    /// Line diff by longest common subsequence over the lines between a shared prefix and suffix.
    static func diff(_ old: [String], _ new: [String]) -> [Line] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        { suffix += 1 }
        let a = Array(old[prefix..<old.count - suffix])
        let b = Array(new[prefix..<new.count - suffix])
        return old[..<prefix].map(Line.same) + middle(a, b) + old[(old.count - suffix)...].map(Line.same)
    }

    private static func middle(_ a: [String], _ b: [String]) -> [Line] {
        guard a.count * b.count <= 4_000_000 else { return a.map(Line.removed) + b.map(Line.added) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var result: [Line] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                result.append(.same(a[i]))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] {
                result.append(.removed(a[i]))
                i += 1
            } else {
                result.append(.added(b[j]))
                j += 1
            }
        }
        return result
    }
}
