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
}
