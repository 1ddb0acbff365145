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
    /// `<mfrac>`; `displayStyle` forces display (`\dfrac`) or text (`\tfrac`) size with an
    /// `<mstyle displaystyle=…>` around it, nil (`\frac`) takes the surroundings' style.
    case fraction(numerator: MathNode, denominator: MathNode, displayStyle: Bool?)
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

    /// Whether the node is an operator (not a closing bracket) or a space, so a function after it
    /// needs no thin space.
    var endsWithOperator: Bool {
        switch self {
        case .operator(let op): !(op.form == .postfix || [")", "]", "}", "⟩", "|", "‖", "⌋", "⌉"].contains(op.text))
        case .largeOperator, .space, .function: true
        case .scripts(let base, _, _, _): base.endsWithOperator
        default: false
        }
    }

    /// Whether the node starts with an operator, so a function before it needs no thin space.
    var startsWithOperator: Bool {
        switch self {
        case .operator, .largeOperator, .fenced, .space: true
        case .scripts(let base, _, _, _): base.startsWithOperator
        case .row(let children): children.first?.startsWithOperator ?? false
        default: false
        }
    }
}

/// The text and attributes of one `<mo>` element.
struct MathOperator: Equatable, Sendable {
    /// Where a fence sits relative to its operand.
    enum Form: String, Sendable {
        case prefix, infix, postfix
    }

    /// The operator character(s).
    var text: String
    /// An explicit `form`, for symbols such as `|` whose role the position cannot tell.
    var form: Form? = nil
    /// An explicit `stretchy`; nil leaves the operator dictionary's default.
    var stretchy: Bool? = nil
    /// Whether to mark the operator `fence="true"` (for `\left`/`\right` and `\lvert`-style).
    var fence: Bool = false
    /// Explicit `lspace` and `rspace` (`"0em"`), for symbols the operator dictionary spaces
    /// unlike TeX (`/`, `.`); nil leaves the dictionary's spacing.
    var spacing: Spacing? = nil
    /// A fixed height (`minsize` = `maxsize`) for `\big(` and its kin.
    var size: String? = nil
    /// A `class` for the stylesheet (`math-vec`: `\vec`'s arrow, scaled down to an accent).
    var className: String? = nil

    /// The space an operator takes on its left and right, as MathML lengths.
    struct Spacing: Equatable, Sendable {
        var lspace: String
        var rspace: String

        /// No space on either side: TeX's spacing of an ordinary symbol.
        static let none = Spacing(lspace: "0em", rspace: "0em")
    }
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
