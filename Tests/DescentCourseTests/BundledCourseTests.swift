import DescentLesson
import DescentText
import Foundation
import FoundationXML
import Testing

@testable import DescentCourse

/// The course in `lessons/` is part of the product: it must build, and what it writes must parse.
@Suite struct BundledCourseTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    @Test func everyFigureTheCourseWritesIsWellFormedXML() throws {
        let layout = CourseLayout(lessonsDirectory: Self.root + "/lessons", outputDirectory: Self.root + "/output")
        let plan = try CourseBuilder(layout: layout).plan()
        let figures = plan.files.filter { $0.path.hasSuffix(".svg") }
        #expect(figures.count >= 18, "every lesson draws at least two figures")
        for figure in figures {
            let document = try XMLDocument(data: figure.contents)
            #expect(document.rootElement()?.name == "svg", "\(figure.path)")
            #expect(figure.contents.count < 60_000, "\(figure.path) is \(figure.contents.count) bytes")
        }
    }

    /// Every number a page shows is set by `Numeral`: no `e-4` notation anywhere outside code
    /// and TeX annotations, and no hyphen-minus before a number in a table or a figure's text.
    @Test func pagesShowNumbersTypographically() throws {
        let layout = CourseLayout(lessonsDirectory: Self.root + "/lessons", outputDirectory: Self.root + "/output")
        let files = try CourseBuilder(layout: layout).plan().files
        let pages = files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.count >= 10)
        let exponent = /[0-9][eE][-+−]?[0-9]/
        let hyphenNumber = /(^|[\s>(])-[0-9.]/
        for page in pages {
            let html = String(decoding: page.contents, as: UTF8.self)
            // An explorable figure's charts are inline SVG, not prose: their labels are checked
            // with the figures' below.
            let prose = html.replacing(
                /<pre>[\s\S]*?<\/pre>|<code>[\s\S]*?<\/code>|<annotation[\s\S]*?<\/annotation>|<svg[\s\S]*?<\/svg>/,
                with: "")
            #expect(
                prose.firstMatch(of: exponent) == nil,
                "\(page.path): \(prose.firstMatch(of: exponent).map { String(prose[$0.range]) } ?? "")")
            for table in html.matches(of: /<table[\s\S]*?<\/table>/) {
                let cells = String(html[table.range]).replacing(
                    /<code>[\s\S]*?<\/code>|<annotation[\s\S]*?<\/annotation>/, with: "")
                #expect(cells.firstMatch(of: hyphenNumber) == nil, "\(page.path)")
                #expect(!cells.contains(" style=\""), "\(page.path): alignment belongs in the stylesheet")
            }
        }
        let drawings =
            files.filter { $0.path.hasSuffix(".svg") }.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) }
            + pages.flatMap { page in
                String(decoding: page.contents, as: UTF8.self).matches(of: /<svg[\s\S]*?<\/svg>/).map {
                    (page.path, String($0.output))
                }
            }
        for (path, svg) in drawings {
            for label in svg.matches(of: /<text[^>]*>([^<]*)</) {
                let text = String(label.output.1)
                #expect(
                    text.firstMatch(of: exponent) == nil && text.firstMatch(of: hyphenNumber) == nil,
                    "\(path): \(text)")
            }
        }
    }

    @Test func experimentIDsAreUniqueAcrossTheCourse() throws {
        let course = try TemporaryCourse(lessons: [
            "01-a.md": "# A\n\n```descent same\nf(w) = w^2\n```\n",
            "02-b.md": "# B\n\n```descent same\nf(w) = w^2\n```\n",
        ])
        let layout = CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output)
        #expect(throws: DiagnosticList.self) { try CourseBuilder(layout: layout).plan() }
        do { _ = try CourseBuilder(layout: layout).plan() } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics[0].path.hasSuffix("02-b.md"))
            #expect((error.diagnostics[0].line, error.diagnostics[0].column) == (3, 12))
            #expect(error.diagnostics[0].message.hasPrefix("experiment id 'same' is already used in "))
        }
    }
}
