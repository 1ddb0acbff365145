/// The footnotes of a theory column: each distinct note gets a superscript marker (¹, ², …) in
/// the cells that raise it, and one line under the table.
struct TheoryFootnotes {
    private(set) var notes: [String] = []

    /// The marker of `note`, numbering it when it is new.
    mutating func marker(for note: String) -> String {
        if let index = notes.firstIndex(of: note) { return Self.superscript(index + 1) }
        notes.append(note)
        return Self.superscript(notes.count)
    }

    /// The notes as Markdown paragraphs (`¹ the rule tests |w|, …`), to follow the table after a
    /// blank line; empty without notes.
    var markdown: String {
        notes.enumerated().map { "\(Self.superscript($0.offset + 1)) \($0.element).\n" }.joined(separator: "\n")
    }

    /// `n` in superscript digits.
    static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(n).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}
