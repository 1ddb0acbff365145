import DescentText

/// The tokens that stand in for formulas while cmark renders the Markdown around them.
///
/// A token is ASCII letters and digits only, `MATHPH0001X`, so cmark passes it through as
/// plain text everywhere (emphasis, links, headings, list items, tables) without escaping,
/// splitting or reflowing it. The prefix is lengthened (`MATHPHQ…`) until its bytes do not occur
/// in the source, so a token can never collide with the author's own text; the digits are
/// zero-padded to one width for all tokens of a document, so no token is a prefix of another.
struct MathPlaceholder {
    /// The letters every token of this document starts with.
    let prefix: String
    /// How many digits every token has.
    let width: Int

    /// A placeholder scheme for `count` formulas in `source`; other pre-passes (pipe tables)
    /// use the same scheme with their own `base` letters.
    init(count: Int, source: String, base: String = "MATHPH") {
        var prefix = base
        while source.containsLiteral(prefix) { prefix += "Q" }
        self.prefix = prefix
        width = max(4, String(count).count)
    }

    /// The token for the formula numbered `number` (from 1).
    func token(_ number: Int) -> String {
        let digits = String(number)
        return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits + "X"
    }
}
