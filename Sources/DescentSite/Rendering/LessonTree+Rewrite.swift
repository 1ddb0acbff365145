import DescentText

extension LessonTree {
    /// What `rewrite()` took out of the tree for the page template.
    struct Rewrite {
        /// The leading level-1 heading's HTML (removed from the tree), or empty.
        var headerHTML = ""
        /// The `##`/`###` headings with their anchors; `html` still holds placeholders.
        var headings: [LessonHeading] = []
    }

    /// Rewrites the tree in place into the site's HTML, in document order:
    /// - a level-1 heading that is the first block moves to `headerHTML`;
    /// - every `<h2>`/`<h3>` gets a unique `id` (`Anchors`);
    /// - figure paragraphs become `<figure>`s (`FigureParagraph`);
    /// - fenced code blocks whose info word has a `FencedBlockRenderer` become its HTML.
    ///
    /// Nodes are collected first and replaced after the walk, never during it.
    func rewrite() -> Rewrite {
        var result = Rewrite()
        var anchors = Anchors()
        var edits: [(node: MarkdownNode, html: String?)] = []
        let first = document.root.children.first
        document.walk { node, entering in
            guard entering else { return }
            if node.kind == .heading, node.headingLevel == 1, let first, node.pointer == first.pointer {
                result.headerHTML = "<h1>\(node.childrenHTML)</h1>\n"
                edits.append((node, nil))
            } else if let edit = edit(node, anchors: &anchors, headings: &result.headings) {
                edits.append((node, edit))
            } else if node.kind == .link, let page = pageURL(for: node.url ?? "") {
                node.setURL(page)
            }
        }
        for (node, html) in edits {
            if let html { node.replace(withHTML: html) } else { node.remove() }
        }
        return result
    }

    /// A link to another lesson's Markdown file (`02-when-to-stop.md#anchor`, also with `./`),
    /// which works on a code host, pointed at that lesson's page instead; nil for other links.
    func pageURL(for url: String) -> String? {
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let file = parts[0].hasPrefix("./") ? String(parts[0].dropFirst(2)) : String(parts[0])
        guard let page = lessonPages[file] else { return nil }
        return parts.count == 2 ? page + "#" + parts[1] : page
    }

    /// The HTML replacing `node`, if the site renders it differently from cmark.
    private func edit(_ node: MarkdownNode, anchors: inout Anchors, headings: inout [LessonHeading]) -> String? {
        switch node.kind {
        case .heading where node.headingLevel == 2 || node.headingLevel == 3:
            let text = plainText(node)
            let anchor = anchors.claim(text)
            let level = node.headingLevel
            headings.append(LessonHeading(level: level, text: text, anchor: anchor, html: node.inlineHTMLWithoutLinks))
            return "<h\(level) id=\"\(HTMLEscaping.escape(anchor))\">\(node.childrenHTML)</h\(level)>\n"
        case .paragraph:
            return FigureParagraph(node)?.html(images: images)
        case .codeBlock:
            let info = node.fenceInfo ?? ""
            guard let renderer = fencedBlocks.renderer(forInfo: info) else { return nil }
            return renderer.html(info: info, source: node.literal ?? "") { anchors.claim($0, prefix: $1) }
        default:
            return nil
        }
    }
}
