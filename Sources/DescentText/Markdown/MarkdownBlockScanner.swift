/// CommonMark 0.30's block structure (§5), as far as `MarkdownCode` needs it: which lines are
/// code or HTML blocks, and which runs of text are inline content (paragraphs and headings),
/// where code spans can occur.
///
/// Each line first continues the open containers (block quotes, list items), then may open
/// new ones, then continues or opens a leaf block — the two-phase algorithm of the spec's
/// appendix. A line that continues no container but a paragraph is a lazy continuation line.
struct MarkdownBlockScanner {
    private enum Container: Equatable {
        case quote
        /// A list item whose content starts this many columns after its container's content.
        case item(contentOffset: Int)
    }

    private enum Leaf: Equatable {
        case none
        case paragraph
        /// An open fenced block: its index in `blocks`, fence character and length, indent.
        case fenced(block: Int, character: Character, length: Int, indent: Int)
        case indented(block: Int)
        case html(block: Int, kind: HTMLBlockKind)
    }

    let text: CharacterText
    private(set) var blocks: [CodeBlock] = []
    /// Paragraphs and headings: for each, the character ranges of its lines' content.
    private(set) var inlineUnits: [[Range<Int>]] = []
    private var containers: [Container] = []
    private var leaf = Leaf.none

    init(_ text: CharacterText) { self.text = text }

    mutating func scan() {
        // A final line break ends the last line; it does not start an empty one.
        let endsWithBreak = text.characters.last.map(CharacterText.isLineBreak) ?? false
        for line in 0..<(text.lineCount - (endsWithBreak ? 1 : 0)) { scanLine(line) }
    }

    private mutating func scanLine(_ line: Int) {
        var cursor = LineCursor(text, line: line)
        let matched = matchContainers(&cursor)
        let allMatched = matched == containers.count
        if continueOpenLeaf(&cursor, line: line, allMatched: allMatched) { return }
        let opened = openContainers(&cursor, paragraphOpen: leaf == .paragraph)
        if opened.isEmpty, !allMatched, leaf == .paragraph, !cursor.restIsBlank, !interruptsParagraph(cursor) {
            addParagraphLine(cursor)
            return
        }
        if !allMatched || !opened.isEmpty { closeLeaf() }
        containers = Array(containers.prefix(matched)) + opened
        startLeaf(&cursor, line: line)
    }

    // MARK: Containers

    /// Consumes the prefixes of the open containers the line continues; returns how many.
    private func matchContainers(_ cursor: inout LineCursor) -> Int {
        var matched = 0
        for container in containers {
            let base = cursor.column
            switch container {
            case .quote:
                guard cursor.indentWidth <= 3 else { return matched }
                var probe = cursor
                probe.skipWhitespace()
                guard probe.current == ">" else { return matched }
                probe.advance()
                if probe.current == " " || probe.current == "\t" { probe.advance() }
                cursor = probe
            case .item(let contentOffset):
                if cursor.restIsBlank {
                    // A blank line continues a list item.
                } else if cursor.indentWidth >= contentOffset {
                    cursor.advance(toColumn: base + contentOffset)
                } else {
                    return matched
                }
            }
            matched += 1
        }
        return matched
    }

    /// Opens the block quotes and list items that start at the cursor.
    private func openContainers(_ cursor: inout LineCursor, paragraphOpen: Bool) -> [Container] {
        var opened: [Container] = []
        while cursor.indentWidth <= 3, !cursor.restIsBlank {
            let base = cursor.column
            var probe = cursor
            probe.skipWhitespace()
            if probe.current == ">" {
                probe.advance()
                if probe.current == " " || probe.current == "\t" { probe.advance() }
                opened.append(.quote)
                cursor = probe
                continue
            }
            let interrupting = paragraphOpen && opened.isEmpty
            guard !LeafSyntax.isThematicBreak(probe.rest),
                let item = listItem(probe, interruptingParagraph: interrupting)
            else { break }
            opened.append(.item(contentOffset: item.contentColumn - base))
            cursor = item.cursor
        }
        return opened
    }

    /// A list item's marker at `cursor` (after indentation): the content column and the cursor
    /// moved to the content.
    private func listItem(_ start: LineCursor, interruptingParagraph: Bool) -> (contentColumn: Int, cursor: LineCursor)?
    {
        var cursor = start
        let rest = cursor.rest
        var ordered = false
        var number = 0
        if let first = rest.first, "-+*".contains(first) {
            cursor.advance()
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count), let mark = rest.dropFirst(digits.count).first,
                mark == "." || mark == ")"
            else { return nil }
            ordered = true
            number = Int(String(digits)) ?? 0
            for _ in 0...digits.count { cursor.advance() }
        }
        let afterMarker = cursor.column
        guard cursor.current == nil || cursor.current == " " || cursor.current == "\t" else { return nil }
        let blank = cursor.restIsBlank
        if interruptingParagraph, blank || (ordered && number != 1) { return nil }
        let spaces = cursor.indentWidth
        let contentColumn = blank || spaces >= 5 ? afterMarker + 1 : afterMarker + spaces
        if blank { cursor.skipWhitespace() } else { cursor.advance(toColumn: contentColumn) }
        return (contentColumn, cursor)
    }

    // MARK: Leaves

    /// Continues an open fenced, HTML or indented block; true when the line was consumed.
    private mutating func continueOpenLeaf(_ cursor: inout LineCursor, line: Int, allMatched: Bool) -> Bool {
        switch leaf {
        case .fenced(let block, let character, let length, _):
            guard allMatched else {
                closeLeaf()
                return false
            }
            blocks[block].lastLine = line
            if LeafSyntax.closesFence(cursor, character: character, length: length) {
                if case .fenced(var fence) = blocks[block].kind {
                    fence.closingLine = line
                    blocks[block].kind = .fenced(fence)
                }
                leaf = .none
            }
            return true
        case .html(let block, let kind):
            guard allMatched else {
                closeLeaf()
                return false
            }
            if kind.endMarkers == nil, cursor.restIsBlank {
                leaf = .none
                return true
            }
            blocks[block].lastLine = line
            if kind.isEnded(by: cursor.rest) { leaf = .none }
            return true
        case .indented(let block):
            guard allMatched else {
                closeLeaf()
                return false
            }
            if cursor.restIsBlank { return true }
            guard cursor.indentWidth >= 4 else {
                closeLeaf()
                return false
            }
            blocks[block].lastLine = line
            return true
        case .none, .paragraph:
            return false
        }
    }

    /// Starts the leaf block the rest of the line begins (or continues a paragraph).
    private mutating func startLeaf(_ cursor: inout LineCursor, line: Int) {
        if cursor.restIsBlank {
            closeLeaf()
            return
        }
        if cursor.indentWidth >= 4 {
            if leaf == .paragraph {
                addParagraphLine(cursor)
                return
            }
            openBlock(.indented, line: line)
            leaf = .indented(block: blocks.count - 1)
            return
        }
        let indent = cursor.indentWidth
        cursor.skipWhitespace()
        if let fence = LeafSyntax.openingFence(cursor) {
            closeLeaf()
            let infoColumn = fence.infoIndex - text.lineStarts[line] + 1
            let kind = CodeBlock.Fence(info: fence.info, infoColumn: infoColumn, indent: indent, closingLine: nil)
            openBlock(.fenced(kind), line: line)
            leaf = .fenced(block: blocks.count - 1, character: fence.character, length: fence.length, indent: indent)
        } else if let kind = HTMLBlockKind.starting(cursor.rest), kind != .otherTag || leaf != .paragraph {
            closeLeaf()
            openBlock(.html(kind), line: line)
            leaf = kind.isEnded(by: cursor.rest.dropFirst()) ? .none : .html(block: blocks.count - 1, kind: kind)
        } else if let content = LeafSyntax.headingContent(cursor) {
            closeLeaf()
            inlineUnits.append([content])
        } else if leaf == .paragraph, LeafSyntax.isSetextUnderline(cursor.rest) {
            leaf = .none
        } else if LeafSyntax.isThematicBreak(cursor.rest) {
            closeLeaf()
        } else {
            addParagraphLine(cursor)
        }
    }

    /// Whether the rest of a lazy line would start a block that interrupts a paragraph.
    private func interruptsParagraph(_ start: LineCursor) -> Bool {
        guard start.indentWidth <= 3 else { return false }
        var cursor = start
        cursor.skipWhitespace()
        if LeafSyntax.openingFence(cursor) != nil || LeafSyntax.headingContent(cursor) != nil { return true }
        if let kind = HTMLBlockKind.starting(cursor.rest), kind != .otherTag { return true }
        return LeafSyntax.isThematicBreak(cursor.rest)
    }

    private mutating func addParagraphLine(_ start: LineCursor) {
        var cursor = start
        cursor.skipWhitespace()
        if leaf != .paragraph {
            inlineUnits.append([])
            leaf = .paragraph
        }
        inlineUnits[inlineUnits.count - 1].append(cursor.index..<cursor.end)
    }

    private mutating func openBlock(_ kind: CodeBlock.Kind, line: Int) {
        blocks.append(CodeBlock(kind: kind, firstLine: line, lastLine: line, isNested: !containers.isEmpty))
    }

    private mutating func closeLeaf() { leaf = .none }
}
