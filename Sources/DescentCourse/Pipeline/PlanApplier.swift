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

    /// Applies `plan`: first removes temporary files dead builds left in the folders it writes,
    /// then checks that no file the build read has changed since (a lesson saved during the
    /// build: nothing is written, and the build is to be run again), then writes. An I/O failure
    /// is reported as a diagnostic naming the file.
    public static func apply(_ plan: BuildPlan) throws(DiagnosticList) -> Result {
        var resolver = PathResolver()
        let written = (plan.files + plan.cacheFiles).map { resolver.resolve($0.path) }
        StaleTemporaryFiles.remove(in: Array(Set(written.map(FilePath.directory))).sorted())
        let changed = plan.files.filter { file in
            file.readContents.map { FileManager.default.contents(atPath: file.path) != $0 } ?? false
        }
        guard changed.isEmpty else { throw DiagnosticList(changed.map { changedWhileBuilding($0.path) }) }
        // Most files of a rebuild are unchanged: they are read and compared on every core, and
        // only the others are written, one after another in plan order.
        let upToDate = ParallelWork.map(Array(zip(plan.files, written))) { file, path in
            FileManager.default.contents(atPath: path) == file.contents
        }
        var result = Result()
        for (file, isUpToDate) in zip(plan.files, upToDate) {
            guard !isUpToDate else {
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
