import DescentText
/// A fenced code block found by scanning lines with CommonMark's fence rules: an opening run of
/// at least three backticks or tildes indented by at most three spaces, closed by a run of the
/// same character at least as long with nothing after it (or by the end of the document).
public struct CodeFence: Sendable, Equatable {
    /// Index (0-based, into the line array) of the opening fence line.
    public var openingLine: Int
    /// Index of the closing fence line; nil when the block runs to the end of the document.
    public var closingLine: Int?
    /// The info string after the opening fence, trimmed.
    public var info: String
    /// Column (1-based) where the info string starts on the opening line.
    public var infoColumn: Int

    /// Index of the last line belonging to the block.
    public func lastLine(in lineCount: Int) -> Int { closingLine ?? (lineCount - 1) }

    /// Every fenced code block in `lines`, in order.
    public static func scan(_ lines: [SourceLine]) -> [CodeFence] {
        var fences: [CodeFence] = []
        var index = 0
        while index < lines.count {
            guard let opening = Opening(lines[index].text) else { index += 1; continue }
            var closing: Int?
            var next = index + 1
            while next < lines.count {
                if opening.isClosed(by: lines[next].text) { closing = next; break }
                next += 1
            }
            fences.append(CodeFence(openingLine: index, closingLine: closing,
                                    info: opening.info, infoColumn: opening.infoColumn))
            index = (closing ?? lines.count - 1) + 1
        }
        return fences
    }

    /// The indices of lines inside any fenced block, fences included.
    public static func coveredLines(_ lines: [SourceLine]) -> Set<Int> {
        var covered: Set<Int> = []
        for fence in scan(lines) {
            covered.formUnion(fence.openingLine...fence.lastLine(in: lines.count))
        }
        return covered
    }

    /// An opening fence line taken apart.
    private struct Opening {
        var character: Character
        var length: Int
        var info: String
        var infoColumn: Int

        init?(_ line: Substring) {
            let indent = line.prefix { $0 == " " }.count
            guard indent <= 3 else { return nil }
            let rest = line.dropFirst(indent)
            guard let first = rest.first, first == "`" || first == "~" else { return nil }
            let run = rest.prefix { $0 == first }.count
            guard run >= 3 else { return nil }
            let after = rest.dropFirst(run)
            if first == "`", after.contains("`") { return nil }
            let leading = after.prefix { $0 == " " || $0 == "\t" }.count
            character = first
            length = run
            info = after.trimmingWhitespace()
            infoColumn = indent + run + leading + 1
        }

        func isClosed(by line: Substring) -> Bool {
            let indent = line.prefix { $0 == " " }.count
            guard indent <= 3 else { return false }
            let rest = line.dropFirst(indent)
            let run = rest.prefix { $0 == character }.count
            return run >= length && rest.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingWhitespace() -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isBlank($0) }),
              let last = lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(self[first...last])
    }
}
