import DescentText
/// A lesson taken apart: its lines, its experiment blocks and its generated regions.
public struct LessonDocument: Sendable {
    public let source: SourceText
    public let lines: [SourceLine]
    public let blocks: [ExperimentBlock]
    public let regions: [GeneratedRegion]
    /// Problems in the document's structure (malformed blocks or markers).
    public let problems: [Diagnostic]

    public init(_ source: SourceText) {
        self.source = source
        lines = source.lines
        let scannedBlocks = ExperimentBlock.scan(lines, source: source)
        let scannedRegions = GeneratedRegion.scan(lines, source: source)
        blocks = scannedBlocks.blocks
        regions = scannedRegions.regions
        problems = scannedBlocks.problems + scannedRegions.problems + Self.duplicateIDs(scannedBlocks.blocks, source)
    }

    /// The lesson with its generated regions rewritten to `generated` (keyed by block id).
    public func splicing(_ generated: [String: String], force: Bool = false) throws(DiagnosticList) -> String {
        try Splicer(source).splice(blocks: blocks, regions: regions, generated: generated, force: force)
    }

    /// The text without region marker lines, for rendering: markers must not reach the page.
    public static func removingMarkers(_ text: String) -> String {
        let lines = SourceLine.split(text)
        let insideCode = CodeFence.coveredLines(lines)
        return lines.enumerated().filter { index, line in
            insideCode.contains(index) || (try? RegionMarker.parse(line.text)).flatMap { $0 } == nil
        }.map { $0.element.raw }.joined()
    }

    private static func duplicateIDs(_ blocks: [ExperimentBlock], _ source: SourceText) -> [Diagnostic] {
        var first: [String: Int] = [:]
        var problems: [Diagnostic] = []
        for block in blocks {
            if let line = first[block.id] {
                problems.append(source.error(line: block.idLine, column: block.idColumn,
                    "duplicate experiment id '\(block.id)' (first used at line \(line))"))
            } else {
                first[block.id] = block.idLine
            }
        }
        return problems
    }
}
