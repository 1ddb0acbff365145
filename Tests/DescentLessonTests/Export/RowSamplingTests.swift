import Testing

@testable import DescentLesson

@Suite struct RowSamplingTests {
    @Test func everyNthRowPlusTheFirstAndTheLast() {
        #expect(Array(RowSampling(every: 1).indices(count: 4)) == [0, 1, 2, 3])
        #expect(Array(RowSampling(every: 2).indices(count: 5)) == [0, 2, 4])
        #expect(Array(RowSampling(every: 2).indices(count: 6)) == [0, 2, 4, 5])
        #expect(Array(RowSampling(every: 10).indices(count: 3)) == [0, 2])
        #expect(Array(RowSampling(every: 3).indices(count: 1)) == [0])
        #expect(Array(RowSampling(every: 3).indices(count: 0)).isEmpty)
        #expect(RowSampling(every: 0).every == 1)
    }
}
