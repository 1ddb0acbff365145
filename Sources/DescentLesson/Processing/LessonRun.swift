import DescentEngine
import DescentText

/// A lesson whose experiments have run: its document and one result per experiment block.
public struct LessonRun: Sendable {
    public let document: LessonDocument
    /// Results in block order.
    public let results: [ExperimentResult]

    /// Parses the lesson, compiles every block and runs every experiment. All problems in the
    /// lesson are reported together; nothing runs if any block is malformed.
    public init(_ source: SourceText, readFile: @escaping DataFileReader) throws(DiagnosticList) {
        let document = LessonDocument(source)
        var problems = document.problems
        var experiments: [CompiledExperiment] = []
        for block in document.blocks {
            let (spec, specProblems) = SpecParser.parse(block, source: source)
            problems += specProblems
            problems += ExpectationParser.check(spec, source: source)
            guard specProblems.isEmpty else { continue }
            let (compiled, compileProblems) = ExperimentCompiler.compile(spec, source: source, readFile: readFile)
            problems += compileProblems
            if let compiled {
                problems += Self.unsupportedFigures(compiled, source: source)
                experiments.append(compiled)
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(Self.sorted(problems)) }
        var results: [ExperimentResult] = []
        for experiment in experiments {
            do throws(RunFailures) { results.append(try experiment.execute()) } catch {
                let location = experiment.spec.location
                problems += error.messages(runCount: experiment.runs.count).map {
                    source.error(line: location.line, column: location.column, $0)
                }
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        self.document = document
        self.results = results
    }

    /// `show: plot …` items this experiment cannot draw (a contour of one parameter, …).
    static func unsupportedFigures(_ experiment: CompiledExperiment, source: SourceText) -> [Diagnostic] {
        experiment.spec.show.compactMap { item in
            guard case .plot(let kind, _) = item.value,
                  let message = FigureBuilder.unsupported(kind, for: experiment) else { return nil }
            return source.error(line: item.line, column: item.column, message)
        }
    }

    /// Diagnostics in reading order (by line, then column).
    static func sorted(_ problems: [Diagnostic]) -> [Diagnostic] {
        problems.enumerated().sorted { a, b in
            (a.element.line, a.element.column, a.offset) < (b.element.line, b.element.column, b.offset)
        }.map(\.element)
    }

    /// Every failed `expect:` line, as an error at its line with the measured values.
    public func failedExpectations() -> [Diagnostic] {
        results.flatMap { result in
            result.experiment.spec.expectations.compactMap { line -> Diagnostic? in
                guard let expectation = try? ExpectationParser.parse(line.value),
                      let message = ExpectationChecker(result: result).failure(of: expectation) else { return nil }
                return document.source.error(line: line.line, column: line.column, message)
            }
        }
    }
}

extension ExpectationParser {
    /// Syntax errors in a spec's `expect:` lines, positioned at each line's value.
    static func check(_ spec: ExperimentSpec, source: SourceText) -> [Diagnostic] {
        spec.expectations.compactMap { line in
            do throws(Failure) { _ = try parse(line.value); return nil } catch {
                return source.error(line: line.line, column: line.column, error.message)
            }
        }
    }
}
