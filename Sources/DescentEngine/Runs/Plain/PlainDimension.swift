/// The parameter count the plain loop is specialised for: how it holds its per-parameter
/// values (``PlainVector``). One and two parameters (the commonest objectives, and the ones where
/// a step is cheapest, so overhead shows most) keep them in CPU registers; any other count in
/// memory.
protocol PlainDimension {
    /// Per-parameter numbers: θᵢ, ∇f(θᵢ), θᵢ₊₁.
    associatedtype Values: PlainVector<Double>
    /// Per-parameter registers: where the tape leaves ∇f.
    associatedtype Registers: PlainVector<Int>
}

/// A run with one parameter.
enum OneParameter: PlainDimension {
    typealias Values = OneValue<Double>
    typealias Registers = OneValue<Int>
}

/// A run with two parameters.
enum TwoParameters: PlainDimension {
    typealias Values = TwoValues<Double>
    typealias Registers = TwoValues<Int>
}

/// A run with any number of parameters.
enum AnyParameters: PlainDimension {
    typealias Values = StoredValues<Double>
    typealias Registers = StoredValues<Int>
}
