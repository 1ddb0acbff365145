/// Joins segments that share endpoints into chains, in a deterministic order.
///
/// In marching squares every edge is shared by at most two cells, so each endpoint belongs to
/// at most two segments and the chains are unambiguous. Endpoints are dense integer keys
/// (`0..<keyCount`), so the two segments at a key sit in a flat table instead of a dictionary.
struct SegmentJoiner {
    let segments: [(Int, Int)]
    /// `touching[2 * key]` and `touching[2 * key + 1]`: the segments ending at `key`, in the
    /// order they were given, or -1.
    private var touching: [Int32]

    init(segments: [(Int, Int)], keyCount: Int) {
        self.segments = segments
        touching = [Int32](repeating: -1, count: 2 * keyCount)
        for (index, segment) in segments.enumerated() {
            add(Int32(index), at: segment.0)
            add(Int32(index), at: segment.1)
        }
    }

    private mutating func add(_ segment: Int32, at key: Int) {
        let slot = touching[2 * key] < 0 ? 2 * key : 2 * key + 1
        precondition(touching[slot] < 0, "a key joins at most two segments")
        touching[slot] = segment
    }

    /// Chains of keys; a closed chain repeats its first key at the end.
    func polylines() -> [[Int]] {
        var used = [Bool](repeating: false, count: segments.count)
        var chains: [[Int]] = []
        for start in segments.indices where !used[start] {
            used[start] = true
            var chain = [segments[start].0, segments[start].1]
            extend(&chain, used: &used)
            if chain.first != chain.last {
                chain.reverse()
                extend(&chain, used: &used)
            }
            chains.append(chain)
        }
        return chains
    }

    private func extend(_ chain: inout [Int], used: inout [Bool]) {
        while let end = chain.last, let next = unused(at: end, used) {
            used[next] = true
            let segment = segments[next]
            chain.append(segment.0 == end ? segment.1 : segment.0)
            if chain.last == chain.first { return }
        }
    }

    private func unused(at key: Int, _ used: [Bool]) -> Int? {
        for slot in (2 * key)...(2 * key + 1) {
            let segment = Int(touching[slot])
            if segment >= 0, !used[segment] { return segment }
        }
        return nil
    }
}
