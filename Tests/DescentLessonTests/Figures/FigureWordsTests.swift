import DescentText
import Testing

@testable import DescentLesson

/// Alt text says what is drawn, the caption what to notice: a screen reader hears each once.
@Suite struct FigureWordsTests {
    static let bodies = [
        FigureFixtures.sweepBody, FigureFixtures.bowlBody, FigureFixtures.rosenbrockBody,
        FigureFixtures.regressionBody,
    ]

    /// The sentences of `text`, split at full stops followed by a space.
    private func sentences(_ text: String) -> [String] {
        text.split(separator: ". ").map { $0.trimmingCharacters(in: [".", " "]) }.filter { !$0.isEmpty }
    }

    @Test(arguments: bodies)
    func altAndCaptionShareNoSentenceOrClause(_ body: String) throws {
        for figure in FigureBuilder(result: try FigureFixtures.run(body)).figures() {
            let alt = figure.reference.alt
            for sentence in sentences(figure.reference.caption) where sentence.count > 12 {
                #expect(!alt.contains(sentence), "\(figure.reference.fileName): \(sentence)")
            }
            for clause in OutcomeClauses(series: try FigureFixtures.run(body).series).clauses {
                #expect(!alt.contains(clause), "\(figure.reference.fileName) repeats '\(clause)'")
            }
        }
    }

    @Test func altDescribesTheChartItsAxesAndTheShapeOfItsLines() throws {
        let figures = FigureBuilder(result: try FigureFixtures.run(FigureFixtures.sweepBody)).figures()
        let loss = try #require(figures.first { $0.reference.kind == .loss })
        #expect(
            loss.reference.alt
                == "Line chart of the loss (log scale) against the iteration, 0 to 30, with one line for each "
                + "learning rate (3 lines); 2 lines fall and 1 leaves through the top.")
        let sweep = try #require(figures.first { $0.reference.kind == .sweep })
        #expect(sweep.reference.alt.hasPrefix("Chart of the iterations to converge against the learning rate"))
        #expect(sweep.reference.alt.contains("η from 0.1 to 1.1, with one point for each learning rate (3 points)"))
    }

    @Test func captionsSayEtaAndNeverStartASentenceWithALowercaseIdentifier() throws {
        for body in Self.bodies {
            for figure in FigureBuilder(result: try FigureFixtures.run(body)).figures() {
                let caption = figure.reference.caption
                #expect(!caption.contains("lr ="), "\(caption)")
                #expect(!caption.contains("momentum(momentum="), "\(caption)")
                for sentence in sentences(caption) {
                    let first = try #require(sentence.unicodeScalars.first)
                    #expect(
                        !(first.isASCII && first.properties.isLowercase),
                        "'\(sentence)' in \(figure.reference.fileName)")
                }
            }
        }
    }

    @Test func aSentenceLedByALowercaseLabelIsReworded() {
        #expect(OutcomeClauses.sentence("η = 0.3 converges", labels: ["η = 0.3"]) == "η = 0.3 converges.")
        #expect(OutcomeClauses.sentence("Adam converges", labels: ["Adam"]) == "Adam converges.")
        #expect(OutcomeClauses.sentence("w = -3 converges", labels: ["w = -3"]) == "The run with w = -3 converges.")
        #expect(OutcomeClauses.sentence("no run converges", labels: ["w = -3"]) == "No run converges.")
    }

    @Test func figuresAreNumberedWithinTheLessonInReadingOrder() throws {
        let text = "# T\n\n" + block("a", FigureFixtures.sweepBody) + "\n" + block("b", FigureFixtures.bowlBody)
        let run = try LessonRun(SourceText(path: "t.md", text: text), readFile: { _ in .unreadable })
        let builder = LessonOutputBuilder(figureDirectoryFromLesson: "figures")
        let drawn = builder.drawFigures(run, lessonNumber: 3)
        let names = (drawn["a"] ?? []).map(\.reference.name) + (drawn["b"] ?? []).map(\.reference.name)
        #expect(names == (1...names.count).map { "Figure 3.\($0)" })
        let output = try builder.render(run, drawn: drawn, references: InlineReference(results: [:]))
        #expect(output.lessonText.contains("\n*Figure 3.1: Loss per iteration for each learning rate (log scale)."))
        #expect(!output.lessonText.contains("*Figure: "))
    }

    @Test func aFigureShowsItsAltBesideItsImageAndItsNameBeforeItsCaption() {
        let reference = FigureReference(
            kind: .loss, logScale: false, fileName: "a-loss.svg", alt: "Line chart", caption: "Loss per step.",
            name: "Figure 2.1")
        #expect(
            reference.markdown(directory: "figures")
                == "![Line chart](figures/a-loss.svg)\n*Figure 2.1: Loss per step.*\n")
    }
}
