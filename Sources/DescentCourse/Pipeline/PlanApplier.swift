import DescentLesson
import Foundation
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

    /// Applies `plan`; an I/O failure is reported as a diagnostic naming the file.
    public static func apply(_ plan: BuildPlan) throws(DiagnosticList) -> Result {
        var result = Result()
        for file in plan.files {
            do {
                if try AtomicWriter.write(file.contents, to: file.path) {
                    result.written.append(file.path)
                } else {
                    result.unchanged += 1
                }
            } catch {
                throw failure(file.path, "cannot write file: \(error.localizedDescription)")
            }
        }
        for path in plan.obsolete {
            do { try FileManager.default.removeItem(atPath: path) } catch {
                throw failure(path, "cannot remove obsolete generated file: \(error.localizedDescription)")
            }
            result.removed.append(path)
        }
        return result
    }

    private static func failure(_ path: String, _ message: String) -> DiagnosticList {
        DiagnosticList([Diagnostic(path: path, line: 0, column: 0, message: message.lowercased())])
    }
}
