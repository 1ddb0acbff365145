import Testing

@testable import DescentPlot

/// Animations play once within five seconds, and frame captions show one at a time.
@Suite struct AnimationTests {
    @Test func fittingShortensFramesToTheTimeLimit() {
        let animation = Animation(frameDuration: 0.4, fadeDuration: 0.2, ending: .hold)
        #expect(animation.fitting(frames: 9, within: 5) == animation)
        let long = animation.fitting(frames: 40, within: 5)
        #expect(long.duration(frames: 40) <= 5 + 1e-9 && long.frameDuration < 0.4)
    }

    @Test func captionsShowOnlyDuringTheirFrameAndTheLastStays() {
        let animation = Animation(frameDuration: 0.5, fadeDuration: 0.2, ending: .hold)
        let rules = animation.momentStyles(frameCount: 3, scope: "s", root: "#f")
        #expect(rules.contains("#f .s-f0{opacity:0;animation:s-on 0.5s linear 0s}"), "\(rules)")
        #expect(rules.contains("#f .s-f1{opacity:0;animation:s-on 0.5s linear 0.5s}"))
        #expect(rules.contains("#f .s-f2{animation:s-in 0.2s ease-out 1s both}"))
        #expect(!rules.joined().contains("infinite"))
        let area = PlotArea(
            x: Scale(.linear, domain: 0...1, range: (0, 100)), y: Scale(.linear, domain: 0...1, range: (100, 0)),
            frame: Rect(x: 0, y: 0, width: 100, height: 100), idPrefix: "f", scope: "s")
        let output = FrameCaptionMark(["i = 0", "i = 1", "i = 2"], animation: animation).render(in: area)
        #expect(output.overlay.map(\.text) == ["i = 0", "i = 1", "i = 2"])
        #expect(output.overlay.allSatisfy { $0.attributes.contains { $0 == ("class", $0.1) && $0.1.contains("anim") } })
    }
}
