import DescentText

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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16_384)
        write(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the element's UTF-8 text to `bytes`: one growing buffer for the whole document
    /// instead of a string per attribute.
    func write(to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: name.utf8)
        for (key, value) in attributes {
            bytes.append(UInt8(ascii: " "))
            bytes.append(contentsOf: key.utf8)
            bytes.append(contentsOf: "=\"".utf8)
            HTMLEscaping.append(value, to: &bytes, rules: .xml)
            bytes.append(UInt8(ascii: "\""))
        }
        if text == nil && children.isEmpty {
            bytes.append(contentsOf: "/>".utf8)
            return
        }
        bytes.append(UInt8(ascii: ">"))
        if let text { HTMLEscaping.append(text, to: &bytes, rules: .xml) }
        let breakLines = children.count > 1 || children.contains { !$0.children.isEmpty }
        for child in children {
            if breakLines { bytes.append(UInt8(ascii: "\n")) }
            child.write(to: &bytes)
        }
        if breakLines { bytes.append(UInt8(ascii: "\n")) }
        bytes.append(contentsOf: "</".utf8)
        bytes.append(contentsOf: name.utf8)
        bytes.append(UInt8(ascii: ">"))
    }
}
