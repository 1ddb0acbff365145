import DescentText

/// An objective and its symbolic gradient compiled into one instruction tape, bound to its data.
///
/// Immutable and `Sendable`: share one across threads and give each run its own
/// ``ObjectiveEvaluator`` (which owns the scratch registers). Value and gradient come out of
/// the same pass, with common subexpressions computed once.
public struct CompiledObjective: Sendable {
    /// The objective as parsed.
    public let objective: Objective
    /// The simplified partial derivatives, in parameter order.
    public let gradientExpressions: [Expression]
    /// The data the objective's `mean`/`sum` run over, if it reads any columns.
    public let dataset: Dataset?

    let parameterCount: Int
    let columnSources: [Int]
    let registerTemplate: [Double]
    let mainTape: [Instruction]
    let rowTape: [Instruction]
    let aggregates: [TapeCompiler.AggregateSlot]
    let valueRegister: Int
    let gradientRegisters: [Int]

    /// Compiles `objective`, binding its columns to `dataset`.
    ///
    /// Throws when the objective reads columns and no dataset is given, or a column is
    /// missing. (Parse with `Objective.parse(_:columns:)` to have such names located by column.)
    public init(_ objective: Objective, dataset: Dataset? = nil) throws(ExpressionError) {
        let columns = objective.columns
        var sources: [Int] = []
        for column in columns {
            guard let dataset else {
                throw ExpressionError(
                    column: 1, message: "the objective reads data column '\(column)' but no data was given")
            }
            guard let index = dataset.columns.firstIndex(of: column) else {
                throw ExpressionError(
                    column: 1, message: "no data column named '\(column)'",
                    suggestion: Suggestion.didYouMean(column, in: dataset.columns))
            }
            sources.append(index)
        }
        self.init(
            objective: objective, gradient: objective.gradient, dataset: columns.isEmpty ? nil : dataset,
            columns: columns, sources: sources)
    }

    /// A value-only program for a formula in one variable (used by data generators).
    init(formula: Expression, variable: String) {
        self.init(
            objective: Objective(parameters: [variable], body: formula), gradient: [],
            dataset: nil, columns: [], sources: [])
    }

    private init(objective: Objective, gradient: [Expression], dataset: Dataset?, columns: [String], sources: [Int]) {
        var compiler = TapeCompiler(parameters: objective.parameters, columns: columns)
        valueRegister = compiler.emit(objective.body)
        gradientRegisters = gradient.map { compiler.emit($0) }
        var template = [Double](repeating: 0, count: compiler.registerCount)
        for (register, value) in compiler.constants { template[register] = value }
        self.objective = objective
        self.gradientExpressions = gradient
        self.dataset = dataset
        parameterCount = objective.parameters.count
        columnSources = sources
        registerTemplate = template
        mainTape = compiler.mainTape
        rowTape = compiler.rowTape
        aggregates = compiler.aggregates
    }

    /// The number of parameters (the length of points and gradients).
    public var dimension: Int { parameterCount }

    /// The number of data rows (0 without data).
    public var rowCount: Int { dataset?.rowCount ?? 0 }

    /// The number of instructions executed per evaluation without data (a size measure).
    public var instructionCount: Int { mainTape.count + rowTape.count }

    /// Whether `other` computes exactly the same numbers at every point: the same tapes over the
    /// same constants (bit for bit) and the same data. (Cheap when both share their storage, as
    /// the runs of one sweep do.)
    func computesSameAs(_ other: CompiledObjective) -> Bool {
        dataset == other.dataset && parameterCount == other.parameterCount
            && columnSources == other.columnSources && valueRegister == other.valueRegister
            && gradientRegisters == other.gradientRegisters && mainTape == other.mainTape
            && rowTape == other.rowTape && aggregates == other.aggregates
            && registerTemplate.count == other.registerTemplate.count
            && zip(registerTemplate, other.registerTemplate).allSatisfy { $0.bitPattern == $1.bitPattern }
    }
}
