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

/// Every iteration of a run, stored column-wise without per-step allocation beyond growth.
public struct Trace: Hashable, Sendable {
    /// The number of parameters.
    public let dimension: Int
    public private(set) var losses: [Double] = []
    public private(set) var learningRates: [Double] = []
    public private(set) var accepted: [Bool] = []
    private var parameterValues: [Double] = []
    private var gradientValues: [Double] = []
    private var proposalValues: [Double] = []

    init(dimension: Int, capacity: Int) {
        self.dimension = dimension
        let reserved = Swift.min(capacity, 1 << 16)
        losses.reserveCapacity(reserved)
        learningRates.reserveCapacity(reserved)
        parameterValues.reserveCapacity(reserved * dimension)
        gradientValues.reserveCapacity(reserved * dimension)
        proposalValues.reserveCapacity(reserved * dimension)
    }

    /// The number of iterations recorded.
    public var count: Int { losses.count }

    /// Iteration `i`.
    public subscript(i: Int) -> TraceEntry {
        let range = i * dimension..<(i + 1) * dimension
        return TraceEntry(
            iteration: i, parameters: Array(parameterValues[range]), loss: losses[i],
            gradient: Array(gradientValues[range]), learningRate: learningRates[i],
            proposal: Array(proposalValues[range]), accepted: accepted[i])
    }

    /// All iterations in order.
    public var entries: [TraceEntry] { (0..<count).map { self[$0] } }

    /// θᵢ for every i, as rows (handy for plotting paths).
    public var path: [[Double]] { (0..<count).map { Array(parameterValues[$0 * dimension..<($0 + 1) * dimension]) } }

    mutating func append(
        parameters: [Double], loss: Double, gradient: [Double], rate: Double, proposal: [Double], accepted flag: Bool
    ) {
        parameterValues.append(contentsOf: parameters)
        gradientValues.append(contentsOf: gradient)
        proposalValues.append(contentsOf: proposal)
        losses.append(loss)
        learningRates.append(rate)
        accepted.append(flag)
    }
}
