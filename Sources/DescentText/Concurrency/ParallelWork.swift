import Dispatch
import Synchronization

/// Independent work items spread over threads, with results in item order whatever order the
/// threads finish in, so that parallel work stays deterministic to the byte.
///
/// Workers take the next item not yet taken (`DispatchQueue.concurrentPerform`), so uneven items
/// (one lesson with a large sweep, nine small ones) still balance.
public enum ParallelWork {
    /// The number of processors available.
    public static var processorCount: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Calls `body` once for each index in `0..<count`, on up to `threads` threads (default:
    /// every available processor), and returns when all calls have.
    public static func forEach(_ count: Int, threads: Int? = nil, _ body: @Sendable (Int) -> Void) {
        let workers = max(1, min(threads ?? processorCount, count))
        guard workers > 1 else {
            for index in 0..<count { body(index) }
            return
        }
        let queue = ItemQueue(count: count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = queue.next() { body(index) }
        }
    }

    /// `items.map(transform)`, computed on up to `threads` threads.
    public static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], threads: Int? = nil, _ transform: @Sendable (Item) -> Output
    ) -> [Output] {
        var outputs = [Output?](repeating: nil, count: items.count)
        outputs.withUnsafeMutableBufferPointer { buffer in
            let slots = DisjointSlots(buffer)
            forEach(items.count, threads: threads) { index in slots.buffer[index] = transform(items[index]) }
        }
        return outputs.map { $0! }
    }
}

/// Hands out the indices `0..<count`, each exactly once, in order.
private final class ItemQueue: Sendable {
    private let taken = Atomic<Int>(0)
    private let count: Int

    init(count: Int) { self.count = count }

    func next() -> Int? {
        let index = taken.wrappingAdd(1, ordering: .relaxed).oldValue
        return index < count ? index : nil
    }
}
