import Foundation
import Testing

@testable import Galley

/// A step allowed but not recorded (the branch moved or was locked, git's index in the way),
/// in both languages: one sample per case, the Vietnamese in NFC, the facts in both.
@Suite("Write messages")
struct WriteMessageTests {
    static let samples: [WriteMessage] = [
        .branchMoved(branch: "main"),
        .branchLocked(branch: "main", detail: "failed to lock file 'refs/heads/main.lock'"),
        .branchNotMoved(branch: "main", detail: "disk full"),
        .indexLocked(gitDirectory: "toa-soan/.git"),
        .indexNotUpdatedUndone(detail: "disk full"),
        .indexNotUpdated(commit: "1a2b3c4", detail: "disk full", paths: ["articles/2026/12/01/cau-dong-lac/index.md"]),
    ]

    static func name(of message: WriteMessage) -> String {
        switch message {
        case .branchMoved: "branchMoved"
        case .branchLocked: "branchLocked"
        case .branchNotMoved: "branchNotMoved"
        case .indexLocked: "indexLocked"
        case .indexNotUpdatedUndone: "indexNotUpdatedUndone"
        case .indexNotUpdated: "indexNotUpdated"
        }
    }

    @Test func everyCaseHasASample() {
        #expect(Set(Self.samples.map(Self.name)).count == Self.samples.count)
    }

    @Test("rendered in both languages, differently, the Vietnamese in NFC, the facts in both", arguments: samples)
    func bothLanguages(_ fact: WriteMessage) {
        let vietnamese = Catalog.render(.write(fact), in: .vi)
        let english = Catalog.render(.write(fact), in: .en)
        #expect(!vietnamese.isEmpty && !english.isEmpty && vietnamese != english)
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping, "not NFC: \(vietnamese)")
        #expect(!vietnamese.contains("\n") && !english.contains("\n"))
        for text in [vietnamese, english] {
            switch fact {
            case .branchMoved(let branch): #expect(text.contains(branch))
            case .branchLocked(let branch, let detail), .branchNotMoved(let branch, let detail):
                #expect(text.contains(branch) && text.contains(detail), "\(text)")
            case .indexLocked(let gitDirectory): #expect(text.contains(gitDirectory + "/index.lock"), "\(text)")
            case .indexNotUpdatedUndone(let detail): #expect(text.contains(detail))
            case .indexNotUpdated(let commit, _, let paths):
                #expect(text.contains(commit) && text.contains("`git reset -- \(paths.joined(separator: " "))`"), "\(text)")
            }
        }
    }
}
