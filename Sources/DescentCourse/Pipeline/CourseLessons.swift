import DescentLesson
import DescentText

/// Builds every lesson of the course: runs its experiments, or — when the build cache holds an
/// entry that is still valid (`CachedLesson.isValid`) — reuses the entry's generated Markdown
/// and figures. A reused lesson is spliced again only when a value it quotes changed;
/// otherwise its splice comes from the entry too.
///
/// Cross-lesson references stay right: before anything runs, every reference body of the
/// course is collected (from the entry of a lesson whose text is unchanged, else from its
/// text); a cached lesson is reused only if its entry records a value for every body that
/// names one of its experiments, and a lesson that changed runs and supplies live values. A
/// lesson whose own text is unchanged but whose references point at a changed lesson is
/// reused and spliced again, its references answered from the changed lesson's new results.
struct CourseLessons {
    var figureDirectory: String
    var force: Bool
    var cache: BuildCache?
    /// Hears of each lesson, experiment and run, and of the site rendering.
    var progress: (any BuildProgress)?

    /// Every lesson built, in course order, and the cache entries to write after a build (made
    /// when asked for: a lesson that ran has its new text parsed for them, which the caller can
    /// do beside other work).
    func build(_ files: [LessonFile]) throws(DiagnosticList) -> (lessons: [BuiltLesson], entries: LessonEntries) {
        // Entries are read and decoded on every core (a tenth of a build that reruns one
        // lesson), and in the same pass a lesson without an entry for its exact text is parsed;
        // one with such an entry is not parsed unless it has to be.
        let prepared = ParallelWork.map(files) { file -> (entry: CachedLesson?, document: LessonDocument?) in
            let entry = cache.flatMap { cache in
                cache.lesson(slug: file.slug).flatMap {
                    $0.matches(text: file.text, binary: cache.binary, figureDirectory: figureDirectory) ? $0 : nil
                }
            }
            return (entry, entry == nil ? Self.parse(file.path, file.text) : nil)
        }
        let entries = prepared.map(\.entry)
        var documents = prepared.map(\.document)
        // To decide what a cache entry must have recorded, every reference is collected first
        // (without a cache there is nothing to decide).
        var bodies: Set<String> = []
        if cache != nil {
            for (entry, document) in zip(entries, documents) {
                bodies.formUnion(entry.map { Array($0.quotes.keys) } ?? document.map(InlineReference.bodies) ?? [])
            }
        }
        let wanted = Dictionary(grouping: bodies, by: InlineReference.experimentID).mapValues(Set.init)
        var reused: [String: CachedLesson] = [:]
        for (index, (file, entry)) in zip(files, entries).enumerated() {
            let number = CourseNumbering.lessonNumber(position: index)
            if let entry, isValid(entry, file, number, wanted) {
                reused[file.path] = entry
            } else if documents[index] == nil {
                documents[index] = Self.parse(file.path, file.text)
            }
        }
        let course = try run(files, documents, reused: reused)
        progress?.stageStarted("rendering the site")
        let runs = Dictionary(course.runs.map { ($0.document.source.path, $0) }, uniquingKeysWith: { a, _ in a })
        var references = InlineReference(results: course.results, recorded: Self.recordedValues(reused.values))
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
            // A lesson reused unparsed has its title in its entry.
            let title = document?.title ?? reused[file.path]?.title ?? file.slug
            catalogue.append((file.slug, title, figures.map(\.reference.fileName)))
        }
        references.catalogue = CourseCatalogue(catalogue)
        var lessons: [BuiltLesson] = []
        var problems: [Diagnostic] = []
        for (file, document) in zip(files, documents) {
            do throws(DiagnosticList) {
                if let entry = reused[file.path] {
                    lessons.append(try reuse(entry, file, builder: builder, references: references))
                } else if let run = runs[file.path], let document {
                    let output = try builder.render(run, drawn: drawn[file.path] ?? [:], references: references)
                    lessons.append(
                        BuiltLesson(
                            file: file, document: document, output: output, experiments: Self.experiments(run),
                            dataFiles: Self.dataFiles(run), quotes: .collect(from: document), origin: .ran))
                }
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        let lessonEntries = LessonEntries(
            cache: cache, figureDirectory: figureDirectory, lessons: lessons, reused: reused, wanted: wanted,
            references: references)
        return (lessons, lessonEntries)
    }

    private static func parse(_ path: String, _ text: String) -> LessonDocument {
        LessonDocument(SourceText(path: path, text: text))
    }

    /// Runs the lessons not in `reused`. A reused lesson takes part only with its path and its
    /// entry's experiments, so it is handed over unparsed (an empty document at its path);
    /// should the run fail, it runs again with every lesson parsed, so that a diagnostic about
    /// a reused lesson (an id used twice) shows its line exactly as a build without the cache.
    private func run(_ files: [LessonFile], _ documents: [LessonDocument?], reused: [String: CachedLesson])
        throws(DiagnosticList) -> CourseRun
    {
        let experiments = reused.mapValues(\.experiments)
        let unparsed = zip(files, documents).map { $1 ?? Self.parse($0.path, "") }
        do {
            return try CourseRun(unparsed, reused: experiments, progress: progress)
        } catch {
            guard documents.contains(where: { $0 == nil }) else { throw error }
            let parsed = zip(files, documents).map { $1 ?? Self.parse($0.path, $0.text) }
            return try CourseRun(parsed, reused: experiments, progress: progress)
        }
    }

    /// A lesson from its cache entry: the entry's splice when every value the lesson quotes is
    /// what it was, else parsed and spliced again with the current values.
    private func reuse(
        _ entry: CachedLesson, _ file: LessonFile, builder: LessonOutputBuilder, references: InlineReference
    ) throws(DiagnosticList) -> BuiltLesson {
        let current = entry.quotes.allSatisfy { body, value in
            if case .success(let now) = references.quotedValue(of: body, inLessonAt: file.path) { return now == value }
            return false
        }
        if current {
            return BuiltLesson(
                file: file, title: entry.title, allowsRawHTML: entry.allowsRawHTML, spliced: entry.spliced,
                figures: entry.figures,
                regions: entry.regions, experiments: entry.experiments, dataFiles: entry.dataFiles,
                quotes: .known(entry.quotes), origin: .stored)
        }
        let document = Self.parse(file.path, file.text)
        let output = try builder.reuse(document, regions: entry.regions, figures: entry.figures, references: references)
        return BuiltLesson(
            file: file, document: document, output: output, experiments: entry.experiments,
            dataFiles: entry.dataFiles, quotes: .collect(from: document), origin: .respliced)
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
