import Testing

@testable import DescentPlot

/// Every series colour must be seen on the page it is drawn on (WCAG 1.4.11 asks 3:1 for
/// graphics), and neighbouring series must differ in luminance on the dark page, where hue
/// alone separates them poorly.
struct PaletteContrastTests {
    @Test func contrastRatioFollowsWCAG() {
        #expect(abs(Color.black.contrastRatio(with: .white) - 21) < 1e-9)
        #expect(abs(Color(hex: 0x777777).contrastRatio(with: .white) - 4.48) < 0.01)
        #expect(
            Color(hex: 0x0072B2).contrastRatio(with: .white) == Color.white.contrastRatio(with: Color(hex: 0x0072B2)))
    }

    @Test(arguments: [(CategoricalPalette.light, Theme.light), (CategoricalPalette.dark, Theme.dark)])
    func everyCategoricalColourStandsOutFromThePage(palette: [Color], theme: Theme) {
        let page = theme.color("bg")
        for color in palette {
            #expect(color.contrastRatio(with: page) >= 3, "\(color.hexString) on \(page.hexString)")
        }
    }

    @Test func neighbouringDarkColoursDifferInLuminance() {
        let palette = CategoricalPalette.dark
        for index in palette.indices {
            let next = palette[(index + 1) % palette.count]
            #expect(
                palette[index].contrastRatio(with: next) >= 1.5, "\(palette[index].hexString) next to \(next.hexString)"
            )
        }
    }

    @Test func sequentialEndsStandOutFromThePageInBothThemes() {
        for t in [0.0, 0.5, 1.0] {
            #expect(SequentialPalette.lightColor(at: t).contrastRatio(with: Theme.light.color("bg")) >= 3)
            #expect(SequentialPalette.darkColor(at: t).contrastRatio(with: Theme.dark.color("bg")) >= 3)
        }
        // Untrimmed viridis fails at one end on each page.
        #expect(Viridis.color(at: 1).contrastRatio(with: Theme.light.color("bg")) < 3)
        #expect(Viridis.color(at: 0).contrastRatio(with: Theme.dark.color("bg")) < 3)
    }

    @Test func sequentialLightnessRisesWithTheValue() {
        let steps = stride(from: 0.0, through: 1.0, by: 0.1)
        let light = steps.map { SequentialPalette.lightColor(at: $0).relativeLuminance }
        let dark = steps.map { SequentialPalette.darkColor(at: $0).relativeLuminance }
        #expect(zip(light, light.dropFirst()).allSatisfy { $0 < $1 })
        #expect(zip(dark, dark.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func bothThemesHaveOneColourPerSeries() {
        #expect(CategoricalPalette.light.count == CategoricalPalette.dark.count)
        #expect(CategoricalPalette.light.indices.contains(CategoricalPalette.neutralIndex))
    }
}
