/// The line-level syntax of GFM pipe tables: rows split into cells, the delimiter row, and
/// the lines that end a table.
///
/// Deliberately a little stricter than GFM so that no CommonMark document changes meaning:
/// the header and delimiter rows must both contain an unescaped `|` (so `Foo` over `---`
/// stays a setext heading), and a row is at most three spaces indented past `indent`.
enum PipeTableSyntax {
    /// The cells of a row: an optional leading and trailing `|` are dropped, the rest is split
    /// at every `|` not escaped by `\`, each cell is trimmed and `\|` becomes `|`. Nil when
    /// the line has no unescaped pipe.
    static func cells(_ line: Substring) -> [String]? {
        var text = line.trimmingSpaces()
        guard splitAtPipes(text).count > 1 else { return nil }
        if text.first == "|" { text = text.dropFirst() }
        if text.last == "|", !isEscaped(text, before: text.index(before: text.endIndex)) {
            text = text.dropLast()
        }
        return splitAtPipes(text).map { $0.trimmingSpaces().replacingAll("\\|", with: "|") }
    }

    /// The alignments of a delimiter row (`| :-- | --: |`), nil if `line` is not one.
    static func delimiterRow(_ line: Substring) -> [PipeTable.Alignment]? {
        // Any byte but these leaves a cell that is not dashes (a `\|` leaves a `|`): most lines
        // are turned down here, without being split into cells.
        guard line.utf8.allSatisfy({ delimiterRowBytes.contains($0) }), let cells = cells(line) else { return nil }
        var alignments: [PipeTable.Alignment] = []
        for cell in cells {
            let left = cell.hasPrefix(":")
            let right = cell.hasSuffix(":") && cell.count > 1
            let dashes = cell.dropFirst(left ? 1 : 0).dropLast(right ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return alignments
    }

    private static let delimiterRowBytes: Set<UInt8> = Set(" \t|:-".utf8)

    /// Whether `line` starts a block that interrupts a table body: a block quote, an ATX
    /// heading, a thematic break, a list item or an HTML tag at the start of the line.
    static func interrupts(_ line: Substring) -> Bool {
        let text = line.trimmingSpaces()
        guard let first = text.first else { return true }
        if first == ">" || first == "<" { return true }
        if first == "#" {
            let hashes = text.prefix { $0 == "#" }.count
            return hashes <= 6 && (text.count == hashes || text.dropFirst(hashes).first?.isWhitespace == true)
        }
        let compact = text.filter { $0 != " " && $0 != "\t" }
        if let marker = compact.first, "-*_".contains(marker), compact.count >= 3,
            compact.allSatisfy({ $0 == marker })
        {
            return true
        }
        if "-+*".contains(first), text.dropFirst().first?.isWhitespace ?? true { return !text.contains("|") }
        return false
    }

    /// Whether `line` is an ATX heading (after which a table may start without a blank line).
    static func isATXHeading(_ line: Substring) -> Bool {
        let text = line.trimmingSpaces()
        return text.first == "#" && interrupts(line)
    }

    /// The width of `line`'s leading spaces and tabs, in columns.
    static func indentation(_ line: Substring) -> Int {
        var columns = 0
        for character in line {
            if character == " " { columns += 1 } else if character == "\t" { columns += 4 - columns % 4 } else { break }
        }
        return columns
    }

    private static func splitAtPipes(_ text: Substring) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\\" {
                index = text.index(after: index)
                if index < text.endIndex { index = text.index(after: index) }
                continue
            }
            if text[index] == "|" {
                parts.append(text[start..<index])
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        parts.append(text[start...])
        return parts
    }

    private static func isEscaped(_ text: Substring, before index: Substring.Index) -> Bool {
        var backslashes = 0
        var position = index
        while position > text.startIndex {
            position = text.index(before: position)
            guard text[position] == "\\" else { break }
            backslashes += 1
        }
        return backslashes % 2 == 1
    }
}

extension Substring {
    /// The substring without leading and trailing spaces and tabs.
    func trimmingSpaces() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}
