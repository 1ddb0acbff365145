/// The comment that names a table for screen readers: `<!-- table: Steps of mom-gd -->` on the
/// line right above the table's header. A code host hides it; the site makes it the table's
/// accessible name (`aria-label`) and drops the comment.
enum TableLabel {
    /// The name in `line` when it is exactly such a comment (spaces around it allowed).
    static func name(in line: Substring) -> String? {
        let text = line.trimmingSpaces()
        let opening = "<!-- table:"
        let closing = "-->"
        guard text.hasPrefix(opening), text.hasSuffix(closing), text.count >= opening.count + closing.count else {
            return nil
        }
        let name = text.dropFirst(opening.count).dropLast(closing.count).trimmingSpaces()
        guard !name.isEmpty, !name.contains("--") else { return nil }
        return String(name)
    }
}
