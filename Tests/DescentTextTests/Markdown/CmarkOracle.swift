import Ccmark
import DescentText

/// What cmark itself parses as code in a document, in the terms `MarkdownCode` reports: code
/// and HTML blocks by their 0-based first and last lines, and code spans by their content.
struct CmarkOracle: Equatable, CustomStringConvertible {
    /// A block by its kind and its non-blank lines: cmark's source positions count blank lines
    /// after an indented block or before a closing container into the block, which says
    /// nothing about which text is code.
    struct Block: Equatable, CustomStringConvertible {
        var html: Bool
        var lines: [Int]
        init(html: Bool, lines: ClosedRange<Int>, in markdown: String) {
            let all = markdown.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            self.html = html
            self.lines = lines.filter { $0 < all.count && !all[$0].allSatisfy { $0 == " " || $0 == "\t" || $0 == ">" } }
        }
        var description: String { "\(html ? "html" : "code") \(lines)" }
    }

    var blocks: [Block] = []
    /// Code span contents with white space runs collapsed to one space and trimmed.
    var spans: [String] = []

    var description: String { "blocks \(blocks), spans \(spans)" }

    /// cmark's reading of `markdown`.
    init(cmark markdown: String) {
        let root = cmark_parse_document(markdown, markdown.utf8.count, CMARK_OPT_SOURCEPOS)!
        defer { cmark_node_free(root) }
        let iterator = cmark_iter_new(root)!
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator)
            else {
                continue
            }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK {
                let first = Int(cmark_node_get_start_line(node)) - 1
                var last = max(first, Int(cmark_node_get_end_line(node)) - 1)
                if type == CMARK_NODE_HTML_BLOCK {
                    // cmark 0.30 ends an HTML block closed by its end condition one line early;
                    // its literal holds every line.
                    let literal = String(cString: cmark_node_get_literal(node))
                    last =
                        first + literal.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count - 2
                }
                blocks.append(Block(html: type == CMARK_NODE_HTML_BLOCK, lines: first...max(first, last), in: markdown))
            } else if type == CMARK_NODE_CODE {
                spans.append(Self.collapsed(String(cString: cmark_node_get_literal(node))))
            }
        }
    }

    /// The scanner's reading of `markdown`, in the same terms.
    init(scanner markdown: String) {
        let code = MarkdownCode(markdown)
        blocks = code.blocks.map { block in
            let isHTML: Bool
            if case .html = block.kind { isHTML = true } else { isHTML = false }
            return Block(html: isHTML, lines: block.firstLine...block.lastLine, in: markdown)
        }
        spans = code.spans.map { range in
            let characters = code.text.characters[range]
            let ticks = characters.prefix { $0 == "`" }.count
            return Self.collapsed(String(characters.dropFirst(ticks).dropLast(ticks)))
        }
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .joined(separator: " ")
    }
}
