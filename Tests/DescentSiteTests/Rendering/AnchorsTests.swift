import Testing

@testable import DescentSite

@Suite struct AnchorsTests {
    /// The rule as first written: scan `-2`, `-3`, … from the start on every claim.
    private struct ScanningAnchors {
        var taken = Anchors.templateIDs
        mutating func claim(_ text: String, prefix: String = "") -> String {
            let base = prefix + Anchors.slug(text)
            var candidate = base
            var number = 2
            while taken.contains(candidate) {
                candidate = "\(base)-\(number)"
                number += 1
            }
            taken.insert(candidate)
            return candidate
        }
    }

    @Test func idsMatchTheScanningRule() {
        // Repeats, texts that slug to an earlier id's suffixed form (before and after it is
        // handed out), the template's own ids, prefixes, and text with no letters.
        let texts = [
            "Step", "Step", "Step 2", "Step", "step-3", "Step", "Step 2", "Step 2", "Contents",
            "contents", "Contents 2", "???", "", "Section", "section-2", "Step", "step-4-2", "Step 4",
            "Step 4", "Step", "STEP", "step 6", "Step",
        ]
        var anchors = Anchors()
        var reference = ScanningAnchors()
        for (index, text) in texts.enumerated() {
            let prefix = index % 5 == 4 ? "experiment-" : ""
            #expect(
                anchors.claim(text, prefix: prefix) == reference.claim(text, prefix: prefix), "claim \(index): \(text)")
        }
        for index in 0..<300 {
            let text = ["Step", "Step \(index % 7)", "step-\(index % 11 + 2)", "Contents"][index % 4]
            #expect(anchors.claim(text) == reference.claim(text))
        }
    }

    @Test func identicalHeadingsCostLinearWork() {
        // The scanning rule looks up about n²/2 = 8,000,000 candidates for 4,000 identical
        // headings; remembering the next number per base needs about two per heading.
        var anchors = Anchors()
        var ids: [String] = []
        for _ in 0..<4_000 { ids.append(anchors.claim("Step")) }
        #expect(ids.prefix(3) == ["step", "step-2", "step-3"])
        #expect(ids.last == "step-4000")
        #expect(anchors.lookups <= 2 * 4_000)
    }

    @Test func takenSuffixesAreSkippedOnceEach() {
        // 1,000 ids that are a base's suffixed forms, then 1,000 claims of the base: each taken
        // suffix is stepped over once in all, not once per claim.
        var anchors = Anchors()
        for number in 2...1_001 { _ = anchors.claim("step \(number)") }
        let before = anchors.lookups
        var last = ""
        for _ in 0..<1_001 { last = anchors.claim("Step") }
        #expect(last == "step-2001")
        #expect(anchors.lookups - before <= 3 * 1_001)
    }
}
