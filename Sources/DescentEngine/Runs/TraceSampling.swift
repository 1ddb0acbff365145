/// How a sampled trace (``TraceRecording/sampled(_:)``) bounds its memory.
///
/// The first ``keepFirst`` iterations and the last ``keepLast`` are always kept whole. The
/// iterations between are kept whole too while they fit in ``capacity`` entries; past that
/// they are grouped into buckets of 2ᵏ consecutive iterations (k grows as the run goes on),
/// and each bucket keeps its first and last iteration and those with the lowest and highest
/// loss and learning rate — so every local extreme a figure could draw survives, as in
/// `Decimation.minMaxPerColumn`, and a path keeps its shape. A run that fits in ``capacity``
/// is therefore recorded exactly as ``TraceRecording/full`` records it.
public struct TraceSampling: Hashable, Sendable {
    /// Iterations at the start that are always kept (the head of a step table).
    public var keepFirst: Int
    /// Most entries held at once; at least `2 × (keepFirst + keepLast) + 48`, so that a
    /// compaction always frees half of it.
    public var capacity: Int
    /// Iterations at the end that are always kept (the tail of a step table).
    public static let keepLast = 3

    /// A sampling keeping `keepFirst` iterations at the start and at most `capacity` entries.
    public init(keepFirst: Int, capacity: Int) {
        self.keepFirst = max(keepFirst, 0)
        self.capacity = max(capacity, 2 * (self.keepFirst + Self.keepLast) + 48)
    }
}
