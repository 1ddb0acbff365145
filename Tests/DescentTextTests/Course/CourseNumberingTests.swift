import Testing

@testable import DescentText

@Suite struct CourseNumberingTests {
    @Test func lessonsCountFromOneInCourseOrder() {
        #expect(CourseNumbering.lessonNumber(position: 0) == 1)
        #expect(CourseNumbering.lessonNumber(position: 3) == 4)
        #expect(CourseNumbering.lessonName(4) == "Lesson 4")
        #expect(CourseNumbering.lessonTitle(4, "The learning rate") == "Lesson 4: The learning rate")
    }

    @Test func figuresAreNamedByLessonAndPlace() {
        #expect(CourseNumbering.figureName(lesson: 3, index: 2) == "Figure 3.2")
        #expect(CourseNumbering.figureName(lesson: 10, index: 11) == "Figure 10.11")
    }

    @Test func aFigureAnchorComesFromItsImageFileName() {
        #expect(CourseNumbering.figureAnchor(imageFileName: "figures/lr-sweep-loss.svg") == "figure-lr-sweep-loss")
        #expect(CourseNumbering.figureAnchor(imageFileName: "../output/figures/a_b-log.svg") == "figure-a_b-log")
        #expect(CourseNumbering.figureAnchor(imageFileName: "plain") == "figure-plain")
    }

    @Test func aFileNameThatWouldNeedEscapingGetsNoAnchor() {
        #expect(CourseNumbering.figureAnchor(imageFileName: "figures/a b.svg") == nil)
        #expect(CourseNumbering.figureAnchor(imageFileName: "figures/\"x\".svg") == nil)
        #expect(CourseNumbering.figureAnchor(imageFileName: "figures/é.svg") == nil)
        #expect(CourseNumbering.figureAnchor(imageFileName: "figures/.svg") == nil)
    }
}
