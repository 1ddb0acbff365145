/// Escapes text for HTML element content and attribute values.
public enum HTMLEscaping {
    /// `text` with `& < > " '` replaced by entities, safe in content and in quoted attributes.
    public static func escape(_ text: String) -> String {
        escape(text, apostrophes: true)
    }

    /// `text` with `& < > "` replaced by entities, and `'` too when `apostrophes` is true.
    ///
    /// MathML passes `false`: its text sits only in element content and double-quoted
    /// attributes, and a TeX annotation keeps its primes (`f'(w)`) readable.
    public static func escape(_ text: String, apostrophes: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'" where apostrophes: result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
