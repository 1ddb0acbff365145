/// A position in one line of Markdown that knows its column, for matching block prefixes
/// (indentation, `>` markers, list markers) the way CommonMark counts them: a tab advances to
/// the next multiple of four columns.
struct LineCursor {
    let characters: [Character]
    /// The current character index into `characters`.
    var index: Int
    /// The line's end (exclusive).
    let end: Int
    /// The column of `index`, counting from 0 at the start of the line.
    var column = 0

    init(_ text: CharacterText, line: Int) {
        characters = text.characters
        let range = text.lineRange(line)
        // A byte-order mark at the start of the document is not text (cmark skips it too).
        index = range.lowerBound + (line == 0 && text.characters.first == "\u{FEFF}" ? 1 : 0)
        end = range.upperBound
    }

    /// The character at the cursor, nil at the end of the line.
    var current: Character? { index < end ? characters[index] : nil }

    /// The character `offset` places after the cursor, nil past the line's end.
    func peek(_ offset: Int) -> Character? { index + offset < end ? characters[index + offset] : nil }

    /// Whether only spaces and tabs remain.
    var restIsBlank: Bool { characters[index..<end].allSatisfy { $0 == " " || $0 == "\t" } }

    /// The width in columns of the spaces and tabs at the cursor.
    var indentWidth: Int {
        var width = 0
        var position = index
        while position < end {
            if characters[position] == " " {
                width += 1
            } else if characters[position] == "\t" {
                width += 4 - (column + width) % 4
            } else {
                break
            }
            position += 1
        }
        return width
    }

    /// Moves past one character.
    mutating func advance() {
        guard index < end else { return }
        column += characters[index] == "\t" ? 4 - column % 4 : 1
        index += 1
    }

    /// Moves past white space up to `target` column (a tab that crosses it is consumed whole).
    mutating func advance(toColumn target: Int) {
        while column < target, let character = current, character == " " || character == "\t" { advance() }
    }

    /// Moves past all leading spaces and tabs.
    mutating func skipWhitespace() {
        while let character = current, character == " " || character == "\t" { advance() }
    }

    /// The rest of the line.
    var rest: ArraySlice<Character> { characters[index..<end] }
}
