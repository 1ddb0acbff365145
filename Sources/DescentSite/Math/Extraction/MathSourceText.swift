/// Markdown source as characters split into lines, with positions for any character index.
struct MathSourceText {
    /// The whole source.
    let characters: [Character]
    /// The index of the first character of each line.
    let lineStarts: [Int]

    init(_ markdown: String) {
        characters = Array(markdown)
        var starts = [0]
        for (index, character) in characters.enumerated() where Self.isLineBreak(character) {
            starts.append(index + 1)
        }
        lineStarts = starts
    }

    /// Whether `character` ends a line (`\n`, `\r\n` or `\r`, as CommonMark defines it).
    static func isLineBreak(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n" || character == "\r"
    }

    /// The number of lines (a final line break starts an empty last line).
    var lineCount: Int { lineStarts.count }

    /// The characters of line `line` (0-based), without its line break.
    func line(_ line: Int) -> ArraySlice<Character> {
        let end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : characters.count
        return characters[lineStarts[line]..<max(lineStarts[line], end)]
    }

    /// The 0-based line holding the character at `index`.
    func lineIndex(of index: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The 1-based line and column of the character at `index`.
    func position(of index: Int) -> MathSourcePosition {
        let line = lineIndex(of: index)
        return MathSourcePosition(line: line + 1, column: index - lineStarts[line] + 1)
    }

    /// The index just past line `line`'s line break (or the end of the source).
    func endOfLine(_ line: Int) -> Int {
        line + 1 < lineStarts.count ? lineStarts[line + 1] : characters.count
    }
}
