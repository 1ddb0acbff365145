import Testing

@testable import DescentEngine

@Suite struct CSVTests {
    private func error(_ text: String) -> DataError? {
        #expect(throws: DataError.self) { try Dataset(csv: text) }
    }

    @Test func quotedFieldsFollowRFC4180() throws {
        let data = try Dataset(csv: "\"x\",\"y\"\n\"1.5\", 2\n 3 ,\" -4e1 \"\n")
        #expect(data.columns == ["x", "y"] && data.values == [1.5, 2, 3, -40])
        let escaped = error("\"a\"\"b\",y\n1,2\n")
        #expect(escaped == DataError(line: 1, column: 1, message: "expected a column name, found 'a\"b'"))
    }

    @Test func lineEndingsAndByteOrderMark() throws {
        let crlf = try Dataset(csv: "\u{FEFF}x,y\r\n1,2\r\n\r\n# note\r\n3,4\r\n")
        #expect(crlf.columns == ["x", "y"] && crlf.values == [1, 2, 3, 4])
        #expect(try Dataset(csv: "x,y\r1,2\r3,4").values == [1, 2, 3, 4])
        #expect(
            error("x,y\r\n1,2\r\n3,z\r\n") == DataError(line: 3, column: 3, message: "expected a number, found 'z'"))
        #expect(error("x,y\r1,2\r3,z") == DataError(line: 3, column: 3, message: "expected a number, found 'z'"))
    }

    @Test func errorPositionsCountCharactersAndLines() {
        #expect(
            error("x,y\n\"1\" , é\n") == DataError(line: 2, column: 7, message: "expected a number, found 'é'"))
        #expect(error("x,y\n1,\"2\n") == DataError(line: 2, column: 3, message: "a quoted field is never closed"))
        #expect(
            error("x,y\n1,\"2\"3\n")
                == DataError(
                    line: 2, column: 6, message: "expected ',' or the end of the line after a quoted field, found '3'"))
        // A line break inside quotes still counts as a line.
        #expect(
            error("x,y\n\"1\n\",2\n3,w\n") == DataError(line: 2, column: 1, message: "expected a number, found '1\n'"))
        #expect(error("x,y\n\"1\",\"2\n\"\n3,w\n")?.line == 2)
        #expect(
            error("x,y\n1,2\n\"a\nb\",c\n3,w\n")
                == DataError(line: 3, column: 1, message: "expected a number, found 'a\nb'"))
        // The field count is checked before the fields' values, as before.
        #expect(error("x,y\nabc,1,2\n") == DataError(line: 2, column: 7, message: "expected 2 fields, found 3"))
        #expect(error("x,y\n1\n") == DataError(line: 2, column: 1, message: "expected 2 fields, found 1"))
        #expect(error("x,y\n1,\n") == DataError(line: 2, column: 3, message: "expected a number, found ''"))
        #expect(error("x,x\n1,2\n") == DataError(line: 1, column: 3, message: "column 'x' is named twice"))
        #expect(
            error("\n# only\n") == DataError(line: 1, column: 1, message: "expected a header row naming the columns"))
        #expect(
            error("x\n\n") == DataError(line: 2, column: 1, message: "expected at least one data row after the header"))
        #expect(error("x\ninf\n")?.message == "expected a number, found 'inf'")
    }

    @Test func rowsPastTheCapAreAnErrorAtTheirLine() throws {
        var text = "x\n# three rows\n1\n2\n3\n"
        let ok = text.withUTF8 { bytes in Result { () throws(DataError) in try Dataset.parse(bytes, maximumRows: 3) } }
        #expect(try ok.get().1 == [1, 2, 3])
        text += "\n4\n"
        let over = text.withUTF8 { bytes in Result { () throws(DataError) in try Dataset.parse(bytes, maximumRows: 3) }
        }
        #expect(
            throws: DataError(line: 7, column: 1, message: "a data file may hold at most 3 data rows; this is row 4")
        ) {
            try over.get()
        }
    }

    @Test func numbersReadExactlyAsDoubleDoes() {
        var generator = SeededGenerator(seed: 11)
        var samples = [
            "0", "-0", "+1", "1.", ".5", "1e5", "1E-5", "-2.5e+3", "007", "0.1", "0.30000000000000004",
            "123456789012345", "1234567890123456", "9007199254740993", "1e22", "1e23", "1e-22", "1e-23",
            "4.9e-324", "1.7976931348623157e308", "1e309", "0x1p3", "inf", "-nan", "1e", "e5", "-", ".", "1.2.3",
            "1_0", "", "12a", "0e999999",
        ]
        for _ in 0..<20_000 {
            var text = String(
                String(generator.next() % 1_000_000_000_000_000_000).prefix(Int(generator.next() % 18) + 1))
            if generator.next() % 2 == 0 {
                text.insert(".", at: text.index(text.startIndex, offsetBy: Int(generator.next() % UInt64(text.count))))
            }
            if generator.next() % 3 == 0 { text += "e\(Int(generator.next() % 60) - 30)" }
            samples.append((generator.next() % 2 == 0 ? "-" : "") + text)
        }
        for sample in samples {
            var text = sample
            let parsed = text.withUTF8 { CSVNumber.parse($0) }
            let expected = Double(sample)
            #expect(
                parsed?.bitPattern == expected?.bitPattern || (parsed?.isNaN == true && expected?.isNaN == true),
                "\(sample)")
        }
    }
}
