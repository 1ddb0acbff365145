import Foundation
import DescentText

/// Writes generated Markdown into a lesson right after each experiment block, between region
/// markers, changing nothing else: every byte outside the regions, line endings and a missing
/// final newline included, comes out as it went in.
///
/// - A block's region is replaced where it is, or inserted after the block (after a blank line)
///   when it is missing.
/// - A region whose block is gone is removed, with the blank line the build put before it.
/// - A region whose content no longer matches its checksum was edited by hand: it is refused
///   with an error unless `force` is set.
public struct Splicer: Sendable {
    let lines: [SourceLine]
    let source: SourceText
    /// The file's line ending: `\r\n` when its first line ends so, else `\n`.
    let lineEnding: String

    public init(_ source: SourceText) {
        self.source = source
        lines = source.lines
        lineEnding = lines.first?.terminator == "\r\n" ? "\r\n" : "\n"
    }

    /// The lesson with `generated[id]` spliced in for every block id. Content uses `\n` line
    /// endings and ends with one; it is converted to the file's line ending.
    public func splice(blocks: [ExperimentBlock], regions: [GeneratedRegion], generated: [String: String],
                       force: Bool = false) throws(DiagnosticList) -> String {
        try refuseHandEdits(regions.filter { generated[$0.id] != nil }, force: force)
        let regionsByStart = Dictionary(regions.map { ($0.beginLine, $0) }, uniquingKeysWith: { a, _ in a })
        let placed = Set(regions.map(\.id))
        let insertAfter = Dictionary(blocks.filter { !placed.contains($0.id) }.map { ($0.closingLine, $0.id) },
                                     uniquingKeysWith: { a, _ in a })
        var output: [String] = []
        var index = 0
        while index < lines.count {
            if let region = regionsByStart[index] {
                emit(region, replacement: generated[region.id], into: &output)
                index = region.endLine + 1
                continue
            }
            output.append(lines[index].raw)
            if let id = insertAfter[index], let content = generated[id] {
                insert(content, id: id, after: index, into: &output)
            }
            index += 1
        }
        return output.joined()
    }

    private func refuseHandEdits(_ regions: [GeneratedRegion], force: Bool) throws(DiagnosticList) {
        guard !force else { return }
        let edited = regions.filter(\.isHandEdited).map {
            source.error(line: $0.beginLine + 1, column: 1,
                         "generated region '\($0.id)' was edited by hand; move your text outside the markers, "
                         + "or rebuild with --force to overwrite it")
        }
        if !edited.isEmpty { throw DiagnosticList(edited) }
    }

    /// Replaces a region in place, or removes it (and the blank line before it) when its block is gone.
    private func emit(_ region: GeneratedRegion, replacement: String?, into output: inout [String]) {
        let endsFile = lines[region.endLine].terminator.isEmpty
        guard let replacement else {
            if region.beginLine > 0, lines[region.beginLine - 1].text.trimmingWhitespace().isEmpty,
               output.last == lines[region.beginLine - 1].raw {
                output.removeLast()
            }
            if endsFile, let last = output.popLast() { output.append(Self.droppingTerminator(last)) }
            return
        }
        output.append(regionText(region.id, replacement, endsFile: endsFile))
    }

    private func insert(_ content: String, id: String, after index: Int, into output: inout [String]) {
        let endsFile = lines[index].terminator.isEmpty
        output.append((endsFile ? lineEnding : "") + lineEnding)
        output.append(regionText(id, content, endsFile: endsFile))
    }

    /// Begin marker, content and end marker in the file's line ending.
    func regionText(_ id: String, _ content: String, endsFile: Bool) -> String {
        let body = content.replacingOccurrences(of: "\n", with: lineEnding)
        let begin = RegionMarker.begin(id: id, checksum: RegionMarker.checksum(of: body)).text
        let end = RegionMarker.end(id: id).text
        return begin + lineEnding + body + end + (endsFile ? "" : lineEnding)
    }

    private static func droppingTerminator(_ line: String) -> String {
        if line.hasSuffix("\r\n") || line.hasSuffix("\n") { return String(line.dropLast()) }
        return line
    }
}
