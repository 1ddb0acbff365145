/// The presentation tree of a formula, between the TeX parser and the MathML writer.
///
/// Each case corresponds to one MathML Core construct; the writer maps them one to one.
indirect enum MathNode: Equatable, Sendable {
    /// `<mi>`: a variable or symbol; `upright` asks for `mathvariant="normal"` on one character.
    case identifier(String, upright: Bool)
    /// `<mn>`
    case number(String)
    /// `<mo>`
    case `operator`(MathOperator)
    /// `<mo>` for `\sum`, `\int` …; `limits` says whether display style puts scripts above/below.
    case largeOperator(String, limits: Bool)
    /// `<mi>` for `\sin`, `\max` …, followed by an invisible function application.
    case function(String, limits: Bool)
    /// `<mtext>`
    case text(String)
    /// `<mspace width=…>`
    case space(width: String)
    /// `<mrow>`, or the only child when there is one.
    case row([MathNode])
    /// `<msub>`/`<msup>`/`<msubsup>`, or `<munder>`/`<mover>`/`<munderover>` when `limits`.
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?, limits: Bool)
    /// `<mfrac>`
    case fraction(numerator: MathNode, denominator: MathNode)
    /// `<msqrt>` without an index, `<mroot>` with one.
    case root(MathNode, index: MathNode?)
    /// `<mover accent="true">`
    case accent(MathNode, MathOperator)
    /// `\left … \right`: an `<mrow>` between two stretchy fences (nil for `\left.`).
    case fenced(open: MathOperator?, body: [MathNode], close: MathOperator?)
    /// `<mtable>`
    case table(MathTable)
    /// `<merror>` showing the offending TeX.
    case error(String)

    /// Whether the node is (a scripted) `\sin`-like function, to be followed by U+2061.
    var isFunction: Bool {
        switch self {
        case .function: true
        case .scripts(let base, _, _, _): base.isFunction
        default: false
        }
    }

    /// Whether the node starts with an operator, so a function before it needs no thin space.
    var startsWithOperator: Bool {
        switch self {
        case .operator, .largeOperator, .fenced, .space: true
        case .scripts(let base, _, _, _): base.startsWithOperator
        default: false
        }
    }
}

/// The text and attributes of one `<mo>` element.
struct MathOperator: Equatable, Sendable {
    /// Where a fence sits relative to its operand.
    enum Form: String, Sendable {
        case prefix, postfix
    }

    /// The operator character(s).
    var text: String
    /// An explicit `form`, for symbols such as `|` whose role the position cannot tell.
    var form: Form? = nil
    /// An explicit `stretchy`; nil leaves the operator dictionary's default.
    var stretchy: Bool? = nil
    /// Whether to mark the operator `fence="true"` (for `\left`/`\right` and `\lvert`-style).
    var fence: Bool = false
}

/// An `<mtable>`: rows of cells and how the columns are aligned.
struct MathTable: Equatable, Sendable {
    /// How cells line up within their columns.
    enum Alignment: Equatable, Sendable {
        /// `aligned`: columns alternate right, left, right, left …, with no gap inside a pair.
        case alternating
        /// `matrix`, `gathered`: every column centred.
        case centered
        /// `cases`: every column flush left.
        case left
    }

    /// The cells, row by row; each cell is the list of nodes in it.
    var rows: [[[MathNode]]]
    /// How cells line up.
    var alignment: Alignment
    /// Whether the table is set in display style (`aligned`, `gathered`).
    var displayStyle: Bool
}
