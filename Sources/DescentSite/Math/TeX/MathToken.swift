/// One lexical unit of TeX math, with its position in the source.
struct MathToken: Equatable, Sendable {
    /// What the token is.
    enum Kind: Equatable, Sendable {
        /// A letter, typed directly (`x`, `α`).
        case letter(Character)
        /// A run of digits, possibly with a decimal point and an exponent (`3.14`, `1e-3`).
        case number(String)
        /// A control sequence without its backslash: `frac`, or one symbol such as `,` or `\\`.
        case command(String)
        /// Any other visible character (`+`, `(`, `<`).
        case symbol(Character)
        /// `{`
        case beginGroup
        /// `}`
        case endGroup
        /// `^`
        case superscript
        /// `_`
        case `subscript`
        /// `&`, separating the cells of a table row.
        case alignmentTab
        /// `'`
        case prime
        /// `~`, an unbreakable space.
        case tie
    }

    /// What the token is.
    let kind: Kind
    /// The 0-based character offset of the token's first character in the TeX source.
    let offset: Int
}
