import Foundation
import Testing

@testable import DescentLesson

/// The documented JSON shape of `descent run`, decoded strictly.
private struct RunJSON: Decodable {
    struct Experiment: Decodable {
        var id: String
        var parameters: [String]
        var runs: [Run]
    }
    struct Run: Decodable {
        var label: String
        var optimizer: String
        var hyperparameters: [String: Hyper]
        var lr: Double
        var schedule: String
        var trace: [Entry]
        var final: Final
        var outcome: Outcome
    }
    enum Hyper: Decodable, Equatable {
        case number(Double)
        case flag(Bool)
        case list([Double])
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) {
                self = .flag(flag)
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .list(try container.decode([Double].self))
            }
        }
    }
    struct Entry: Decodable {
        var iteration: Int
        var params: [Double]
        var loss: Double
        var grad: [Double]
        var lr: Double
    }
    struct Final: Decodable {
        var params: [Double]
        var loss: Double
    }
    struct Outcome: Decodable {
        var status: String
        var iteration: Int
    }
    var lesson: String
    var experiments: [Experiment]
}

@Suite struct TraceExportTests {
    @Test func jsonDecodesWithFullPrecisionTraces() throws {
        let body = lectureLoop.replacingOccurrences(of: "optimizer: gd", with: "optimizer: gd, adam(betas=(0.8, 0.99))")
        let run = try render(block("loop", body)).run
        let json = TraceExport(lesson: "lessons/01.md", results: run.results).json
        let decoded = try JSONDecoder().decode(RunJSON.self, from: Data(json.utf8))
        #expect(decoded.lesson == "lessons/01.md")
        let experiment = try #require(decoded.experiments.first)
        #expect(experiment.id == "loop")
        #expect(experiment.parameters == ["w"])
        #expect(experiment.runs.map(\.label) == ["GD", "Adam (betas (0.8, 0.99))"])
        let gd = experiment.runs[0]
        #expect(gd.outcome.status == "converged")
        #expect(gd.outcome.iteration == 10)
        #expect(gd.trace.count == 11)
        let w1: Double = -3 - 0.3 * -6
        #expect(gd.trace[1].params == [w1])
        #expect(gd.trace[1].grad == [2 * w1])
        #expect(gd.trace[0].lr == 0.3)
        #expect(gd.lr == 0.3)
        #expect(gd.schedule == "constant")
        #expect(gd.final.params == gd.trace[10].params)
        let adam = experiment.runs[1]
        #expect(adam.optimizer == "adam")
        #expect(adam.hyperparameters["betas"] == .list([0.8, 0.99]))
        #expect(adam.hyperparameters["amsgrad"] == .flag(false))
        #expect(adam.outcome.status == "max_steps")
        #expect(adam.outcome.iteration == 25)
        #expect(adam.trace.count == 25)
    }

    @Test func csvAndTableListEveryIteration() throws {
        let run = try render(block("loop", lectureLoop)).run
        let export = TraceExport(lesson: "l.md", results: run.results)
        let csv = export.csv.split(separator: "\n")
        #expect(csv.first == "experiment,run,iteration,w,loss,grad_w,lr")
        #expect(csv[1] == "loop,GD,0,-3,9,-6,0.3")
        #expect(csv.count == 12)
        #expect(export.table.hasPrefix("loop · GD · converged at iteration 10\n i "))
    }
}

@Suite struct TraceExportStreamingTests {
    @Test func chunksJoinToTheWholeTextInEveryFormat() throws {
        let body = lectureLoop.replacingOccurrences(of: "optimizer: gd", with: "optimizer: gd, adam")
        let run = try render(block("loop", body)).run
        let export = TraceExport(lesson: "l.md", results: run.results)
        for format in TraceFormat.allCases {
            var chunks: [String] = []
            export.write(format, chunkSize: 64) { chunks.append($0) }
            #expect(chunks.count > 3)
            #expect(chunks.dropLast().allSatisfy { $0.utf8.count >= 64 })
            #expect(chunks.joined() == export.text(format))
        }
    }

    @Test func everyNthRowKeepsTheFirstAndLastRowOfEachRun() throws {
        let run = try render(block("loop", lectureLoop)).run
        let export = TraceExport(lesson: "l.md", results: run.results)
        let csv = export.text(.csv, sampling: RowSampling(every: 4)).split(separator: "\n")
        #expect(csv.map { $0.split(separator: ",")[2] } == ["iteration", "0", "4", "8", "10"])
        let table = export.text(.table, sampling: RowSampling(every: 4)).split(separator: "\n")
        #expect(table.count == 6)
        #expect(table[1].hasPrefix(" i "))
        let json = export.text(.json, sampling: RowSampling(every: 4))
        let decoded = try JSONDecoder().decode(RunJSON.self, from: Data(json.utf8))
        #expect(decoded.experiments[0].runs[0].trace.map(\.iteration) == [0, 4, 8, 10])
    }

    @Test func emptyExportsStayAsTheyWere() {
        let export = TraceExport(lesson: "l.md", results: [])
        #expect(export.csv == "\n")
        #expect(export.table == "\n")
        #expect(export.json == "{\"lesson\":\"l.md\",\"experiments\":[]}\n")
    }
}
