import DescentCourse
import DescentText

/// A course (often of one lesson) in a fresh temporary directory, removed when the value goes away; its
/// build is planned in memory (`CourseBuilder.plan()`, what `descent check` computes), so
/// nothing but the lesson is ever written.
final class ScratchCourse {
    private let root: String
    private let builder: CourseBuilder

    /// A course whose only lesson is `lesson`.
    convenience init(lesson: String) throws {
        try self.init(lessons: [lesson])
    }

    /// A course of `lessons`, in order (`001-scaling.md`, `002-scaling.md`, …).
    init(lessons: [String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("descent-bench-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: root + "/lessons", withIntermediateDirectories: true)
        for (index, lesson) in lessons.enumerated() {
            let name = BenchText.zeroPadded(index + 1, width: 3) + "-scaling.md"
            try Data(lesson.utf8).write(to: URL(fileURLWithPath: root + "/lessons/" + name))
        }
        builder = CourseBuilder(
            layout: CourseLayout(lessonsDirectory: root + "/lessons", outputDirectory: root + "/output"))
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Plans the whole build; returns how many files it would write.
    func plan() throws -> Int {
        try builder.plan().files.count
    }
}
