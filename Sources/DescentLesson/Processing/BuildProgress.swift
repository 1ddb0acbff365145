/// Told where a build is as its experiments run, so a long build can say so (`descent build`
/// and `check` draw it on a terminal: ``DescentCourse/TerminalProgress``).
///
/// Lessons run concurrently and so do the runs of an experiment: any call may come from any
/// thread, and several experiments (of different lessons) may be under way at once. Nothing a
/// reporter does changes what a build computes or writes.
public protocol BuildProgress: Sendable {
    /// The experiment `id` of `lesson`, with `runs` runs, starts running.
    func experimentStarted(lesson: String, id: String, runs: Int)
    /// One more run of the experiment `id` of `lesson` has finished.
    func runFinished(lesson: String, id: String)
    /// The build moved on to work that is not an experiment (`rendering the site`).
    func stageStarted(_ description: String)
}
