import DescentSite
import DescentText
import Foundation
import Testing

@testable import DescentCourse
@testable import DescentLesson

/// The cache's entries read back exactly as they were written, and any other bytes — cut short,
/// damaged, longer, another entry's or another format's — are a miss (nil), never a crash or a
/// wrong value.
@Suite struct CacheFormatTests {
    /// An explorable figure's markup, made from its fields.
    static let explore: ExploreMarkup = {
        var writer = BinaryWriter()
        writer.write("<div class=\"explore\"></div>")
        writer.write([".explore { display: grid }", "#explore-a { color: red }"])
        return writer.bytes.withUnsafeBytes { bytes in
            var reader = BinaryReader(bytes)
            return try! reader.read(ExploreMarkup.self)
        }
    }()

    static let entry: CachedLesson = {
        var columns = ColumnMap()
        columns.replace(siteColumn: 8, lessonColumn: 8)
        columns.resume(siteColumn: 20, lessonColumn: 25)
        var reference = FigureReference(
            kind: .sweep, logScale: true, fileName: "a-sweep-log.svg", alt: "Iterations against η.",
            caption: "Fewer steps as η grows.", name: "Figure 2.1")
        reference.explore = true
        let figure = GeneratedFigure(
            reference: reference, svg: "<svg>é</svg>", width: 640, height: 400,
            narrow: FigureDrawing(fileName: "a-sweep-log-narrow.svg", svg: "<svg/>", width: 360, height: 300),
            explore: explore)
        return CachedLesson(
            binary: "b", figureDirectory: "../output/figures", lessonNumber: 2, title: "Walk", text: "# Walk\n",
            dataFiles: [.init(name: "p.csv", fingerprint: "f")],
            experiments: [.init(id: "walk", line: 3, column: 12, steps: 30)],
            regions: ["walk": RegionContent(lesson: "| a |\n", site: "| b |\n"), "b": RegionContent("x")],
            figures: [figure, figure],
            references: ["walk.iterations": "12", "walk.final.w": "-0"], quotes: ["walk.final.w": "0.001"],
            siteMarkdown: "# Walk\n", siteColumns: [1: ColumnMap(), 7: columns], allowsRawHTML: true)
    }()

    static let page: CachedPage = {
        var page = RenderedLesson(slug: "01-walk", title: "Walk", bodyHTML: "<p>w²</p>")
        page.headings = [LessonHeading(level: 2, text: "Steps", anchor: "steps", html: "Steps")]
        page.warnings = [Located("unknown command \\foo", line: 4, column: 9)]
        return CachedPage(key: "k", page: page)
    }()

    @Test func entriesReadBackAsTheyWereWritten() throws {
        let lesson = CacheFormat.record(CachedLesson.self, in: CacheFormat.file(holding: Self.entry))
        #expect(lesson == Self.entry)
        #expect(lesson?.siteColumns[7]?.lessonColumn(15) == 8)
        #expect(CacheFormat.record(CachedPage.self, in: CacheFormat.file(holding: Self.page)) == Self.page)
    }

    @Test func everyTruncationIsAMiss() {
        let data = CacheFormat.file(holding: Self.entry)
        for length in 0..<data.count {
            #expect(CacheFormat.record(CachedLesson.self, in: data.prefix(length)) == nil)
        }
    }

    @Test func anotherEntryTrailingBytesOrAnotherFormatAreMisses() {
        #expect(CacheFormat.record(CachedLesson.self, in: CacheFormat.file(holding: Self.page)) == nil)
        #expect(CacheFormat.record(CachedLesson.self, in: CacheFormat.file(holding: Self.entry) + [0]) == nil)
        #expect(CacheFormat.record(CachedLesson.self, in: Data("{\"text\":1}".utf8)) == nil)
        var older = Self.entry
        older.format -= 1
        #expect(CacheFormat.record(CachedLesson.self, in: CacheFormat.file(holding: older)) == nil)
        var page = Self.page
        page.format += 1
        #expect(CacheFormat.record(CachedPage.self, in: CacheFormat.file(holding: page)) == nil)
    }

    @Test func aDamagedByteAnywhereIsAMiss() {
        // A torn write can leave valid-looking bytes with wrong values: the checksum catches it.
        let data = CacheFormat.file(holding: Self.page)
        for index in data.indices {
            var damaged = data
            damaged[index] ^= 0x20
            #expect(CacheFormat.record(CachedPage.self, in: damaged) == nil)
        }
    }

    @Test func theSameEntryAlwaysHasTheSameBytes() {
        var shuffled = Self.entry
        shuffled.references = Dictionary(uniqueKeysWithValues: Self.entry.references.reversed())
        #expect(CacheFormat.file(holding: shuffled) == CacheFormat.file(holding: Self.entry))
    }
}
