import DescentEngine

/// Measures how fast a numeric data file is parsed, beside baselines timed in the same run on
/// the same text. Returns figures; prints nothing. Meaningful only in release builds.
///
/// The text is 1,000,000·scale rows of two columns (`x` with 2 decimals, `y` with 3), about
/// 13 MB at full size, made from a seeded generator so every run parses the same bytes. Each
/// figure is the median of 3 timed runs after one untimed warm-up:
///
/// - `csv parse`: `Dataset(csv:)`, the whole parse into row-major values (target: under 2 s
///   for the full 1,000,000 rows; figures in ms);
/// - `baseline: read every byte`: one pass summing the UTF-8 bytes — the floor for any parser;
/// - `baseline: split lines and fields`: the standard library's `split` into lines, then each
///   line into fields, with no number conversion (what the parser replaced started this way).
public enum CSVBenchmark {
    /// Runs every measurement; `scale` multiplies the row count (1 = 1,000,000 rows).
    public static func run(scale: Double = 1) -> [BenchmarkFigure] {
        let rows = Swift.max(10_000, Int(1_000_000 * scale))
        let text = self.text(rows: rows)
        let megabytes = Double(text.utf8.count) / 1_000_000
        let label = "\(rows) rows, \(BenchText.fixed(megabytes, 1)) MB"
        let parse = median {
            Sink.keep((try? Dataset(csv: text))?.values.last ?? 0)
        }
        let read = median {
            var sum = 0
            var copy = text
            copy.withUTF8 { bytes in for byte in bytes { sum &+= Int(byte) } }
            Sink.keep(Double(sum))
        }
        let split = median {
            var fields = 0
            for line in text.split(separator: "\n") { fields += line.split(separator: ",").count }
            Sink.keep(Double(fields))
        }
        return [
            BenchmarkFigure(name: "csv parse \(label)", value: parse * 1_000, unit: "ms"),
            BenchmarkFigure(name: "csv parse speed", value: megabytes / parse, unit: "MB/s"),
            BenchmarkFigure(name: "baseline: read every byte", value: read * 1_000, unit: "ms"),
            BenchmarkFigure(name: "baseline: split lines and fields", value: split * 1_000, unit: "ms"),
        ]
    }

    /// `x,y` then `rows` rows of seeded numbers.
    static func text(rows: Int) -> String {
        var generator = SeededGenerator(seed: 4_180)
        var text = "x,y\n"
        text.reserveCapacity(rows * 12)
        for _ in 0..<rows {
            let x = generator.next() % 10_000
            let y = generator.next() % 100_000
            text +=
                "\(x / 100).\(BenchText.zeroPadded(x % 100, width: 2)),\(y / 1_000).\(BenchText.zeroPadded(y % 1_000, width: 3))\n"
        }
        return text
    }

    /// The median of 3 timed runs of `body`, after one untimed warm-up.
    private static func median(_ body: () -> Void) -> Double {
        body()
        let times = (0..<3).map { _ in Stopwatch.seconds(body) }.sorted()
        return times[1]
    }
}
