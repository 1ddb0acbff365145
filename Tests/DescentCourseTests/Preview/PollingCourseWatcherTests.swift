import Foundation
import Testing

@testable import DescentCourse

@Suite struct PollingCourseWatcherTests {
    private func changes(_ watcher: PollingCourseWatcher, within limit: Duration) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                await watcher.nextChange()
                return true
            }
            group.addTask {
                try? await Task.sleep(for: limit)
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }

    @Test func anEditIsSeen() async throws {
        let course = try TemporaryCourse(lessons: TemporaryCourse.sample)
        let watcher = PollingCourseWatcher(directory: course.lessons, interval: .milliseconds(10))
        try course.write("lessons/01-walk.md", "# Walking downhill, longer\n")
        #expect(await changes(watcher, within: .seconds(5)))
    }

    @Test func anAtomicSaveIsSeenEvenWithTheSameSize() throws {
        let course = try TemporaryCourse(lessons: TemporaryCourse.sample)
        let before = PollingCourseWatcher.stamps(in: course.lessons)
        try course.write("lessons/.01-walk.md.swp", "# Walking downhill\n\n- a\n- c\n")
        #expect(PollingCourseWatcher.stamps(in: course.lessons) == before)
        try FileManager.default.moveItem(atPath: course.lessons + "/.01-walk.md.swp", toPath: course.lessons + "/x.md")
        try FileManager.default.removeItem(atPath: course.lessons + "/01-walk.md")
        try FileManager.default.moveItem(atPath: course.lessons + "/x.md", toPath: course.lessons + "/01-walk.md")
        let after = PollingCourseWatcher.stamps(in: course.lessons)
        #expect(after["01-walk.md"] != before["01-walk.md"])
        #expect(after["01-walk.md"]?.size == before["01-walk.md"]?.size)
    }

    @Test func hiddenAndTemporaryFilesAreIgnored() {
        #expect(PollingCourseWatcher.isWatched("01-walk.md"))
        #expect(PollingCourseWatcher.isWatched("data/points.csv"))
        #expect(!PollingCourseWatcher.isWatched(".01-walk.md.swp"))
        #expect(!PollingCourseWatcher.isWatched(".git/HEAD"))
        #expect(!PollingCourseWatcher.isWatched("01-walk.md.descent-tmp"))
    }
}
