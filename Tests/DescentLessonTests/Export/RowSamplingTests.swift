import DescentEngine
import Testing

@testable import DescentLesson

@Suite struct RowSamplingTests {
    /// The iterations `sampling` prints of a run of exactly `steps` iterations, and the run's
    /// iteration count.
    private func printed(every: Int, steps: Int) throws -> (rows: [Int], count: Int) {
        let configuration = RunConfiguration(
            objective: try CompiledObjective(Objective.parse("f(w) = w^2")), start: [-3], optimizer: SGD(),
            learningRate: 0.01, maxSteps: steps)
        var rows: [Int] = []
        let result = try RowSampling(every: every).stream(configuration) { rows.append($0.iteration) }
        return (rows, result.iterations)
    }

    @Test func everyNthRowPlusTheFirstAndTheLast() throws {
        #expect(try printed(every: 1, steps: 4).rows == [0, 1, 2, 3])
        #expect(try printed(every: 2, steps: 5).rows == [0, 2, 4])
        #expect(try printed(every: 2, steps: 6).rows == [0, 2, 4, 5])
        #expect(try printed(every: 10, steps: 3).rows == [0, 2])
        #expect(try printed(every: 3, steps: 1).rows == [0])
        #expect(RowSampling(every: 0).every == 1)
    }

    @Test func streamedRowsAreTheFullTracesRowsAndNothingIsKept() throws {
        let configuration = RunConfiguration(
            objective: try CompiledObjective(Objective.parse("f(x, y) = x^2 + 3*y^2")), start: [2, -1],
            optimizer: try OptimizerRegistry.make("adam"), learningRate: 0.1, maxSteps: 50)
        let full = try #require(try Run.execute(configuration).trace)
        var rows: [ExportRow] = []
        let streamed = try RowSampling(every: 7).stream(configuration) { rows.append($0) }
        #expect(streamed.trace == nil)
        #expect(rows.map(\.iteration) == [0, 7, 14, 21, 28, 35, 42, 49])
        for row in rows {
            let entry = full[row.iteration]
            #expect(row.parameters == entry.parameters)
            #expect(row.gradient == entry.gradient)
            #expect(row.loss == entry.loss)
            #expect(row.learningRate == entry.learningRate)
        }
    }
}
