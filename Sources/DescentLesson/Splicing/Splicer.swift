import DescentText

/// Writes generated Markdown into a lesson right after each experiment block, between region
/// markers, changing nothing else: every byte outside the regions, line endings and a missing
/// final newline included, comes out as it went in.
///
/// - A block's region is replaced where it is, or inserted after the block (after a blank line)
///   when it is missing.
/// - A region whose block is gone is removed, with the blank line the build put before it.
/// - A region whose content no longer matches its checksum was edited by hand: it is the
///   author's text, so it is refused with an error unless `force` is set — whether its block is
///   still there, renamed, gone, or belongs to another lesson.
/// - The site's Markdown is written in the same pass (`SplicedLesson.siteMarkdown`).
public struct Splicer: Sendable {
    let document: LessonDocument
    /// The file's line ending: its first line's (`\n`, `\r\n` or a lone `\r`), else `\n`.
    let lineEnding: String
    private var lines: [SourceLine] { document.source.lines }
    private var source: SourceText { document.source }

    /// A splicer for `document`, writing in its line ending.
    public init(_ document: LessonDocument) {
        self.document = document
        lineEnding = document.source.lines.first.map { $0.terminator.isEmpty ? "\n" : $0.terminator } ?? "\n"
    }

    /// The lesson with `generated[id]` spliced in for every block id, and in the same pass the
    /// Markdown the site renders: the same lines, with each region's site content, marker lines
    /// left blank (so both texts keep the same line numbers) and the author's inline references
    /// resolved by `references`. Content uses `\n` line endings and ends with one; it is
    /// converted to the file's line ending. Hand-edited regions (unless `force`) and unknown
    /// references are reported together.
    public func splice(
        _ generated: [String: RegionContent], references: InlineReference,
        force: Bool = false
    ) throws(DiagnosticList) -> SplicedLesson {
        var problems = handEdits(document.regions, force: force)
        let regionsByStart = Dictionary(document.regions.map { ($0.beginLine, $0) }, uniquingKeysWith: { a, _ in a })
        let placed = Set(document.regions.map(\.id))
        let insertAfter = Dictionary(
            document.blocks.filter { !placed.contains($0.id) }.map { ($0.closingLine, $0.id) },
            uniquingKeysWith: { a, _ in a })
        var output = SplicedOutput()
        var index = 0
        while index < lines.count {
            if let region = regionsByStart[index] {
                emit(region, replacement: generated[region.id], into: &output)
                index = region.endLine + 1
                continue
            }
            let resolved = references.resolve(line: index, of: document, problems: &problems)
            output.append(
                lesson: lines[index].raw, site: resolved.map { $0.text + lines[index].terminator },
                columns: resolved?.columns)
            if let id = insertAfter[index], let content = generated[id] {
                insert(content, id: id, after: index, into: &output)
            }
            index += 1
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return output.lesson
    }

    private func handEdits(_ regions: [GeneratedRegion], force: Bool) -> [Diagnostic] {
        guard !force else { return [] }
        return regions.filter(\.isHandEdited).map {
            source.error(
                line: $0.beginLine + 1, column: 1,
                "generated region '\($0.id)' was edited by hand; move your text outside the markers, "
                    + "or rebuild with --force to overwrite it")
        }
    }

    /// Replaces a region in place, or removes it (and the blank line before it) when its block is gone.
    private func emit(_ region: GeneratedRegion, replacement: RegionContent?, into output: inout SplicedOutput) {
        let endsFile = lines[region.endLine].terminator.isEmpty
        guard let replacement else {
            if region.beginLine > 0, lines[region.beginLine - 1].text.trimmingWhitespace().isEmpty {
                output.removeLast(ifEqualTo: lines[region.beginLine - 1].raw)
            }
            if endsFile { output.dropLastTerminator() }
            return
        }
        append(region.id, replacement, endsFile: endsFile, into: &output)
    }

    private func insert(_ content: RegionContent, id: String, after index: Int, into output: inout SplicedOutput) {
        let endsFile = lines[index].terminator.isEmpty
        let blank = (endsFile ? lineEnding : "") + lineEnding
        output.append(lesson: blank, site: blank, columns: nil)
        append(id, content, endsFile: endsFile, into: &output)
    }

    /// The region for the lesson (begin marker, content, end marker in the file's line ending)
    /// and for the site (the same lines, markers left blank).
    private func append(_ id: String, _ content: RegionContent, endsFile: Bool, into output: inout SplicedOutput) {
        let body = lineEnding == "\n" ? content.lesson : content.lesson.replacingAll("\n", with: lineEnding)
        let siteBody = lineEnding == "\n" ? content.site : content.site.replacingAll("\n", with: lineEnding)
        let begin = RegionMarker.begin(id: id, checksum: RegionMarker.checksum(of: body)).text
        let end = RegionMarker.end(id: id).text
        let last = endsFile ? "" : lineEnding
        output.append(lesson: begin + lineEnding + body + end + last, site: lineEnding + siteBody + last, columns: nil)
    }
}

/// A region's generated Markdown, once with figure paths for the lesson file and once for the
/// site; both have the same lines but for those paths.
public struct RegionContent: Sendable, Equatable {
    /// The Markdown written into the lesson file (figure paths from the lessons folder).
    public var lesson: String
    /// The same Markdown for the site (figure paths from the pages).
    public var site: String

    public init(lesson: String, site: String) {
        self.lesson = lesson
        self.site = site
    }

    /// The same Markdown for both.
    public init(_ both: String) { self.init(lesson: both, site: both) }
}

/// A lesson after splicing: its new text, and the site's Markdown line for line beside it.
public struct SplicedLesson: Sendable {
    /// The lesson file's new text (identical to the old when nothing changed).
    public var lessonText: String
    /// The Markdown for the site: same line numbers as `lessonText`, regions with site paths,
    /// marker lines blank, inline references replaced by their values.
    public var siteMarkdown: String
    /// For the 1-based lines of `siteMarkdown` whose references were replaced, how their
    /// columns map back to `lessonText`.
    public var siteColumns: [Int: ColumnMap]

    /// A splice kept from an earlier build (the build cache), exactly as it was made.
    public init(lessonText: String, siteMarkdown: String, siteColumns: [Int: ColumnMap]) {
        self.lessonText = lessonText
        self.siteMarkdown = siteMarkdown
        self.siteColumns = siteColumns
    }

    /// The position in `lessonText` of a position in `siteMarkdown`.
    public func lessonPosition(ofSite position: SourcePosition) -> SourcePosition {
        guard let map = siteColumns[position.line] else { return position }
        return SourcePosition(line: position.line, column: map.lessonColumn(position.column))
    }
}

/// The two texts a splice writes, kept line for line.
private struct SplicedOutput {
    private var lessonParts: [String] = []
    private var siteParts: [String] = []
    private var columns: [Int: ColumnMap] = [:]
    private var lineCount = 0

    /// Appends text to both outputs; `site` nil means the same as `lesson`.
    mutating func append(lesson: String, site: String?, columns map: ColumnMap?) {
        if let map { columns[lineCount + 1] = map }
        var previous: UInt8 = 0
        for byte in lesson.utf8 {
            if byte == 0x0D || (byte == 0x0A && previous != 0x0D) { lineCount += 1 }
            previous = byte
        }
        lessonParts.append(lesson)
        siteParts.append(site ?? lesson)
    }

    mutating func removeLast(ifEqualTo text: String) {
        guard lessonParts.last == text else { return }
        lessonParts.removeLast()
        siteParts.removeLast()
        lineCount -= 1
    }

    mutating func dropLastTerminator() {
        guard let last = lessonParts.popLast(), let siteLast = siteParts.popLast() else { return }
        lessonParts.append(Self.droppingTerminator(last))
        siteParts.append(Self.droppingTerminator(siteLast))
    }

    var lesson: SplicedLesson {
        SplicedLesson(lessonText: lessonParts.joined(), siteMarkdown: siteParts.joined(), siteColumns: columns)
    }

    private static func droppingTerminator(_ line: String) -> String {
        if line.hasSuffix("\r\n") || line.hasSuffix("\n") || line.hasSuffix("\r") { return String(line.dropLast()) }
        return line
    }
}
