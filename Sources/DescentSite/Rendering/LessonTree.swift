import DescentText

/// A lesson's cmark tree, with the formulas taken out of its Markdown: the queries the page
/// needs (title, summary) and the rewrite into the site's HTML (`LessonTree+Rewrite`).
struct LessonTree {
    let document: MarkdownDocument
    let math: MathExtraction
    /// The placeholders of the pipe tables, paragraphs that are not prose.
    let tableTokens: Set<String>
    /// Other lessons' Markdown files by name (`02-when-to-stop.md`) → their pages' file names.
    var lessonPages: [String: String] = [:]
    /// The renderers for fenced code blocks by info word.
    var fencedBlocks: [any FencedBlockRenderer] = []
    /// What the site knows of the images shown, by URL (`SiteImage`).
    var images: [String: SiteImage] = [:]

    /// The first heading's plain text with formulas as their TeX source; nil without one or
    /// when it is blank.
    func title() -> String? {
        var title: String?
        document.walk { node, entering in
            if title == nil, entering, node.kind == .heading { title = plainText(node) }
        }
        return title.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The summary (`LessonSummary`) from the first paragraph after the first top-level heading,
    /// as HTML with the formulas' placeholders still in it.
    func summary() -> String {
        let blocks = document.root.children
        let start = (blocks.firstIndex { $0.kind == .heading }).map { $0 + 1 } ?? 0
        let paragraph = blocks[start...].first { block in
            block.kind == .paragraph && !tableTokens.contains(block.plainText)
                && !block.children.allSatisfy { $0.kind == .image || $0.kind == .softBreak }
        }
        guard let paragraph else { return "" }
        var html = paragraph.html().trimmingWhitespaceAndNewlines()
        if html.hasPrefix("<p>"), html.hasSuffix("</p>") { html = String(html.dropFirst(3).dropLast(4)) }
        return LessonSummary.summary(ofParagraphHTML: html)
    }

    /// `node`'s plain text, formulas restored to their source, trimmed.
    func plainText(_ node: MarkdownNode) -> String {
        let text = math.restoringSource(in: node.plainText)
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
