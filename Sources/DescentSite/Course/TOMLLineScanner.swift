/// Reads one line of `course.toml`: `key = "value"  # comment`, a comment or nothing.
struct TOMLLineScanner {
    private let characters: [Character]
    private let number: Int
    private var index = 0

    init(line: Substring, number: Int) {
        characters = Array(line)
        self.number = number
    }

    /// The key (with its 1-based column) and string value, nil for a blank or comment line.
    mutating func keyValue() throws(CourseSettingsError) -> (String, Int, String)? {
        skipSpaces()
        guard let first = peek, first != "#" else { return nil }
        if first == "[" { throw error(at: index + 1, "tables are not supported; expected 'key = \"value\"'") }
        let keyColumn = index + 1
        let key = try readKey()
        skipSpaces()
        guard peek == "=" else { throw error(at: index + 1, "expected '=' after key '\(key)'") }
        index += 1
        skipSpaces()
        let value = try readString()
        skipSpaces()
        if let extra = peek, extra != "#" { throw error(at: index + 1, "unexpected '\(extra)' after the value") }
        return (key, keyColumn, value)
    }

    /// An error at the 1-based `column` of this line.
    func error(at column: Int, _ message: String) -> CourseSettingsError {
        CourseSettingsError(line: number, column: column, message: message)
    }

    private var peek: Character? { index < characters.count ? characters[index] : nil }

    private mutating func skipSpaces() {
        while let character = peek, character == " " || character == "\t" { index += 1 }
    }

    private mutating func readKey() throws(CourseSettingsError) -> String {
        if peek == "\"" || peek == "'" { return try readString() }
        let start = index
        while let character = peek, character.isASCII,
            character.isLetter || character.isNumber || character == "_" || character == "-"
        {
            index += 1
        }
        guard index > start else { throw error(at: index + 1, "expected a key such as 'title'") }
        return String(characters[start..<index])
    }

    private mutating func readString() throws(CourseSettingsError) -> String {
        let column = index + 1
        guard let quote = peek, quote == "\"" || quote == "'" else {
            throw error(at: column, "expected a string in double quotes, e.g. \"My course\"")
        }
        if characters[index...].starts(with: [quote, quote, quote]) {
            throw error(at: column, "multi-line strings are not supported")
        }
        index += 1
        var value = ""
        while let character = peek {
            index += 1
            if character == quote { return value }
            if character == "\\", quote == "\"" {
                value.append(try readEscape())
            } else {
                value.append(character)
            }
        }
        throw error(at: column, "unterminated string")
    }

    private mutating func readEscape() throws(CourseSettingsError) -> Character {
        let column = index
        guard let code = peek else { throw error(at: column, "unterminated string") }
        index += 1
        switch code {
        case "\"": return "\""
        case "\\": return "\\"
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "b": return "\u{8}"
        case "f": return "\u{C}"
        case "u", "U":
            let length = code == "u" ? 4 : 8
            let digits = String(characters[index..<min(index + length, characters.count)])
            guard digits.count == length, let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value)
            else {
                throw error(at: column, "invalid unicode escape '\\\(code)\(digits)'")
            }
            index += length
            return Character(scalar)
        default:
            throw error(at: column, "invalid escape '\\\(code)'")
        }
    }
}
