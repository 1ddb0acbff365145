import DescentText

/// An experiment block read into typed settings, still in the lesson's own terms: names and
/// numbers as the author wrote them, each with its position. The engine validates and runs it.
public struct ExperimentSpec: Sendable {
    public var id: String
    /// Where the block's id is written, for errors about the block as a whole.
    public var location: Located<String>
    /// The objective definition, e.g. `f(w) = w^2`.
    public var objective: Located<String>?
    /// Start points; several (separated by `;`) make a sweep. Each maps parameter → value.
    public var starts: [Located<[(name: String, value: Double)]>] = []
    /// Optimizer calls such as `adam(betas=(0.9, 0.999))`; several make a sweep. A call may
    /// carry its own run settings (`adam(lr=0.1)`, ``RunSettings``).
    public var optimizers: [Located<OptimizerCall>] = []
    /// Learning rates; several make a sweep. Optimizers with their own `lr=` do not use them.
    public var learningRates: [Located<Double>] = []
    /// Schedule calls such as `cosine(T_max=20)`; several make a sweep.
    public var schedules: [Located<OptimizerCall>] = []
    /// The step budget (updates per run).
    public var steps: Located<Int>?
    /// Passes over the data, for data objectives.
    public var epochs: Located<Int>?
    /// Batch sizes: nil entry means the whole data set (`all`).
    public var batches: [Located<Int?>] = []
    public var seed: Located<UInt64>?
    /// A CSV path (relative to the lesson) or a `generate(…)` call.
    public var data: Located<String>?
    /// The stopping rule text, e.g. `|Δw| < 0.001 and |grad| < 0.001`.
    public var stop: Located<String>?
    public var show: [Located<ShowItem>] = []
    /// Claims to verify, one per `expect:` line, parsed once here; each is located at its
    /// line's value.
    public var expectations: [Located<Expectation>] = []
    /// How many step-table rows to show before eliding the middle.
    public var rows: Located<Int>?
    /// Known minima to mark on figures, one per point of `minimum: x = 1, y = 1; x = -1, y = 1`
    /// (at most `maximumMinima`), each located at its point.
    public var minima: [Located<[(name: String, value: Double)]>] = []
    /// The first known minimum: the one loss figures measure from.
    public var minimum: Located<[(name: String, value: Double)]>? { minima.first }
    /// The most points `minimum:` may list.
    public static let maximumMinima = 16
    /// A caption to lead figure captions with.
    public var caption: Located<String>?
    /// The experiment's work budget in steps (runs × steps per run), when the block raises or
    /// lowers the default (``WorkBudget``).
    public var budget: Located<Int>?

    /// Whether `item` was asked for.
    public func shows(_ item: ShowItem) -> Bool { show.contains { $0.value == item } }
}

/// A named call with `key=value` arguments, as written: `momentum(momentum=0.5)`.
public struct OptimizerCall: Sendable, Equatable {
    public var name: String
    /// Arguments in the order written, values as text.
    public var arguments: [(key: Located<String>, value: Located<String>)]
    /// The call as labels and selectors name it: as the author wrote it, or, when the call
    /// carries run settings, rebuilt without them (`adam(lr=0.1, eps=1e-6)` → `adam(eps=1e-6)`).
    public var text: String
    /// Run settings given as arguments (`lr=`, `schedule=`, `batch=`); only optimizer calls
    /// carry them, and they are not among ``arguments``.
    public var runSettings = RunSettings()

    public static func == (a: OptimizerCall, b: OptimizerCall) -> Bool {
        a.text == b.text && a.name == b.name
    }
}
