import DescentText
import Testing

@testable import DescentLesson

/// Splicing, over lessons drawn from `LessonGrammar` (seeded, so a failure names its seed).
@Suite struct SplicingPropertyTests {
    static let seeds: [UInt64] = Array(0..<300)

    func splice(_ text: String, _ generated: [String: RegionContent]) throws -> String {
        let document = LessonDocument(SourceText(path: "lesson.md", text: text))
        #expect(document.problems.isEmpty, "\(document.problems.map(\.description))")
        return try Splicer(document).splice(generated, references: InlineReference(results: [:])).lessonText
    }

    /// Every byte outside the regions is kept: the splice gives exactly the grammar's expected
    /// text — regions replaced in place or inserted after their block, orphans removed, nothing
    /// else touched (line endings and a missing final newline included).
    @Test(arguments: seeds) func bytesOutsideRegionsNeverChange(seed: UInt64) throws {
        var grammar = LessonGrammar(seed: seed)
        let lesson = grammar.lesson()
        let spliced = try splice(lesson.text, lesson.generated)
        #expect(spliced == lesson.expected, "seed \(seed)\n--- written\n\(lesson.text)\n--- spliced\n\(spliced)")
    }

    /// Splicing what a splice wrote, with the same content, changes nothing.
    @Test(arguments: seeds) func splicingIsIdempotent(seed: UInt64) throws {
        var grammar = LessonGrammar(seed: seed)
        let lesson = grammar.lesson()
        let once = try splice(lesson.text, lesson.generated)
        #expect(try splice(once, lesson.generated) == once, "seed \(seed)")
    }
}
