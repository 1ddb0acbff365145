/// Which rows iteration i uses: all of them, or the i-th batch of a per-epoch shuffle.
///
/// With `k` rows per batch and n rows, an epoch is ⌈n/k⌉ updates (the last batch may be
/// smaller); at the start of each epoch the row order is reshuffled with ``SeededGenerator``.
struct BatchCursor {
    let rows: Int
    let size: Int
    let batchesPerEpoch: Int
    private var generator: SeededGenerator

    init(rows: Int, size: BatchSize, seed: UInt64) {
        self.rows = rows
        switch size {
        case .all: self.size = rows
        case .rows(let k): self.size = Swift.min(k, rows)
        }
        batchesPerEpoch = self.size > 0 ? (rows + self.size - 1) / self.size : 1
        generator = SeededGenerator(seed: seed)
    }

    /// True for mini-batch and stochastic runs.
    var isBatched: Bool { rows > 0 && size < rows }

    @inline(__always)
    mutating func batch(for iteration: Int, evaluator: inout ObjectiveEvaluator) -> Range<Int>? {
        guard isBatched else { return nil }
        let position = iteration % batchesPerEpoch
        if position == 0 { evaluator.shuffleRows(using: &generator) }
        return position * size..<Swift.min(rows, (position + 1) * size)
    }

    @inline(__always)
    func endsEpoch(_ iteration: Int) -> Bool {
        isBatched && iteration % batchesPerEpoch == batchesPerEpoch - 1
    }
}
