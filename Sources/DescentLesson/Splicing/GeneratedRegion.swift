import DescentText

/// A generated region found in a lesson: its id, the lines it spans and its stored checksum.
public struct GeneratedRegion: Sendable, Equatable {
    public var id: String
    /// Index (0-based) of the begin marker line.
    public var beginLine: Int
    /// Index of the end marker line.
    public var endLine: Int
    /// The checksum written in the begin marker.
    public var storedChecksum: String
    /// The content between the markers, exactly as in the file.
    public var content: String

    /// Whether someone edited the content since the build wrote it.
    public var isHandEdited: Bool { RegionMarker.checksum(of: content) != storedChecksum }
}

extension GeneratedRegion {
    /// Finds every region in the lesson. A marker is a line that is itself an HTML comment
    /// block; marker-like text in code blocks, code spans or other HTML blocks is not one.
    /// Unbalanced, nested, duplicated or malformed markers are reported.
    static func scan(_ source: SourceText, code: MarkdownCode) -> (regions: [GeneratedRegion], problems: [Diagnostic]) {
        let lines = source.lines
        var regions: [GeneratedRegion] = []
        var problems: [Diagnostic] = []
        var open: (id: String, line: Int, checksum: String)?
        for (index, line) in lines.enumerated() where code.htmlBlockStarting(atLine: index) == .comment {
            let marker: RegionMarker?
            do { marker = try RegionMarker.parse(line.text) } catch {
                problems.append(source.error(line: line.number, column: 1, error.message))
                continue
            }
            switch marker {
            case nil: continue
            case let .begin(id, checksum):
                if let open {
                    problems.append(
                        source.error(
                            line: line.number, column: 1,
                            "begin marker for '\(id)' inside the region of '\(open.id)' (opened at line \(open.line + 1))"
                        ))
                }
                open = (id, index, checksum)
            case let .end(id):
                guard let current = open, current.id == id else {
                    problems.append(
                        source.error(
                            line: line.number, column: 1,
                            "end marker for '\(id)' without a matching begin marker"))
                    open = nil
                    continue
                }
                let content = lines[(current.line + 1)..<index].map(\.raw).joined()
                regions.append(
                    GeneratedRegion(
                        id: id, beginLine: current.line, endLine: index,
                        storedChecksum: current.checksum, content: content))
                open = nil
            }
        }
        if let open {
            problems.append(
                source.error(
                    line: open.line + 1, column: 1,
                    "begin marker for '\(open.id)' is never closed with '<!-- descent:end \(open.id) -->'"))
        }
        problems += duplicates(regions, source: source)
        return (regions, problems)
    }

    private static func duplicates(_ regions: [GeneratedRegion], source: SourceText) -> [Diagnostic] {
        var seen: [String: Int] = [:]
        var problems: [Diagnostic] = []
        for region in regions {
            if let first = seen[region.id] {
                problems.append(
                    source.error(
                        line: region.beginLine + 1, column: 1,
                        "duplicate generated region for '\(region.id)' (first at line \(first + 1))"))
            } else {
                seen[region.id] = region.beginLine
            }
        }
        return problems
    }
}
