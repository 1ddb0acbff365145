import Testing

@testable import DescentEngine

/// The tape's encoding: compact instructions, and squares as their own opcode.
@Suite struct TapeLayoutTests {
    @Test func anInstructionIsSixteenBytes() {
        #expect(MemoryLayout<Instruction>.stride == 16)
    }

    @Test func squaresCompileToTheSquareOpcode() throws {
        let program = try CompiledObjective(Objective.parse("f(x, y) = (1 - x)^2 + 100*(y - x^2)^2 + x^3"))
        #expect(program.mainTape.filter { $0.opcode == .square }.count == 3)
        #expect(program.mainTape.filter { $0.opcode == .integerPower }.count == 1)
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
}
