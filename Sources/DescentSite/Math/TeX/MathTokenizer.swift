/// Splits TeX math into tokens, dropping white space and `%` comments.
enum MathTokenizer {
    /// The tokens of `source`, a TeX formula given as characters.
    static func tokens(_ source: [Character]) -> [MathToken] {
        var tokens: [MathToken] = []
        var index = 0
        while index < source.count {
            let character = source[index]
            if character.isWhitespace {
                index += 1
            } else if character == "%" {
                while index < source.count, !isLineEnd(source[index]) { index += 1 }
            } else if character == "\\" {
                let (name, end) = commandName(source, after: index)
                tokens.append(MathToken(kind: .command(name), offset: index))
                index = end
            } else if character.isASCII, character.isNumber {
                let end = numberEnd(source, from: index)
                let text = String(source[index..<end])
                tokens.append(MathToken(kind: .number(text), offset: index))
                index = end
            } else {
                tokens.append(MathToken(kind: kind(of: character), offset: index))
                index += 1
            }
        }
        return tokens
    }

    private static func kind(of character: Character) -> MathToken.Kind {
        switch character {
        case "{": .beginGroup
        case "}": .endGroup
        case "^": .superscript
        case "_": .subscript
        case "&": .alignmentTab
        case "'": .prime
        case "~": .tie
        default: character.isLetter ? .letter(character) : .symbol(character)
        }
    }

    /// The name of the control sequence whose backslash is at `start`, and the index after it.
    /// A backslash at the very end gives the empty name.
    private static func commandName(_ source: [Character], after start: Int) -> (String, Int) {
        var end = start + 1
        guard end < source.count else { return ("", end) }
        guard isASCIILetter(source[end]) else { return (String(source[end]), end + 1) }
        while end < source.count, isASCIILetter(source[end]) { end += 1 }
        return (String(source[(start + 1)..<end]), end)
    }

    /// The end of a number starting at `start`: digits, an optional fraction, and an optional
    /// exponent (`e`, an optional sign, digits) written without spaces.
    private static func numberEnd(_ source: [Character], from start: Int) -> Int {
        var end = digitsEnd(source, from: start)
        if end + 1 < source.count, source[end] == ".", isDigit(source[end + 1]) {
            end = digitsEnd(source, from: end + 1)
        }
        guard end < source.count, source[end] == "e" || source[end] == "E" else { return end }
        var exponent = end + 1
        if exponent < source.count, source[exponent] == "-" || source[exponent] == "+" {
            exponent += 1
        }
        guard exponent < source.count, isDigit(source[exponent]) else { return end }
        return digitsEnd(source, from: exponent)
    }

    private static func digitsEnd(_ source: [Character], from start: Int) -> Int {
        var end = start
        while end < source.count, isDigit(source[end]) { end += 1 }
        return end
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    private static func isASCIILetter(_ character: Character) -> Bool {
        character.isASCII && character.isLetter
    }

    private static func isLineEnd(_ character: Character) -> Bool {
        character == "\n" || character == "\r" || character == "\r\n"
    }
}
