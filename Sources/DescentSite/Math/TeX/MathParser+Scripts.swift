extension MathParser {
    /// The sub- and superscripts, primes and `\limits` that follow `base`.
    ///
    /// `x^a^b` is a TeX error ("double superscript"): it is reported, and the second script is
    /// set on the already scripted `x^a` so nothing is lost.
    func parseScripts(on base: MathNode) -> MathNode {
        var base = base
        var scripts = MathPendingScripts()
        while let token = current {
            switch token.kind {
            case .prime:
                if scripts.upper != nil { base = restart(base, &scripts, token, "superscript") }
                scripts.primes += countPrimes()
            case .superscript, .subscript:
                let isSuper = token.kind == .superscript
                if isSuper ? scripts.upper != nil : scripts.lower != nil {
                    base = restart(base, &scripts, token, isSuper ? "superscript" : "subscript")
                }
                index += 1
                let argument = parseArgument(of: isSuper ? "^" : "_", at: token.offset)
                if isSuper { scripts.upper = argument } else { scripts.lower = argument }
            case .command("limits"), .command("nolimits"):
                index += 1
                setLimits(token, on: base, &scripts)
            default:
                return scripts.attach(to: base, display: display)
            }
        }
        return scripts.attach(to: base, display: display)
    }

    private func restart(
        _ base: MathNode, _ scripts: inout MathPendingScripts, _ token: MathToken, _ kind: String
    ) -> MathNode {
        warn("double \(kind); use braces, as in '{x^a}^b'", at: token.offset)
        let scripted = scripts.attach(to: base, display: display)
        scripts = MathPendingScripts()
        return scripted
    }

    private func countPrimes() -> Int {
        var count = 0
        while current?.kind == .prime {
            count += 1
            index += 1
        }
        return count
    }

    private func setLimits(_ token: MathToken, on base: MathNode, _ scripts: inout MathPendingScripts) {
        switch base {
        case .largeOperator, .function: scripts.limits = token.kind == .command("limits")
        default: warn("'\\limits' and '\\nolimits' must follow an operator such as '\\sum'", at: token.offset)
        }
    }

    /// A token that ends some other construct found where it does not belong: reported, shown
    /// as an error, and consumed (with the delimiter or name that belongs to it).
    func parseStray() -> MathNode {
        guard let token = current else { return .row([]) }
        index += 1
        switch token.kind {
        case .endGroup:
            warn("unbalanced braces: unexpected '}'", at: token.offset)
            return .error("}")
        case .alignmentTab:
            warn("'&' is only allowed inside an environment such as 'aligned'", at: token.offset)
            return .error("&")
        case .command("right"):
            warn("'\\right' without matching '\\left'", at: token.offset)
            _ = parseDelimiter(after: "\\right", at: token.offset)
            return .error("\\right")
        case .command("end"):
            warn("'\\end' without matching '\\begin'", at: token.offset)
            return .error("\\end{\(rawGroupText() ?? "")}")
        case .command(let name):
            warn("'\\\(name)' is only allowed inside an environment such as 'aligned'", at: token.offset)
            return .error("\\" + name)
        default:
            warn("unexpected '\(source[token.offset])'", at: token.offset)
            return .error(String(source[token.offset]))
        }
    }
}

/// The scripts collected for one base while parsing.
struct MathPendingScripts {
    var lower: MathNode?
    var upper: MathNode?
    var primes = 0
    /// An explicit `\limits` (true) or `\nolimits` (false).
    var limits: Bool?

    /// `base` with these scripts, or `base` itself when there are none.
    func attach(to base: MathNode, display: Bool) -> MathNode {
        let sup = combinedSuperscript()
        guard lower != nil || sup != nil else { return base }
        return .scripts(
            base: base, sub: lower?.inScriptStyle, sup: sup?.inScriptStyle,
            limits: limits ?? (display && prefersLimits(base)))
    }

    private func combinedSuperscript() -> MathNode? {
        guard primes > 0 else { return upper }
        let primeCharacters = ["′", "″", "‴", "⁗"]
        let text = primes <= 4 ? primeCharacters[primes - 1] : String(repeating: "′", count: primes)
        let prime = MathNode.operator(MathOperator(text: text))
        guard let upper else { return prime }
        return .row([prime, upper])
    }

    private func prefersLimits(_ base: MathNode) -> Bool {
        switch base {
        case .largeOperator(_, let limits), .function(_, let limits): limits
        default: false
        }
    }
}
