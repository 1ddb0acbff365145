import DescentText

// What the build cache keeps of a lesson's output, as binary records (`BinaryRecord`): each
// type's fields in declaration order.

extension RegionContent: BinaryRecord {
    public func write(to writer: inout BinaryWriter) {
        writer.write(lesson)
        writer.write(site)
    }

    public init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self.init(lesson: try reader.read(), site: try reader.read())
    }
}

/// By its name (`loss`, `sweep`, …).
extension PlotKind: BinaryRecord {
    public func write(to writer: inout BinaryWriter) { writer.write(rawValue) }

    public init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        guard let kind = PlotKind(rawValue: try reader.read()) else { throw BinaryReader.Malformed() }
        self = kind
    }
}

extension FigureReference: BinaryRecord {
    public func write(to writer: inout BinaryWriter) {
        writer.write(kind)
        writer.write(logScale)
        writer.write(fileName)
        writer.write(alt)
        writer.write(caption)
        writer.write(name)
        writer.write(explore)
    }

    public init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self.init(
            kind: try reader.read(), logScale: try reader.read(), fileName: try reader.read(), alt: try reader.read(),
            caption: try reader.read(), name: try reader.read())
        explore = try reader.read()
    }
}

extension FigureDrawing: BinaryRecord {
    public func write(to writer: inout BinaryWriter) {
        writer.write(fileName)
        writer.write(svg)
        writer.write(width)
        writer.write(height)
    }

    public init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self.init(
            fileName: try reader.read(), svg: try reader.read(), width: try reader.read(), height: try reader.read())
    }
}

extension ExploreMarkup: BinaryRecord {
    public func write(to writer: inout BinaryWriter) {
        writer.write(html)
        writer.write(stylesheets)
    }

    public init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        html = try reader.read()
        stylesheets = try reader.read()
    }
}

extension GeneratedFigure: BinaryRecord {
    public func write(to writer: inout BinaryWriter) {
        writer.write(reference)
        writer.write(svg)
        writer.write(width)
        writer.write(height)
        writer.write(narrow)
        writer.write(explore)
    }

    public init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        reference = try reader.read()
        svg = try reader.read()
        width = try reader.read()
        height = try reader.read()
        narrow = try reader.read()
        explore = try reader.read()
    }
}
