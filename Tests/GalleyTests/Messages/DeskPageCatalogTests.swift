import Foundation
import Testing

@testable import Galley

/// The desk's audit, password and diff pages speak both languages (issue 13's rule, for
/// `DeskPageMessage` and `DeskPageLabel`).
@Suite("The desk pages' words")
struct DeskPageCatalogTests {
    /// One sample of every case; `name(of:)` is exhaustive, so a new case needs a sample here.
    static let samples: [DeskPageMessage] = [
        .auditOnly(person: "thanhphu", roles: ["reporter"], allowed: ["auditor", "chief", "admin"]),
        .badLimit(given: "hai"),
        .logShowsFirst(count: 200),
        .currentPasswordWrong,
        .newPasswordsDiffer,
        .passwordChanged(otherSessionsEnded: 2),
        .proxyUserUnknown(login: "phu.thanh"),
    ]

    static func name(of message: DeskPageMessage) -> String {
        switch message {
        case .auditOnly: "auditOnly"
        case .badLimit: "badLimit"
        case .logShowsFirst: "logShowsFirst"
        case .currentPasswordWrong: "currentPasswordWrong"
        case .newPasswordsDiffer: "newPasswordsDiffer"
        case .passwordChanged: "passwordChanged"
        case .proxyUserUnknown: "proxyUserUnknown"
        }
    }

    @Test func everyCaseHasASample() {
        #expect(Set(Self.samples.map(Self.name)).count == 7)
    }

    @Test("each sentence in both languages, differently, the Vietnamese in NFC, one line", arguments: samples)
    func bothLanguages(_ message: DeskPageMessage) {
        let vietnamese = Catalog.render(message, in: .vi)
        let english = Catalog.render(message, in: .en)
        #expect(!vietnamese.isEmpty && !english.isEmpty && vietnamese != english, "\(Self.name(of: message))")
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping, "not NFC: \(vietnamese)")
        #expect(!vietnamese.contains("\n") && !english.contains("\n"))
    }

    @Test("each word in both languages", arguments: DeskPageLabel.allCases)
    func labels(_ label: DeskPageLabel) {
        let vietnamese = Catalog.render(label, in: .vi)
        #expect(!vietnamese.isEmpty && vietnamese != Catalog.render(label, in: .en), "\(label) is not translated")
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping)
    }

    @Test func theFactsAppearInBothLanguages() {
        for language in [Language.vi, .en] {
            #expect(Catalog.render(DeskPageMessage.auditOnly(person: "thanhphu", roles: ["reporter"], allowed: ["auditor"]), in: language).contains("thanhphu"))
            #expect(Catalog.render(DeskPageMessage.passwordChanged(otherSessionsEnded: 3), in: language).contains("3"))
            #expect(Catalog.render(DeskPageMessage.badLimit(given: "hai"), in: language).contains("hai"))
        }
        #expect(Catalog.render(DeskPageMessage.auditOnly(person: "x", roles: [], allowed: ["auditor"]), in: .vi).contains("kiểm soát viên"))
    }
}
