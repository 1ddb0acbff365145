import DescentEngine
import DescentLesson

/// A lesson drawn from a small grammar, with what a splice must make of it.
struct GeneratedLesson {
    /// The lesson as the author wrote it (with regions of an earlier build).
    var text: String
    /// The region content to splice for each experiment block.
    var generated: [String: RegionContent]
    /// The lesson after that splice, byte for byte: every line the grammar wrote outside a
    /// region, each region replaced or inserted after its block, orphan regions gone.
    var expected: String
}

/// Lessons from a grammar of headings, prose (with code spans, math, entities, combining marks),
/// fenced and indented code and HTML comments holding marker-like text, experiment blocks with
/// or without a region from an earlier build, and orphan regions — in `\n` or `\r\n` files,
/// with or without a final newline. Seeded: the same seed gives the same lesson.
struct LessonGrammar {
    var random: SeededGenerator
    private var eol = "\n"
    private var nextID = 0

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    mutating func lesson() -> GeneratedLesson {
        eol = chance(0.3) ? "\r\n" : "\n"
        nextID = 0
        var text = "# Lesson" + eol
        var expected = text
        var generated: [String: RegionContent] = [:]
        for _ in 0..<int(1...8) {
            text += eol
            expected += eol
            let (written, spliced, block) = segment()
            text += written
            expected += spliced
            if let (id, content) = block { generated[id] = RegionContent(content) }
        }
        if chance(0.3) {
            text.removeLast()  // "\r\n" is one Character
            expected.removeLast()
        }
        return GeneratedLesson(text: text, generated: generated, expected: expected)
    }

    /// A region as the splicer writes it, in this lesson's line ending.
    func region(_ id: String, _ content: String) -> String {
        let body = content.replacingOccurrences(of: "\n", with: eol)
        return "<!-- descent:begin \(id) sum=\(RegionMarker.checksum(of: body)) -->" + eol + body
            + "<!-- descent:end \(id) -->" + eol
    }

    private mutating func segment() -> (written: String, spliced: String, block: (String, String)?) {
        switch int(0...9) {
        case 0: return same("## " + words() + eol)
        case 1, 2: return same((0..<int(1...3)).map { _ in words() + eol }.joined())
        case 3:
            let fence = chance(0.5) ? "```" : "~~~~"
            return same(fence + "text" + eol + markerLike() + eol + "f(w) = w^2" + eol + fence + eol)
        case 4: return same("    " + markerLike() + eol + "    more code" + eol)
        case 5: return same("<!-- a note: " + markerLike().dropFirst(5) + eol)
        case 6:
            let id = "orphan\(nextID)"
            nextID += 1
            return (eol + region(id, content()), "", nil)
        default:
            let id = "e\(nextID)"
            nextID += 1
            let block = "```descent \(id)" + eol + "f(w) = w^2" + eol + "lr: 0.1" + eol + "```" + eol
            let new = content()
            let old = chance(0.5) ? nil : chance(0.5) ? new : content()
            let written = block + (old.map { eol + region(id, $0) } ?? "")
            return (written, block + eol + region(id, new), (id, new))
        }
    }

    private func same(_ text: String) -> (String, String, (String, String)?) { (text, text, nil) }

    private mutating func words() -> String {
        let pool = [
            "Gradient", "descent", "é", "e\u{301}", "*steps*", "`code`", "``<!-- descent:end x -->``", "$w^2$",
            "&amp;", "<span>", "a|b", "\t", "trailing  ", "→", "👩‍🔬", "\\`",
        ]
        return (0..<int(1...6)).map { _ in pool[int(0...(pool.count - 1))] }.joined(separator: " ")
    }

    private mutating func markerLike() -> String {
        [
            "<!-- descent:begin fake sum=00000000 -->", "<!-- descent:end fake -->", "<!-- descent:begin broken -->",
        ][int(0...2)]
    }

    private mutating func content() -> String {
        let rows = (0..<int(0...3)).map { "| \($0) | \(int(0...99)) |\n" }.joined()
        return "| i | loss |\n| --- | --- |\n" + rows
    }

    private mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    private mutating func chance(_ p: Double) -> Bool { random.nextUnit() < p }
}
