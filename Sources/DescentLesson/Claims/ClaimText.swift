/// An `expect:` line as written and in the spelling the claim parser reads (`≤` → `<=`, `≥` →
/// `>=`, `~=` → `≈`, `+-` → `±`, `−` → `-`), with the way back from a position in the
/// normalised text to the written one, so an error can point at the word the author typed.
struct ClaimText {
    let original: String
    let normalised: String
    /// For each character of ``normalised``, the offset of the written character it came from.
    private let origins: [Int]

    private static let replacements: [(String, String)] = [
        ("≤", "<="), ("≥", ">="), ("~=", "≈"), ("+-", "±"), ("−", "-"),
    ]

    init(_ text: String) {
        original = text
        var normalised = ""
        var origins: [Int] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let rest = characters[index...]
            if let (from, to) = Self.replacements.first(where: { rest.starts(with: Array($0.0)) }) {
                normalised += to
                origins += Array(repeating: index, count: to.count)
                index += from.count
            } else {
                normalised.append(characters[index])
                origins.append(index)
                index += 1
            }
        }
        self.normalised = normalised
        self.origins = origins
    }

    /// The written offset of the normalised character at `offset`.
    func originalOffset(_ offset: Int) -> Int {
        origins.indices.contains(offset) ? origins[offset] : original.count
    }

    /// The words of `text` split on spaces, each with its offset in `text`.
    static func words(_ text: String) -> [(text: String, offset: Int)] {
        var words: [(text: String, offset: Int)] = []
        var current = ""
        var start = 0
        for (offset, character) in text.enumerated() {
            if character == " " {
                if !current.isEmpty { words.append((current, start)) }
                current = ""
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
        }
        if !current.isEmpty { words.append((current, start)) }
        return words
    }
}
