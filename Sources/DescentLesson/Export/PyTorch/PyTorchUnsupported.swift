/// Why an experiment cannot be written as a PyTorch script: `show: pytorch` on it is an error at
/// the item with this message, and `descent run --format pytorch` refuses it.
public struct PyTorchUnsupported: Error, Sendable, Equatable {
    /// What has no PyTorch counterpart, lowercase, e.g. `data of 2,000 rows (…)`.
    public var reason: String

    public init(_ reason: String) { self.reason = reason }

    /// The whole diagnostic: `show: pytorch cannot reproduce this experiment: REASON`.
    public var message: String { "show: pytorch cannot reproduce this experiment: \(reason)" }
}
