import DescentLesson
import DescentText

/// Carries out a `BuildPlan`: writes changed files atomically and removes obsolete ones.
public enum PlanApplier {
    /// What applying a plan did.
    public struct Result: Sendable, Equatable {
        /// Files whose bytes changed (created or rewritten).
        public var written: [String] = []
        /// Obsolete generated files removed.
        public var removed: [String] = []
        /// Files already up to date.
        public var unchanged: Int = 0
    }

    /// Writes the plan's build-cache entries (also what `descent preview` writes, and all it
    /// writes). The cache is an optimisation: an entry that cannot be written is simply not
    /// there next time.
    static func storeCache(_ plan: BuildPlan) {
        for file in plan.cacheFiles { _ = try? AtomicWriter.write(file.contents, to: file.path, durable: false) }
    }

    /// Applies `plan`: reads every planned file once, removes temporary files dead builds left in
    /// the folders it writes, checks that no file the build read has changed since (a lesson
    /// saved during the build: nothing is written, and the build is to be run again), then
    /// writes the files whose bytes differ. An I/O failure is reported as a diagnostic naming
    /// the file.
    public static func apply(_ plan: BuildPlan) throws(DiagnosticList) -> Result {
        let resolver = PathResolver(forPathsIn: (plan.files + plan.cacheFiles).map(\.path))
        // Every planned file is read once, on every core: to see that a file the build read is
        // unchanged (a lesson saved during the build) and whether it needs writing at all (most
        // files of a rebuild do not).
        let onDisk = ParallelWork.map(plan.files) { file -> (path: String, changed: Bool, upToDate: Bool) in
            let path = resolver.resolve(file.path)
            let contents = FileManager.default.contents(atPath: path)
            return (path, file.readContents.map { contents != $0 } ?? false, contents == file.contents)
        }
        let folders =
            onDisk.map { FilePath.directory($0.path) }
            + plan.cacheFiles.map { FilePath.directory(resolver.resolve($0.path)) }
        StaleTemporaryFiles.remove(in: Array(Set(folders)).sorted())
        let changed = zip(plan.files, onDisk).filter(\.1.changed).map(\.0)
        guard changed.isEmpty else { throw DiagnosticList(changed.map { changedWhileBuilding($0.path) }) }
        // Files already up to date are left alone; the others are written one after another, in
        // plan order.
        var result = Result()
        for (file, disk) in zip(plan.files, onDisk) {
            guard !disk.upToDate else {
                result.unchanged += 1
                continue
            }
            do throws(AtomicWriter.Failure) {
                if try AtomicWriter.write(file.contents, to: file.path, expecting: file.readContents) {
                    result.written.append(file.path)
                } else {
                    result.unchanged += 1
                }
            } catch {
                switch error {
                case .changedOnDisk: throw DiagnosticList([changedWhileBuilding(file.path)])
                case .system(let reason): throw failure(file.path, "cannot write file: \(reason)")
                }
            }
        }
        storeCache(plan)
        for path in plan.obsolete {
            do { try FileManager.default.removeItem(atPath: path) } catch {
                throw failure(path, "cannot remove obsolete generated file: \(SystemErrorText.describe(error))")
            }
            result.removed.append(path)
        }
        return result
    }

    private static func changedWhileBuilding(_ path: String) -> Diagnostic {
        Diagnostic(path: path, line: 0, column: 0, message: "changed while building; run the build again")
    }

    private static func failure(_ path: String, _ message: String) -> DiagnosticList {
        DiagnosticList([Diagnostic(path: path, line: 0, column: 0, message: message.lowercased())])
    }
}
