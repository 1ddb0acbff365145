import DescentEngine
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Builds of the real `descent` binary killed (SIGKILL) at random points, seeded: every lesson is
/// always byte for byte its old or its new text, and the next build and check pass.
@Suite struct CrashSafetyTests {
    /// Three lessons with enough work that a build takes a moment, each with a stale region
    /// (old text) that a build replaces (new text), figures and prose around it.
    static let lessons: [String: String] = Dictionary(
        uniqueKeysWithValues: (0..<3).map { number in
            let text = """
                # Lesson \(number)

                Before the block, {{run\(number).iterations}} iterations.

                ```descent run\(number)
                f(x, y) = (1 - x)^2 + 10*(y - x^2)^2
                start: x = -1, y = 1
                optimizer: gd, adam
                lr: 0.001
                steps: 1000
                show: summary, plot loss log
                ```

                <!-- descent:begin run\(number) sum=\(checksumOfStale) -->
                stale
                <!-- descent:end run\(number) -->

                After the block.

                """
            return ("lessons/0\(number)-lesson.md", text)
        })
    static let checksumOfStale = "980a299c"  // FNV-1a of "stale\n"

    @Test func aKilledBuildLeavesEachLessonOldOrNewAndTheNextBuildPasses() throws {
        // The new texts, the length of a whole build and when it writes the first lesson, from
        // an untouched copy.
        let reference = try Scratch(Self.lessons)
        let (duration, firstWrite) = try Self.timeBuild(in: reference, watching: "lessons/00-lesson.md")
        try #require(reference.read("output/index.html") != nil, "the reference build failed")
        var new: [String: String] = [:]
        for path in Self.lessons.keys { new[path] = reference.read(path) }

        let scratch = try Scratch(Self.lessons)
        var random = SeededGenerator(seed: 2024)
        var outcomes = (old: 0, new: 0)
        for round in 0..<25 {
            for (path, text) in Self.lessons { try scratch.write(path, text) }
            // Half anywhere from the start to well past the end of a build, half close to when
            // it writes the lessons (a build after a kill can be slower than the first).
            let delay =
                round.isMultiple(of: 2)
                ? duration * 1.6 * random.nextUnit() : max(0, firstWrite + duration * 0.2 * (random.nextUnit() - 0.5))
            try Self.runAndKill(["build"], in: scratch.root, after: delay)
            for path in Self.lessons.keys.sorted() {
                let text = scratch.read(path)
                #expect(
                    text == Self.lessons[path] || text == new[path],
                    "kill \(round) after \(delay) s: \(path) is neither its old nor its new text")
                if text == new[path] { outcomes.new += 1 } else { outcomes.old += 1 }
            }
        }
        let build = try DescentProcess.run(["build"], in: scratch.root)
        #expect(build.status == 0, "\(build.standardError)")
        for path in Self.lessons.keys { #expect(scratch.read(path) == new[path]) }
        let check = try DescentProcess.run(["check"], in: scratch.root)
        #expect(check.status == 0, "\(check.standardOutput)")
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: scratch.root)
            .filter { $0.hasSuffix(".descent-tmp") }
        #expect(leftovers.isEmpty, "temporary files left after a build: \(leftovers)")
        // Kills landed before and after the lessons were written, or the test proved little.
        #expect(outcomes.old > 0 && outcomes.new > 0, "old \(outcomes.old), new \(outcomes.new)")
    }

    /// Runs `descent build` in `scratch`: how long it took and when the file at `path` changed,
    /// in seconds from the start.
    static func timeBuild(in scratch: Scratch, watching path: String) throws -> (TimeInterval, TimeInterval) {
        let old = scratch.read(path)
        let process = Process()
        process.executableURL = DescentProcess.executable
        process.arguments = ["build"]
        process.currentDirectoryURL = URL(fileURLWithPath: scratch.root)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let started = Date()
        try process.run()
        var changed: TimeInterval?
        while process.isRunning {
            if changed == nil, scratch.read(path) != old { changed = Date().timeIntervalSince(started) }
            usleep(500)
        }
        let duration = Date().timeIntervalSince(started)
        return (duration, changed ?? duration)
    }

    /// Starts `descent arguments…` and kills it with SIGKILL after `delay` seconds (if it is
    /// still running then).
    static func runAndKill(_ arguments: [String], in directory: String, after delay: TimeInterval) throws {
        let process = Process()
        process.executableURL = DescentProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
