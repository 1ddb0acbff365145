/// Where a streamed run (``TraceRecording/streamed(_:)``) hands each iteration as it is
/// computed, instead of keeping it: what prints a trace row by row in memory that does not grow
/// with the steps.
///
/// The entry handed over is the one a full trace would hold at that iteration. Its arrays are
/// the run's own working arrays, valid for the duration of the call: copy what must outlive it.
/// A stream is called on the thread that runs the run, one iteration after another; it is
/// compared by identity.
public final class TraceStream: Hashable, @unchecked Sendable {
    private let receive: (TraceEntry) -> Void

    /// A stream that hands every iteration to `receive`.
    public init(_ receive: @escaping (TraceEntry) -> Void) {
        self.receive = receive
    }

    func send(_ entry: TraceEntry) { receive(entry) }

    public static func == (left: TraceStream, right: TraceStream) -> Bool { left === right }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
