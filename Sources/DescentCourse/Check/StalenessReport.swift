import DescentText

/// How the files on disk differ from what a build would write: the verdict of `descent check`.
public struct StalenessReport: Sendable, Equatable {
    /// A file whose contents differ, with the rendered diff.
    public struct StaleFile: Sendable, Equatable {
        public var path: String
        public var diff: String
        /// The first line (1-based, in the file on disk) that the build would change; 0 for a
        /// binary file or one that differs only in line endings.
        public var firstChangedLine: Int
    }

    public var stale: [StaleFile] = []
    /// Files the build would create.
    public var missing: [String] = []
    /// Generated files the build would remove.
    public var extra: [String] = []

    /// Compares `plan` with the disk.
    public init(comparing plan: BuildPlan) {
        for file in plan.files {
            guard let current = FileManager.default.contents(atPath: file.path) else {
                missing.append(file.path)
                continue
            }
            guard current != file.contents else { continue }
            let (diff, line) = Self.diff(file, current)
            stale.append(StaleFile(path: file.path, diff: diff, firstChangedLine: line))
        }
        extra = plan.obsolete
    }

    /// True when the disk matches the build.
    public var isFresh: Bool { stale.isEmpty && missing.isEmpty && extra.isEmpty }

    /// The report for a terminal: each diff, a line per missing or extra file, a summary, a hint.
    public var description: String {
        var parts = stale.map(\.diff)
        parts += missing.map { "missing: \($0)" }
        parts += extra.map { "extra: \($0) (generated, no longer produced)" }
        let counts = [(stale.count, "stale"), (missing.count, "missing"), (extra.count, "extra")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
        let total = stale.count + missing.count + extra.count
        parts.append("\(total) file\(total == 1 ? "" : "s") out of date (\(counts)); run 'descent build' to update")
        return parts.joined(separator: "\n")
    }

    /// Each stale, missing or extra file as an error at its first changed line, for
    /// `--diagnostics github|json`, where CI shows it on that line.
    public var diagnostics: [Diagnostic] {
        stale.map {
            Diagnostic(
                path: $0.path, line: $0.firstChangedLine, column: $0.firstChangedLine > 0 ? 1 : 0,
                message: "stale: differs from what 'descent build' writes from here on; run 'descent build'")
        }
            + missing.map {
                Diagnostic(path: $0, line: 0, column: 0, message: "missing: 'descent build' creates this file")
            }
            + extra.map {
                Diagnostic(
                    path: $0, line: 0, column: 0, message: "extra: a generated file the build no longer produces")
            }
    }

    private static func diff(_ file: PlannedFile, _ current: Data) -> (text: String, firstChangedLine: Int) {
        guard let old = String(validating: current, as: UTF8.self),
            let new = String(validating: file.contents, as: UTF8.self)
        else {
            return ("binary file \(file.path) differs", 0)
        }
        let diff = UnifiedDiff(old: old, new: new)
        if diff.isEmpty { return ("\(file.path): differs only in line endings or the final newline", 0) }
        return (diff.render(oldName: "\(file.path) (on disk)", newName: "\(file.path) (built)"), diff.firstChangedLine)
    }
}
