import Testing

@testable import DescentEngine

/// The tape's encoding: compact instructions, and squares as their own opcode.
@Suite struct TapeLayoutTests {
    @Test func anInstructionIsSixteenBytes() {
        #expect(MemoryLayout<Instruction>.stride == 16)
    }

    @Test func squaresCompileToTheSquareOpcodeAndResidualsSquaredToOneInstruction() throws {
        let program = try CompiledObjective(Objective.parse("f(x, y) = (1 - x)^2 + 100*(y - x^2)^2 + x^3"))
        #expect(program.mainTape.filter { $0.opcode == .square }.count == 1)
        #expect(program.mainTape.filter { $0.opcode == .subtractThenSquare }.count == 2)
        #expect(program.mainTape.filter { $0.opcode == .integerPower }.count == 1)
    }

    /// A fused residual-and-square gives the numbers the two instructions give: compared with the
    /// same formula written as a product, which compiles to a subtraction and a multiplication.
    @Test(arguments: [(0.3, -1.7), (1e154, -1e154), (-0.0, 0.0), (.infinity, 1), (.nan, 2), (1e-310, 3e-310)])
    func aFusedSquaredResidualIsTheSubtractionThenTheProduct(_ x: Double, _ y: Double) throws {
        let fused = try CompiledObjective(Objective.parse("f(x, y) = (x - y)^2 + 3*(x - y)"))
        let product = try CompiledObjective(Objective.parse("f(x, y) = (x - y)*(x - y) + 3*(x - y)"))
        #expect(fused.mainTape.first?.opcode == .subtractThenSquare)
        #expect(!product.mainTape.contains { $0.opcode == .subtractThenSquare })
        let a = ObjectiveEvaluator(fused).value(at: [x, y])
        let b = ObjectiveEvaluator(product).value(at: [x, y])
        #expect(a.bitPattern == b.bitPattern)
    }

    /// A square gives exactly the product of the base with itself, for every kind of number.
    @Test(arguments: [0.0, -0.0, 1e-200, -3.7, 1.5e154, -.infinity, .nan, 0.1])
    func aSquareIsTheProductWithItself(_ x: Double) throws {
        let square = ObjectiveEvaluator(try CompiledObjective(Objective.parse("f(w) = w^2")))
        let product = ObjectiveEvaluator(try CompiledObjective(Objective.parse("f(w) = w*w")))
        var g1 = [0.0]
        var g2 = [0.0]
        #expect(
            square.evaluate(at: [x], gradient: &g1).bitPattern == product.evaluate(at: [x], gradient: &g2).bitPattern)
    }

    /// The machine hands back the value it wrote last, which the plain loop uses in place of
    /// the register it was written to: the same bits, whatever the last instruction was (a
    /// fused residual and square writes its square last).
    @Test(arguments: [
        "f(w) = w^2", "f(w) = (w - 3)^2", "f(w) = exp(w)", "f(x, y) = (1 - x)^2 + 100*(y - x^2)^2",
        "f(x, y) = x^2 + y", "f(w) = (w - 2)^5 / w", "f(a, b) = max(a, b) * sin(b)",
    ])
    func theMachineReturnsTheValueItWroteLast(_ definition: String) throws {
        let objective = try Objective.parse(definition)
        // With its gradient (which the tape computes last), and for one parameter without.
        var programs = [try CompiledObjective(objective)]
        if objective.parameters.count == 1 {
            programs.append(CompiledObjective(formula: objective.body, variable: objective.parameters[0]))
        }
        for program in programs {
            let evaluator = ObjectiveEvaluator(program)
            let r = evaluator.registers.baseAddress!
            for j in 0..<program.dimension { r[j] = 0.75 + Double(j) }
            let last = TapeMachine.run(evaluator.mainTapeInstructions, r)
            let register = try #require(evaluator.registerWrittenLast)
            #expect(last.bitPattern == r[register].bitPattern)
        }
    }

    @Test func anEmptyTapeWritesNothing() throws {
        let evaluator = ObjectiveEvaluator(try CompiledObjective(Objective.parse("f(w) = w")))
        #expect(evaluator.mainTapeInstructions.isEmpty)
        #expect(evaluator.registerWrittenLast == nil)
    }
}
