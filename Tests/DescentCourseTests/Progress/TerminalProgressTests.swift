import DescentLesson
import DescentText
import Dispatch
import Foundation
import Testing

@testable import DescentCourse

/// A clock the test moves and a sink that keeps what was drawn.
private final class Terminal: @unchecked Sendable {
    private let lock = NSLock()
    private var time = 0.0
    private var written: [String] = []

    var output: [String] { lock.withLock { written } }
    func advance(to seconds: Double) { lock.withLock { time = seconds } }

    func progress(width: Int = 80) -> TerminalProgress {
        TerminalProgress(
            width: width, now: { [self] in lock.withLock { time } },
            write: { [self] text in lock.withLock { written.append(text) } })
    }
}

/// Records every call, in order.
private final class Recorder: BuildProgress, @unchecked Sendable {
    private let lock = NSLock()
    private(set) var events: [String] = []
    private(set) var finishedRuns = 0

    func experimentStarted(lesson: String, id: String, runs: Int) {
        lock.withLock { events.append("\(FilePath.fileName(lesson)) \(id) \(runs)") }
    }
    func runFinished(lesson: String, id: String) { lock.withLock { finishedRuns += 1 } }
    func stageStarted(_ description: String) { lock.withLock { events.append(description) } }
}

@Suite struct TerminalProgressTests {
    @Test func silentForTheFirstSecondThenOneLineRedrawnInPlace() {
        let terminal = Terminal()
        let progress = terminal.progress()
        progress.experimentStarted(lesson: "lessons/03-rate.md", id: "lr-sweep", runs: 10)
        progress.runFinished(lesson: "lessons/03-rate.md", id: "lr-sweep")
        terminal.advance(to: 0.9)
        progress.tick()
        #expect(terminal.output.isEmpty)
        terminal.advance(to: 1.2)
        progress.tick()
        progress.tick()
        #expect(terminal.output == ["\r\u{1B}[Klessons/03-rate.md · lr-sweep · 1 of 10 runs · 1 s"])
        progress.runFinished(lesson: "lessons/03-rate.md", id: "lr-sweep")
        progress.tick()
        progress.stageStarted("rendering the site")
        terminal.advance(to: 2.5)
        progress.tick()
        progress.finish()
        progress.finish()
        #expect(
            terminal.output.dropFirst() == [
                "\r\u{1B}[Klessons/03-rate.md · lr-sweep · 2 of 10 runs · 1 s",
                "\r\u{1B}[Krendering the site · 2 s", "\r\u{1B}[K",
            ])
    }

    @Test func aShortBuildDrawsAndErasesNothing() {
        let terminal = Terminal()
        let progress = terminal.progress()
        progress.experimentStarted(lesson: "l.md", id: "walk", runs: 1)
        progress.runFinished(lesson: "l.md", id: "walk")
        terminal.advance(to: 0.3)
        progress.tick()
        progress.finish()
        #expect(terminal.output.isEmpty)
    }

    @Test func theLineStaysNarrowerThanTheTerminal() {
        let terminal = Terminal()
        let progress = terminal.progress(width: 30)
        progress.experimentStarted(lesson: "lessons/a-very-long-lesson-name.md", id: "walk", runs: 1)
        terminal.advance(to: 5)
        progress.tick()
        #expect(terminal.output.first.map { $0.dropFirst(4).count } == 29)
    }

    @Test func runsFinishingOnManyThreadsAreAllCounted() {
        let terminal = Terminal()
        let progress = terminal.progress()
        progress.experimentStarted(lesson: "l.md", id: "sweep", runs: 4_000)
        DispatchQueue.concurrentPerform(iterations: 4_000) { _ in progress.runFinished(lesson: "l.md", id: "sweep") }
        terminal.advance(to: 1)
        progress.tick()
        #expect(terminal.output == ["\r\u{1B}[Kl.md · sweep · 4000 of 4000 runs · 1 s"])
    }

    @Test func experimentsOfLessonsRunningTogetherKeepTheirOwnCounts() {
        let terminal = Terminal()
        let progress = terminal.progress()
        progress.experimentStarted(lesson: "a.md", id: "big", runs: 100)
        progress.experimentStarted(lesson: "b.md", id: "small", runs: 3)
        for _ in 0..<50 { progress.runFinished(lesson: "a.md", id: "big") }
        progress.runFinished(lesson: "b.md", id: "small")
        terminal.advance(to: 1)
        progress.tick()
        #expect(terminal.output == ["\r\u{1B}[Kb.md · small · 1 of 3 runs · 1 s"])
    }

    @Test func aBuildReportsEachExperimentAndRunAndComputesTheSame() throws {
        let sweep = "# Sweep\n\n```descent sweep\nf(w) = w^2\nstart: w = 1\nlr: 0.1, 0.2, 0.3\nsteps: 5\n```\n"
        let walk = "# Walk\n\n```descent walk\nf(w) = w^2\nstart: w = 1\nlr: 0.1\nsteps: 5\n```\n"
        let course = try TemporaryCourse(lessons: ["01-sweep.md": sweep, "02-walk.md": walk])
        let layout = CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output)
        var builder = CourseBuilder(layout: layout)
        let recorder = Recorder()
        builder.progress = recorder
        let reported = try builder.plan()
        let silent = try CourseBuilder(layout: layout).plan()
        #expect(reported == silent)
        // Lessons run concurrently, so their experiments may start in either order; the site
        // comes after both.
        #expect(Set(recorder.events.dropLast()) == ["01-sweep.md sweep 3", "02-walk.md walk 1"])
        #expect(recorder.events.last == "rendering the site" && recorder.events.count == 3)
        #expect(recorder.finishedRuns == 4)
    }
}
