import DescentLesson
import Foundation
import DescentText

/// Every lesson of the course with its experiments run, and the course-wide table of results
/// that inline references read from.
struct CourseRun {
    let lessons: [LessonFile]
    let runs: [LessonRun]
    /// Every experiment by id, across all lessons.
    let results: [String: ExperimentResult]

    /// Runs every lesson; problems in all lessons (and ids used twice in the course) are
    /// reported together.
    init(_ lessons: [LessonFile], lessonsDirectory: String) throws(DiagnosticList) {
        var runs: [LessonRun] = []
        var problems: [Diagnostic] = []
        for lesson in lessons {
            let source = SourceText(path: lesson.path, text: lesson.text)
            do throws(DiagnosticList) {
                runs.append(try LessonRun(source, readFile: DataFiles.reader(relativeTo: lessonsDirectory)))
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        var results: [String: ExperimentResult] = [:]
        var firstUse: [String: String] = [:]
        for run in runs {
            for (block, result) in zip(run.document.blocks, run.results) {
                if let first = firstUse[result.id] {
                    problems.append(run.document.source.error(line: block.idLine, column: block.idColumn,
                        "experiment id '\(result.id)' is already used in \(first); ids must be unique across the course"))
                    continue
                }
                firstUse[result.id] = "\(run.document.source.path):\(block.idLine)"
                results[result.id] = result
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        self.lessons = lessons
        self.runs = runs
        self.results = results
    }
}

/// Reads the data files experiment blocks name (`data: points.csv`).
public enum DataFiles {
    /// A reader resolving names relative to `directory`; absolute names are used as they are.
    public static func reader(relativeTo directory: String) -> DataFileReader {
        { name in
            let path = name.hasPrefix("/") ? name : FilePath.join(directory, name)
            guard let data = FileManager.default.contents(atPath: path),
                  let text = String(validating: data, as: UTF8.self) else { return nil }
            return (path, text)
        }
    }
}
