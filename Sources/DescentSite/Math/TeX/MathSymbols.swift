/// The control sequences the converter knows, by what they become in MathML.
enum MathSymbols {
    /// Commands that become `<mi>`: Greek letters and symbols that act like variables.
    /// Uppercase Greek and `\nabla` are upright, as TeX sets them.
    static let identifiers: [String: (text: String, upright: Bool)] = {
        var table: [String: (text: String, upright: Bool)] = [:]
        for (name, letter) in lowercaseGreek { table[name] = (letter, false) }
        for (name, letter) in uppercaseGreek { table[name] = (letter, true) }
        let others: [String: (text: String, upright: Bool)] = [
            "nabla": ("∇", true), "partial": ("∂", false), "infty": ("∞", false),
            "ell": ("ℓ", false), "hbar": ("ℏ", false), "emptyset": ("∅", true),
            "varnothing": ("∅", true), "Re": ("ℜ", true), "Im": ("ℑ", true), "aleph": ("ℵ", true),
            "top": ("⊤", true), "bot": ("⊥", true), "angle": ("∠", true), "$": ("$", true),
        ]
        return table.merging(others) { first, _ in first }
    }()

    private static let lowercaseGreek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ",
        "varepsilon": "ε", "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι",
        "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π",
        "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ",
        "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    ]

    private static let uppercaseGreek: [String: String] = [
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]

    /// Commands that become a plain `<mo>`: binary operators, relations, arrows, dots.
    static let operators: [String: String] = [
        "cdot": "⋅", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "ast": "∗", "star": "⋆",
        "circ": "∘", "bullet": "∙", "oplus": "⊕", "otimes": "⊗", "odot": "⊙", "cup": "∪",
        "cap": "∩", "setminus": "∖", "wedge": "∧", "land": "∧", "vee": "∨", "lor": "∨",
        "neg": "¬", "lnot": "¬", "approx": "≈", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥",
        "ne": "≠", "neq": "≠", "equiv": "≡", "sim": "∼", "simeq": "≃", "cong": "≅",
        "propto": "∝", "ll": "≪", "gg": "≫", "in": "∈", "notin": "∉", "ni": "∋",
        "subset": "⊂", "supset": "⊃", "subseteq": "⊆", "supseteq": "⊇", "mid": "∣",
        "parallel": "∥", "perp": "⟂", "coloneqq": "≔", "doteq": "≐", "lt": "<", "gt": ">",
        "leqslant": "⩽", "geqslant": "⩾", "prec": "≺", "succ": "≻", "leftarrow": "←",
        "gets": "←", "rightarrow": "→", "to": "→", "leftrightarrow": "↔", "Leftarrow": "⇐",
        "Rightarrow": "⇒", "Leftrightarrow": "⇔", "implies": "⟹", "impliedby": "⟸",
        "iff": "⟺", "mapsto": "↦", "longrightarrow": "⟶", "longleftarrow": "⟵",
        "Longrightarrow": "⟹", "longmapsto": "⟼", "uparrow": "↑", "downarrow": "↓",
        "ldots": "…", "dots": "…", "cdots": "⋯", "vdots": "⋮", "ddots": "⋱", "forall": "∀",
        "exists": "∃", "nexists": "∄", "prime": "′", "colon": ":", "%": "%", "&": "&",
        "#": "#", "_": "_",
    ]

    /// Delimiters written as commands; usable on their own and after `\left`/`\right`.
    static let delimiters: [String: MathOperator] = [
        "{": MathOperator(text: "{"), "}": MathOperator(text: "}"),
        "lbrace": MathOperator(text: "{"), "rbrace": MathOperator(text: "}"),
        "lbrack": MathOperator(text: "["), "rbrack": MathOperator(text: "]"),
        "langle": MathOperator(text: "⟨"), "rangle": MathOperator(text: "⟩"),
        "lfloor": MathOperator(text: "⌊"), "rfloor": MathOperator(text: "⌋"),
        "lceil": MathOperator(text: "⌈"), "rceil": MathOperator(text: "⌉"),
        "vert": MathOperator(text: "|"), "Vert": MathOperator(text: "‖"),
        "|": MathOperator(text: "‖"),
        "lvert": MathOperator(text: "|", form: .prefix), "rvert": MathOperator(text: "|", form: .postfix),
        "lVert": MathOperator(text: "‖", form: .prefix), "rVert": MathOperator(text: "‖", form: .postfix),
    ]

    /// Big operators; `limits` is whether display style puts their scripts above and below.
    static let largeOperators: [String: (text: String, limits: Bool)] = [
        "sum": ("∑", true), "prod": ("∏", true), "coprod": ("∐", true), "bigcup": ("⋃", true),
        "bigcap": ("⋂", true), "bigoplus": ("⨁", true), "bigotimes": ("⨂", true),
        "bigvee": ("⋁", true), "bigwedge": ("⋀", true), "int": ("∫", false),
        "iint": ("∬", false), "iiint": ("∭", false), "oint": ("∮", false),
    ]

    /// Function names set upright (`\sin`); `limits` as for `largeOperators`.
    static let functions: [String: (text: String, limits: Bool)] = {
        var table: [String: (text: String, limits: Bool)] = [:]
        for name in [
            "sin", "cos", "tan", "cot", "sec", "csc", "sinh", "cosh", "tanh", "coth",
            "arcsin", "arccos", "arctan", "log", "ln", "lg", "exp", "arg", "deg", "dim",
            "hom", "ker",
        ] {
            table[name] = (name, false)
        }
        for name in ["lim", "max", "min", "sup", "inf", "det", "gcd", "Pr"] {
            table[name] = (name, true)
        }
        table["liminf"] = ("lim inf", true)
        table["limsup"] = ("lim sup", true)
        table["argmin"] = ("arg min", true)
        table["argmax"] = ("arg max", true)
        return table
    }()

    /// Spacing commands and their widths.
    static let spaces: [String: String] = [
        ",": "0.1667em", "thinspace": "0.1667em", ":": "0.2222em", ">": "0.2222em",
        "medspace": "0.2222em", ";": "0.2778em", "thickspace": "0.2778em", "!": "-0.1667em",
        " ": "0.3333em", "enspace": "0.5em", "quad": "1em", "qquad": "2em",
    ]

    /// Accents set over their argument: the accent character and whether it stretches.
    static let accents: [String: (text: String, stretchy: Bool)] = [
        "hat": ("^", false), "check": ("ˇ", false), "tilde": ("~", false), "bar": ("¯", false),
        "vec": ("→", false), "dot": ("˙", false), "ddot": ("¨", false), "acute": ("´", false),
        "grave": ("`", false), "breve": ("˘", false), "widehat": ("^", true),
        "widetilde": ("~", true), "overline": ("‾", true), "overrightarrow": ("→", true),
    ]

    /// The height and role of a delimiter set at a fixed size (`\big(`, `\Bigl[`, `\biggr)`).
    struct DelimiterSize: Sendable {
        /// `minsize` and `maxsize`: TeX's sizes (about 1.2, 1.8, 2.4 and 3.0 times the body size).
        var height: String
        /// `\bigl` opens, `\bigr` closes; `\big` leaves the role to the position.
        var form: MathOperator.Form?
    }

    /// `\big`, `\Big`, `\bigg`, `\Bigg`, each also with `l`, `m` and `r`.
    static let delimiterSizes: [String: DelimiterSize] = {
        var table: [String: DelimiterSize] = [:]
        let heights = ["big": "1.2em", "Big": "1.8em", "bigg": "2.4em", "Bigg": "3em"]
        let forms: [String: MathOperator.Form?] = ["": nil, "l": .prefix, "m": .infix, "r": .postfix]
        for (name, height) in heights {
            for (suffix, form) in forms { table[name + suffix] = DelimiterSize(height: height, form: form) }
        }
        return table
    }()

    /// Commands with their own grammar, handled by the parser.
    static let structural: Set<String> = [
        "frac", "dfrac", "tfrac", "sqrt", "text", "textrm", "mathrm", "mathbf", "mathbb", "mathcal", "mathscr",
        "operatorname", "left", "right", "begin", "end", "limits", "nolimits", "\\",
    ]

    /// Environments accepted by `\begin`.
    static let environments: [String] = [
        "aligned", "align", "align*", "gathered", "matrix", "pmatrix", "bmatrix", "vmatrix", "cases",
    ]

    /// Every known command name, sorted, for "did you mean" suggestions.
    static let allCommands: [String] = {
        var names = Set(identifiers.keys).union(operators.keys).union(delimiters.keys)
        names.formUnion(largeOperators.keys)
        names.formUnion(functions.keys)
        names.formUnion(spaces.keys)
        names.formUnion(accents.keys)
        names.formUnion(delimiterSizes.keys)
        names.formUnion(structural)
        return names.sorted()
    }()

    /// The `<mo>` for an ASCII symbol typed directly; `-` becomes U+2212 and `*` U+2217.
    /// Brackets and bars keep their natural size, as in TeX. `/` and `.` are ordinary symbols
    /// in TeX, set without space; the operator dictionary would space them (`/` as a binary
    /// operator, `.` by its default for unknown operators).
    static func symbolOperator(_ character: Character) -> MathOperator {
        switch character {
        case "-": MathOperator(text: "\u{2212}")
        case "*": MathOperator(text: "\u{2217}")
        case "/", ".": MathOperator(text: String(character), spacing: MathOperator.Spacing.none)
        case "(", ")", "[", "]", "|": MathOperator(text: String(character), stretchy: false)
        default: MathOperator(text: String(character))
        }
    }
}
