import Testing

@testable import DescentEngine

@Suite struct DataTests {
    @Test func splitMix64MatchesTheReferenceSequence() {
        var generator = SeededGenerator(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func csvParsesAndReportsPositions() throws {
        let data = try Dataset(csv: "x, y\n1, 3\n2, 5\n")
        #expect(data.columns == ["x", "y"] && data.values == [1, 3, 2, 5])
        let error = #expect(throws: DataError.self) { try Dataset(csv: "x,y\n1,3\n2,abc\n") }
        #expect(error?.line == 3 && error?.column == 3)
        let short = #expect(throws: DataError.self) { try Dataset(csv: "x,y\n1\n") }
        #expect(short?.line == 2)
    }

    @Test func generatorIsDeterministic() throws {
        let a = try Dataset.generate(count: 5, xRange: 0...1, formula: "2*x + 1", noise: 0.1, seed: 7)
        let b = try Dataset.generate(count: 5, xRange: 0...1, formula: "2*x + 1", noise: 0.1, seed: 7)
        #expect(a == b)
        let exact = try Dataset.generate(count: 3, xRange: 0...1, formula: "2*x + 1", seed: 1)
        for row in 0..<3 { #expect(close(exact.values[2 * row + 1], 2 * exact.values[2 * row] + 1)) }
        let error = #expect(throws: DataError.self) { try Dataset.generate(count: 3, xRange: 0...1, formula: "2x") }
        #expect(error?.suggestion == "write 2*x")
    }

    @Test func fullBatchRegressionFindsTheLine() throws {
        let data = try Dataset(csv: "x,y\n0,1\n1,3\n2,5\n3,7\n")
        let objective = try CompiledObjective(
            Objective.parse("J(w, b) = mean((w*x + b - y)^2)", columns: data.columns), dataset: data)
        let result = try Run.execute(
            RunConfiguration(
                objective: objective, start: [0, 0], optimizer: SGD(), learningRate: 0.05,
                maxSteps: 5000, recording: .summary))
        #expect(close(result.finalParameters, [2, 1], 1e-6))
        // J(0, 0) = mean(y²) = (1 + 9 + 25 + 49)/4 = 21; ∂J/∂w = mean(2x(−y)) = −2(0 + 3 + 10 + 21)/4 = −17;
        // ∂J/∂b = mean(−2y) = −2·16/4 = −8
        let evaluator = ObjectiveEvaluator(objective)
        var gradient = [0.0, 0.0]
        #expect(evaluator.evaluate(at: [0, 0], gradient: &gradient) == 21)
        #expect(gradient == [-17, -8])
    }

    @Test func miniBatchesRecordOneEntryPerUpdateAndEpochLosses() throws {
        let data = try Dataset(csv: "x,y\n0,1\n1,3\n2,5\n3,7\n4,9\n")
        let objective = try CompiledObjective(Objective.parse("J(w, b) = mean((w*x + b - y)^2)"), dataset: data)
        let configuration = RunConfiguration(
            objective: objective, start: [0, 0], optimizer: SGD(), learningRate: 0.01,
            maxSteps: 9, batchSize: .rows(2), seed: 3)
        let result = try Run.execute(configuration)
        #expect(result.trace?.count == 9)
        #expect(result.epochLosses.count == 4)
        #expect(result.epochLosses[0] == (1 + 9 + 25 + 49 + 81) / 5.0)
        #expect(result.epochLosses[3] < result.epochLosses[0])
        #expect(try Run.execute(configuration) == result)
        let single = try Run.execute(
            RunConfiguration(
                objective: objective, start: [0, 0], optimizer: SGD(), learningRate: 0.01,
                maxSteps: 5, batchSize: .rows(1), seed: 3))
        // each SGD step sees one row: the loss is that row's squared residual y²
        #expect(Set(single.trace!.losses.prefix(1)).isSubset(of: [1, 9, 25, 49, 81]))
    }

    @Test func missingColumnIsReported() throws {
        let data = try Dataset(csv: "x,y\n0,1\n")
        let error = #expect(throws: ExpressionError.self) {
            try CompiledObjective(Objective.parse("J(w) = mean((w*x - z)^2)"), dataset: data)
        }
        #expect(error?.message == "no data column named 'z'")
    }
}
