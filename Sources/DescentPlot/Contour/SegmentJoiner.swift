/// Joins segments that share endpoints into chains, in a deterministic order.
///
/// In marching squares every edge is shared by at most two cells, so each endpoint belongs to
/// at most two segments and the chains are unambiguous.
struct SegmentJoiner<Key: Hashable> {
    let segments: [(Key, Key)]
    private var byKey: [Key: [Int]] = [:]

    init(segments: [(Key, Key)]) {
        self.segments = segments
        for (index, segment) in segments.enumerated() {
            byKey[segment.0, default: []].append(index)
            byKey[segment.1, default: []].append(index)
        }
    }

    /// Chains of keys; a closed chain repeats its first key at the end.
    func polylines() -> [[Key]] {
        var used = [Bool](repeating: false, count: segments.count)
        var chains: [[Key]] = []
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

    private func extend(_ chain: inout [Key], used: inout [Bool]) {
        while let end = chain.last, let next = byKey[end]?.first(where: { !used[$0] }) {
            used[next] = true
            let segment = segments[next]
            chain.append(segment.0 == end ? segment.1 : segment.0)
            if chain.last == chain.first { return }
        }
    }
}
