import Testing

@testable import DescentText

@Suite struct SuggestionTests {
    @Test func swapsAndTyposAreOneEdit() {
        #expect(Suggestion.editDistance("adma", "adam") == 1)
        #expect(Suggestion.editDistance("frca", "frac") == 1)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.didYouMean("adma", in: ["gd", "adam", "adamw"]) == "did you mean 'adam'?")
    }

    @Test func farNamesGetNoSuggestion() {
        #expect(Suggestion.closest(to: "xyz", in: ["adam", "gd"]) == nil)
        #expect(Suggestion.closest(to: "ab", in: ["xy"]) == nil)
    }

    /// Ties go to the closer case, then to the earlier candidate.
    @Test func tiesPreferTheCaseThenTheEarlierCandidate() {
        #expect(Suggestion.closest(to: "Gama", in: ["gamma", "Gamma"]) == "Gamma")
        #expect(Suggestion.closest(to: "Gama", in: ["Gamma", "gamma"]) == "Gamma")
        #expect(Suggestion.closest(to: "lrr", in: ["lrs", "lra"]) == "lrs")
    }
}
