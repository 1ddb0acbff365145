/// A tick on an axis: a data value, and the label shown for it, if any.
public struct Tick: Sendable, Hashable {
    /// The data value the tick marks.
    public var value: Double
    /// The label, or `nil` for an unlabelled (minor or thinned) tick.
    public var label: String?
    /// Whether this is a major tick (drawn longer, with a gridline).
    public var isMajor: Bool

    /// Creates a tick.
    public init(value: Double, label: String?, isMajor: Bool = true) {
        self.value = value
        self.label = label
        self.isMajor = isMajor
    }
}
