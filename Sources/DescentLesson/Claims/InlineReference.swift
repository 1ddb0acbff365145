import DescentText

/// Inline references to results in prose: `{{seed-loop.iterations}}`, `{{lr-sweep.best.lr}}`,
/// `{{lr-sweep[lr=1.1].outcome}}`. They stay as written in the lesson and are replaced by the
/// measured value in the rendered page; an unknown experiment or field is an error. References
/// to a lesson or a figure (`{{lesson:…}}`, `{{fig:…}}`) become links, from `catalogue`. References
/// in code (code blocks, code spans, raw-text HTML blocks and comments, as `MarkdownCode`
/// finds them) are left alone.
///
/// Fields: `iterations` (the iteration the outcome names), `outcome` (`converged at
/// iteration 10`), `status`, `loss` (final), `lr`, `label`, `final.PARAM`, `runs`, `converged`
/// and `diverged` (counts), `derivative` (text) and `derivative.tex`, `theory.r`,
/// `theory.regime`, `theory.iterations`, and `best.FIELD` for the fastest converging run (of
/// those the selector picks, when there is one: `{{sweep[adam].best.lr}}`).
/// Without a `[selector]` or `best.`, a field reads the experiment's first run.
public struct InlineReference: Sendable {
    /// The value of a reference's body (`seed-loop.iterations`), or the message of why it has none.
    public typealias Lookup = @Sendable (String) -> Result<String, ReferenceProblem>

    private let lookup: Lookup
    /// The course's lessons and figures, for `{{lesson:…}}` and `{{fig:…}}` (`CourseCatalogue`).
    public var catalogue = CourseCatalogue()
    /// Whether `{{lesson:…}}` and `{{fig:…}}` are answered by `catalogue` (else by the lookup,
    /// as every body is while `bodies(in:)` collects them, so no diagnostic is made).
    private var readsCatalogue = true

    /// References read from the course's experiments, by id.
    public init(results: [String: ExperimentResult]) {
        lookup = { ReferenceValue.lookup($0, in: results) }
    }

    /// References read through `lookup`.
    public init(lookup: @escaping Lookup) {
        self.lookup = lookup
    }

    /// References read from `results` and, for experiments that did not run this time, from
    /// `recorded` values (id → body → value) a previous build kept.
    public init(results: [String: ExperimentResult], recorded: [String: [String: String]]) {
        let otherIDs = Array(recorded.keys)
        lookup = { body in
            if let value = recorded[ReferenceValue.experimentID(of: body)]?[body] { return .success(value) }
            return ReferenceValue.lookup(body, in: results, otherIDs: otherIDs)
        }
    }

    /// The value of one reference body (`seed-loop.iterations`).
    public func value(of body: String) -> Result<String, ReferenceProblem> { lookup(body) }

    /// What one reference body stands for in the lesson at `path`: a value, or for a
    /// catalogue reference (`lesson:…`, `fig:…`) the link it becomes — so a build cache can
    /// tell whether a lesson's splice is still current when another lesson was renamed or
    /// gained a figure.
    public func quotedValue(of body: String, inLessonAt path: String) -> Result<String, ReferenceProblem> {
        guard readsCatalogue, CourseCatalogue.isCatalogueReference(body) else { return lookup(body) }
        return catalogue.markdown(for: body, fromSlug: CourseCatalogue.slug(ofPath: path))
    }

    /// The experiment id a reference body names (`lr-sweep` in `lr-sweep[lr=1.1].outcome`).
    public static func experimentID(of body: String) -> String { ReferenceValue.experimentID(of: body) }

    /// The bodies of every reference outside code in `document`, in reading order (repeats kept).
    public static func bodies(in document: LessonDocument) -> [String] {
        let found = BodyRecorder()
        // Every body "resolves" to nothing, so no diagnostic (which copies its line) is made.
        var recording = InlineReference { body in
            found.append(body)
            return .success("")
        }
        recording.readsCatalogue = false
        var ignored: [Diagnostic] = []
        for index in document.source.lines.indices {
            _ = recording.resolve(line: index, of: document, problems: &ignored)
        }
        return found.bodies
    }

    /// One line of a lesson with its references replaced.
    public struct ResolvedLine: Sendable {
        /// The line's text (without terminator) with every reference replaced by its value.
        public var text: String
        /// Where columns of `text` come from in the lesson's line (`ColumnMap`).
        public var columns: ColumnMap
    }

    /// Line `index` (0-based) of `document` with its references outside code replaced, or nil
    /// when it has none; unknown references are left as written and reported. Linear in the
    /// line's length, however many references it holds.
    public func resolve(line index: Int, of document: LessonDocument, problems: inout [Diagnostic]) -> ResolvedLine? {
        let line = document.source.lines[index]
        guard Self.mayHoldReference(line.text), !document.code.isCodeLine(index) else { return nil }
        let characters = Array(line.text)
        let lineStart = document.code.text.lineStarts[index]
        let spans = document.code.inlineCode(overlapping: lineStart..<(lineStart + characters.count)).map {
            max(0, $0.lowerBound - lineStart)..<min(characters.count, $0.upperBound - lineStart)
        }
        let closings = Self.nextClosings(characters)
        let formulas = Formulas(document.formulas, overlapping: lineStart..<(lineStart + characters.count))
        // In an HTML block (`<details>` of a raw-HTML lesson) Markdown escapes are not read.
        let insideHTML = document.code.block(atLine: index) != nil
        var output = ""
        var outputLength = 0
        var columns = ColumnMap()
        var blankSoFar = true
        var spanIndex = 0
        var position = 0
        while position < characters.count {
            let nextSpan = spanIndex < spans.count ? spans[spanIndex] : characters.count..<characters.count
            if position == nextSpan.lowerBound, !nextSpan.isEmpty {
                output += String(characters[nextSpan])
                outputLength += nextSpan.count
                position = nextSpan.upperBound
                spanIndex += 1
                blankSoFar = false
                continue
            }
            if characters[position] == "{", position + 1 < nextSpan.lowerBound, characters[position + 1] == "{",
                let close = closings[position + 2], close + 1 < nextSpan.lowerBound
            {
                let body = String(characters[(position + 2)..<close]).trimmingWhitespace()
                let value: String
                let inFormula = formulas.contains(lineStart + position)
                switch markdown(
                    of: body, in: document, insideHTML: insideHTML, atLineStart: blankSoFar, inFormula: inFormula,
                    before: &output)
                {
                case .success(let found):
                    value = found
                case .failure(let problem):
                    problems.append(document.source.error(line: line.number, column: position + 1, problem.message))
                    value = String(characters[position..<(close + 2)])
                }
                columns.replace(siteColumn: outputLength + 1, lessonColumn: position + 1)
                output += value
                outputLength += value.count
                position = close + 2
                columns.resume(siteColumn: outputLength + 1, lessonColumn: position + 1)
                blankSoFar = false
                continue
            }
            if characters[position] != " ", characters[position] != "\t" { blankSoFar = false }
            output.append(characters[position])
            outputLength += 1
            position += 1
        }
        return ResolvedLine(text: output, columns: columns)
    }

    /// What replaces `{{body}}`: a catalogue reference's link (its text only inside an HTML
    /// block), or a value — as TeX inside a formula, typeset and escaped so it reads literally
    /// elsewhere (as HTML inside an HTML block), bound to the word before it in prose.
    private func markdown(
        of body: String, in document: LessonDocument, insideHTML: Bool, atLineStart: Bool, inFormula: Bool,
        before output: inout String
    ) -> Result<String, ReferenceProblem> {
        if readsCatalogue, CourseCatalogue.isCatalogueReference(body) {
            let slug = CourseCatalogue.slug(ofPath: document.source.path)
            if insideHTML { return catalogue.text(for: body, fromSlug: slug).map(HTMLEscaping.escape) }
            return catalogue.markdown(for: body, fromSlug: slug)
        }
        switch lookup(body) {
        case .failure(let problem):
            return .failure(problem)
        case .success(let found) where inFormula:
            return .success(ReferenceText.tex(found, body: body))
        case .success(let found) where insideHTML:
            return .success(HTMLEscaping.escape(ReferenceText.text(found)))
        case .success(let found):
            let text = ReferenceText.text(found)
            ReferenceText.bindToPrecedingWord(&output)
            return .success(atLineStart ? MarkdownEscaping.lineStart(text) : MarkdownEscaping.inline(text))
        }
    }

    /// Whether `text` contains `{{` (a byte scan: most lines have no brace at all).
    private static func mayHoldReference(_ text: Substring) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x7B, previous == 0x7B { return true }
            previous = byte
        }
        return false
    }

    /// For each index, the index of the first `}}` at or after it.
    private static func nextClosings(_ characters: [Character]) -> [Int?] {
        var closings = [Int?](repeating: nil, count: characters.count + 1)
        var next: Int?
        for index in stride(from: characters.count - 1, through: 0, by: -1) {
            if index + 1 < characters.count, characters[index] == "}", characters[index + 1] == "}" { next = index }
            closings[index] = next
        }
        return closings
    }
}

/// How columns of a rewritten line map back to the line as the author wrote it, so a position
/// found in the rendered text (a math warning) points at the right place in the lesson: text
/// copied as written maps column for column; any column inside a replaced value maps to the
/// start of the reference it replaced.
public struct ColumnMap: Sendable, Equatable {
    /// Where a run starts in both texts, and whether it is a replaced value.
    private struct Run: Sendable, Equatable {
        var site: Int
        var lesson: Int
        var replaced: Bool
    }

    private var runs = [Run(site: 1, lesson: 1, replaced: false)]

    public init() {}

    /// A replaced value starts at `siteColumn`; its reference starts at `lessonColumn`.
    mutating func replace(siteColumn: Int, lessonColumn: Int) {
        runs.append(Run(site: siteColumn, lesson: lessonColumn, replaced: true))
    }

    /// Text copied as written starts again at `siteColumn` / `lessonColumn`.
    mutating func resume(siteColumn: Int, lessonColumn: Int) {
        runs.append(Run(site: siteColumn, lesson: lessonColumn, replaced: false))
    }

    /// The lesson column of `siteColumn` (1-based).
    public func lessonColumn(_ siteColumn: Int) -> Int {
        guard let run = runs.last(where: { $0.site <= siteColumn }) else { return siteColumn }
        return run.replaced ? run.lesson : run.lesson + siteColumn - run.site
    }
}

extension ColumnMap: BinaryRecord {
    /// The runs, three whole numbers each (site column, lesson column, whether replaced).
    public func write(to writer: inout BinaryWriter) {
        writer.write(count: runs.count)
        for run in runs {
            writer.write(run.site)
            writer.write(run.lesson)
            writer.write(run.replaced)
        }
    }

    public init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        let count = try reader.readCount()
        guard count > 0 else { throw BinaryReader.Malformed() }
        runs = []
        runs.reserveCapacity(count)
        for _ in 0..<count {
            runs.append(Run(site: try reader.read(), lesson: try reader.read(), replaced: try reader.read()))
        }
    }
}

/// Collects reference bodies while a document is scanned (`InlineReference.bodies(in:)`).
private final class BodyRecorder: @unchecked Sendable {
    private(set) var bodies: [String] = []
    func append(_ body: String) { bodies.append(body) }
}
