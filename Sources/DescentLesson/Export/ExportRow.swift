import DescentEngine

/// One printed row of a run: iteration i's θᵢ, f(θᵢ), ∇f(θᵢ) and the rate used, as a full trace
/// would hold it.
struct ExportRow {
    var iteration: Int
    var parameters: [Double]
    var loss: Double
    var gradient: [Double]
    var learningRate: Double

    init(_ entry: TraceEntry) {
        iteration = entry.iteration
        parameters = entry.parameters
        loss = entry.loss
        gradient = entry.gradient
        learningRate = entry.learningRate
    }

    /// A row of `dimension` zeros, to be overwritten by ``copy(_:)``.
    init(dimension: Int) {
        iteration = -1
        parameters = [Double](repeating: 0, count: dimension)
        loss = 0
        gradient = parameters
        learningRate = 0
    }

    /// Takes `entry`'s values into this row's own arrays, allocating nothing (the entry's arrays
    /// are the run's working arrays, which must not be shared).
    mutating func copy(_ entry: TraceEntry) {
        iteration = entry.iteration
        for j in parameters.indices {
            parameters[j] = entry.parameters[j]
            gradient[j] = entry.gradient[j]
        }
        loss = entry.loss
        learningRate = entry.learningRate
    }
}
