import Foundation

/// How the files on disk differ from what a build would write: the verdict of `descent check`.
public struct StalenessReport: Sendable, Equatable {
    /// A file whose contents differ, with the rendered diff.
    public struct StaleFile: Sendable, Equatable {
        public var path: String
        public var diff: String
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
            stale.append(StaleFile(path: file.path, diff: Self.diff(file, current)))
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

    private static func diff(_ file: PlannedFile, _ current: Data) -> String {
        guard let old = String(validating: current, as: UTF8.self),
            let new = String(validating: file.contents, as: UTF8.self)
        else {
            return "binary file \(file.path) differs"
        }
        let diff = UnifiedDiff(old: old, new: new)
        if diff.isEmpty { return "\(file.path): differs only in line endings or the final newline" }
        return diff.render(oldName: "\(file.path) (on disk)", newName: "\(file.path) (built)")
    }
}
