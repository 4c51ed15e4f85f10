import Foundation
import Testing

@testable import Galley

/// Every command's discussion is written once with its Vietnamese: both present, different,
/// the Vietnamese in NFC, and the command examples (lines that start with `galley`) the same in both.
@Suite("Command discussions in both languages")
struct CommandDiscussionTests {
    @Test(arguments: CommandDiscussion.allCases)
    func bothLanguages(_ command: CommandDiscussion) {
        let english = CommandHelp.discussion(command, in: .en)
        let vietnamese = CommandHelp.discussion(command, in: .vi)
        #expect(!english.isEmpty && !vietnamese.isEmpty)
        #expect(english != vietnamese, "\(command): the Vietnamese is the English")
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping, "\(command): not NFC")
        func examples(_ text: String) -> [String] {
            text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("galley ") }
                .map { $0.components(separatedBy: "  ").first ?? $0 }
        }
        #expect(examples(english).count == examples(vietnamese).count, "\(command): examples differ between the languages")
    }
}
