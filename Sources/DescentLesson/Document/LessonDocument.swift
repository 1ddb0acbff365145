import DescentText

/// A lesson taken apart once: its lines, where its code is, its experiment blocks, its
/// generated regions and its options. Every later stage reads these instead of scanning the
/// text again.
public struct LessonDocument: Sendable {
    /// The lesson as read, split into lines once.
    public let source: SourceText
    /// Where the lesson holds code (`MarkdownCode`), for everything that must leave code alone.
    public let code: MarkdownCode
    /// The experiment blocks, in order.
    public let blocks: [ExperimentBlock]
    /// The generated regions a previous build wrote, in order.
    public let regions: [GeneratedRegion]
    /// The lesson's switches (`<!-- descent: raw-html -->`).
    public let options: LessonOptions
    /// The TeX of every formula (`$…$`, `$$…$$`, as `MathSpanScanner` finds them), as character
    /// ranges into `code.text`, in order: a reference inside one is written as TeX.
    public let formulas: [Range<Int>]
    /// Problems in the document's structure (malformed blocks or markers).
    public let problems: [Diagnostic]

    /// Takes `source` apart: code, blocks, regions, options and structural problems.
    public init(_ source: SourceText) {
        self.source = source
        code = MarkdownCode(source.text)
        let scannedBlocks = ExperimentBlock.scan(source, code: code)
        let scannedRegions = GeneratedRegion.scan(source, code: code)
        blocks = scannedBlocks.blocks
        regions = scannedRegions.regions
        options = LessonOptions(code)
        formulas = MathSpanScanner(code).matches().map(\.tex)
        problems = scannedBlocks.problems + scannedRegions.problems + Self.duplicateIDs(scannedBlocks.blocks, source)
    }

    /// The lesson's lines.
    public var lines: [SourceLine] { source.lines }

    private static func duplicateIDs(_ blocks: [ExperimentBlock], _ source: SourceText) -> [Diagnostic] {
        var first: [String: Int] = [:]
        var problems: [Diagnostic] = []
        for block in blocks {
            if let line = first[block.id] {
                problems.append(
                    source.error(
                        line: block.idLine, column: block.idColumn,
                        "duplicate experiment id '\(block.id)' (first used at line \(line))"))
            } else {
                first[block.id] = block.idLine
            }
        }
        return problems
    }
}
