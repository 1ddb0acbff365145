import DescentText

/// What the preview server shows at one moment: the site of the last successful build, held in
/// memory, or the errors of the last build that failed.
///
/// Each rebuild makes a new snapshot with a higher `generation`; a page's reload script waits
/// for the generation to pass the one it was served with.
public struct PreviewSnapshot: Sendable {
    /// Counts rebuilds, successful or not; 0 before the first build finished.
    public var generation: Int
    /// Every file of the site, by its path relative to the output directory (`index.html`,
    /// `figures/walk-loop-path.svg`).
    public var files: [String: Data]
    /// The errors of the last build, when it failed: the pages show them until a build succeeds.
    public var failure: DiagnosticList?

    /// A snapshot with nothing built yet.
    public init(generation: Int = 0, files: [String: Data] = [:], failure: DiagnosticList? = nil) {
        self.generation = generation
        self.files = files
        self.failure = failure
    }
}
