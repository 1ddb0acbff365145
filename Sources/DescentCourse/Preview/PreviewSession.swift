import DescentText
import Synchronization

/// The course as the preview server shows it: builds it in memory and keeps the latest
/// ``PreviewSnapshot`` for the server's requests.
///
/// Preview never writes a lesson or the output directory: a build's spliced lessons and site
/// exist only in the snapshot (the served pages show what `descent build` would produce), so a
/// save the author makes while a rebuild runs cannot be overwritten, and the files on disk stay
/// byte-identical to the last `descent build`. Only the build cache is written (atomically, as
/// `descent build` writes it), so each rebuild reruns only what changed.
public final class PreviewSession: Sendable {
    /// Where the course is.
    public let layout: CourseLayout
    private let state = Mutex(PreviewSnapshot())

    /// A session for the course at `layout`; nothing is built until ``rebuild()``.
    public init(layout: CourseLayout) {
        self.layout = layout
    }

    /// What one rebuild did.
    public struct Outcome: Sendable {
        /// The snapshot's generation after the rebuild.
        public var generation: Int
        /// The lessons whose experiments ran (the others came from the build cache).
        public var lessonsRun: [String]
        /// Errors (the rebuild failed and the pages show them) or warnings.
        public var diagnostics: DiagnosticList
        /// Whether the rebuild failed.
        public var failed: Bool
        /// How long the rebuild took.
        public var duration: Duration
    }

    /// The current snapshot.
    public var snapshot: PreviewSnapshot { state.withLock { $0 } }

    /// Builds the course again and publishes the result: the new site, or the errors (the last
    /// good site is kept for files other than pages).
    @discardableResult
    public func rebuild() -> Outcome {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let plan = try CourseBuilder(layout: layout).plan()
            PlanApplier.storeCache(plan)
            let files = siteFiles(plan)
            let generation = state.withLock { snapshot in
                snapshot = PreviewSnapshot(generation: snapshot.generation + 1, files: files, failure: nil)
                return snapshot.generation
            }
            return Outcome(
                generation: generation, lessonsRun: plan.lessonsRun, diagnostics: DiagnosticList(plan.warnings),
                failed: false, duration: clock.now - start)
        } catch {
            let generation = state.withLock { snapshot in
                snapshot.generation += 1
                snapshot.failure = error
                return snapshot.generation
            }
            return Outcome(
                generation: generation, lessonsRun: [], diagnostics: error, failed: true, duration: clock.now - start)
        }
    }

    /// The generation, once it is past `generation` or `timeout` has passed (then unchanged):
    /// what a page's reload script waits on.
    public func generation(after generation: Int, timeout: Duration) async -> Int {
        let deadline = ContinuousClock.now + timeout
        while true {
            let current = state.withLock { $0.generation }
            if current > generation || ContinuousClock.now >= deadline { return current }
            try? await Task.sleep(for: .milliseconds(5))
        }
    }

    /// The plan's files inside the output directory, by their path relative to it.
    private func siteFiles(_ plan: BuildPlan) -> [String: Data] {
        let prefix = layout.output("")
        var files: [String: Data] = [:]
        for file in plan.files where file.path.hasPrefix(prefix) {
            files[String(file.path.dropFirst(prefix.count))] = file.contents
        }
        return files
    }
}
