/// The element ids of one page: stable slugs made from text, unique on the page.
///
/// A slug is the text lowercased, with every run of characters other than letters and digits
/// (of any script) turned into one `-` and no `-` at either end; text with no letters or
/// digits gives `section`. The first use of a slug takes it as is, later ones get `-2`, `-3`,
/// … (skipping any suffixed slug already taken), so ids depend only on the page's text.
///
/// Each base remembers the next number to try, so n identical headings cost O(n) set lookups
/// in all, not O(n²): every number below it is already taken, and ids are never given back.
struct Anchors {
    private var taken: Set<String>
    /// For each base that has needed a suffix, the smallest number not yet known to be taken.
    private var nextNumber: [String: Int] = [:]
    /// How many candidate ids `claim` has looked up so far (a work counter for tests).
    private(set) var lookups = 0

    /// Anchors for a page whose template already uses `reserved` ids.
    init(reserved: Set<String> = Anchors.templateIDs) {
        taken = reserved
    }

    /// The ids the page template itself uses.
    static let templateIDs: Set<String> = ["content", "contents"]

    /// A new unique id for `text`.
    mutating func claim(_ text: String, prefix: String = "") -> String {
        let base = prefix + Self.slug(text)
        lookups += 1
        guard taken.contains(base) else {
            taken.insert(base)
            return base
        }
        var number = nextNumber[base, default: 2]
        var candidate = "\(base)-\(number)"
        lookups += 1
        while taken.contains(candidate) {
            number += 1
            candidate = "\(base)-\(number)"
            lookups += 1
        }
        taken.insert(candidate)
        nextNumber[base] = number + 1
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
