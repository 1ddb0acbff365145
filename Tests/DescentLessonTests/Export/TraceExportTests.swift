import DescentText
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
        let json = try export(block("loop", body), lesson: "lessons/01.md").text(.json)
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
        let export = try export(block("loop", lectureLoop))
        let csv = try export.text(.csv).split(separator: "\n")
        #expect(csv.first == "experiment,run,batch,row,iteration,epoch,w,loss,grad_w,lr")
        #expect(csv[1] == "loop,GD,,step,0,,-3,9,-6,0.3")
        #expect(csv.count == 13)
        #expect(csv.last == "loop,GD,,final,,,-0.0003145728000000003,9.89560464998402e-08,,")
        #expect(try export.text(.table).hasPrefix("loop · GD · converged at iteration 10\n i "))
    }
}

@Suite struct TraceExportStreamingTests {
    /// One header for the lesson, whatever the experiments' parameters; a mini-batch run's
    /// batch size, final state and per-epoch full-data losses.
    @Test func csvHasOneHeaderAndTheFinalStateAndEpochLosses() throws {
        let fit =
            "f(w, b) = mean((w*x + b - y)^2)\ndata: generate(n=8, x=(0, 5), y=2*x + 1, noise=0.5, seed=4)\n"
            + "lr: 0.01\nbatch: 4\nepochs: 2\n"
        let export = try export(block("loop", lectureLoop) + "\n" + block("fit", fit))
        let csv = try export.text(.csv).split(separator: "\n").map(String.init)
        #expect(
            csv.filter { $0.hasPrefix("experiment,") } == [
                "experiment,run,batch,row,iteration,epoch,w,b,loss,grad_w,grad_b,lr"
            ])
        #expect(csv.contains("loop,GD,,step,0,,-3,,9,-6,,0.3"))
        let epochs = csv.filter { $0.hasPrefix("fit,GD,4,epoch,") }
        #expect(epochs.count == 3)
        #expect(epochs.first?.hasPrefix("fit,GD,4,epoch,,0,,,") == true)
        #expect(csv.filter { $0.hasPrefix("fit,GD,4,final,,,") }.count == 1)
        let json = try export.text(.json)
        #expect(json.contains("\"batch\":4"))
        #expect(json.contains("\"epoch_losses\":["))
    }

    @Test func chunksJoinToTheWholeTextInEveryFormat() throws {
        let body = lectureLoop.replacingOccurrences(of: "optimizer: gd", with: "optimizer: gd, adam")
        let export = try export(block("loop", body))
        for format in TraceFormat.allCases {
            var chunks: [[UInt8]] = []
            try export.write(format, chunkSize: 64) { chunks.append($0) }
            #expect(chunks.count > 3)
            #expect(chunks.dropLast().allSatisfy { $0.count >= 64 })
            #expect(String(decoding: chunks.joined(), as: UTF8.self) == (try export.text(format)))
        }
    }

    @Test func everyNthRowKeepsTheFirstAndLastRowOfEachRun() throws {
        let export = try export(block("loop", lectureLoop))
        let csv = try export.text(.csv, sampling: RowSampling(every: 4)).split(separator: "\n")
        #expect(
            csv.map { $0.split(separator: ",", omittingEmptySubsequences: false)[4] } == [
                "iteration", "0", "4", "8", "10", "",
            ])
        let table = try export.text(.table, sampling: RowSampling(every: 4)).split(separator: "\n")
        #expect(table.count == 6)
        #expect(table[1].hasPrefix(" i "))
        let json = try export.text(.json, sampling: RowSampling(every: 4))
        let decoded = try JSONDecoder().decode(RunJSON.self, from: Data(json.utf8))
        #expect(decoded.experiments[0].runs[0].trace.map(\.iteration) == [0, 4, 8, 10])
    }

    @Test func emptyExportsStayAsTheyWere() throws {
        let export = TraceExport(lesson: "l.md", experiments: [])
        #expect(try export.text(.csv) == "\n")
        #expect(try export.text(.table) == "\n")
        #expect(try export.text(.json) == "{\"lesson\":\"l.md\",\"experiments\":[]}\n")
    }
}

/// The export `descent run` prints for a lesson given as text: compiled, nothing run yet.
func export(_ text: String, lesson: String = "l.md") throws -> TraceExport {
    var courseSteps = 0
    let (experiments, problems) = LessonRun.compile(
        LessonDocument(SourceText(path: lesson, text: text)), readFile: { _ in .unreadable },
        courseSteps: &courseSteps)
    guard problems.isEmpty else { throw DiagnosticList(problems) }
    #expect(experiments.allSatisfy { TraceExport.refusals($0) == nil })
    return TraceExport(lesson: lesson, experiments: experiments)
}
