import DescentLesson
import DescentText

/// What a build keeps of one lesson so the next build can skip running its experiments: the
/// lesson text it wrote, each experiment's generated Markdown and figures, where each
/// experiment id is written, the value of every reference into its experiments that the
/// course used, and the splice itself (the site's Markdown) with the value of every reference
/// the lesson makes, so that when none of those values changed it is not even spliced again.
///
/// It is reused only when nothing it depends on changed: the same binary, the same figure
/// folder, the same place in the course (figure names carry the lesson number), the lesson's
/// bytes exactly as the build wrote them, the same data files (by fingerprint), and every
/// reference the course now makes into its experiments already recorded. Anything else is a
/// miss, and the lesson runs as if there were no cache.
struct CachedLesson: Equatable {
    /// Bumped when the entry's layout or meaning changes.
    static let format = 5

    /// Where an experiment id is written, for the course-wide "id used twice" check, and the
    /// steps it plans, for the course budget.
    struct Experiment: Equatable {
        var id: String
        var line: Int
        var column: Int
        var steps: Int
    }

    /// A data file a block read, by the name written in the block.
    struct DataFile: Equatable {
        var name: String
        var fingerprint: String
    }

    var format = Self.format
    var binary: String
    var figureDirectory: String
    /// The lesson's number in the course: its figures' names (`Figure 4.2`) depend on it.
    var lessonNumber: Int
    /// The lesson's title (its first heading), for other lessons' `{{lesson:…}}` links.
    var title: String?
    /// The lesson's text after the build wrote it (what the next build will read).
    var text: String
    var dataFiles: [DataFile]
    var experiments: [Experiment]
    var regions: [String: RegionContent]
    var figures: [GeneratedFigure]
    /// Reference body (`lr-sweep.best.lr`) → value, for every reference into this lesson's
    /// experiments that the course made when the entry was written.
    var references: [String: String]
    /// Reference body → value, for every reference this lesson makes, as it was spliced.
    var quotes: [String: String]
    /// The site's Markdown the splice made, and how its columns map back to `text`.
    var siteMarkdown: String
    var siteColumns: [Int: ColumnMap]
    /// Whether the lesson lets raw HTML through (`LessonOptions`).
    var allowsRawHTML: Bool

    /// The splice this entry keeps (valid while every value in `quotes` is still current).
    var spliced: SplicedLesson { SplicedLesson(lessonText: text, siteMarkdown: siteMarkdown, siteColumns: siteColumns) }

    /// Whether this entry was written for exactly `text` by `binary` into `figureDirectory`
    /// (what must hold before its `quotes` stand for the lesson's references).
    func matches(text: String, binary: String, figureDirectory: String) -> Bool {
        binary == self.binary && figureDirectory == self.figureDirectory
            && self.text.hasSameBytes(as: text)
    }

    /// Whether the entry stands for `text` built by `binary` into `figureDirectory` as lesson
    /// `lessonNumber`, with data files that still have their fingerprints (`fingerprint(name)`), and records a value for
    /// every body in `wanted` (the course's references, by experiment id) into its experiments.
    func isValid(
        text: String, binary: String, figureDirectory: String, lessonNumber: Int, wanted: [String: Set<String>],
        fingerprint: (String) -> String?
    ) -> Bool {
        guard matches(text: text, binary: binary, figureDirectory: figureDirectory), self.lessonNumber == lessonNumber
        else { return false }
        guard dataFiles.allSatisfy({ fingerprint($0.name) == $0.fingerprint }) else { return false }
        return experiments.allSatisfy { experiment in
            (wanted[experiment.id] ?? []).allSatisfy { references[$0] != nil }
        }
    }
}

/// The entry's format first (an entry of another format is not read further), then its fields.
extension CachedLesson: BinaryRecord {
    func write(to writer: inout BinaryWriter) {
        writer.write(format)
        writer.write(binary)
        writer.write(figureDirectory)
        writer.write(lessonNumber)
        writer.write(title)
        writer.write(text)
        writer.write(dataFiles)
        writer.write(experiments)
        writer.write(regions)
        writer.write(figures)
        writer.write(references)
        writer.write(quotes)
        writer.write(siteMarkdown)
        writer.write(siteColumns)
        writer.write(allowsRawHTML)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        format = try reader.readFormat(expecting: Self.format)
        binary = try reader.read()
        figureDirectory = try reader.read()
        lessonNumber = try reader.read()
        title = try reader.read()
        text = try reader.read()
        dataFiles = try reader.read()
        experiments = try reader.read()
        regions = try reader.read()
        figures = try reader.read()
        references = try reader.read()
        quotes = try reader.read()
        siteMarkdown = try reader.read()
        siteColumns = try reader.read()
        allowsRawHTML = try reader.read()
    }
}

extension CachedLesson.Experiment: BinaryRecord {
    func write(to writer: inout BinaryWriter) {
        writer.write(id)
        writer.write(line)
        writer.write(column)
        writer.write(steps)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self.init(id: try reader.read(), line: try reader.read(), column: try reader.read(), steps: try reader.read())
    }
}

extension CachedLesson.DataFile: BinaryRecord {
    func write(to writer: inout BinaryWriter) {
        writer.write(name)
        writer.write(fingerprint)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self.init(name: try reader.read(), fingerprint: try reader.read())
    }
}
