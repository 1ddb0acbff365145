import DescentText

/// An experiment block in a lesson: a fenced code block at the top level of the lesson (not
/// inside a block quote or list item) whose info string is `descent ID`.
///
/// The block's lines are `key: value` entries and `#` comments; a line of the form
/// `f(w) = …` (no key) states the objective.
public struct ExperimentBlock: Sendable, Equatable {
    /// The experiment's id, unique across the course.
    public var id: String
    /// Index (0-based) of the opening fence line in the lesson's lines.
    public var openingLine: Int
    /// Index of the closing fence line (the region goes right after it).
    public var closingLine: Int
    /// The entries, in order.
    public var entries: [BlockEntry]
    /// 1-based line and column of the id, for errors about the block as a whole.
    public var idLine: Int
    public var idColumn: Int

    /// The info-string word that marks an experiment block.
    public static let infoWord = "descent"

    /// Entries with `key` (after resolving spellings such as `η` → `lr`).
    public func entries(_ key: String) -> [BlockEntry] { entries.filter { $0.key == key } }
}

extension ExperimentBlock {
    /// Finds every experiment block among the lesson's fenced code blocks, reporting malformed
    /// lines and fences.
    static func scan(_ source: SourceText, code: MarkdownCode) -> (blocks: [ExperimentBlock], problems: [Diagnostic]) {
        let lines = source.lines
        var blocks: [ExperimentBlock] = []
        var problems: [Diagnostic] = []
        for block in code.fencedBlocks {
            guard let fence = block.fence else { continue }
            let words = fence.info.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard words.first == Substring(infoWord) else { continue }
            let openingLine = block.firstLine
            let line = lines[openingLine].number
            guard !block.isNested else {
                problems.append(
                    source.error(
                        line: line, column: fence.infoColumn,
                        "an experiment block must be at the top level of the lesson, not inside a list item or "
                            + "block quote; move it out (indented at most three spaces)"))
                continue
            }
            guard let closing = fence.closingLine else {
                problems.append(source.error(line: line, column: 1, "experiment block is never closed"))
                continue
            }
            if words.count == 2, let id = words.last, id.count > ExperimentID.maximumLength {
                let column = fence.infoColumn + fence.info.distance(from: fence.info.startIndex, to: id.startIndex)
                problems.append(
                    source.error(
                        line: line, column: column,
                        "experiment id is \(id.count) characters long; ids may have at most "
                            + "\(ExperimentID.maximumLength) (they name figure files)"))
                continue
            }
            guard words.count == 2, let id = words.last, ExperimentID.isValid(id) else {
                problems.append(
                    source.error(
                        line: line, column: fence.infoColumn,
                        "expected 'descent ID' with an id of letters, digits, '-' or '_' (e.g. 'descent lr-sweep')"))
                continue
            }
            let idColumn = fence.infoColumn + (fence.info.distance(from: fence.info.startIndex, to: id.startIndex))
            let parsed = BlockEntryParser.parse(lines[(openingLine + 1)..<closing], source: source)
            problems += parsed.problems
            blocks.append(
                ExperimentBlock(
                    id: String(id), openingLine: openingLine, closingLine: closing,
                    entries: parsed.entries, idLine: line, idColumn: idColumn))
        }
        return (blocks, problems)
    }
}

/// What an experiment id may look like: it names files (`figures/ID-loss.svg`) and references,
/// so it is short ASCII: letters, digits, `-` and `_`, at most `maximumLength` characters.
enum ExperimentID {
    /// The longest id: with `-contour-log.svg` and the temporary-file affixes a figure's file
    /// name stays far below the 255 bytes file systems allow.
    static let maximumLength = 64

    static func isValid<S: StringProtocol>(_ id: S) -> Bool {
        guard let first = id.first, first.isLetter || first.isNumber, id.count <= maximumLength else { return false }
        return id.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }
    }
}
