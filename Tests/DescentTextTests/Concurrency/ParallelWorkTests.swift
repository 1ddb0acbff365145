import DescentText
import Foundation
import Testing

@Suite struct ParallelWorkTests {
    @Test func resultsComeBackInItemOrderWhateverOrderTheyFinishIn() {
        // Early items take longest, so on several threads later items finish first.
        let items = Array(0..<64)
        let squares = ParallelWork.map(items, threads: 4) { item in
            Thread.sleep(forTimeInterval: Double(64 - item) * 0.000_2)
            return item * item
        }
        #expect(squares == items.map { $0 * $0 })
    }

    @Test func everyIndexRunsExactlyOnce() {
        let counts = Counts(1_000)
        ParallelWork.forEach(1_000, threads: 8) { counts.add($0) }
        #expect(counts.values == Array(repeating: 1, count: 1_000))
    }

    @Test func oneThreadAndNoItemsWork() {
        #expect(ParallelWork.map([3, 1, 2], threads: 1) { $0 + 1 } == [4, 2, 3])
        #expect(ParallelWork.map([Int]()) { $0 }.isEmpty)
    }
}

private final class Counts: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [Int]
    init(_ count: Int) { counts = Array(repeating: 0, count: count) }
    func add(_ index: Int) { lock.withLock { counts[index] += 1 } }
    var values: [Int] { lock.withLock { counts } }
}
