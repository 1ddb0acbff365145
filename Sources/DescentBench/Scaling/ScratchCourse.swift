import DescentCourse
import Foundation

/// A one-lesson course in a fresh temporary directory, removed when the value goes away; its
/// build is planned in memory (`CourseBuilder.plan()`, what `descent check` computes), so
/// nothing but the lesson is ever written.
final class ScratchCourse {
    private let root: String
    private let builder: CourseBuilder

    /// A course whose only lesson is `lesson`.
    init(lesson: String) throws {
        root = NSTemporaryDirectory() + "descent-bench-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/lessons", withIntermediateDirectories: true)
        try Data(lesson.utf8).write(to: URL(fileURLWithPath: root + "/lessons/01-scaling.md"))
        builder = CourseBuilder(
            layout: CourseLayout(lessonsDirectory: root + "/lessons", outputDirectory: root + "/output"))
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Plans the whole build; returns how many files it would write.
    func plan() throws -> Int {
        try builder.plan().files.count
    }
}
