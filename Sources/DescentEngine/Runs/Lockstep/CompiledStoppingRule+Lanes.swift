/// What a stopping rule reads, for every lane of a block at one iteration.
struct LaneStopInputs {
    /// θᵢ, one row per parameter.
    var current: LaneColumns
    /// The proposed θᵢ₊₁, one row per parameter.
    var proposal: LaneColumns
    /// ∇f(θᵢ), one row per parameter.
    var gradient: [UnsafeMutablePointer<LaneChunk>]
    /// f(θᵢ).
    var loss: UnsafeMutablePointer<LaneChunk>
    /// f(θᵢ₋₁), nan at i = 0.
    var previousLoss: UnsafeMutablePointer<LaneChunk>
}

extension CompiledStoppingRule {
    /// The lanes of chunk `c` for which the rule holds: in each lane, exactly the answer of
    /// ``holds(current:proposal:gradient:loss:previousLoss:)`` for that lane's numbers (the
    /// measurements are the same operations in the same order; every branch of the rule is
    /// measured, which changes nothing since measuring has no effects).
    func holds(_ inputs: LaneStopInputs, chunk c: Int) -> SIMDMask<SIMD4<Int64>> {
        nodes.withUnsafeBufferPointer { Self.holds(0, $0, inputs, c) }
    }

    private static func holds(_ index: Int, _ nodes: UnsafeBufferPointer<Node>, _ inputs: LaneStopInputs, _ c: Int)
        -> SIMDMask<SIMD4<Int64>>
    {
        let node = nodes[index]
        switch node.kind {
        case .compare:
            let value = measure(node.quantity, inputs, c)
            return node.inclusive ? value .<= node.threshold : value .< node.threshold
        case .all, .any:
            var result = SIMDMask<SIMD4<Int64>>(repeating: node.kind == .all)
            var child = index + 1
            while child < node.end {
                let answer = holds(child, nodes, inputs, c)
                result = node.kind == .all ? LaneMath.both(result, answer) : LaneMath.either(result, answer)
                child = nodes[child].end
            }
            return result
        }
    }

    private static func measure(_ quantity: StoppingQuantity, _ inputs: LaneStopInputs, _ c: Int) -> LaneChunk {
        switch quantity {
        case .stepNorm:
            var sum = LaneChunk()
            for j in 0..<inputs.current.rows {
                let d = inputs.proposal.row(j)[c] - inputs.current.row(j)[c]
                sum = sum + d * d
            }
            return sum.squareRoot()
        case .parameterStep(let j): return LaneMath.magnitude(inputs.proposal.row(j)[c] - inputs.current.row(j)[c])
        case .parameterValue(let j): return LaneMath.magnitude(inputs.current.row(j)[c])
        case .gradientNorm:
            var sum = LaneChunk()
            for row in inputs.gradient {
                let g = row[c]
                sum = sum + g * g
            }
            return sum.squareRoot()
        case .loss: return inputs.loss[c]
        case .lossChange:
            let previous = inputs.previousLoss[c]
            let change = LaneMath.magnitude(inputs.loss[c] - previous)
            return change.replacing(with: .infinity, where: previous .!= previous)
        }
    }
}
