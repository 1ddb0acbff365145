import DescentText

/// How a reference's value is written into the site's Markdown: a number in its typographic
/// form (`Numeral`: `−3.15 × 10⁻⁴` in prose, `-3.15 \times 10^{-4}` inside a formula, where
/// the math converter makes it `<mo>−</mo><mn>…</mn>`), kept on the line of the word before it.
enum ReferenceText {
    /// The value for prose: a number typeset, other text as it is.
    static func text(_ value: String) -> String {
        Numeral(parsing: value)?.text ?? value
    }

    /// The value inside a formula: a number as TeX, `….tex` fields (already TeX) as they are,
    /// other text in `\text{…}` with its braces and backslashes dropped.
    static func tex(_ value: String, body: String) -> String {
        if let numeral = Numeral(parsing: value) { return numeral.tex }
        if body.hasSuffix(".tex") { return value }
        return "\\text{" + value.filter { $0 != "{" && $0 != "}" && $0 != "\\" } + "}"
    }

    /// Makes the single space at the end of `output` a no-break space when a word (not a
    /// table's `|`) comes before it, so a value never starts a line on its own.
    static func bindToPrecedingWord(_ output: inout String) {
        // `index(before:)`, not `dropLast()`: on a String that counts the whole text, which
        // made a line of n references cost n² (caught by `descent bench --scaling`).
        guard output.last == " " else { return }
        let space = output.index(before: output.endIndex)
        guard space > output.startIndex else { return }
        let before = output[output.index(before: space)]
        guard !before.isWhitespace, before != "|" else { return }
        output.removeLast()
        output.append("\u{00A0}")
    }
}

/// The formulas that overlap one line, to ask whether a reference sits inside one.
struct Formulas {
    private let ranges: ArraySlice<Range<Int>>

    /// The ranges of `all` (sorted, disjoint) that overlap `line`.
    init(_ all: [Range<Int>], overlapping line: Range<Int>) {
        var low = 0
        var high = all.count
        while low < high {
            let middle = (low + high) / 2
            if all[middle].upperBound <= line.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < all.count, all[end].lowerBound < line.upperBound { end += 1 }
        ranges = all[low..<end]
    }

    /// Whether character `index` lies inside a formula's TeX.
    func contains(_ index: Int) -> Bool {
        ranges.contains { $0.contains(index) }
    }
}
