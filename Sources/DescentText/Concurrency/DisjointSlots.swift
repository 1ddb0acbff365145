/// A buffer whose slots the workers write, each slot by exactly one of them.
public struct DisjointSlots<Element: Sendable>: @unchecked Sendable {
    /// The slots.
    public let buffer: UnsafeMutableBufferPointer<Element>

    /// Wraps `buffer`, whose slots the caller promises to write from one thread each.
    public init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
