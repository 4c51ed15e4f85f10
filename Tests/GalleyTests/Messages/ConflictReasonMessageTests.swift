import Foundation
import Testing

@testable import Galley

/// Why sync kept a step aside, in both languages; the English is what sync's JSON `reason`
/// has always said (scripts read it).
@Suite("Conflict reasons")
struct ConflictReasonMessageTests {
    static let path = "articles/2026/12/01/cau-dong-lac/index.md"
    static let central = ConflictReason.CentralStep(
        actor: "tbt", transition: "approve", from: "edited", to: "approved",
        time: Timestamp(date: Date(timeIntervalSince1970: 1_764_561_600), timeZone: TimeZone(secondsFromGMT: 7 * 3600) ?? .current))

    static let samples: [ConflictReason] = [
        .notLinear,
        .followsKeptStep,
        .alsoChangedCentrally(path: "galley.yaml"),
        .createdOnBothSides(path: path),
        .removedHereChangedCentrally(path: path),
        .goneCentrally(path: path),
        .bothChanged(fields: ["title", "sapo"], passages: 2),
        .refused([.refused(.init(english: "hangoc may not approve: the step was already taken"))]),
        .after(central, .bothChanged(fields: [], passages: 1)),
    ]

    @Test("rendered in both languages, differently, the Vietnamese in NFC", arguments: samples)
    func bothLanguages(_ reason: ConflictReason) {
        let vietnamese = Catalog.render(reason, in: .vi)
        let english = Catalog.render(reason, in: .en)
        #expect(!vietnamese.isEmpty && !english.isEmpty)
        if case .refused = reason {} else { #expect(vietnamese != english) }
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping, "not NFC: \(vietnamese)")
        #expect(!vietnamese.contains("\n") && !english.contains("\n"))
    }

    @Test("the English is the JSON's reason as before")
    func englishAsBefore() {
        #expect(Catalog.render(.bothChanged(fields: ["title"], passages: 1), in: .en)
            == "both sides changed title; both sides rewrote the same passage (1 place)")
        #expect(Catalog.render(.after(Self.central, .goneCentrally(path: Self.path)), in: .en)
            == "meanwhile tbt took 'approve' (edited → approved) on the central repository at 2025-12-01T11:00:00+07:00 (\(Self.path) no longer exists on the central repository)")
        #expect(Catalog.render(.after(Self.central, .goneCentrally(path: Self.path)), in: .vi).contains("trong lúc đó tbt đã thực hiện 'approve'"))
    }
}
