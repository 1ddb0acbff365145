/// What the site is told about an image a lesson shows, which its Markdown cannot say: the size
/// it is drawn at, so the page keeps its box while it loads (`width`/`height` on `<img>`), and a
/// variant drawn for narrow screens, offered through `<picture>` below `Variant.media`. The
/// variant's own box comes from the stylesheet (`Variant.className`, `Variant.stylesheet`):
/// `width`/`height` on `<source>` are too new for the Nu checker the site is validated with.
///
/// The site reads no files: the caller (the course) passes what it drew, keyed by the image's
/// URL as the Markdown writes it (`figures/lr-sweep-loss.svg`).
public struct SiteImage: Sendable, Equatable, Codable {
    /// The image's width and height in CSS pixels.
    public var width: Int
    public var height: Int
    /// The image drawn again for a phone's column, if there is one.
    public var narrow: Variant?
    /// Markup the page shows in the image's place, if any (an explorable figure whose image
    /// is its still); the caption stays.
    public var replacement: Replacement?

    public init(width: Int, height: Int, narrow: Variant? = nil, replacement: Replacement? = nil) {
        self.width = width
        self.height = height
        self.narrow = narrow
        self.replacement = replacement
    }

    /// HTML shown instead of an image, and the CSS it needs in the site's style sheet.
    public struct Replacement: Sendable, Equatable, Codable {
        /// One block element (its own markup, trusted: the course generated it).
        public var html: String
        /// Rules for the style sheet; a text several replacements share is written once.
        public var stylesheets: [String]

        public init(html: String, stylesheets: [String]) {
            self.html = html
            self.stylesheets = stylesheets
        }

        /// The rules of `replacements`, each distinct text once, in first-seen order.
        static func stylesheet(_ replacements: [Replacement]) -> String {
            var seen: Set<String> = []
            return replacements.flatMap(\.stylesheets).filter { seen.insert($0).inserted }.joined()
        }
    }

    /// An image file shown instead of the main one on narrow screens.
    public struct Variant: Sendable, Equatable, Codable {
        /// Where a narrow screen starts: below 40rem (640 CSS px) a 720 px figure would be
        /// scaled under 0.9 of its size and its 12 px text under 10.7 px.
        public static let media = "(max-width: 40rem)"

        /// The variant's URL, relative to the page.
        public var source: String
        /// Its width and height in CSS pixels.
        public var width: Int
        public var height: Int

        public init(source: String, width: Int, height: Int) {
            self.source = source
            self.width = width
            self.height = height
        }

        /// The class of an `<img>` whose narrow variant has this size (`narrow-360x320`).
        public var className: String { "narrow-\(width)x\(height)" }

        /// The rules giving images with narrow variants of these sizes their box on narrow
        /// screens (the variant's width, at most the column's, and its proportions), one per
        /// size, sorted; empty without any.
        static func stylesheet(_ variants: [Variant]) -> String {
            let sizes = Set(variants.map { [$0.width, $0.height] }).sorted { $0.lexicographicallyPrecedes($1) }
            guard !sizes.isEmpty else { return "" }
            let rules = sizes.map { size in
                let variant = Variant(source: "", width: size[0], height: size[1])
                return "  img.\(variant.className) { width: \(size[0])px; aspect-ratio: \(size[0]) / \(size[1]); }\n"
            }
            return "@media \(media) {\n" + rules.joined() + "}\n"
        }
    }
}
