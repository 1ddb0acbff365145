/// The plain loop's per-parameter values (θᵢ, ∇f, θᵢ₊₁, where ∇f is in the registers): held in
/// stored properties when the parameter count is fixed by the type (``OneValue``, ``TwoValues``),
/// so that the loops over them unroll and the values stay in CPU registers, or in memory for any
/// count (``StoredValues``).
protocol PlainVector<Scalar> {
    associatedtype Scalar
    /// The values in `buffer` (copied for a fixed count, which must be `buffer.count`; the
    /// buffer itself otherwise).
    init(_ buffer: UnsafeMutableBufferPointer<Scalar>)
    /// The number of values.
    var count: Int { get }
    subscript(j: Int) -> Scalar { get set }
    /// Calls `body` with each of `0..<count` in order (`count` being the values' count): written
    /// out for a fixed count, so the plain loop's per-coordinate work needs no loop (the optimiser
    /// does not always unroll one of two). Static, so that `body` may write to the values.
    static func forEachIndex(count: Int, _ body: (Int) -> Void)
}

extension PlainVector {
    /// `buffer`, holding these values: what the loop's rare paths (trace, stopping rule,
    /// divergence reasons) read.
    @inline(__always)
    func stored(in buffer: UnsafeMutableBufferPointer<Scalar>) -> UnsafeMutableBufferPointer<Scalar> {
        for j in 0..<count { buffer[j] = self[j] }
        return buffer
    }
}

/// One value in a stored property.
struct OneValue<Scalar>: PlainVector {
    var value: Scalar

    @inline(__always) init(_ buffer: UnsafeMutableBufferPointer<Scalar>) { value = buffer[0] }
    @inline(__always) var count: Int { 1 }
    @inline(__always) static func forEachIndex(count: Int, _ body: (Int) -> Void) { body(0) }
    @inline(__always) subscript(j: Int) -> Scalar {
        get { value }
        set { value = newValue }
    }
}

/// Two values in stored properties.
struct TwoValues<Scalar>: PlainVector {
    var first: Scalar
    var second: Scalar

    @inline(__always) init(_ buffer: UnsafeMutableBufferPointer<Scalar>) {
        first = buffer[0]
        second = buffer[1]
    }
    @inline(__always) var count: Int { 2 }
    @inline(__always) static func forEachIndex(count: Int, _ body: (Int) -> Void) {
        body(0)
        body(1)
    }
    @inline(__always) subscript(j: Int) -> Scalar {
        get { j == 0 ? first : second }
        set {
            if j == 0 { first = newValue } else { second = newValue }
        }
    }
}

/// Any number of values, in a buffer the loop allocated.
struct StoredValues<Scalar>: PlainVector {
    let buffer: UnsafeMutableBufferPointer<Scalar>

    @inline(__always) init(_ buffer: UnsafeMutableBufferPointer<Scalar>) { self.buffer = buffer }
    @inline(__always) var count: Int { buffer.count }
    @inline(__always) static func forEachIndex(count: Int, _ body: (Int) -> Void) {
        for j in 0..<count { body(j) }
    }
    @inline(__always) subscript(j: Int) -> Scalar {
        get { buffer[j] }
        nonmutating set { buffer[j] = newValue }
    }
}
