/// A quantity a stopping rule can test, measured at iteration `i` after the step is proposed.
public enum StoppingQuantity: Hashable, Sendable {
    /// `|Δθ|`: Euclidean norm of the proposed step θᵢ₊₁ − θᵢ.
    case stepNorm
    /// `|Δx|`: absolute proposed change of one parameter (index into the signature).
    case parameterStep(Int)
    /// `|x|`: absolute value of one parameter at θᵢ.
    case parameterValue(Int)
    /// `|grad|`: Euclidean norm of ∇f(θᵢ).
    case gradientNorm
    /// `loss`: f(θᵢ).
    case loss
    /// `Δloss`: |f(θᵢ) − f(θᵢ₋₁)|; infinite at i = 0 (and right after a rejected step), so it
    /// never holds there.
    case lossChange
}

/// A stopping rule: comparisons of ``StoppingQuantity`` values against thresholds joined by
/// `and`/`or`. The run checks it after computing the proposed step; when it holds, the run
/// stops at that iteration without applying the step.
public indirect enum StoppingRule: Hashable, Sendable {
    /// `quantity < threshold`, or `≤` when `inclusive`.
    case compare(StoppingQuantity, threshold: Double, inclusive: Bool)
    /// Every rule holds.
    case all([StoppingRule])
    /// At least one rule holds.
    case any([StoppingRule])

    /// Whether the rule holds for the given iteration's numbers.
    public func holds(current: [Double], proposal: [Double], gradient: [Double], loss: Double, previousLoss: Double)
        -> Bool
    {
        switch self {
        case .compare(let quantity, let threshold, let inclusive):
            let value = Self.measure(quantity, current, proposal, gradient, loss, previousLoss)
            return inclusive ? value <= threshold : value < threshold
        case .all(let rules):
            return rules.allSatisfy {
                $0.holds(
                    current: current, proposal: proposal, gradient: gradient, loss: loss, previousLoss: previousLoss)
            }
        case .any(let rules):
            return rules.contains {
                $0.holds(
                    current: current, proposal: proposal, gradient: gradient, loss: loss, previousLoss: previousLoss)
            }
        }
    }

    @inline(__always)
    static func measure<Point: RandomAccessCollection<Double>>(
        _ quantity: StoppingQuantity, _ current: Point, _ proposal: Point,
        _ gradient: Point, _ loss: Double, _ previousLoss: Double
    ) -> Double where Point.Index == Int {
        switch quantity {
        case .stepNorm:
            var sum = 0.0
            for i in current.indices {
                let d = proposal[i] - current[i]
                sum += d * d
            }
            return sum.squareRoot()
        case .parameterStep(let index): return Swift.abs(proposal[index] - current[index])
        case .parameterValue(let index): return Swift.abs(current[index])
        case .gradientNorm:
            var sum = 0.0
            for g in gradient { sum += g * g }
            return sum.squareRoot()
        case .loss: return loss
        case .lossChange: return previousLoss.isNaN ? .infinity : Swift.abs(loss - previousLoss)
        }
    }
}

/// A ``StoppingRule`` flattened for the run loop: the tree in prefix order in one array, each node
/// knowing where its subtree ends, so checking it walks plain values (no indirect enum payloads to
/// retain, no closures). Same comparisons, same measurements, same short-circuit order as
/// ``StoppingRule/holds(current:proposal:gradient:loss:previousLoss:)``.
struct CompiledStoppingRule {
    enum Kind { case compare, all, any }

    struct Node {
        var kind: Kind
        var quantity: StoppingQuantity
        var threshold: Double
        var inclusive: Bool
        /// The index just past this node's subtree.
        var end: Int
    }

    let nodes: [Node]

    init(_ rule: StoppingRule) {
        var nodes: [Node] = []
        Self.flatten(rule, into: &nodes)
        self.nodes = nodes
    }

    private static func flatten(_ rule: StoppingRule, into nodes: inout [Node]) {
        let index = nodes.count
        switch rule {
        case .compare(let quantity, let threshold, let inclusive):
            nodes.append(
                Node(kind: .compare, quantity: quantity, threshold: threshold, inclusive: inclusive, end: index + 1))
        case .all(let rules), .any(let rules):
            let kind: Kind
            if case .all = rule { kind = .all } else { kind = .any }
            nodes.append(Node(kind: kind, quantity: .loss, threshold: 0, inclusive: false, end: 0))
            for child in rules { flatten(child, into: &nodes) }
            nodes[index].end = nodes.count
        }
    }

    /// Whether the rule holds for the given iteration's numbers.
    @inline(__always)
    func holds(
        current: UnsafeMutableBufferPointer<Double>, proposal: UnsafeMutableBufferPointer<Double>,
        gradient: UnsafeMutableBufferPointer<Double>, loss: Double, previousLoss: Double
    ) -> Bool {
        nodes.withUnsafeBufferPointer { nodes in
            Self.holds(0, nodes, current, proposal, gradient, loss, previousLoss)
        }
    }

    private static func holds(
        _ index: Int, _ nodes: UnsafeBufferPointer<Node>, _ current: UnsafeMutableBufferPointer<Double>,
        _ proposal: UnsafeMutableBufferPointer<Double>, _ gradient: UnsafeMutableBufferPointer<Double>,
        _ loss: Double, _ previousLoss: Double
    ) -> Bool {
        let node = nodes[index]
        switch node.kind {
        case .compare:
            let value = StoppingRule.measure(node.quantity, current, proposal, gradient, loss, previousLoss)
            return node.inclusive ? value <= node.threshold : value < node.threshold
        case .all, .any:
            let wanted = node.kind == .any
            var child = index + 1
            while child < node.end {
                if holds(child, nodes, current, proposal, gradient, loss, previousLoss) == wanted { return wanted }
                child = nodes[child].end
            }
            return !wanted
        }
    }
}
