import Foundation
import Testing

@testable import Galley

/// A value typed that breaks a rule, in both languages: one sample per case, the Vietnamese in
/// NFC, the facts (the value, the limit, the names to choose from) in both.
@Suite("Input rule messages")
struct InputRuleMessageTests {
    static let samples: [InputRuleMessage] = [
        .nameEmpty,
        .nameNotSingleLine,
        .nameForbiddenCharacter("<"),
        .nameForbiddenCharacter(" "),
        .nameForbiddenCharacter("\u{1B}"),
        .nameEdgeSpace(name: " Thanh Phú"),
        .nameTooLong(length: 201, limit: 200),
        .emailEmpty,
        .emailForbiddenCharacter(email: "phu @example.vn", character: " "),
        .emailNeedsOneAt(email: "phu.example.vn"),
        .emailTooLong(bytes: 300, limit: 254),
        .invalidPersonID(id: "Thanh Phu"),
        .invalidAdminID(id: "Quan Tri"),
        .invalidLogin(login: "a:b"),
        .invalidSettingName(key: "Ten Bao"),
        .noRoleGiven(roles: ["reporter", "editor"]),
        .unknownRole(role: "phongvien", workflow: "standard", roles: ["reporter", "editor"]),
        .unknownTimeZone(zone: "Asia/Sai_Gon"),
        .workflowWithoutAdmin(workflow: "rieng"),
        .unknownWorkflow(name: "rieng", builtIn: ["standard", "simple"]),
        .malformedSections(item: "thoi-su"),
        .notADate(text: "hôm qua"),
        .sourceLinkNeedsSource,
        .sourceLinkNotHTTP(url: "ftp://vnexpress.net"),
        .bodyTooLarge(bytes: 3_000_000, limit: 2_097_152),
        .bodyControlCharacter("\u{7}"),
        .reservedFrontMatterKey(key: "draft"),
        .newsItemNoTitle,
        .newsItemNoBody(title: "Cầu Đồng Lạc thông xe"),
        .notAnHTTPHeaderName(name: "X User"),
        .noRepositoryAt(path: "khong-co.git", detail: "could not find repository"),
        .hookNeedsBareRepository(path: "toa-soan"),
        .galleyPathNotAbsolute(path: "galley"),
        .foreignHookInTheWay(path: "central.git/hooks/pre-receive"),
    ]

    static func name(of message: InputRuleMessage) -> String {
        switch message {
        case .nameEmpty: "nameEmpty"
        case .nameNotSingleLine: "nameNotSingleLine"
        case .nameForbiddenCharacter(let scalar): "nameForbiddenCharacter.\(scalar.value)"
        case .nameEdgeSpace: "nameEdgeSpace"
        case .nameTooLong: "nameTooLong"
        case .emailEmpty: "emailEmpty"
        case .emailForbiddenCharacter: "emailForbiddenCharacter"
        case .emailNeedsOneAt: "emailNeedsOneAt"
        case .emailTooLong: "emailTooLong"
        case .invalidPersonID: "invalidPersonID"
        case .invalidAdminID: "invalidAdminID"
        case .invalidLogin: "invalidLogin"
        case .invalidSettingName: "invalidSettingName"
        case .noRoleGiven: "noRoleGiven"
        case .unknownRole: "unknownRole"
        case .unknownTimeZone: "unknownTimeZone"
        case .workflowWithoutAdmin: "workflowWithoutAdmin"
        case .unknownWorkflow: "unknownWorkflow"
        case .malformedSections: "malformedSections"
        case .notADate: "notADate"
        case .sourceLinkNeedsSource: "sourceLinkNeedsSource"
        case .sourceLinkNotHTTP: "sourceLinkNotHTTP"
        case .bodyTooLarge: "bodyTooLarge"
        case .bodyControlCharacter: "bodyControlCharacter"
        case .reservedFrontMatterKey: "reservedFrontMatterKey"
        case .newsItemNoTitle: "newsItemNoTitle"
        case .newsItemNoBody: "newsItemNoBody"
        case .notAnHTTPHeaderName: "notAnHTTPHeaderName"
        case .noRepositoryAt: "noRepositoryAt"
        case .hookNeedsBareRepository: "hookNeedsBareRepository"
        case .galleyPathNotAbsolute: "galleyPathNotAbsolute"
        case .foreignHookInTheWay: "foreignHookInTheWay"
        }
    }

    static func facts(of message: InputRuleMessage) -> [String] {
        switch message {
        case .nameEmpty, .nameNotSingleLine, .emailEmpty, .newsItemNoTitle: []
        case .sourceLinkNeedsSource: ["--source"]
        case .nameForbiddenCharacter(let scalar):
            scalar == " " ? [] : [(0x21...0x7E).contains(scalar.value) ? "'\(scalar)'" : TextInput.describe(scalar)]
        case .nameEdgeSpace(let name): [name]
        case .nameTooLong(let length, let limit), .emailTooLong(let length, let limit), .bodyTooLarge(let length, let limit): ["\(length)", "\(limit)"]
        case .emailForbiddenCharacter(let email, _), .emailNeedsOneAt(let email): [email]
        case .invalidPersonID(let id), .invalidAdminID(let id): [id]
        case .invalidLogin(let login): [login, "128"]
        case .invalidSettingName(let key): [key]
        case .noRoleGiven(let roles): ["--role", roles.joined(separator: ", ")]
        case .unknownRole(let role, let workflow, let roles): [role, workflow, roles.joined(separator: ", ")]
        case .unknownTimeZone(let zone): [zone, "Asia/Ho_Chi_Minh"]
        case .workflowWithoutAdmin(let workflow): [workflow, "'admin'"]
        case .unknownWorkflow(let name, let builtIn): [name, builtIn.joined(separator: ", "), ".yaml"]
        case .malformedSections(let item): [item, "thoi-su=Thời sự"]
        case .notADate(let text): [text, "YYYY-MM-DD", "ISO 8601"]
        case .sourceLinkNotHTTP(let url): [url, "https://"]
        case .bodyControlCharacter(let scalar): [TextInput.describe(scalar)]
        case .reservedFrontMatterKey(let key): [key]
        case .newsItemNoBody(let title): [title]
        case .notAnHTTPHeaderName(let name): [name]
        case .noRepositoryAt(let path, let detail): [path, detail]
        case .hookNeedsBareRepository(let path), .galleyPathNotAbsolute(let path), .foreignHookInTheWay(let path): [path]
        }
    }

    @Test func everyCaseHasASample() {
        #expect(Set(Self.samples.map(Self.name)).count == Self.samples.count)
    }

    @Test("rendered in both languages, differently, the Vietnamese in NFC, the facts in both", arguments: samples)
    func bothLanguages(_ fact: InputRuleMessage) {
        let vietnamese = Catalog.render(.inputRule(fact), in: .vi)
        let english = Catalog.render(.inputRule(fact), in: .en)
        #expect(!vietnamese.isEmpty && !english.isEmpty && vietnamese != english)
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping, "not NFC: \(vietnamese)")
        #expect(!vietnamese.contains("\n") && !english.contains("\n"))
        for text in [vietnamese, english] {
            for fact in Self.facts(of: fact) { #expect(text.contains(fact), "\(text) lacks \(fact)") }
        }
    }

    @Test("a name or email a signature cannot hold: the English as before, the Vietnamese names the character")
    func identity() throws {
        let space = try #require(throws: GalleyError.self) { try PersonIdentity.validate(email: "phu @example.vn") }
        #expect(space.message == "'phu @example.vn' is not an email address: it contains a space")
        #expect(space.text(in: .vi) == "'phu @example.vn' không phải địa chỉ email: có dấu cách")
        #expect(space.exitCode == 3)
        let bracket = try #require(throws: GalleyError.self) { try PersonIdentity.validate(name: "Phú <phu>") }
        #expect(bracket.message == "the name contains '<', which a git signature cannot hold")
        #expect(bracket.text(in: .vi).contains("'<'"))
    }
}
