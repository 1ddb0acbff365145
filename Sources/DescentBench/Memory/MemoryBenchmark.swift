import DescentText

/// Peak memory of whole builds, each in a fresh child process: `descent check` (a build's work,
/// planned in memory) of a one-lesson scratch course — or `descent run` on that lesson, its
/// output to /dev/null — its peak resident set size read from
/// `wait4`'s `ru_maxrss`. Each case runs `repeats` times and reports the median, beside the
/// baseline (a trivial course) measured in the same run.
public enum MemoryBenchmark {
    /// One case's figures.
    public struct Result: Sendable {
        public var memoryCase: MemoryCase
        /// Median peak resident memory, MB.
        public var peakMB: Double
        /// Median wall time, seconds.
        public var seconds: Double
        /// Median wall time per step, nanoseconds, for a case that counts its steps.
        public var nanosecondsPerStep: Double? { memoryCase.steps.map { seconds * 1e9 / Double($0) } }
        /// The child's exit status (0 or 1 for a build that ran; 2 for lesson errors).
        public var exitStatus: Int32

        /// `ok` within the target, `FAIL` past it or when the build reported errors, `—` for the baseline.
        public var verdict: String {
            guard exitStatus == 0 || exitStatus == 1 else { return "FAIL (exit \(exitStatus))" }
            guard let target = memoryCase.targetMB else { return "baseline" }
            return peakMB <= Double(target) ? "ok" : "FAIL"
        }
    }

    /// Measures every case with `executable` (the `descent` binary); calls `report` as each
    /// finishes.
    public static func run(
        _ cases: [MemoryCase] = MemoryCase.all, executable: String = selfExecutable, repeats: Int = 3,
        report: (Result) -> Void = { _ in }
    ) -> [Result] {
        cases.map { memoryCase in
            var samples: [(kb: Int, seconds: Double, status: Int32)] = []
            for _ in 0..<max(repeats, 1) {
                samples.append(measure(executable: executable, memoryCase))
            }
            let result = Result(
                memoryCase: memoryCase, peakMB: median(samples.map { Double($0.kb) / 1024 }),
                seconds: median(samples.map(\.seconds)), exitStatus: samples.map(\.status).max() ?? -1)
            report(result)
            return result
        }
    }

    /// The running executable (`/proc/self/exe`), so that `descent bench` measures itself.
    public static var selfExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// The case's command on a scratch course holding its lesson, in a child process.
    static func measure(executable: String, _ memoryCase: MemoryCase) -> (kb: Int, seconds: Double, status: Int32) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("descent-memory-" + UUID().uuidString)
            .path
        defer { try? FileManager.default.removeItem(atPath: root) }
        do {
            try FileManager.default.createDirectory(atPath: root + "/lessons", withIntermediateDirectories: true)
            try Data(memoryCase.lesson.utf8).write(to: URL(fileURLWithPath: root + "/lessons/01-memory.md"))
        } catch {
            return (0, 0, -1)
        }
        let arguments =
            switch memoryCase.command {
            case .check: [executable, "check", "--lessons", root + "/lessons", "--output", root + "/output"]
            case .runJSON: [executable, "run", root + "/lessons/01-memory.md", "--format", "json"]
            }
        var seconds = 0.0
        var outcome: (kb: Int, status: Int32) = (0, -1)
        seconds = Stopwatch.seconds { outcome = spawnAndWait(arguments) }
        return (outcome.kb, seconds, outcome.status)
    }

    /// Runs `arguments` with standard output and error sent to /dev/null; its peak RSS in KB
    /// (Linux's unit for `ru_maxrss`) and exit status.
    private static func spawnAndWait(_ arguments: [String]) -> (kb: Int, status: Int32) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else { return (0, -1) }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { return (0, -1) }
        let exited = (status & 0x7f) == 0
        return (Int(usage.ru_maxrss), exited ? (status >> 8) & 0xff : -1)
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[(sorted.count - 1) / 2]
    }
}
