import Foundation
import Testing

@testable import Galley

/// Usage errors (exit 64) in both languages: one sample per case, the Vietnamese in NFC, the
/// option names and the value given kept as typed.
@Suite("Usage messages")
struct UsageMessageTests {
    static let samples: [UsageMessage] = [
        .limitTooSmall(given: 0),
        .unknownLanguage(given: "fr", languages: ["vi", "en"]),
        .photoOptionsGoTogether,
        .photoDetailsNeedPhoto,
        .untilOrLift,
        .titleOrFromText,
        .bodyFileOrFromText,
        .passwordNeedsStdin,
        .loginOrClear,
        .proxyHeaderNeedsAddress,
        .badProxyHeader(given: "X Remote"),
        .badProxyAddress(given: "proxy.local"),
        .badListenAddress(given: "8080"),
    ]

    static func name(of message: UsageMessage) -> String {
        switch message {
        case .limitTooSmall: "limitTooSmall"
        case .unknownLanguage: "unknownLanguage"
        case .photoOptionsGoTogether: "photoOptionsGoTogether"
        case .photoDetailsNeedPhoto: "photoDetailsNeedPhoto"
        case .untilOrLift: "untilOrLift"
        case .titleOrFromText: "titleOrFromText"
        case .bodyFileOrFromText: "bodyFileOrFromText"
        case .passwordNeedsStdin: "passwordNeedsStdin"
        case .loginOrClear: "loginOrClear"
        case .proxyHeaderNeedsAddress: "proxyHeaderNeedsAddress"
        case .badProxyHeader: "badProxyHeader"
        case .badProxyAddress: "badProxyAddress"
        case .badListenAddress: "badListenAddress"
        }
    }

    @Test func everyCaseHasASample() {
        #expect(Set(Self.samples.map(Self.name)).count == Self.samples.count)
    }

    @Test("rendered in both languages, differently, the Vietnamese in NFC, the options as typed", arguments: samples)
    func bothLanguages(_ fact: UsageMessage) {
        let vietnamese = Catalog.render(.usage(fact), in: .vi)
        let english = Catalog.render(.usage(fact), in: .en)
        #expect(!vietnamese.isEmpty && vietnamese != english)
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping, "not NFC: \(vietnamese)")
        let options = english.split(separator: " ").filter { $0.hasPrefix("--") }.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",:")) }
        for option in options { #expect(vietnamese.contains(option), "\(option) missing from: \(vietnamese)") }
    }
}
