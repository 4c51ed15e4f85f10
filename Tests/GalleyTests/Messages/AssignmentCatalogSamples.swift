import Foundation
import Testing

@testable import Galley

/// One sample of every `AssignmentMessage` case, joined to `CatalogTests.samples` (which renders
/// each in both languages and checks the Vietnamese is NFC).
enum AssignmentCatalogSamples {
    static let samples: [Message] = [
        .assignNotPermitted(person: "thanhphu", roles: ["editor", "chief"]),
        .unknownAssignee(person: "khongai", whoMay: ["hangoc", "tbt"]),
        .inactiveAssignee(person: "cuubtv", whoMay: []),
        .assigneeHasNoStep(article: "cau-dong-lac", person: "minhanh", state: "Chờ biên tập (submitted)", whoMay: ["hangoc"]),
        .alreadyAssigned(article: "cau-dong-lac", person: "hangoc"),
        .notAssigned(article: "cau-dong-lac"),
        .assigned(article: "cau-dong-lac", person: "hangoc"),
        .assignmentCleared(article: "cau-dong-lac"),
        .assignedToYou,
        .assigneeLine(person: "hangoc"),
        .outsideSections(person: "tbkinhte", step: "approve", article: "cau-dong-lac", section: "thoi-su", sections: ["kinh-te"]),
        .commentNotPermitted(person: "minhanh", article: "cau-dong-lac"),
        .commentNeedsNote,
        .commented(article: "cau-dong-lac"),
        .unknownPersonSection(person: "tbkinhte", given: "the-thao", sections: ["thoi-su (Thời sự)", "kinh-te (Kinh tế)"]),
        .noSectionList(person: "tbkinhte"),
        .sectionsSet(person: "tbkinhte", sections: ["kinh-te"]),
        .toOrClear,
    ].map(Message.assignment)

    /// Exhaustive: a new case does not compile until it is named here (and sampled above).
    static func name(of message: AssignmentMessage) -> String {
        switch message {
        case .assignNotPermitted: "assignNotPermitted"
        case .unknownAssignee: "unknownAssignee"
        case .inactiveAssignee: "inactiveAssignee"
        case .assigneeHasNoStep: "assigneeHasNoStep"
        case .alreadyAssigned: "alreadyAssigned"
        case .notAssigned: "notAssigned"
        case .assigned: "assigned"
        case .assignmentCleared: "assignmentCleared"
        case .assignedToYou: "assignedToYou"
        case .assigneeLine: "assigneeLine"
        case .outsideSections: "outsideSections"
        case .commentNotPermitted: "commentNotPermitted"
        case .commentNeedsNote: "commentNeedsNote"
        case .commented: "commented"
        case .unknownPersonSection: "unknownPersonSection"
        case .noSectionList: "noSectionList"
        case .sectionsSet: "sectionsSet"
        case .toOrClear: "toOrClear"
        }
    }
}

@Suite("The message catalog: assignments, sections, comments")
struct AssignmentCatalogTests {
    @Test func everyCaseHasASample() {
        #expect(Set(AssignmentCatalogSamples.samples.map(CatalogTests.name)).count == 18)
    }

    @Test func theFactsAppearInBothLanguages() {
        for language in Language.allCases {
            let refusal = Catalog.render(
                .assignment(.outsideSections(person: "tbkinhte", step: "approve", article: "bai", section: "thoi-su", sections: ["kinh-te"])), in: language)
            #expect(refusal.contains("tbkinhte") && refusal.contains("thoi-su") && refusal.contains("kinh-te"), "\(refusal)")
        }
        #expect(Catalog.render(.assignment(.assignedToYou), in: .vi) == "[giao cho bạn]")
    }
}
