import DescentText

/// The course's lessons and figures by name, numbered as `CourseNumbering` says, so prose can
/// refer to them and the build writes the number:
///
/// - `{{lesson:03-the-learning-rate}}` → `[Lesson 4: The learning rate](03-the-learning-rate.md)`
///   (the site points the link at the lesson's page);
/// - `{{fig:lr-sweep-loss}}` → `[Figure 4.2](#figure-lr-sweep-loss)`, a link to the figure's
///   anchor — on the same page, or on another lesson's (`03-the-learning-rate.md#figure-…`).
///
/// A figure's name is its file name without `.svg` (`ID-KIND`, `ID-KIND-log`). An unknown
/// lesson, figure or kind of reference is a problem with a "did you mean".
public struct CourseCatalogue: Sendable {
    /// One lesson: its file name without `.md`, its number and its title.
    public struct Lesson: Sendable, Equatable {
        public var slug: String
        public var number: Int
        public var title: String
    }

    /// One figure: the lesson it is in and its number there (from 1).
    public struct Figure: Sendable, Equatable {
        public var lessonSlug: String
        public var lessonNumber: Int
        public var index: Int

        /// `Figure 4.2`.
        public var name: String { CourseNumbering.figureName(lesson: lessonNumber, index: index) }
    }

    /// The kinds of reference the catalogue answers, as written before the colon.
    public static let kinds = ["lesson", "fig"]

    private var lessons: [String: Lesson] = [:]
    private var figures: [String: Figure] = [:]

    /// An empty catalogue: every lesson or figure reference is unknown.
    public init() {}

    /// The course in order: each lesson's slug, title and the file names of its figures in
    /// reading order (`lr-sweep-loss.svg`). Lessons are numbered by position.
    public init(_ course: [(slug: String, title: String, figureFiles: [String])]) {
        for (position, lesson) in course.enumerated() {
            let number = CourseNumbering.lessonNumber(position: position)
            lessons[lesson.slug] = Lesson(slug: lesson.slug, number: number, title: lesson.title)
            for (index, file) in lesson.figureFiles.enumerated() {
                figures[Self.figureName(file)] = Figure(lessonSlug: lesson.slug, lessonNumber: number, index: index + 1)
            }
        }
    }

    /// The lesson `slug`, if it is in the course.
    public func lesson(_ slug: String) -> Lesson? { lessons[slug] }

    /// The figure `name` (`lr-sweep-loss`), if some lesson draws it.
    public func figure(_ name: String) -> Figure? { figures[name] }

    /// The slug of the lesson at `path`: its file name without `.md`.
    public static func slug(ofPath path: String) -> String {
        let name = FilePath.fileName(path)
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    /// Whether `body` (the text between `{{` and `}}`) is a catalogue reference: a kind and a
    /// colon before anything else (experiment ids hold no colon).
    public static func isCatalogueReference(_ body: String) -> Bool {
        guard let colon = body.firstIndex(ofASCII: [UInt8(ascii: ":")]) else { return false }
        return body.firstIndex(ofASCII: ReferenceValue.fieldMarks).map { $0 > colon } ?? true
    }

    /// The Markdown link `body` stands for, written in the lesson `fromSlug`.
    public func markdown(for body: String, fromSlug: String) -> Result<String, ReferenceProblem> {
        link(body, fromSlug: fromSlug).map { "[\($0.text)](\($0.target))" }
    }

    /// The plain text of `body`'s link (`Lesson 4: The learning rate`), for places where a
    /// link cannot be written (raw HTML blocks).
    public func text(for body: String, fromSlug: String) -> Result<String, ReferenceProblem> {
        link(body, fromSlug: fromSlug).map(\.text)
    }

    private func link(_ body: String, fromSlug: String) -> Result<(text: String, target: String), ReferenceProblem> {
        let colon = body.firstIndex(of: ":") ?? body.endIndex
        let kind = String(body[..<colon])
        let name = colon == body.endIndex ? "" : String(body[body.index(after: colon)...]).trimmingWhitespace()
        switch kind {
        case "lesson":
            guard let lesson = lessons[name] else { return unknown("lesson", name, body, in: Array(lessons.keys)) }
            return .success((CourseNumbering.lessonTitle(lesson.number, lesson.title), lesson.slug + ".md"))
        case "fig":
            guard let figure = figures[name] else { return unknown("figure", name, body, in: Array(figures.keys)) }
            let page = figure.lessonSlug == fromSlug ? "" : figure.lessonSlug + ".md"
            let anchor = CourseNumbering.figureAnchor(imageFileName: name + ".svg") ?? ""
            return .success((figure.name, page + "#" + anchor))
        default:
            var message =
                "unknown reference kind '\(kind)' in '{{\(body)}}'; kinds: " + Self.kinds.joined(separator: ", ")
            if let hint = Suggestion.didYouMean(kind, in: Self.kinds) { message += "; \(hint)" }
            return .failure(ReferenceProblem(message: message))
        }
    }

    private func unknown<Value>(_ what: String, _ name: String, _ body: String, in names: [String])
        -> Result<Value, ReferenceProblem>
    {
        var message = "unknown \(what) '\(name)' in reference '{{\(body)}}'"
        if let hint = Suggestion.didYouMean(name, in: names.sorted()) { message += "; \(hint)" }
        return .failure(ReferenceProblem(message: message))
    }

    /// `lr-sweep-loss.svg` → `lr-sweep-loss`.
    private static func figureName(_ file: String) -> String {
        file.hasSuffix(".svg") ? String(file.dropLast(4)) : file
    }
}
