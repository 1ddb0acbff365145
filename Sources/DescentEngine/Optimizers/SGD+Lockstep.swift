extension SGD: LockstepOptimizer {
    func sharesLockstep(with other: any Optimizer) -> Bool {
        guard let other = other as? SGD, steps == 0, other.steps == 0 else { return false }
        return LockstepHyperparameters.same(
            [momentum, dampening, weightDecay], [other.momentum, other.dampening, other.weightDecay])
            && nesterov == other.nesterov && maximize == other.maximize
    }

    /// The momentum buffers, one row per parameter.
    func makeLaneState(dimension: Int, chunks: Int) -> LaneColumns {
        LaneColumns(rows: dimension, chunks: chunks)
    }

    /// ``step(_:gradient:learningRate:)`` in every lane.
    func step(
        _ buffer: LaneColumns, points: LaneColumns, gradient: [UnsafeMutablePointer<LaneChunk>],
        rates: UnsafeMutablePointer<LaneChunk>, step t: Int, chunks: Range<Int>
    ) {
        let plain = momentum == 0 && weightDecay == 0
        let (momentum, dampening, weightDecay) = (momentum, dampening, weightDecay)
        for j in 0..<points.rows {
            let p = points.row(j)
            let gradientRow = gradient[j]
            let b = buffer.row(j)
            for c in chunks {
                if plain {
                    let g = gradientRow[c]
                    p[c] = maximize ? p[c] + rates[c] * g : p[c] - rates[c] * g
                    continue
                }
                var g = maximize ? LaneMath.negate(gradientRow[c]) : gradientRow[c]
                if weightDecay != 0 { g = g + weightDecay * p[c] }
                if momentum != 0 {
                    b[c] = t > 1 ? momentum * b[c] + (1 - dampening) * g : g
                    g = nesterov ? g + momentum * b[c] : b[c]
                }
                p[c] = p[c] - rates[c] * g
            }
        }
    }
}

/// Comparing hyperparameters for ``LockstepOptimizer/sharesLockstep(with:)``: bit for bit.
enum LockstepHyperparameters {
    static func same(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern }
    }
}
