/// Escapes text for HTML element content and attribute values.
public enum HTMLEscaping {
    /// `text` with `& < > " '` replaced by entities, safe in content and in quoted attributes.
    public static func escape(_ text: String) -> String {
        escape(text, apostrophes: true)
    }

    /// `text` with `& < > "` replaced by entities, and `'` too when `apostrophes` is true.
    ///
    /// Reads Unicode scalars, not characters: a combining mark after `"` or `<` makes one
    /// character of the two, which must not let the quote or bracket through (a browser reads
    /// the quote alone and it would close the attribute).
    ///
    /// MathML passes `false`: its text sits only in element content and double-quoted
    /// attributes, and a TeX annotation keeps its primes (`f'(w)`) readable.
    public static func escape(_ text: String, apostrophes: Bool) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;".unicodeScalars
            case "<": result += "&lt;".unicodeScalars
            case ">": result += "&gt;".unicodeScalars
            case "\"": result += "&quot;".unicodeScalars
            case "'" where apostrophes: result += "&#39;".unicodeScalars
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
