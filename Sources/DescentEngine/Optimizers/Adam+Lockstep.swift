import DescentText

extension Adam: LockstepOptimizer {
    func sharesLockstep(with other: any Optimizer) -> Bool {
        guard let other = other as? Adam else { return false }
        return sharesLockstep(withAdam: other)
    }

    func sharesLockstep(withAdam other: Adam) -> Bool {
        steps == 0 && other.steps == 0
            && LockstepHyperparameters.same(
                [betas.0, betas.1, epsilon, weightDecay],
                [other.betas.0, other.betas.1, other.epsilon, other.weightDecay])
            && amsgrad == other.amsgrad && maximize == other.maximize
    }

    /// The first and second moment estimates and the running maximum of the second (amsgrad),
    /// each one row per parameter, in that order.
    func makeLaneState(dimension: Int, chunks: Int) -> LaneColumns {
        LaneColumns(rows: 3 * dimension, chunks: chunks)
    }

    /// ``step(_:gradient:learningRate:)`` in every lane; the bias corrections, which depend only
    /// on t and β, are computed once for all lanes.
    func step(
        _ moments: LaneColumns, points: LaneColumns, gradient: [UnsafeMutablePointer<LaneChunk>],
        rates: UnsafeMutablePointer<LaneChunk>, step t: Int, chunks: Range<Int>
    ) {
        let n = points.rows
        let (beta1, beta2) = betas
        let (epsilon, weightDecay) = (epsilon, weightDecay)
        let correction1 = 1 - pow(beta1, Double(t))
        let correction2Root = (1 - pow(beta2, Double(t))).squareRoot()
        for c in chunks {
            let stepSize = rates[c] / correction1
            for j in 0..<n {
                let p = points.row(j)
                let first = moments.row(j)
                let second = moments.row(n + j)
                let secondMax = moments.row(2 * n + j)
                var g = maximize ? LaneMath.negate(gradient[j][c]) : gradient[j][c]
                if weightDecay != 0 { g = g + weightDecay * p[c] }
                first[c] = beta1 * first[c] + (1 - beta1) * g
                second[c] = beta2 * second[c] + (1 - beta2) * g * g
                var v = second[c]
                if amsgrad {
                    secondMax[c] = LaneMath.maximum(secondMax[c], v)
                    v = secondMax[c]
                }
                p[c] = p[c] - stepSize * first[c] / (v.squareRoot() / correction2Root + epsilon)
            }
        }
    }
}

extension AdamW: LockstepOptimizer {
    func sharesLockstep(with other: any Optimizer) -> Bool {
        guard let other = other as? AdamW else { return false }
        return weightDecay.bitPattern == other.weightDecay.bitPattern && adam.sharesLockstep(withAdam: other.adam)
    }

    /// Adam's state.
    func makeLaneState(dimension: Int, chunks: Int) -> LaneColumns {
        adam.makeLaneState(dimension: dimension, chunks: chunks)
    }

    /// ``step(_:gradient:learningRate:)`` in every lane: the decoupled decay, then Adam's step.
    func step(
        _ moments: LaneColumns, points: LaneColumns, gradient: [UnsafeMutablePointer<LaneChunk>],
        rates: UnsafeMutablePointer<LaneChunk>, step t: Int, chunks: Range<Int>
    ) {
        let weightDecay = weightDecay
        for j in 0..<points.rows {
            let p = points.row(j)
            for c in chunks { p[c] = p[c] * (1 - rates[c] * weightDecay) }
        }
        adam.step(moments, points: points, gradient: gradient, rates: rates, step: t, chunks: chunks)
    }
}
