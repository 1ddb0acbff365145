import DescentText

// What the build cache keeps of a rendered page, as binary records (`BinaryRecord`): each
// type's fields in declaration order.

extension LessonHeading: BinaryRecord {
    public func write(to writer: inout BinaryWriter) {
        writer.write(level)
        writer.write(text)
        writer.write(anchor)
        writer.write(html)
    }

    public init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self.init(level: try reader.read(), text: try reader.read(), anchor: try reader.read(), html: try reader.read())
    }
}

extension RenderedLesson: BinaryRecord {
    public func write(to writer: inout BinaryWriter) {
        writer.write(slug)
        writer.write(title)
        writer.write(headerHTML)
        writer.write(bodyHTML)
        writer.write(headings)
        writer.write(summaryHTML)
        writer.write(warnings)
    }

    public init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        slug = try reader.read()
        title = try reader.read()
        headerHTML = try reader.read()
        bodyHTML = try reader.read()
        headings = try reader.read()
        summaryHTML = try reader.read()
        warnings = try reader.read()
    }
}
