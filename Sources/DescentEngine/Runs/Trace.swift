/// One iteration of a run.
public struct TraceEntry: Hashable, Sendable {
    /// The 0-based iteration number i.
    public var iteration: Int
    /// θᵢ.
    public var parameters: [Double]
    /// f(θᵢ) (on the iteration's batch).
    public var loss: Double
    /// ∇f(θᵢ) (on the iteration's batch).
    public var gradient: [Double]
    /// The learning rate used (after any line-search scaling); nan if no step was computed.
    public var learningRate: Double
    /// The proposed θᵢ₊₁.
    public var proposal: [Double]
    /// False when a rate rule rejected the step (θᵢ₊₁ = θᵢ).
    public var accepted: Bool
}

/// The iterations of a run, stored column-wise without per-step allocation beyond growth.
///
/// A full trace (``TraceRecording/full``) holds every iteration. A sampled one
/// (``TraceRecording/sampled(_:)``) holds every iteration until ``TraceSampling/capacity`` is
/// reached, then a bounded sample (see ``TraceSampling``): ``count`` is still the number of
/// iterations the run computed, while ``iterations`` numbers the entries held, which
/// ``losses``, ``learningRates``, ``accepted``, ``path`` and ``entries`` list in order.
public struct Trace: Hashable, Sendable {
    /// The number of parameters.
    public let dimension: Int
    /// The loss of each entry held.
    public private(set) var losses: [Double] = []
    /// The learning rate of each entry held.
    public private(set) var learningRates: [Double] = []
    /// Whether each entry's step was accepted.
    public private(set) var accepted: [Bool] = []
    private var parameterValues: [Double] = []
    private var gradientValues: [Double] = []
    private var proposalValues: [Double] = []
    /// The iteration of each entry held, once a sampled trace has dropped any; nil while every
    /// iteration is held.
    private var sampledIterations: [Int]?
    private let sampling: TraceSampling?
    /// Where a streamed trace hands its entries instead of holding them.
    private let stream: TraceStream?
    /// Iterations past `keepFirst` are grouped in buckets this wide (a power of two).
    private var bucketWidth = 1
    /// The first rate that is not nan, and whether a later one differed from it.
    private var firstRate = Double.nan
    /// Whether the rate took more than one value (nan aside) over the whole run.
    public private(set) var rateVaries = false
    /// The number of iterations recorded (not all of them held when the trace is sampled).
    public private(set) var count = 0

    init(dimension: Int, capacity: Int, sampling: TraceSampling? = nil) {
        self.dimension = dimension
        self.sampling = sampling
        stream = nil
        let reserved = Swift.min(capacity, sampling?.capacity ?? (1 << 16), 1 << 16)
        losses.reserveCapacity(reserved)
        learningRates.reserveCapacity(reserved)
        parameterValues.reserveCapacity(reserved * dimension)
        gradientValues.reserveCapacity(reserved * dimension)
        proposalValues.reserveCapacity(reserved * dimension)
    }

    /// A trace that holds no entry and hands each to `stream` (``TraceRecording/streamed(_:)``).
    init(dimension: Int, streamingTo stream: TraceStream) {
        self.dimension = dimension
        sampling = nil
        self.stream = stream
        sampledIterations = []
    }

    /// Whether every iteration is held.
    public var isComplete: Bool { sampledIterations == nil }

    /// The iteration of each entry held, increasing (0..<count when complete).
    public var iterations: [Int] { sampledIterations ?? Array(0..<count) }

    /// Iteration `i`, which must be held (always true of a full trace).
    public subscript(i: Int) -> TraceEntry {
        guard let index = storageIndex(ofIteration: i) else {
            preconditionFailure("iteration \(i) is not held by this sampled trace")
        }
        return entry(at: index, iteration: i)
    }

    /// Iteration `i` when it is held.
    public func entry(atIteration i: Int) -> TraceEntry? {
        storageIndex(ofIteration: i).map { entry(at: $0, iteration: i) }
    }

    /// All entries held, in order.
    public var entries: [TraceEntry] {
        let numbers = iterations
        return numbers.indices.map { entry(at: $0, iteration: numbers[$0]) }
    }

    /// θ of every entry held, as rows (handy for plotting paths).
    public var path: [[Double]] {
        (0..<losses.count).map { Array(parameterValues[$0 * dimension..<($0 + 1) * dimension]) }
    }

    /// θ at the held iteration closest to `i` from below (the first entry when none is).
    public func parameters(nearIteration i: Int) -> [Double] {
        let numbers = iterations
        var index = 0
        for (position, iteration) in numbers.enumerated() where iteration <= i { index = position }
        return Array(parameterValues[index * dimension..<(index + 1) * dimension])
    }

    private func storageIndex(ofIteration i: Int) -> Int? {
        guard let numbers = sampledIterations else { return i >= 0 && i < count ? i : nil }
        var low = 0
        var high = numbers.count
        while low < high {
            let middle = (low + high) / 2
            if numbers[middle] < i { low = middle + 1 } else { high = middle }
        }
        return low < numbers.count && numbers[low] == i ? low : nil
    }

    private func entry(at index: Int, iteration: Int) -> TraceEntry {
        let range = index * dimension..<(index + 1) * dimension
        return TraceEntry(
            iteration: iteration, parameters: Array(parameterValues[range]), loss: losses[index],
            gradient: Array(gradientValues[range]), learningRate: learningRates[index],
            proposal: Array(proposalValues[range]), accepted: accepted[index])
    }

    mutating func append(
        parameters: some Collection<Double>, loss: Double, gradient: some Collection<Double>, rate: Double,
        proposal: some Collection<Double>, accepted flag: Bool
    ) {
        if !rate.isNaN {
            if firstRate.isNaN { firstRate = rate } else if rate != firstRate { rateVaries = true }
        }
        if let stream {
            // A streamed trace holds no entry, so its column arrays carry the one handed on:
            // overwritten in place, they cost no allocation per step (unless the stream keeps
            // an entry's arrays, which copies them on the next write).
            Self.overwrite(&parameterValues, with: parameters)
            Self.overwrite(&gradientValues, with: gradient)
            Self.overwrite(&proposalValues, with: proposal)
            stream.send(
                TraceEntry(
                    iteration: count, parameters: parameterValues, loss: loss, gradient: gradientValues,
                    learningRate: rate, proposal: proposalValues, accepted: flag))
            count += 1
            return
        }
        if let sampling, losses.count >= sampling.capacity { compact(sampling) }
        sampledIterations?.append(count)
        count += 1
        parameterValues.append(contentsOf: parameters)
        gradientValues.append(contentsOf: gradient)
        proposalValues.append(contentsOf: proposal)
        losses.append(loss)
        learningRates.append(rate)
        accepted.append(flag)
    }

    /// Sets `array` to `values`, in place when the counts agree.
    private static func overwrite(_ array: inout [Double], with values: some Collection<Double>) {
        guard array.count == values.count else {
            array = Array(values)
            return
        }
        var index = 0
        for value in values {
            array[index] = value
            index += 1
        }
    }

    /// Drops entries until at most half the capacity is held: the first `keepFirst` and the
    /// last `keepLast` iterations stay, and the others are bucketed ever wider, each bucket
    /// keeping its first, last, lowest- and highest-loss and lowest- and highest-rate entries.
    /// Buckets only ever merge in aligned pairs, so every extreme of a wide bucket was kept by
    /// one of its halves.
    private mutating func compact(_ sampling: TraceSampling) {
        let numbers = iterations
        var width = bucketWidth
        var kept = keptIndices(numbers, width: width, sampling: sampling)
        while kept.count > sampling.capacity / 2 && width < Int.max / 4 {
            width *= 2
            kept = keptIndices(numbers, width: width, sampling: sampling)
        }
        bucketWidth = width
        sampledIterations = kept.map { numbers[$0] }
        losses = kept.map { losses[$0] }
        learningRates = kept.map { learningRates[$0] }
        accepted = kept.map { accepted[$0] }
        parameterValues = Self.rows(parameterValues, kept, dimension)
        gradientValues = Self.rows(gradientValues, kept, dimension)
        proposalValues = Self.rows(proposalValues, kept, dimension)
    }

    private func keptIndices(_ numbers: [Int], width: Int, sampling: TraceSampling) -> [Int] {
        var kept: [Int] = []
        kept.reserveCapacity(numbers.count)
        let protectedTail = numbers.count - TraceSampling.keepLast
        var bucketStart = 0
        // The chosen entries of one bucket, reused so that a compaction allocates nothing per bucket.
        var chosen: [Int] = []
        chosen.reserveCapacity(6)
        func flush(_ end: Int) {
            guard bucketStart < end else { return }
            guard end - bucketStart > 1 else {
                kept.append(bucketStart)
                return
            }
            var (lowLoss, highLoss, lowRate, highRate) = (bucketStart, bucketStart, bucketStart, bucketStart)
            for index in bucketStart..<end {
                if losses[index] < losses[lowLoss] { lowLoss = index }
                if losses[index] > losses[highLoss] { highLoss = index }
                if learningRates[index] < learningRates[lowRate] { lowRate = index }
                if learningRates[index] > learningRates[highRate] { highRate = index }
            }
            chosen.removeAll(keepingCapacity: true)
            chosen.append(bucketStart)
            chosen.append(end - 1)
            chosen.append(lowLoss)
            chosen.append(highLoss)
            chosen.append(lowRate)
            chosen.append(highRate)
            chosen.sort()
            for (position, index) in chosen.enumerated() where position == 0 || index != chosen[position - 1] {
                kept.append(index)
            }
        }
        var bucket = -1
        for (index, iteration) in numbers.enumerated() {
            if iteration < sampling.keepFirst || index >= protectedTail {
                flush(index)
                bucketStart = index + 1
                kept.append(index)
                bucket = -1
                continue
            }
            let current = (iteration - sampling.keepFirst) / width
            if current != bucket {
                flush(index)
                bucketStart = index
                bucket = current
            }
        }
        flush(numbers.count)
        return kept
    }

    private static func rows(_ values: [Double], _ kept: [Int], _ dimension: Int) -> [Double] {
        var result: [Double] = []
        result.reserveCapacity(kept.count * dimension)
        for index in kept { result.append(contentsOf: values[index * dimension..<(index + 1) * dimension]) }
        return result
    }
}
