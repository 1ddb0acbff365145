/// A node of an SVG document: an element with ordered attributes, children and text.
///
/// Attributes keep their insertion order so that output is byte-identical on every run.
/// Text and attribute values are escaped when the element is serialised.
public struct SVGElement: Sendable, Equatable {
    /// The element name, such as `path` or `g`.
    public var name: String
    /// Attribute name–value pairs, written in this order.
    public var attributes: [(String, String)]
    /// Child elements, written after `text`.
    public var children: [SVGElement]
    /// Character content, escaped on output.
    public var text: String?

    /// Creates an element.
    public init(
        _ name: String, _ attributes: [(String, String)] = [],
        text: String? = nil, children: [SVGElement] = []
    ) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    public static func == (lhs: SVGElement, rhs: SVGElement) -> Bool {
        lhs.name == rhs.name && lhs.text == rhs.text && lhs.children == rhs.children
            && lhs.attributes.map { $0.0 } == rhs.attributes.map { $0.0 }
            && lhs.attributes.map { $0.1 } == rhs.attributes.map { $0.1 }
    }

    /// A `g` element grouping `children`.
    public static func group(_ attributes: [(String, String)] = [], _ children: [SVGElement]) -> SVGElement {
        SVGElement("g", attributes, children: children)
    }

    /// Serialises the element; children of groups go on their own lines.
    public func serialized() -> String {
        var output = ""
        write(to: &output)
        return output
    }

    func write(to output: inout String) {
        output += "<" + name
        for (key, value) in attributes {
            output += " \(key)=\"\(XMLEscaping.escape(value))\""
        }
        if text == nil && children.isEmpty {
            output += "/>"
            return
        }
        output += ">"
        if let text { output += XMLEscaping.escape(text) }
        let breakLines = children.count > 1 || children.contains { !$0.children.isEmpty }
        for child in children {
            if breakLines { output += "\n" }
            child.write(to: &output)
        }
        if breakLines { output += "\n" }
        output += "</\(name)>"
    }
}
