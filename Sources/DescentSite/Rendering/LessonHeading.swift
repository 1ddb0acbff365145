/// A `##` or `###` heading of a lesson, for the page's contents list.
public struct LessonHeading: Sendable, Hashable {
    /// 2 or 3.
    public let level: Int
    /// The heading's plain text, formulas as their TeX source (`$w^2$`).
    public let text: String
    /// The heading's unique element id on the page.
    public let anchor: String
    /// The heading's inline HTML without links (safe inside the contents list's `<a>`),
    /// formulas as MathML.
    public let html: String

    /// Creates a heading entry.
    public init(level: Int, text: String, anchor: String, html: String) {
        self.level = level
        self.text = text
        self.anchor = anchor
        self.html = html
    }
}
