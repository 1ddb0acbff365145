extension MathNode {
    /// The node as TeX sets it in a sub- or superscript: binary operators and relations without
    /// their spaces (`\sum_{i=1}`, `x^{t-1}`, `e^{-x/2}`), which MathML's operator dictionary
    /// would otherwise keep at full width in scripts. Fences, signs already marked prefix and
    /// operators with explicit spacing keep theirs, and so do primes; text is left alone.
    var inScriptStyle: MathNode {
        switch self {
        case .operator(var op)
        where op.spacing == nil && op.form == nil && op.stretchy == nil && !op.fence && !Self.primes.contains(op.text):
            op.spacing = MathOperator.Spacing.none
            return .operator(op)
        case .row(let children): return .row(children.map(\.inScriptStyle))
        case .scripts(let base, let sub, let sup, let limits):
            return .scripts(base: base.inScriptStyle, sub: sub, sup: sup, limits: limits)
        case .fraction(let numerator, let denominator, let displayStyle):
            return .fraction(
                numerator: numerator.inScriptStyle, denominator: denominator.inScriptStyle, displayStyle: displayStyle)
        case .root(let radicand, let index): return .root(radicand.inScriptStyle, index: index)
        case .accent(let base, let accent): return .accent(base.inScriptStyle, accent)
        case .fenced(let open, let body, let close):
            return .fenced(open: open, body: body.map(\.inScriptStyle), close: close)
        default: return self
        }
    }

    /// Primes stay as the operator dictionary spaces them (no space), in the plain markup.
    private static let primes: Set<String> = ["′", "″", "‴", "⁗"]
}
