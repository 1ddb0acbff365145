/// The Unicode mathematical alphabets standing in for TeX font commands.
///
/// MathML Core has no `mathvariant="bold"`, so `\mathbf{x}` is written with the characters of
/// the Mathematical Bold block (U+1D400 …) instead, and `\mathbb{R}` with double-struck ones.
/// `\mathrm` keeps the characters and marks identifiers upright.
enum MathAlphabet: Sendable {
    /// `\mathrm`: upright identifiers.
    case roman
    /// `\mathbf`: A–Z, a–z and 0–9 in Mathematical Bold.
    case bold
    /// `\mathbb`: A–Z, a–z and 0–9 in Mathematical Double-Struck.
    case doubleStruck

    /// `text` with every ASCII letter and digit replaced by its counterpart in this alphabet.
    func map(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map(map)))
    }

    private func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard self != .roman else { return scalar }
        let value = scalar.value
        if let exception = exceptions[value] { return exception }
        let base: UInt32?
        switch value {
        case 0x41...0x5A: base = upperStart.map { $0 + value - 0x41 }
        case 0x61...0x7A: base = lowerStart.map { $0 + value - 0x61 }
        case 0x30...0x39: base = digitStart + value - 0x30
        default: base = nil
        }
        return base.flatMap(Unicode.Scalar.init) ?? scalar
    }

    private var upperStart: UInt32? { self == .bold ? 0x1D400 : 0x1D538 }
    private var lowerStart: UInt32? { self == .bold ? 0x1D41A : 0x1D552 }
    private var digitStart: UInt32 { self == .bold ? 0x1D7CE : 0x1D7D8 }

    /// Letters that Unicode encodes outside the block (the holes in double-struck capitals).
    private var exceptions: [UInt32: Unicode.Scalar] {
        guard self == .doubleStruck else { return [:] }
        return [0x43: "ℂ", 0x48: "ℍ", 0x4E: "ℕ", 0x50: "ℙ", 0x51: "ℚ", 0x52: "ℝ", 0x5A: "ℤ"]
    }

    /// `node` with the identifiers and numbers in it mapped to this alphabet.
    func apply(to node: MathNode) -> MathNode {
        switch node {
        case .identifier(let text, let upright): .identifier(map(text), upright: upright || self == .roman)
        case .number(let text): .number(map(text))
        case .row(let children): .row(children.map(apply))
        case .scripts(let base, let sub, let sup, let limits):
            .scripts(base: apply(to: base), sub: sub.map(apply), sup: sup.map(apply), limits: limits)
        case .fraction(let numerator, let denominator):
            .fraction(numerator: apply(to: numerator), denominator: apply(to: denominator))
        case .root(let radicand, let index): .root(apply(to: radicand), index: index.map(apply))
        case .accent(let base, let accent): .accent(apply(to: base), accent)
        case .fenced(let open, let body, let close): .fenced(open: open, body: body.map(apply), close: close)
        default: node
        }
    }
}
