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
    /// `\mathcal`, `\mathscr`: A–Z and a–z in Mathematical Script (digits unchanged).
    case script

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
        case 0x30...0x39: base = digitStart.map { $0 + value - 0x30 }
        default: base = nil
        }
        return base.flatMap(Unicode.Scalar.init) ?? scalar
    }

    private var upperStart: UInt32? {
        switch self {
        case .roman: nil
        case .bold: 0x1D400
        case .doubleStruck: 0x1D538
        case .script: 0x1D49C
        }
    }

    private var lowerStart: UInt32? { upperStart.map { $0 + 26 } }

    private var digitStart: UInt32? {
        switch self {
        case .bold: 0x1D7CE
        case .doubleStruck: 0x1D7D8
        case .roman, .script: nil
        }
    }

    /// Letters that Unicode encodes outside the block (the holes in double-struck and script).
    private var exceptions: [UInt32: Unicode.Scalar] {
        switch self {
        case .doubleStruck: [0x43: "ℂ", 0x48: "ℍ", 0x4E: "ℕ", 0x50: "ℙ", 0x51: "ℚ", 0x52: "ℝ", 0x5A: "ℤ"]
        case .script:
            [
                0x42: "ℬ", 0x45: "ℰ", 0x46: "ℱ", 0x48: "ℋ", 0x49: "ℐ", 0x4C: "ℒ", 0x4D: "ℳ", 0x52: "ℛ",
                0x65: "ℯ", 0x67: "ℊ", 0x6F: "ℴ",
            ]
        case .roman, .bold: [:]
        }
    }

    /// `\mathrm{KL}` is one upright name, `<mi>KL</mi>`, not two letters: adjacent upright
    /// letters are joined (other alphabets keep one letter per identifier, as TeX spaces them).
    private func mergingRomanLetters(_ nodes: [MathNode]) -> [MathNode] {
        guard self == .roman else { return nodes }
        var result: [MathNode] = []
        for node in nodes {
            if case .identifier(let text, true) = node, text.allSatisfy(\.isLetter),
                case .identifier(let previous, true)? = result.last, previous.allSatisfy(\.isLetter)
            {
                result[result.count - 1] = .identifier(previous + text, upright: true)
            } else {
                result.append(node)
            }
        }
        return result
    }

    /// `node` with the identifiers and numbers in it mapped to this alphabet.
    func apply(to node: MathNode) -> MathNode {
        switch node {
        case .identifier(let text, let upright): .identifier(map(text), upright: upright || self == .roman)
        case .number(let text): .number(map(text))
        case .row(let children): .row(mergingRomanLetters(children.map(apply)))
        case .scripts(let base, let sub, let sup, let limits):
            .scripts(base: apply(to: base), sub: sub.map(apply), sup: sup.map(apply), limits: limits)
        case .fraction(let numerator, let denominator, let displayStyle):
            .fraction(numerator: apply(to: numerator), denominator: apply(to: denominator), displayStyle: displayStyle)
        case .root(let radicand, let index): .root(apply(to: radicand), index: index.map(apply))
        case .accent(let base, let accent): .accent(apply(to: base), accent)
        case .fenced(let open, let body, let close): .fenced(open: open, body: body.map(apply), close: close)
        default: node
        }
    }
}
