/// Finds the lines of Markdown that are code, where `$` never starts math.
///
/// A line-based approximation of CommonMark's block structure, good for lessons: fenced code
/// blocks (``` or ~~~, up to three spaces of indentation, closed by a fence of the same
/// character at least as long), indented code blocks (four or more spaces past the enclosing
/// list item's content, after a blank line), and HTML blocks that hold raw text
/// (`<pre>`, `<script>`, `<style>`, `<textarea>`). Block-quote markers (`>`) are looked through.
struct MathCodeLines {
    private var fence: (marker: Character, length: Int)?
    private var htmlEnd: String?
    private var previousBlank = true
    private var inIndentedCode = false
    private var listIndent = 0

    /// For each line of `text`, whether it is code.
    static func classify(_ text: MathSourceText) -> [Bool] {
        var scanner = MathCodeLines()
        return (0..<text.lineCount).map { scanner.isCode(text.line($0)) }
    }

    private mutating func isCode(_ rawLine: ArraySlice<Character>) -> Bool {
        let line = Self.withoutQuoteMarkers(rawLine)
        if let open = fence {
            if Self.closes(line, open) { fence = nil }
            return true
        }
        if let end = htmlEnd {
            if String(line).lowercased().contains(end) { htmlEnd = nil }
            return true
        }
        guard line.contains(where: { !$0.isWhitespace }) else {
            previousBlank = true
            return inIndentedCode
        }
        defer { previousBlank = false }
        let indent = Self.indentation(line)
        if indent >= listIndent + 4, previousBlank || inIndentedCode {
            inIndentedCode = true
            return true
        }
        inIndentedCode = false
        if indent < listIndent, previousBlank { listIndent = 0 }
        return opensBlock(line, indent: indent)
    }

    /// Whether `line` opens a fence or a raw-text HTML block, possibly after a list marker.
    private mutating func opensBlock(_ line: ArraySlice<Character>, indent: Int) -> Bool {
        var rest = line.drop { $0 == " " || $0 == "\t" }
        if let width = Self.listMarkerWidth(rest) {
            let afterMarker = rest.dropFirst(width)
            let spaces = afterMarker.prefix { $0 == " " || $0 == "\t" }.count
            rest = afterMarker.dropFirst(spaces)
            listIndent = indent + width + (rest.isEmpty || spaces > 4 ? 1 : spaces)
        } else if indent - min(indent, listIndent) > 3 {
            return false
        }
        if let opened = Self.openingFence(rest) {
            fence = opened
            return true
        }
        if let end = Self.rawHTMLEnd(rest) {
            if !String(rest).lowercased().contains(end) { htmlEnd = end }
            return true
        }
        return false
    }

    private static func withoutQuoteMarkers(_ line: ArraySlice<Character>) -> ArraySlice<Character> {
        var rest = line
        while true {
            let trimmed = rest.drop { $0 == " " }
            guard rest.count - trimmed.count <= 3, trimmed.first == ">" else { return rest }
            rest = trimmed.dropFirst()
            if rest.first == " " { rest = rest.dropFirst() }
        }
    }

    /// The width of leading white space in columns, tabs advancing to the next multiple of 4.
    static func indentation(_ line: ArraySlice<Character>) -> Int {
        var columns = 0
        for character in line {
            if character == " " { columns += 1 } else if character == "\t" { columns += 4 - columns % 4 } else { break }
        }
        return columns
    }

    /// The width of a list marker (`-`, `+`, `*`, `1.`, `1)`) at the start of `text`, if any.
    private static func listMarkerWidth(_ text: ArraySlice<Character>) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }.count
        let width: Int
        if let first = text.first, "-+*".contains(first) {
            width = 1
        } else if (1...9).contains(digits), let mark = text.dropFirst(digits).first, mark == "." || mark == ")" {
            width = digits + 1
        } else {
            return nil
        }
        let after = text.dropFirst(width).first
        return after == nil || after == " " || after == "\t" ? width : nil
    }

    private static func openingFence(_ text: ArraySlice<Character>) -> (marker: Character, length: Int)? {
        guard let marker = text.first, marker == "`" || marker == "~" else { return nil }
        let length = text.prefix { $0 == marker }.count
        guard length >= 3 else { return nil }
        if marker == "`", text.dropFirst(length).contains("`") { return nil }
        return (marker, length)
    }

    private static func closes(_ line: ArraySlice<Character>, _ fence: (marker: Character, length: Int)) -> Bool {
        let rest = line.drop { $0 == " " || $0 == "\t" }
        let length = rest.prefix { $0 == fence.marker }.count
        return length >= fence.length && rest.dropFirst(length).allSatisfy(\.isWhitespace)
    }

    private static func rawHTMLEnd(_ text: ArraySlice<Character>) -> String? {
        let lowered = String(text.prefix(12)).lowercased()
        for tag in ["script", "pre", "style", "textarea"] where lowered.hasPrefix("<" + tag) {
            let next = lowered.dropFirst(tag.count + 1).first
            if next == nil || next == " " || next == ">" || next == "\t" { return "</\(tag)>" }
        }
        return nil
    }
}
