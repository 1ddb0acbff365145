import DescentLesson
import DescentSite
import DescentText

/// Computes everything a build writes — the site pages and the index — without touching disk.
///
/// `descent build` applies the plan; `descent check` compares it with the disk. Errors in any
/// lesson are collected and reported together; a plan is only produced when there are none.
public struct CourseBuilder: Sendable {
    public var layout: CourseLayout

    public init(layout: CourseLayout = CourseLayout()) {
        self.layout = layout
    }

    /// Overwrite generated regions that were edited by hand.
    public var force = false

    /// Hears where the build is (lesson, experiment, runs done); nil for none. It changes
    /// nothing the build computes.
    public var progress: (any BuildProgress)?

    /// The plan for the whole course, or, when `only` names lesson files, for those lessons
    /// (their file, page and figures) plus the index, which always lists every lesson. Every
    /// experiment of the course runs either way, since references may cross lessons. Partial
    /// builds remove nothing.
    public func plan(only: [String]? = nil) throws(DiagnosticList) -> BuildPlan {
        let paths = try LessonDirectory(layout.lessonsDirectory).lessonPaths()
        let selected = try only.map { requested throws(DiagnosticList) in
            try Self.select(requested, from: paths)
        }
        try checkOutputDirectory()
        let cache = layout.cacheDirectory.map { BuildCache(directory: $0, binary: binaryIdentity) }
        let figureDirectory = RelativePath.from(layout.lessonsDirectory, to: layout.output("figures"))
        // A whole-course build whose inputs and outputs are all as the last one left them has
        // nothing to do (`CourseStamp`): answer from the disk without reading a lesson's blocks.
        let stampKey = cache.map {
            CourseStamp.key(
                binary: $0.binary, layout: layout, figureDirectory: figureDirectory, force: force,
                settings: CourseStamp.fingerprint(
                    ofFileAt: FilePath.join(layout.lessonsDirectory, CourseSettingsFile.name)))
        }
        if selected == nil, let stampKey, let plan = cache?.stamp()?.plan(key: stampKey, lessonPaths: paths) {
            return plan
        }
        let settings = try CourseSettingsFile.read(lessonsDirectory: layout.lessonsDirectory)
        let pipeline = CourseLessons(
            figureDirectory: figureDirectory, force: force, cache: cache, progress: progress)
        let files = try Self.readAll(paths)
        let (lessons, lessonEntries) = try pipeline.build(files)
        var plan = plan(lessons, entries: lessonEntries, selected: selected, settings: settings, cache: cache)
        if selected == nil, let stampKey,
            let stamp = CourseStamp(
                key: stampKey, lessons: files, dataFiles: lessons.flatMap(Self.stampedDataFiles), plan: plan),
            let file = cache?.file(for: stamp)
        {
            plan.cacheFiles.append(file)
        }
        return plan
    }

    /// Every file of the built `lessons` (those `selected`, when given) and of the site, and
    /// the cache entries of the lessons (`entries`) and of their pages.
    private func plan(
        _ lessons: [BuiltLesson], entries: LessonEntries, selected: Set<String>?, settings: CourseSettings,
        cache: BuildCache?
    ) -> BuildPlan {
        var files: [PlannedFile] = []
        for lesson in lessons where selected?.contains(lesson.slug) ?? true {
            files.append(PlannedFile(path: lesson.path, text: lesson.lessonText, readText: lesson.file.text))
            files += lesson.figures.flatMap(\.drawings).map {
                PlannedFile(path: layout.output("figures/" + $0.fileName), text: $0.svg)
            }
        }
        var site = Site(settings: settings)
        site.fencedBlocks = [ExperimentCard(), PyTorchCard()]
        let siteLessons = lessons.map(\.siteLesson)
        let (pages, pageEntries, lessonEntries, assets) = Self.pages(
            siteLessons, site: site, cache: cache, alongside: entries)
        let rendered = site.render(lessons: siteLessons, pages: pages, selected: selected, assets: assets)
        files += rendered.files.map { PlannedFile(path: layout.output($0.path), text: $0.contents) }
        files += rendered.assets.map { PlannedFile(path: layout.output($0.path), contents: $0.contents) }
        let outputs =
            rendered.files.map(\.path) + rendered.assets.map(\.path)
            + lessons.filter { selected?.contains($0.slug) ?? true }
            .flatMap { $0.figures.flatMap(\.drawings).map { "figures/" + $0.fileName } }
        let previous = OutputManifest.read(outputDirectory: layout.outputDirectory)
        let manifest = OutputManifest(paths: outputs + (selected != nil ? previous?.paths ?? [] : []))
        files.append(PlannedFile(path: layout.output(OutputManifest.fileName), text: manifest.text))
        let obsolete = selected != nil ? [] : staleFiles(previous: previous, produced: Set(outputs))
        return BuildPlan(
            files: files, obsolete: obsolete, warnings: Self.locate(rendered.warnings, in: lessons),
            cacheFiles: lessonEntries + pageEntries, lessonsRun: lessons.filter { !$0.reused }.map(\.path))
    }

    private static func stampedDataFiles(_ lesson: BuiltLesson) -> [CourseStamp.DataFile] {
        lesson.dataFiles.map {
            CourseStamp.DataFile(lessonPath: lesson.path, name: $0.name, fingerprint: $0.fingerprint)
        }
    }

    /// The identity of the binary for the build cache (`BinaryIdentity` unless a test sets one).
    public var binaryIdentity = BinaryIdentity.current

    /// Each lesson's rendered page: from the cache when its key matches, else rendered now (and
    /// an entry to store), in lesson order; the lessons' cache `entries`; and the site's math
    /// font, decoded from the binary. One pass on every core does all four, so the entries of
    /// unchanged pages are read, the changed lessons' entries made and the font decoded while a
    /// changed page renders.
    private static func pages(_ lessons: [SiteLesson], site: Site, cache: BuildCache?, alongside entries: LessonEntries)
        -> (pages: [RenderedLesson], pageEntries: [PlannedFile], lessonEntries: [PlannedFile], assets: [SiteAsset])
    {
        let links = Site.lessonPages(lessons)
        // The lesson entries and the font go first: a worker makes them while the other takes
        // the pages.
        let jobs: [PageJob] = [.lessonEntries, .font] + lessons.map(PageJob.page)
        let done = ParallelWork.map(jobs) { job -> PageJobResult in
            let lesson: SiteLesson
            switch job {
            case .lessonEntries: return .lessonEntries(entries.files())
            case .font: return .assets(MathFont.files)
            case .page(let page): lesson = page
            }
            guard let cache else { return .page(site.renderLesson(lesson, lessonPages: links), entry: nil) }
            let key = CachedPage.key(lesson, lessonPages: links, binary: cache.binary)
            if let entry = cache.page(slug: lesson.slug), entry.key == key {
                return .page(entry.page, entry: nil)
            }
            let page = site.renderLesson(lesson, lessonPages: links)
            return .page(page, entry: cache.file(for: CachedPage(key: key, page: page), slug: lesson.slug))
        }
        var pages: [RenderedLesson] = []
        var pageEntries: [PlannedFile] = []
        var lessonEntries: [PlannedFile] = []
        var assets: [SiteAsset] = []
        for result in done {
            switch result {
            case .lessonEntries(let files): lessonEntries = files
            case .assets(let files): assets = files
            case .page(let page, let entry):
                pages.append(page)
                if let entry { pageEntries.append(entry) }
            }
        }
        return (pages, pageEntries, lessonEntries, assets)
    }

    /// One item of ``pages(_:site:cache:alongside:)``'s pass.
    private enum PageJob: Sendable {
        case lessonEntries
        case font
        case page(SiteLesson)
    }

    /// What one item of ``pages(_:site:cache:alongside:)``'s pass made.
    private enum PageJobResult: Sendable {
        case lessonEntries([PlannedFile])
        case assets([SiteAsset])
        case page(RenderedLesson, entry: PlannedFile?)
    }

    /// Files the previous build wrote (by its manifest; without one, generated files directly in
    /// the output directory and in `figures/`) that this build no longer produces and that
    /// still carry our generator's mark.
    private func staleFiles(previous: OutputManifest?, produced: Set<String>) -> [String] {
        let candidates =
            previous?.paths ?? GeneratedFiles.existing(in: layout.outputDirectory).filter(OutputManifest.isOwned)
        return candidates.filter { !produced.contains($0) }.map(layout.output).filter { path in
            FileManager.default.contents(atPath: path).map { GeneratedFiles.isGenerated(path: path, contents: $0) }
                ?? false
        }
    }

    /// Site warnings are positioned in the Markdown the site rendered; the lesson file has the
    /// same lines, with columns shifted where references were replaced.
    private static func locate(_ warnings: [Diagnostic], in lessons: [BuiltLesson]) -> [Diagnostic] {
        let byPath = Dictionary(lessons.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var sources: [String: SourceText] = [:]
        return warnings.map { warning in
            guard let lesson = byPath[warning.path] else { return warning }
            let position = lesson.spliced.lessonPosition(
                ofSite: SourcePosition(line: warning.line, column: warning.column))
            let source = sources[lesson.path] ?? SourceText(path: lesson.path, text: lesson.lessonText)
            sources[lesson.path] = source
            return source.warning(line: position.line, column: position.column, warning.message)
        }
    }

    private static func readAll(_ paths: [String]) throws(DiagnosticList) -> [LessonFile] {
        var lessons: [LessonFile] = []
        var problems: [Diagnostic] = []
        for path in paths {
            do { lessons.append(try LessonFile.read(path)) } catch { problems += error.diagnostics }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return lessons
    }

    /// The lessons `requested` names: a lesson's path (`lessons/02-logistic.md`), or its file
    /// name or stem alone (`02-logistic.md`, `02-logistic`), which are looked up in the lessons
    /// directory.
    private static func select(_ requested: [String], from paths: [String]) throws(DiagnosticList) -> Set<String> {
        let byName = Dictionary(paths.map { (FilePath.fileName($0), $0) }, uniquingKeysWith: { a, _ in a })
        var slugs: Set<String> = []
        var problems: [Diagnostic] = []
        for path in requested {
            let name = FilePath.fileName(path)
            let fileName = name.hasSuffix(".md") ? name : name + ".md"
            let namesNoFolder = path == name
            if let lesson = byName[fileName], namesNoFolder || isSameFile(path, lesson) {
                slugs.insert(FilePath.stem(fileName))
            } else {
                let suggestion =
                    Suggestion.didYouMean(fileName, in: Array(byName.keys).sorted()).map { "; \($0)" } ?? ""
                problems.append(
                    Diagnostic(
                        path: path, line: 0, column: 0,
                        message: "not a lesson in the lessons directory\(suggestion)"))
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return slugs
    }

    private static func isSameFile(_ a: String, _ b: String) -> Bool {
        FileManager.default.fileExists(atPath: a)
            && AtomicWriter.resolvingSymbolicLinks(a) == AtomicWriter.resolvingSymbolicLinks(b)
    }

    private func checkOutputDirectory() throws(DiagnosticList) {
        var isDirectory = false
        let path = layout.outputDirectory
        let output = AtomicWriter.resolvingSymbolicLinks(path)
        let lessons = AtomicWriter.resolvingSymbolicLinks(layout.lessonsDirectory)
        if lessons == output || lessons.hasPrefix(output.hasSuffix("/") ? output : output + "/") {
            throw DiagnosticList([
                Diagnostic(
                    path: path, line: 0, column: 0,
                    message: "the output directory contains the lessons directory; choose another --output")
            ])
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory {
            throw DiagnosticList([
                Diagnostic(
                    path: path, line: 0, column: 0,
                    message: "output path exists and is not a directory")
            ])
        }
    }
}
