import DescentLesson
import DescentText

/// The build cache entries of a build's lessons (`CachedLesson`): one for each lesson that ran
/// and each reused one spliced again, none for a lesson whose entry is still current.
///
/// Made apart from the lessons (`files()`), since a lesson that ran has its new text parsed
/// to find the references it quotes: the next build reads that text, and reuses the entry only
/// while each of those references still has the value recorded here. `CourseBuilder` makes
/// them while the changed lessons' pages render, on a core that would otherwise wait.
struct LessonEntries: Sendable {
    let cache: BuildCache?
    let figureDirectory: String
    let lessons: [BuiltLesson]
    /// The entries the build reused, by lesson path.
    let reused: [String: CachedLesson]
    /// The reference bodies the course quotes, by the experiment id they name.
    let wanted: [String: Set<String>]
    let references: InlineReference

    /// The entries to write (none without a cache).
    func files() -> [PlannedFile] {
        guard let cache else { return [] }
        return lessons.enumerated().filter { $0.element.origin != .stored }.compactMap { position, lesson in
            var values = reused[lesson.path]?.references ?? [:]
            if lesson.origin == .ran {
                for experiment in lesson.experiments {
                    for body in wanted[experiment.id] ?? [] {
                        if case .success(let value) = references.value(of: body) { values[body] = value }
                    }
                }
            }
            let entry = CachedLesson(
                binary: cache.binary, figureDirectory: figureDirectory,
                lessonNumber: CourseNumbering.lessonNumber(position: position), title: lesson.title,
                text: lesson.lessonText, dataFiles: lesson.dataFiles, experiments: lesson.experiments,
                regions: lesson.regions, figures: lesson.figures, references: values, quotes: quotes(of: lesson),
                siteMarkdown: lesson.spliced.siteMarkdown, siteColumns: lesson.spliced.siteColumns,
                allowsRawHTML: lesson.allowsRawHTML)
            return cache.file(for: entry, slug: lesson.slug)
        }
    }

    /// The value of every reference `lesson` makes in its new text (what the next build reads),
    /// all resolved since its splice succeeded: recorded already, or collected now.
    private func quotes(of lesson: BuiltLesson) -> [String: String] {
        switch lesson.quotes {
        case .known(let quotes): return quotes
        case .collect(let document): return quotes(in: lesson.lessonText, splicedFrom: document)
        }
    }

    /// The value of every reference in `text`, `document`'s new text (parsed again unless the
    /// splice changed nothing).
    private func quotes(in text: String, splicedFrom document: LessonDocument) -> [String: String] {
        let path = document.source.path
        let written =
            text.hasSameBytes(as: document.source.text) ? document : LessonDocument(SourceText(path: path, text: text))
        var quotes: [String: String] = [:]
        for body in InlineReference.bodies(in: written) {
            if case .success(let value) = references.quotedValue(of: body, inLessonAt: path) { quotes[body] = value }
        }
        return quotes
    }
}
