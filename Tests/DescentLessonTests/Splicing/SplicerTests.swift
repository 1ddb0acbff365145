import DescentText
import Testing

@testable import DescentLesson

extension LessonDocument {
    /// The lesson text a splice of `generated` (the same for lesson and site) writes.
    func splicing(_ generated: [String: String], force: Bool = false) throws(DiagnosticList) -> String {
        try spliced(generated, force: force).lessonText
    }

    func spliced(_ generated: [String: String], force: Bool = false) throws(DiagnosticList) -> SplicedLesson {
        try Splicer(self).splice(
            generated.mapValues(RegionContent.init), references: InlineReference(results: [:]),
            force: force)
    }
}

@Suite struct SplicerTests {
    func document(_ text: String) -> LessonDocument {
        LessonDocument(SourceText(path: "lesson.md", text: text))
    }

    func region(_ id: String, _ content: String, _ eol: String = "\n") -> String {
        let body = content.replacingOccurrences(of: "\n", with: eol)
        return
            "<!-- descent:begin \(id) sum=\(RegionMarker.checksum(of: body)) -->\(eol)\(body)<!-- descent:end \(id) -->\(eol)"
    }

    let lesson = "# Title\n\nBefore.\n\n```descent loop\nlr: 0.3\n```\n\nAfter.\n"

    @Test func insertsARegionAfterTheBlock() throws {
        let spliced = try document(lesson).splicing(["loop": "| a |\n"])
        #expect(
            spliced == "# Title\n\nBefore.\n\n```descent loop\nlr: 0.3\n```\n\n" + region("loop", "| a |\n")
                + "\nAfter.\n")
    }

    @Test func replacesARegionInPlaceAndIsIdempotent() throws {
        let once = try document(lesson).splicing(["loop": "old\n"])
        let twice = try document(once).splicing(["loop": "new\ntext\n"])
        #expect(twice == once.replacingOccurrences(of: region("loop", "old\n"), with: region("loop", "new\ntext\n")))
        #expect(try document(twice).splicing(["loop": "new\ntext\n"]) == twice)
    }

    @Test func removesARegionWhoseBlockIsGone() throws {
        let withRegion = try document(lesson).splicing(["loop": "x\n"])
        let blockGone = withRegion.replacingOccurrences(of: "```descent loop\nlr: 0.3\n```\n", with: "")
        #expect(
            try document(blockGone).splicing([:])
                == lesson.replacingOccurrences(of: "```descent loop\nlr: 0.3\n```\n", with: ""))
    }

    @Test func refusesAHandEditedRegionUnlessForced() throws {
        let spliced = try document(lesson).splicing(["loop": "| 1 |\n"])
        let edited = spliced.replacingOccurrences(of: "| 1 |", with: "| 2 |")
        #expect(throws: DiagnosticList.self) { try document(edited).splicing(["loop": "| 1 |\n"]) }
        do {
            _ = try document(edited).splicing(["loop": "| 1 |\n"])
        } catch {
            #expect(error.diagnostics.first?.line == 9)
            #expect(error.diagnostics.first?.message.hasPrefix("generated region 'loop' was edited by hand") == true)
        }
        #expect(try document(edited).splicing(["loop": "| 1 |\n"], force: true) == spliced)
    }

    /// Renaming a block or deleting it orphans its region; an edited orphan is still the
    /// author's text and is not deleted without --force.
    @Test func refusesToDeleteAHandEditedOrphanRegion() throws {
        let spliced = try document(lesson).splicing(["loop": "| 1 |\n"])
        let edited = spliced.replacingOccurrences(of: "| 1 |", with: "| my note |")
        let renamed = edited.replacingOccurrences(of: "```descent loop", with: "```descent walk")
        #expect(throws: DiagnosticList.self) { try document(renamed).splicing(["walk": "| 1 |\n"]) }
        let gone = edited.replacingOccurrences(of: "```descent loop\nlr: 0.3\n```\n", with: "")
        #expect(throws: DiagnosticList.self) { try document(gone).splicing([:]) }
        #expect(try !document(gone).splicing([:], force: true).contains("my note"))
        let untouched = spliced.replacingOccurrences(of: "```descent loop\nlr: 0.3\n```\n", with: "")
        #expect(try !document(untouched).splicing([:]).contains("descent:begin"))
    }

    @Test func keepsCRLFLineEndings() throws {
        let crlf = lesson.replacingOccurrences(of: "\n", with: "\r\n")
        let spliced = try document(crlf).splicing(["loop": "a\nb\n"])
        #expect(
            spliced
                == crlf.replacingOccurrences(
                    of: "```\r\n\r\nAfter", with: "```\r\n\r\n" + region("loop", "a\nb\n", "\r\n") + "\r\nAfter"))
        #expect(try document(spliced).splicing(["loop": "a\nb\n"]) == spliced)
        #expect(try document(spliced).splicing([:]) == crlf)
    }

    @Test func keepsAMissingFinalNewline() throws {
        let bare = "Intro\n\n```descent loop\nlr: 1\n```"
        let spliced = try document(bare).splicing(["loop": "r\n"])
        #expect(spliced == bare + "\n\n" + String(region("loop", "r\n").dropLast()))
        #expect(try document(spliced).splicing(["loop": "r\n"]) == spliced)
        #expect(try document(spliced).splicing([:]) == bare)
    }

    @Test func leavesMarkersInsideOtherCodeBlocksAlone() throws {
        let text = "~~~markdown\n<!-- descent:begin loop sum=00000000 -->\n~~~\n\n```descent loop\nlr: 1\n```\n"
        let parsed = document(text)
        #expect(parsed.problems.isEmpty)
        #expect(parsed.regions.isEmpty)
        #expect(try parsed.splicing(["loop": "r\n"]).hasPrefix(text))
        #expect(try parsed.spliced(["loop": "r\n"]).siteMarkdown.hasPrefix(text))
    }

    @Test func reportsBrokenMarkers() {
        let unclosed = document("<!-- descent:begin a sum=12345678 -->\nx\n")
        #expect(
            unclosed.problems.map(\.message) == ["begin marker for 'a' is never closed with '<!-- descent:end a -->'"])
        let stray = document("x\n<!-- descent:end a -->\n")
        #expect(stray.problems.map(\.line) == [2])
        let malformed = document("<!-- descent:begin a -->\n<!-- descent:end a -->\n")
        #expect(malformed.problems.first?.message.hasPrefix("malformed begin marker") == true)
        let twice = document(region("a", "1\n") + region("a", "1\n"))
        #expect(twice.problems.map(\.message) == ["duplicate generated region for 'a' (first at line 1)"])
        let nested = document("<!-- descent:begin a sum=12345678 -->\n<!-- descent:begin b sum=12345678 -->\n")
        #expect(nested.problems.count == 2)
    }

    @Test func siteMarkdownBlanksMarkersLineForLine() throws {
        let spliced = try document(lesson).spliced(["loop": "| a |\n"])
        #expect(
            spliced.siteMarkdown == lesson.replacingOccurrences(of: "```\n\nAfter", with: "```\n\n\n| a |\n\n\nAfter"))
        let lines = { (text: String) in text.split(separator: "\n", omittingEmptySubsequences: false).count }
        #expect(lines(spliced.siteMarkdown) == lines(spliced.lessonText))
    }

    @Test func siteGetsItsOwnFigurePathsInOnePass() throws {
        let content = RegionContent(lesson: "![a](../output/figures/a.svg)\n", site: "![a](figures/a.svg)\n")
        let spliced = try Splicer(document(lesson)).splice(["loop": content], references: InlineReference(results: [:]))
        #expect(spliced.lessonText.contains("](../output/figures/a.svg)"))
        #expect(spliced.siteMarkdown.contains("\n![a](figures/a.svg)\n"))
        #expect(!spliced.siteMarkdown.contains("descent:"))
    }

    @Test func handEditsAndUnknownReferencesAreReportedTogether() throws {
        let spliced = try document(lesson).splicing(["loop": "| 1 |\n"])
        let edited = spliced.replacingOccurrences(of: "| 1 |", with: "| 2 |") + "See {{nope.loss}}.\n"
        #expect {
            try document(edited).splicing(["loop": "| 1 |\n"])
        } throws: { error in
            let messages = (error as? DiagnosticList)?.diagnostics.map(\.message) ?? []
            return messages.count == 2 && messages[0].hasPrefix("generated region 'loop' was edited by hand")
                && messages[1].hasPrefix("unknown experiment 'nope'")
        }
    }
}

@Suite struct ExperimentBlockScanTests {
    @Test func findsBlocksEntriesAndPositions() throws {
        let text = "# A\n\n```descent seed-loop\nf(w) = w^2   # the bowl\nstart: w = -3\n  lr:0.3\n\n# a comment\n```\n"
        let document = LessonDocument(SourceText(path: "a.md", text: text))
        #expect(document.problems.isEmpty)
        let block = try #require(document.blocks.first)
        #expect(block.id == "seed-loop")
        #expect((block.idLine, block.idColumn) == (3, 12))
        #expect(
            block.entries == [
                BlockEntry(key: "objective", value: "f(w) = w^2", line: 4, keyColumn: 1, valueColumn: 1),
                BlockEntry(key: "start", value: "w = -3", line: 5, keyColumn: 1, valueColumn: 8),
                BlockEntry(key: "lr", value: "0.3", line: 6, keyColumn: 3, valueColumn: 6),
            ])
    }

    @Test func reportsMalformedBlocks() {
        let text =
            "```descent\nlr: 1\n```\n\n```descent a b\n```\n\n```descent ok\njust words\n```\n\n```descent x\nlr: 1\n"
        let problems = LessonDocument(SourceText(path: "a.md", text: text)).problems
        #expect(problems.map { "\($0.line):\($0.column)" } == ["1:4", "5:4", "9:1", "12:1"])
        #expect(problems[2].message == "expected 'key: value' or an objective such as 'f(w) = w^2'")
        #expect(problems[3].message == "experiment block is never closed")
    }

    @Test func duplicateIDsInALessonAreErrors() {
        let text = "```descent a\n```\n\n```descent a\n```\n"
        let problems = LessonDocument(SourceText(path: "a.md", text: text)).problems
        #expect(
            problems.map(\.description) == [
                "a.md:4:12: error: duplicate experiment id 'a' (first used at line 1)\n    ```descent a\n               ^"
            ])
    }

    @Test func experimentBlocksInListsOrQuotesAreErrors() {
        for text in ["- item\n\n  ```descent x\n  lr: 1\n  ```\n", "> ```descent x\n> lr: 1\n> ```\n"] {
            let problems = LessonDocument(SourceText(path: "a.md", text: text)).problems
            #expect(problems.count == 1, "\(text)")
            #expect(problems.first?.message.hasPrefix("an experiment block must be at the top level") == true)
        }
    }

    @Test func ignoresOtherCodeBlocks() {
        let text = "````\n```descent hidden\n```\n````\n\n    ```descent indented\n"
        #expect(LessonDocument(SourceText(path: "a.md", text: text)).blocks.isEmpty)
    }
}

@Suite struct ValueSyntaxTests {
    @Test func splitsOnTopLevelCommasKeepingColumns() {
        let items = ValueSyntax.split(ValuePart("gd, momentum(momentum=0.5),  adam(betas=(0.9, 0.999))", column: 12))
        #expect(
            items == [
                ValuePart("gd", column: 12), ValuePart("momentum(momentum=0.5)", column: 16),
                ValuePart("adam(betas=(0.9, 0.999))", column: 41),
            ])
    }

    @Test func parsesCalls() throws {
        let call = try ValueSyntax.call(ValuePart("adam(betas=(0.9, 0.999), eps=1e-8)", column: 1))
        #expect(call.name == ValuePart("adam", column: 1))
        #expect(call.arguments.map(\.key.text) == ["betas", "eps"])
        #expect(call.arguments.map(\.value) == [ValuePart("(0.9, 0.999)", column: 12), ValuePart("1e-8", column: 30)])
        #expect(throws: ValueSyntaxError.self) { try ValueSyntax.call(ValuePart("adam(eps 1)", column: 1)) }
        #expect(throws: ValueSyntaxError.self) { try ValueSyntax.call(ValuePart("adam(eps=1", column: 1)) }
    }
}
