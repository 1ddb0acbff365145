import DescentEngine
import Testing

@testable import DescentBench

@Suite struct ScalingInputsTests {
    @Test func generatedLessonsBuild() throws {
        // Each generated lesson is a valid lesson: the in-memory build succeeds and plans the
        // lesson, its page, the index and the stylesheet (no figures are asked for).
        for lesson in [
            ScalingInputs.lessonWithBlocks(3), ScalingInputs.lessonWithReferences(3),
            ScalingInputs.lessonWithHeadings(3),
        ] {
            #expect(try ScratchCourse(lesson: lesson).plan() >= 3)
        }
    }

    @Test func aGeneratedCourseBuildsWithUniqueIdsAndItsFigures() throws {
        let lessons = ScalingInputs.course(3)
        #expect(lessons.count == 3)
        #expect(lessons[2].contains("```descent l3-walk\n") && lessons[2].contains("{{l3-walk.iterations}}"))
        // Three lessons, their pages and figures (a loss and a sweep figure each), the index
        // and the stylesheet: the whole course builds, ids unique across it.
        #expect(try ScratchCourse(lessons: lessons).plan() >= 3 * 4 + 2)
    }

    @Test func generatedLessonsHaveTheirSize() {
        let blocks = ScalingInputs.lessonWithBlocks(4)
        #expect(blocks.components(separatedBy: "```descent block-").count - 1 == 4)
        #expect(blocks.contains("```descent block-4\nf(w) = w^2\n"))
        let references = ScalingInputs.lessonWithReferences(5)
        let referenceLines = references.split(separator: "\n").filter { $0.contains("{{") }
        #expect(referenceLines.count == 1)
        #expect(referenceLines[0].components(separatedBy: "{{walk.iterations}}").count - 1 == 5)
        #expect(ScalingInputs.lessonWithHeadings(6).components(separatedBy: "\n## Step\n").count - 1 == 6)
    }

    @Test func productOfSinesParses() throws {
        #expect(ScalingInputs.productOfSines(3) == "f(w) = sin(w)*sin(w)*sin(w)")
        let objective = try Objective.parse(ScalingInputs.productOfSines(3))
        // The simplifier merges equal factors but not reordered ones, so the derivative keeps
        // one term per factor: n terms, not n² (its size grows linearly with n).
        #expect(
            objective.derivative(withRespectTo: "w").text == "(cos(w)*sin(w) + sin(w)*cos(w))*sin(w) + sin(w)^2*cos(w)")
    }

    @Test func everyCaseRunsAtATinySize() throws {
        for scalingCase in ScalingCase.all {
            let size = scalingCase.name.contains("warm_restarts") ? 100 : 2
            try scalingCase.prepare(size)()
        }
    }
}
