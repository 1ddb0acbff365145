/// The text inside `\text{…}`, made ready for an `<mtext>` element.
enum MathTextMode {
    private static let escapes: [Character: String] = [
        "{": "{", "}": "}", "$": "$", "%": "%", "&": "&", "_": "_", "#": "#", "\\": " ",
        ",": "\u{2009}", ";": " ", ":": " ", " ": " ",
    ]

    /// `raw` with TeX escapes (`\{`, `\%`, `\,` …) resolved and runs of white space collapsed to
    /// one space. Leading and trailing spaces become no-break spaces, because MathML would
    /// otherwise trim them (`\text{ if }` keeps its margins).
    static func normalize(_ raw: String) -> String {
        var text = ""
        var characters = raw.makeIterator()
        while let character = characters.next() {
            if character == "\\", let next = characters.next() {
                text += escapes[next] ?? "\\\(next)"
            } else {
                text.append(character.isWhitespace ? " " : character)
            }
        }
        return padded(collapsed(text))
    }

    private static func collapsed(_ text: String) -> String {
        var result = ""
        for character in text where !(character == " " && result.last == " ") {
            result.append(character)
        }
        return result
    }

    private static func padded(_ text: String) -> String {
        var result = text
        if result.hasPrefix(" ") { result = "\u{00A0}" + result.dropFirst() }
        if result.hasSuffix(" ") { result = result.dropLast() + "\u{00A0}" }
        return result
    }
}
