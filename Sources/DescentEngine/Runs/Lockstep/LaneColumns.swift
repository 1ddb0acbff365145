/// Four runs' values of one quantity side by side: the unit every lockstep loop works in.
typealias LaneChunk = SIMD4<Double>

/// Storage for lockstep runs, structure-of-arrays: `rows` quantities (a parameter, a register, a
/// moment estimate, …), each held for every lane in `chunks` ``LaneChunk``s.
///
/// Row `k` of lane `l` lives at chunk `k * chunks + l / 4`, lane `l % 4`. Allocated once,
/// zero-filled, freed with the value; the run loops read and write it through ``base`` without
/// any reference counting or bounds checks.
final class LaneColumns {
    /// The number of quantities held.
    let rows: Int
    /// The number of chunks per row (⌈lanes / 4⌉).
    let chunks: Int
    /// The first chunk of row 0.
    let base: UnsafeMutablePointer<LaneChunk>

    /// Zero-filled storage for `rows` quantities of `chunks` chunks each.
    init(rows: Int, chunks: Int) {
        self.rows = rows
        self.chunks = chunks
        let count = Swift.max(1, rows * chunks)
        base = .allocate(capacity: count)
        base.initialize(repeating: LaneChunk(), count: count)
    }

    deinit { base.deallocate() }

    /// The first chunk of row `k`.
    @inline(__always)
    func row(_ k: Int) -> UnsafeMutablePointer<LaneChunk> { base + k * chunks }

    /// Lane `lane` of row `k`.
    @inline(__always)
    subscript(row k: Int, lane lane: Int) -> Double {
        get { base[k * chunks + lane >> 2][lane & 3] }
        set { base[k * chunks + lane >> 2][lane & 3] = newValue }
    }

    /// Writes lane `lane` of rows `first..<first + values.count` into `values` (which keeps
    /// its storage: nothing is allocated once it has the right size).
    @inline(__always)
    func copyLane(_ lane: Int, rows first: Int, into values: inout [Double]) {
        for j in values.indices { values[j] = self[row: first + j, lane: lane] }
    }
}

/// Lane-wise operations whose scalar meaning must be kept bit for bit, written so that SIMD
/// semantics cannot differ from the scalar code they replace.
enum LaneMath {
    /// `-x` in every lane (a sign flip: −0 for 0, as scalar negation gives).
    @inline(__always)
    static func negate(_ x: LaneChunk) -> LaneChunk {
        LaneChunk(-x[0], -x[1], -x[2], -x[3])
    }

    /// `Swift.abs(x)` in every lane.
    @inline(__always)
    static func magnitude(_ x: LaneChunk) -> LaneChunk {
        LaneChunk(Swift.abs(x[0]), Swift.abs(x[1]), Swift.abs(x[2]), Swift.abs(x[3]))
    }

    /// `Swift.min(a, b)` in every lane (`b < a ? b : a`).
    @inline(__always)
    static func minimum(_ a: LaneChunk, _ b: LaneChunk) -> LaneChunk {
        a.replacing(with: b, where: b .< a)
    }

    /// `Swift.max(a, b)` in every lane (`b >= a ? b : a`).
    @inline(__always)
    static func maximum(_ a: LaneChunk, _ b: LaneChunk) -> LaneChunk {
        a.replacing(with: b, where: b .>= a)
    }

    /// Lanes set in `a` or in `b`.
    @inline(__always)
    static func either(_ a: SIMDMask<SIMD4<Int64>>, _ b: SIMDMask<SIMD4<Int64>>) -> SIMDMask<SIMD4<Int64>> {
        a .| b
    }

    /// Lanes set in both `a` and `b`.
    @inline(__always)
    static func both(_ a: SIMDMask<SIMD4<Int64>>, _ b: SIMDMask<SIMD4<Int64>>) -> SIMDMask<SIMD4<Int64>> {
        a .& b
    }

    /// Lanes whose value is finite (neither infinite nor nan).
    @inline(__always)
    static func finite(_ x: LaneChunk) -> SIMDMask<SIMD4<Int64>> {
        (x - x) .== LaneChunk()
    }

    /// Lanes with `!(|x| <= bound)`: beyond the bound or nan.
    @inline(__always)
    static func beyond(_ x: LaneChunk, _ bound: Double) -> SIMDMask<SIMD4<Int64>> {
        .!((x .<= bound) .& (x .>= -bound))
    }
}
