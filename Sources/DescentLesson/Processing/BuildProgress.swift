/// Told where a build is as its experiments run, so a long build can say so (`descent build`
/// and `check` draw it on a terminal: ``DescentCourse/TerminalProgress``).
///
/// `runFinished` is called from the threads that run the experiment's runs, concurrently; the
/// other calls come from the thread driving the build. Nothing a reporter does changes what a
/// build computes or writes.
public protocol BuildProgress: Sendable {
    /// The experiment `id` of `lesson`, with `runs` runs, starts running.
    func experimentStarted(lesson: String, id: String, runs: Int)
    /// One more run of the current experiment has finished.
    func runFinished()
    /// The build moved on to work that is not an experiment (`rendering the site`).
    func stageStarted(_ description: String)
}
