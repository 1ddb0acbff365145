import DescentLesson
import DescentText
import Foundation

/// Builds every lesson of the course: runs its experiments, or — when the build cache holds an
/// entry that is still valid (`CachedLesson.isValid`) — reuses the entry's generated Markdown
/// and figures, splicing them again so references are resolved anew.
///
/// Cross-lesson references stay right: before anything runs, every reference body of the
/// course is collected; a cached lesson is reused only if its entry records a value for every
/// body that names one of its experiments, and a lesson that changed runs and supplies live
/// values. A lesson whose own text is unchanged but whose references point at a changed lesson
/// is reused, its references answered from the changed lesson's new results.
struct CourseLessons {
    var figureDirectory: String
    var force: Bool
    var cache: BuildCache?
    /// Hears of each lesson, experiment and run, and of the site rendering.
    var progress: (any BuildProgress)?

    /// Every lesson built, in course order, and the cache entries to write after a build.
    func build(_ files: [LessonFile]) throws(DiagnosticList) -> (lessons: [BuiltLesson], cacheFiles: [PlannedFile]) {
        let documents = files.map { LessonDocument(SourceText(path: $0.path, text: $0.text)) }
        // To decide what a cache entry must have recorded, every reference is collected first
        // (a line scan; without a cache there is nothing to decide).
        let bodies = cache == nil ? [] : Set(documents.flatMap(InlineReference.bodies))
        let wanted = Dictionary(grouping: bodies, by: InlineReference.experimentID).mapValues(Set.init)
        var reused: [String: CachedLesson] = [:]
        for (position, file) in files.enumerated() {
            let number = CourseNumbering.lessonNumber(position: position)
            guard let entry = cache?.lesson(slug: file.slug), isValid(entry, file, number, wanted) else { continue }
            reused[file.path] = entry
        }
        let course = try CourseRun(documents, reused: reused.mapValues(\.experiments), progress: progress)
        progress?.stageStarted("rendering the site")
        let runs = Dictionary(course.runs.map { ($0.document.source.path, $0) }, uniquingKeysWith: { a, _ in a })
        let recorded = Self.recordedValues(reused.values)
        var references = InlineReference(results: course.results, recorded: recorded)
        let builder = LessonOutputBuilder(figureDirectoryFromLesson: figureDirectory, force: force)
        // Every lesson's figures are drawn (and numbered) before any lesson is spliced, so a
        // reference may name a figure of a later lesson.
        var drawn: [String: [String: [GeneratedFigure]]] = [:]
        var catalogue: [(slug: String, title: String, figureFiles: [String])] = []
        for (position, (file, document)) in zip(files, documents).enumerated() {
            var figures = reused[file.path]?.figures ?? []
            if reused[file.path] == nil, let run = runs[file.path] {
                let lessonFigures = builder.drawFigures(
                    run, lessonNumber: CourseNumbering.lessonNumber(position: position))
                drawn[file.path] = lessonFigures
                figures = run.results.flatMap { lessonFigures[$0.id] ?? [] }
            }
            catalogue.append((file.slug, document.title ?? file.slug, figures.map(\.reference.fileName)))
        }
        references.catalogue = CourseCatalogue(catalogue)
        var lessons: [BuiltLesson] = []
        var problems: [Diagnostic] = []
        for (file, document) in zip(files, documents) {
            do throws(DiagnosticList) {
                if let entry = reused[file.path] {
                    let output = try builder.reuse(
                        document, regions: entry.regions, figures: entry.figures, references: references)
                    lessons.append(
                        BuiltLesson(
                            file: file, document: document, output: output, experiments: entry.experiments,
                            dataFiles: entry.dataFiles, reused: true))
                } else if let run = runs[file.path] {
                    let output = try builder.render(run, drawn: drawn[file.path] ?? [:], references: references)
                    lessons.append(
                        BuiltLesson(
                            file: file, document: document, output: output, experiments: Self.experiments(run),
                            dataFiles: Self.dataFiles(run), reused: false))
                }
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return (lessons, cacheFiles(lessons, wanted: wanted, references: references))
    }

    private func isValid(_ entry: CachedLesson, _ file: LessonFile, _ number: Int, _ wanted: [String: Set<String>])
        -> Bool
    {
        guard let cache else { return false }
        let reader = DataFiles.reader(forLesson: file.path)
        return entry.isValid(
            text: file.text, binary: cache.binary, figureDirectory: figureDirectory, lessonNumber: number,
            wanted: wanted
        ) { name in
            guard case .file(_, let text) = reader(name) else { return nil }
            return ContentHash.of(text)
        }
    }

    /// Entries for the lessons that ran (and for reused ones whose text the build rewrites).
    private func cacheFiles(_ lessons: [BuiltLesson], wanted: [String: Set<String>], references: InlineReference)
        -> [PlannedFile]
    {
        guard let cache else { return [] }
        return lessons.enumerated().filter { !$0.element.reused }.compactMap { position, lesson in
            var values: [String: String] = [:]
            for experiment in lesson.experiments {
                for body in wanted[experiment.id] ?? [] {
                    if case .success(let value) = references.value(of: body) { values[body] = value }
                }
            }
            let entry = CachedLesson(
                binary: cache.binary, figureDirectory: figureDirectory,
                lessonNumber: CourseNumbering.lessonNumber(position: position), text: lesson.output.lessonText,
                dataFiles: lesson.dataFiles, experiments: lesson.experiments, regions: lesson.output.regions,
                figures: lesson.output.figures, references: values)
            return cache.file(for: entry, slug: lesson.slug)
        }
    }

    private static func recordedValues(_ entries: Dictionary<String, CachedLesson>.Values) -> [String: [String: String]]
    {
        var recorded: [String: [String: String]] = [:]
        for entry in entries {
            for experiment in entry.experiments { recorded[experiment.id] = [:] }
            for (body, value) in entry.references {
                recorded[InlineReference.experimentID(of: body), default: [:]][body] = value
            }
        }
        return recorded
    }

    private static func experiments(_ run: LessonRun) -> [CachedLesson.Experiment] {
        run.results.map {
            let location = $0.experiment.spec.location
            return CachedLesson.Experiment(
                id: $0.id, line: location.line, column: location.column, steps: $0.experiment.plannedSteps)
        }
    }

    private static func dataFiles(_ run: LessonRun) -> [CachedLesson.DataFile] {
        let reader = DataFiles.reader(forLesson: run.document.source.path)
        let names = Set(run.results.compactMap { $0.experiment.spec.data?.value }.filter { !$0.hasPrefix("generate") })
        return names.sorted().compactMap { name in
            guard case .file(_, let text) = reader(name) else { return nil }
            return CachedLesson.DataFile(name: name, fingerprint: ContentHash.of(text))
        }
    }
}
