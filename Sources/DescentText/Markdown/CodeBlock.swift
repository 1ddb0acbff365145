/// A block of a Markdown document whose lines are not prose: a fenced or indented code block,
/// or an HTML block.
public struct CodeBlock: Sendable, Equatable {
    /// What kind of block it is.
    public enum Kind: Sendable, Equatable {
        case fenced(Fence)
        case indented
        case html(HTMLBlockKind)
    }

    /// The opening line of a fenced code block, taken apart.
    public struct Fence: Sendable, Equatable {
        /// The info string after the opening fence, trimmed.
        public var info: String
        /// 1-based character column where the info string starts on the opening line.
        public var infoColumn: Int
        /// Columns of indentation before the opening fence, counted from the block's container.
        public var indent: Int
        /// 0-based index of the closing fence line; nil when the block runs to the end of its
        /// container or of the document.
        public var closingLine: Int?
    }

    /// Fenced (with its fence), indented, or an HTML block of some kind.
    public var kind: Kind
    /// 0-based index of the block's first line.
    public var firstLine: Int
    /// 0-based index of the block's last line (the closing fence of a fenced block).
    public var lastLine: Int
    /// Whether the block sits inside a block quote or a list item rather than at the top level.
    public var isNested: Bool

    /// The fence, for a fenced code block.
    public var fence: Fence? {
        if case .fenced(let fence) = kind { return fence }
        return nil
    }

    /// Whether the block's lines are code, never read as Markdown prose: fenced and indented
    /// code, and HTML blocks of kinds 1–5 (`HTMLBlockKind.isCode`).
    public var isCode: Bool {
        if case .html(let kind) = kind { return kind.isCode }
        return true
    }
}
