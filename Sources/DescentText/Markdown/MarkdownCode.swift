/// Where a Markdown document holds code, found in one pass by the CommonMark 0.30 rules: every
/// part of Descent that must leave code alone (inline references, region markers, the raw-HTML
/// directive, math, pipe tables) asks this one scanner.
///
/// - Blocks (`CodeBlock`): fenced code, indented code and HTML blocks, by line, inside block
///   quotes and list items too (lazy continuation lines included).
/// - Code spans: a run of backticks up to the next run of the same length in the same
///   paragraph or heading; a backslash-escaped backtick does not open one, and an inline HTML
///   tag or autolink that starts first wins, as in CommonMark.
///
/// Known simplifications (none met in a lesson so far): link reference definitions are read as
/// paragraphs, and a code span in a link destination (`[a](`b`)`) is still reported as one.
public struct MarkdownCode: Sendable {
    /// The text the positions refer to.
    public let text: CharacterText
    /// The code and HTML blocks, in document order.
    public let blocks: [CodeBlock]
    /// The code spans, backticks included, as character-index ranges into `text`, in order.
    public let spans: [Range<Int>]
    /// Inline HTML comments (`<!-- … -->` inside a paragraph), as ranges into `text`, in order.
    public let comments: [Range<Int>]
    /// Code spans and inline comments together, in order: the inline text that is not prose.
    public let inlineCode: [Range<Int>]
    /// For each line, the index into `blocks` of the block holding it, if any.
    private let blockOfLine: [Int?]

    /// Scans `markdown`.
    public init(_ markdown: String) {
        self.init(CharacterText(markdown))
    }

    /// Scans `text`.
    public init(_ text: CharacterText) {
        self.text = text
        var scanner = MarkdownBlockScanner(text)
        scanner.scan()
        blocks = scanner.blocks
        let inline = scanner.inlineUnits.map { CodeSpanScanner(text: text, unit: $0).scan() }
        spans = inline.flatMap(\.spans)
        comments = inline.flatMap(\.comments)
        inlineCode = (spans + comments).sorted { $0.lowerBound < $1.lowerBound }
        var lines = [Int?](repeating: nil, count: text.lineCount)
        for (number, block) in blocks.enumerated() {
            for line in block.firstLine...block.lastLine { lines[line] = number }
        }
        blockOfLine = lines
    }

    /// The block holding line `line` (0-based), if any.
    public func block(atLine line: Int) -> CodeBlock? {
        guard line >= 0, line < blockOfLine.count, let number = blockOfLine[line] else { return nil }
        return blocks[number]
    }

    /// Whether line `line` (0-based) belongs to a block that is code (`CodeBlock.isCode`).
    public func isCodeLine(_ line: Int) -> Bool { block(atLine: line)?.isCode ?? false }

    /// The HTML block kind that starts on line `line`, if one does.
    public func htmlBlockStarting(atLine line: Int) -> HTMLBlockKind? {
        guard let block = block(atLine: line), block.firstLine == line, case .html(let kind) = block.kind else {
            return nil
        }
        return kind
    }

    /// The fenced code blocks, in order.
    public var fencedBlocks: [CodeBlock] { blocks.filter { $0.fence != nil } }

    /// The code spans and inline comments (`inlineCode`) that overlap `range`, in order.
    public func inlineCode(overlapping range: Range<Int>) -> ArraySlice<Range<Int>> {
        var low = 0
        var high = inlineCode.count
        while low < high {
            let middle = (low + high) / 2
            if inlineCode[middle].upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < inlineCode.count, inlineCode[end].lowerBound < range.upperBound { end += 1 }
        return inlineCode[low..<end]
    }

    /// Whether the character at `index` is code: on a code line, or in a code span or comment.
    func isCode(at index: Int) -> Bool {
        isCodeLine(text.lineIndex(of: index)) || !inlineCode(overlapping: index..<(index + 1)).isEmpty
    }
}
