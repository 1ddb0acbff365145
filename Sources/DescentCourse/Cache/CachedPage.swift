import DescentSite
import DescentText

/// A lesson's rendered page content (`RenderedLesson`) kept between builds, with the key it was
/// rendered for: a fingerprint of its Markdown, its raw-HTML setting, its images' sizes, the
/// links to other lessons and the binary. Rendering is a function of exactly these.
struct CachedPage: Equatable {
    static let format = 3

    var format = Self.format
    var key: String
    var page: RenderedLesson

    /// The key of `lesson` rendered with `lessonPages` by `binary`.
    static func key(_ lesson: SiteLesson, lessonPages: [String: String], binary: String) -> String {
        let links = lessonPages.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\n")
        let images = lesson.images.sorted { $0.key < $1.key }.map { url, image in
            let narrow = image.narrow.map { " \($0.source) \($0.width)x\($0.height)" } ?? ""
            return "\(url) \(image.width)x\(image.height)\(narrow)"
        }
        let material = [
            binary, lesson.slug, lesson.sourcePath, lesson.allowsRawHTML ? "raw" : "safe", links,
            images.joined(separator: "\n"), lesson.markdown,
        ]
        return ContentHash.of(material.joined(separator: "\u{0}"))
    }
}

/// The entry's format first (an entry of another format is not read further), then its fields.
extension CachedPage: BinaryRecord {
    func write(to writer: inout BinaryWriter) {
        writer.write(format)
        writer.write(key)
        writer.write(page)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        format = try reader.readFormat(expecting: Self.format)
        key = try reader.read()
        page = try reader.read()
    }
}
