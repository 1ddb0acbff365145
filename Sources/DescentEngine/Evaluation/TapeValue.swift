import DescentText

/// What a tape computes on: one run's `Double`, or a ``LaneChunk`` of four runs in lockstep.
///
/// Each operation is the scalar one applied lane by lane, with the same rounding and the same
/// answers for nan, infinities and signed zeros, so a run gives bit-identical numbers whichever
/// way it is evaluated. ``TapeMachine`` is written once against this protocol.
protocol TapeValue {
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func / (a: Self, b: Self) -> Self
    /// 1 in every lane.
    static var one: Self { get }
    /// `-a` (a sign flip).
    static func negate(_ a: Self) -> Self
    /// `Swift.abs(a)`.
    static func magnitude(_ a: Self) -> Self
    /// `Swift.min(a, b)`, i.e. `b < a ? b : a`.
    static func minimum(_ a: Self, _ b: Self) -> Self
    /// `Swift.max(a, b)`, i.e. `b >= a ? b : a`.
    static func maximum(_ a: Self, _ b: Self) -> Self
    /// `a.squareRoot()` (correctly rounded).
    static func root(_ a: Self) -> Self
    /// `pow(a, b)`.
    static func power(_ a: Self, _ b: Self) -> Self
    /// A function the tape calls in libm (`sin`, `exp`, …; see ``TapeMachine/function(_:_:)``).
    static func function(_ opcode: Instruction.Opcode, _ a: Self) -> Self
}

extension Double: TapeValue {
    @inline(__always) static var one: Double { 1 }
    @inline(__always) static func negate(_ a: Double) -> Double { -a }
    @inline(__always) static func magnitude(_ a: Double) -> Double { Swift.abs(a) }
    @inline(__always) static func minimum(_ a: Double, _ b: Double) -> Double { Swift.min(a, b) }
    @inline(__always) static func maximum(_ a: Double, _ b: Double) -> Double { Swift.max(a, b) }
    @inline(__always) static func root(_ a: Double) -> Double { a.squareRoot() }
    @inline(__always) static func power(_ a: Double, _ b: Double) -> Double { pow(a, b) }
    @inline(__always) static func function(_ opcode: Instruction.Opcode, _ a: Double) -> Double {
        TapeMachine.function(opcode, a)
    }
}

extension LaneChunk: TapeValue {
    @inline(__always) static var one: LaneChunk { LaneChunk(repeating: 1) }
    @inline(__always) static func negate(_ a: LaneChunk) -> LaneChunk { LaneMath.negate(a) }
    @inline(__always) static func magnitude(_ a: LaneChunk) -> LaneChunk { LaneMath.magnitude(a) }
    @inline(__always) static func minimum(_ a: LaneChunk, _ b: LaneChunk) -> LaneChunk { LaneMath.minimum(a, b) }
    @inline(__always) static func maximum(_ a: LaneChunk, _ b: LaneChunk) -> LaneChunk { LaneMath.maximum(a, b) }
    @inline(__always) static func root(_ a: LaneChunk) -> LaneChunk { a.squareRoot() }
    static func power(_ a: LaneChunk, _ b: LaneChunk) -> LaneChunk {
        LaneChunk(
            pow(a[0], b[0]), pow(a[1], b[1]), pow(a[2], b[2]),
            pow(a[3], b[3]))
    }
    static func function(_ opcode: Instruction.Opcode, _ a: LaneChunk) -> LaneChunk {
        LaneChunk(
            TapeMachine.function(opcode, a[0]), TapeMachine.function(opcode, a[1]),
            TapeMachine.function(opcode, a[2]), TapeMachine.function(opcode, a[3]))
    }
}
