import DescentLesson
import DescentText
import Dispatch
import Synchronization

/// A build's progress on a terminal: once the build has run for `delay` (a second), one line on
/// standard error, redrawn in place as it changes —
///
///     lessons/03-the-learning-rate.md · lr-sweep · 1234 of 10000 runs · 4 s
///
/// — and erased when the build finishes, so what the command prints afterwards is unchanged.
/// ``standardError()`` makes one only when standard error is a terminal (`isatty(2)`), and
/// starts a timer that calls ``tick()`` ten times a second; otherwise a build shows nothing and
/// its output stays deterministic. Tests drive it with their own clock and sink and call
/// ``tick()`` themselves.
public final class TerminalProgress: BuildProgress, @unchecked Sendable {
    private let lock = Mutex(())
    private let delay: Double
    private let width: Int
    private let now: @Sendable () -> Double
    private let write: @Sendable (String) -> Void
    private let start: Double
    private var lesson: String?
    private var experiment = ""
    private var runs = 0
    /// Runs finished so far, by lesson and experiment (lessons run concurrently; the line shows
    /// the experiment that started last).
    private var done: [String: Int] = [:]
    private var stage: String?
    private var drawn: String?
    private var timer: (any DispatchSourceTimer)?

    /// A reporter that measures time with `now` (seconds), draws through `write`, stays silent
    /// for the first `delay` seconds and keeps its line shorter than `width` characters.
    public init(
        delay: Double = 1, width: Int = 80, now: @escaping @Sendable () -> Double,
        write: @escaping @Sendable (String) -> Void
    ) {
        self.delay = delay
        self.width = Swift.max(20, width)
        self.now = now
        self.write = write
        self.start = now()
    }

    /// A reporter drawing on standard error, ticking on its own, when standard error is a
    /// terminal; nil otherwise.
    public static func standardError() -> TerminalProgress? {
        guard isatty(2) == 1 else { return nil }
        let clock = ContinuousClock()
        let origin = clock.now
        let progress = TerminalProgress(
            width: terminalWidth(),
            now: {
                let parts = (clock.now - origin).components
                return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
            },
            write: { try? StandardStream.error.write($0.utf8) })
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + .milliseconds(100), repeating: .milliseconds(100))
        timer.setEventHandler { [weak progress] in progress?.tick() }
        progress.timer = timer
        timer.resume()
        return progress
    }

    public func experimentStarted(lesson: String, id: String, runs: Int) {
        lock.withLock { _ in
            self.lesson = lesson
            experiment = id
            self.runs = runs
            done[Self.key(lesson, id)] = 0
            stage = nil
        }
    }

    public func runFinished(lesson: String, id: String) {
        lock.withLock { _ in done[Self.key(lesson, id), default: 0] += 1 }
    }

    private static func key(_ lesson: String, _ id: String) -> String { lesson + "\u{0}" + id }

    public func stageStarted(_ description: String) {
        lock.withLock { _ in stage = description }
    }

    /// Draws the current line when the build has run for `delay` and the line changed.
    public func tick() {
        lock.withLock { _ in
            let elapsed = now() - start
            guard elapsed >= delay else { return }
            let line = String(self.line(seconds: Int(elapsed)).prefix(width - 1))
            guard line != drawn else { return }
            write("\r\u{1B}[K" + line)
            drawn = line
        }
    }

    /// Stops the timer and erases the line, if one was drawn. Call it before printing anything
    /// else; calling it again does nothing.
    public func finish() {
        timer?.cancel()
        timer = nil
        lock.withLock { _ in
            guard drawn != nil else { return }
            write("\r\u{1B}[K")
            drawn = nil
        }
    }

    /// `lesson · experiment · k of n runs · t s`, or the stage, or that the build is reading.
    private func line(seconds: Int) -> String {
        let what: String
        if let stage {
            what = stage
        } else if let lesson {
            let finished = done[Self.key(lesson, experiment)] ?? 0
            what = "\(lesson) · \(experiment) · \(finished) of \(runs) run\(runs == 1 ? "" : "s")"
        } else {
            what = "reading the lessons"
        }
        return what + " · \(seconds) s"
    }

    /// The terminal's width in columns (80 when it cannot be asked).
    private static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
