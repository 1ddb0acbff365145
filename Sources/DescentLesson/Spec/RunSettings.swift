import DescentText

/// Settings of a run given as arguments of an optimizer call, as torch passes `lr` to
/// `torch.optim.Adam(params, lr=0.1)`: `adam(lr=0.1)`, `gd(lr=(0.01, 0.1))`,
/// `sgd(batch=1, schedule=cosine(T_max=20))`. Each list replaces the block's own `lr:`,
/// `schedule:` or `batch:` list for that optimizer's runs; an empty list leaves the block's.
public struct RunSettings: Sendable {
    /// `lr=0.1` or `lr=(0.01, 0.1)`.
    public var learningRates: [Located<Double>] = []
    /// `schedule=cosine(T_max=20)` or `schedule=(constant, cosine(T_max=20))`.
    public var schedules: [Located<OptimizerCall>] = []
    /// `batch=1`, `batch=all` or `batch=(1, all)`.
    public var batches: [Located<Int?>] = []

    /// The argument names that are run settings rather than the optimizer's own.
    public static let keys = ["lr", "schedule", "batch"]

    public init() {}

    /// Whether the call sets the run setting named `key` (one of ``keys``).
    public func sets(_ key: String) -> Bool {
        switch key {
        case "lr": !learningRates.isEmpty
        case "schedule": !schedules.isEmpty
        case "batch": !batches.isEmpty
        default: false
        }
    }
}
