import Foundation
import Testing

@testable import DescentLesson

/// `descent run`'s output, byte for byte, against golden files (`descent run Golden/L.md
/// --format F`, with and without `--every 4`). The table goldens date from the implementation
/// that held every trace in memory, so streaming changed no byte of them; CSV and JSON were
/// written again when they gained a single CSV header, each run's final state, its batch size
/// and its per-epoch full-data losses (checked by hand against the table's rows). The PyTorch
/// scripts were checked by running them with torch against the JSON goldens (1e-9 relative).
@Suite struct TraceExportGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let cases: [(lesson: String, format: TraceFormat, every: Int)] = ["loop", "bowl", "fit"].flatMap { lesson in
        // `--every` thins rows; a PyTorch script has none, so it has one golden file per lesson.
        TraceFormat.allCases.flatMap { format in (format == .pytorch ? [1] : [1, 4]).map { (lesson, format, $0) } }
    }

    @Test(arguments: cases)
    func outputMatchesTheGoldenFile(lesson: String, format: TraceFormat, every: Int) throws {
        let source = try String(contentsOf: Self.folder.appendingPathComponent("\(lesson).md"), encoding: .utf8)
        let golden = try String(
            contentsOf: Self.folder.appendingPathComponent(
                "\(lesson)\(every == 1 ? "" : ".every\(every)").\(format.rawValue)"), encoding: .utf8)
        let printed = try export(source, lesson: "\(lesson).md").text(format, sampling: RowSampling(every: every))
        #expect(printed == golden)
    }
}
