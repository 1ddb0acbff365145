/// The element ids of one page: stable slugs made from text, unique on the page.
///
/// A slug is the text lowercased, with every run of characters other than letters and digits
/// (of any script) turned into one `-` and no `-` at either end; text with no letters or
/// digits gives `section`. The first use of a slug takes it as is, later ones get `-2`, `-3`,
/// … (skipping any suffixed slug already taken), so ids depend only on the page's text.
struct Anchors {
    private var taken: Set<String>

    /// Anchors for a page whose template already uses `reserved` ids.
    init(reserved: Set<String> = Anchors.templateIDs) {
        taken = reserved
    }

    /// The ids the page template itself uses.
    static let templateIDs: Set<String> = ["content", "contents", "contents-title", "lessons-title"]

    /// A new unique id for `text`.
    mutating func claim(_ text: String, prefix: String = "") -> String {
        let base = prefix + Self.slug(text)
        var candidate = base
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        taken.insert(candidate)
        return candidate
    }

    /// `text` as a slug (see the type's documentation).
    static func slug(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash, !slug.isEmpty { slug += "-" }
                slug.append(character)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}
