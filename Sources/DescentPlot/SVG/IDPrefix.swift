/// Turns a caller's id prefix into a valid XML id and CSS identifier.
public enum IDPrefix {
    /// Keeps ASCII letters, digits, `-` and `_`, replaces anything else with `-`, and prepends
    /// `c` when the result would not start with a letter. An empty prefix becomes `chart`.
    public static func sanitized(_ prefix: String) -> String {
        let mapped = String(
            prefix.unicodeScalars.map { scalar -> Character in
                let isAllowed =
                    scalar.isASCII
                    && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
                        || scalar == "_")
                return isAllowed ? Character(scalar) : "-"
            })
        guard let first = mapped.unicodeScalars.first else { return "chart" }
        return first.properties.isAlphabetic ? mapped : "c" + mapped
    }
}
