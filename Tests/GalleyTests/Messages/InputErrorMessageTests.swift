import Foundation
import Testing

@testable import Galley

/// Issue 13's error details: every input problem in both languages, the Vietnamese in NFC, the
/// English as scripts and tests already read it.
@Suite("Input error messages")
struct InputErrorMessageTests {
    static let samples: [InputErrorMessage] = [
        .malformedYAML(file: "workflow.yaml", line: 7, column: 12, problem: "mapping values are not allowed in this context"),
        .malformedYAML(file: "people.yaml", line: 3, column: nil, problem: "did not find expected key"),
        .duplicateYAMLKeys(file: "galley.yaml", line: 4, keys: ["name"]),
        .emptyYAMLFile(file: "people.yaml"),
        .unreadableFile(path: "quy-trinh.yaml", reason: .missing),
        .unreadableFile(path: "quy-trinh", reason: .folder),
        .unreadableFile(path: "quy-trinh.yaml", reason: .notPermitted),
        .unreadableFile(path: "quy-trinh.yaml", reason: .unknown),
        .invalidUTF8(what: "bai-viet.md", offset: 42),
        .lockHeld(seconds: "30", central: nil),
        .lockHeld(seconds: "0.5", central: "/srv/git/toa-soan.git"),
        .unknownRevision(revision: "HEAD~99"),
        .unknownPersonListed(person: "thanhphuu", known: ["thanhphu", "hangoc"]),
    ]

    static func name(of message: InputErrorMessage) -> String {
        switch message {
        case .malformedYAML: "malformedYAML"
        case .duplicateYAMLKeys: "duplicateYAMLKeys"
        case .emptyYAMLFile: "emptyYAMLFile"
        case .unreadableFile: "unreadableFile"
        case .invalidUTF8: "invalidUTF8"
        case .lockHeld: "lockHeld"
        case .unknownRevision: "unknownRevision"
        case .unknownPersonListed: "unknownPersonListed"
        }
    }

    @Test func everyCaseHasASample() {
        #expect(Set(Self.samples.map(Self.name)).count == 8)
        let reasons = Self.samples.compactMap { if case .unreadableFile(_, let reason) = $0 { reason } else { nil } }
        #expect(Set(reasons) == Set(InputErrorMessage.Unreadable.allCases))
    }

    @Test("rendered in both languages, differently, the Vietnamese in NFC", arguments: samples)
    func bothLanguages(_ fact: InputErrorMessage) {
        let message = Message.input(fact)
        let vietnamese = Catalog.render(message, in: .vi)
        let english = Catalog.render(message, in: .en)
        #expect(!vietnamese.isEmpty && !english.isEmpty && vietnamese != english)
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping, "not NFC: \(vietnamese)")
        #expect(!vietnamese.contains("\n") && !english.contains("\n"))
    }

    @Test("a YAML error names the file, the line and the column in both languages")
    func yamlErrorPlace() throws {
        let error = #expect(throws: GalleyError.self) { try People.parse("people:\n  - id: phu\n    name: [unclosed\n") }
        let detail = try #require(error?.detail)
        guard case .input(.malformedYAML(let file, let line, let column, _)) = detail else {
            Issue.record("not a YAML error: \(detail)")
            return
        }
        #expect(file == "people.yaml" && line > 0 && column != nil)
        #expect(error?.kind == .invalidInput)
        #expect(error?.message.hasPrefix("people.yaml:\(line): YAML error: ") == true)
        #expect(error?.text(in: .vi).hasPrefix("people.yaml:\(line): lỗi cú pháp YAML (cột ") == true)
    }

    @Test("bytes that are not UTF-8 are refused with the offset, in both languages")
    func invalidUTF8() throws {
        let error = #expect(throws: GalleyError.self) { try TextInput.decode(Data([0x61, 0x62, 0xFF, 0x63]), what: "bai.md") }
        #expect(error?.detail == .input(.invalidUTF8(what: "bai.md", offset: 2)))
        #expect(error?.message == "bai.md is not valid UTF-8: invalid byte at offset 2")
        #expect(error?.text(in: .vi) == "bai.md không phải văn bản UTF-8 hợp lệ: byte sai ở vị trí 2")
    }

    @Test("a file that cannot be read says why")
    func unreadableReason() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("input-error-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(InputErrorMessage.Unreadable.of(folder.path) == .folder)
        #expect(InputErrorMessage.Unreadable.of(folder.appendingPathComponent("none.yaml").path) == .missing)
        let file = folder.appendingPathComponent("a.yaml")
        try Data("a: 1\n".utf8).write(to: file)
        #expect(InputErrorMessage.Unreadable.of(file.path) == .unknown)
    }

    @Test("the lock message keeps the seconds as given")
    func lockSeconds() {
        #expect(Newsroom.seconds(.seconds(30)) == "30")
        #expect(Newsroom.seconds(.milliseconds(500)) == "0.5")
        #expect(Catalog.render(.input(.lockHeld(seconds: "1", central: nil)), in: .en).contains("more than 1 s"))
    }
}
