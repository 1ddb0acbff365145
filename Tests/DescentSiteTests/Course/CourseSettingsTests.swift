import Testing

@testable import DescentSite

@Suite struct CourseSettingsTests {
    @Test func titleDescriptionAndComments() throws {
        let settings = try CourseSettings(
            parsing: """
                # The course
                title = "Gradient descent, \\"by running it\\""   # shown everywhere

                "description" = 'Six lessons; C:\\path stays literal.'
                """)
        #expect(settings.title == "Gradient descent, \"by running it\"")
        #expect(settings.description == "Six lessons; C:\\path stays literal.")
    }

    @Test func defaultsWhenAbsentOrEmpty() throws {
        #expect(try CourseSettings(parsing: "") == CourseSettings(title: "Descent course"))
        #expect(try CourseSettings(parsing: "# nothing\n\n").title == CourseSettings.defaultTitle)
        #expect(try CourseSettings(parsing: "title = \"\"\r\n").title == "Descent course")
    }

    @Test func unicodeEscapes() throws {
        #expect(try CourseSettings(parsing: #"title = "\u03b7 and \U0001F600""#).title == "η and 😀")
    }

    @Test(arguments: [
        ("title \"x\"", "1:7: error: expected '=' after key 'title'"),
        ("title = x", "1:9: error: expected a string in double quotes, e.g. \"My course\""),
        ("\ntitle = \"x", "2:9: error: unterminated string"),
        ("titel = \"x\"", "1:1: error: unknown key 'titel'; did you mean 'title'?"),
        ("author = \"x\"", "1:1: error: unknown key 'author'; expected 'title', 'description' or 'output'"),
        ("title = \"a\"\n  title = \"b\"", "2:3: error: 'title' is set twice"),
        ("[course]", "1:1: error: tables are not supported; expected 'key = \"value\"'"),
        ("title = \"a\" b", "1:13: error: unexpected 'b' after the value"),
        ("title = \"\\q\"", "1:10: error: invalid escape '\\q'"),
        ("title = \"\"\"x\"\"\"", "1:9: error: multi-line strings are not supported"),
        ("= \"x\"", "1:1: error: expected a key such as 'title'"),
    ])
    func malformedLinesReportLineAndColumn(toml: String, message: String) {
        #expect(throws: CourseSettingsError.self) { try CourseSettings(parsing: toml) }
        do {
            _ = try CourseSettings(parsing: toml)
        } catch {
            #expect(error.description == message)
            #expect(error.formatted(path: "lessons/course.toml") == "lessons/course.toml:" + message)
        }
    }
}
