import DescentText
import FuzzSupport

@testable import DescentLesson

/// Whole lessons: take apart, and when the lesson is well formed splice a region after every
/// block, as a build does. The spliced lesson re-parses without problems, splicing it again
/// changes nothing, and every line outside the regions is kept. A lesson with a hand-edited
/// region is refused that way, and spliced again with `force` only to see that nothing crashes:
/// `--force` overwrites the edit, which may hold the author's blocks (found by this fuzzer).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSplice(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = SourceText(path: "fuzz.md", text: FuzzInput.text(data, size))
    let document = LessonDocument(source)
    invariantLocated(document.problems, in: source)
    guard document.problems.isEmpty else { return 0 }
    let generated = Dictionary(
        document.blocks.map { ($0.id, RegionContent("| \($0.id) | 1 |\n| --- | --- |\n")) },
        uniquingKeysWith: { first, _ in first })
    guard let spliced = splice(document, generated) else {
        _ = splice(document, generated, force: true)
        return 0
    }
    let again = LessonDocument(SourceText(path: "fuzz.md", text: spliced))
    invariant(
        again.problems.isEmpty,
        "the spliced lesson has problems: \(again.problems.map(\.description))\n\(spliced)")
    invariant(again.regions.map(\.id).sorted() == generated.keys.sorted(), "regions \(again.regions.map(\.id))")
    invariant(splice(again, generated) == spliced, "splicing twice is not splicing once:\n\(spliced)")
    let before = OutsideRegions(document)
    let after = OutsideRegions(again)
    invariant(before.lines == after.lines, "lines outside regions changed:\n\(before.lines)\n\(after.lines)")
    return 0
}

private func splice(_ document: LessonDocument, _ generated: [String: RegionContent], force: Bool = false) -> String? {
    try? Splicer(document).splice(generated, references: InlineReference(results: [:]), force: force).lessonText
}
