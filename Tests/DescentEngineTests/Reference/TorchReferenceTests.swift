import Testing

@testable import DescentEngine

/// The engine against trajectories PyTorch computed itself in float64 (see
/// scripts/torch-reference.py): every optimizer and option, every schedule, momentum cycling.
@Suite struct TorchReferenceTests {
    @Test func theReferenceSetRecordsTheTorchThatWroteItAndCoversEveryOptimizerAndSchedule() throws {
        let reference = try TorchReference.load()
        #expect(reference.torch.hasPrefix("2."))
        let optimizers = Set(reference.cases.map(\.optimizer))
        #expect(optimizers == ["sgd", "adagrad", "rmsprop", "adam", "adamw", "adadelta", "adamax", "nadam", "radam"])
        let schedules = Set(reference.cases.compactMap(\.schedule))
        #expect(
            schedules == [
                "step", "multistep", "exponential", "polynomial", "linear", "inverse_time", "cosine", "warm_restarts",
                "plateau", "cyclic", "one_cycle",
            ])
    }

    @Test func everyTrajectoryMatchesTorchToOneBillionth() throws {
        let reference = try TorchReference.load()
        var worst = 0.0
        for reference in reference.cases {
            let error = try reference.maximumRelativeError()
            worst = Swift.max(worst, error)
            #expect(error <= 1e-9, "\(reference.name): relative error \(error)")
        }
        #expect(worst <= 1e-9)
    }

    @Test func ratesAfterTheLastStepMatchTorchIncludingOneCyclesExtrapolation() throws {
        let cases = try TorchReference.load().cases.filter { $0.nextRate != nil }
        #expect(cases.contains { $0.schedule == "one_cycle" && $0.steps == 40 })
        for reference in cases {
            let ours = try #require(try reference.engineNextRate())
            let theirs = try #require(reference.nextRate)
            #expect(close(ours, theirs, 1e-9), "\(reference.name): \(ours) against torch's \(theirs)")
        }
    }
}
