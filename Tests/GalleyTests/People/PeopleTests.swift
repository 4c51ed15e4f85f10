import Testing

@testable import Galley

@Suite("people.yaml")
struct PeopleTests {
    static let staff = People([
        Person(id: "thanhphu", name: "Thanh Phú", email: "thanhphu@baothaibinh.vn", roles: ["reporter"]),
        Person(id: "dang.thi-hong_ha", name: "Đặng Thị Hồng \"Hà\"", email: "Hong.Ha@BaoThaiBinh.vn", roles: ["editor", "chief"]),
        Person(id: "nguyen2", name: "Nguyễn Văn Ái: #1 \\ phóng viên # chính", email: "\"ai\"@example.vn", roles: ["reporter"]),
        Person(id: "tbt", name: "Tổng biên tập — Ông Đỗ", email: "tbt@baothaibinh.vn", roles: ["chief", "admin"], active: false),
        Person(id: "kiemtoan", name: "--- Kiểm toán: 'viên' ---", email: "kt@baothaibinh.vn", roles: []),
    ])

    @Test func renderedTextParsesBackToTheSameStaff() throws {
        let text = Self.staff.rendered()
        let parsed = try People.parse(text)
        #expect(parsed == Self.staff)
        #expect(parsed.rendered() == text)
        // Names keep their exact code points (NFC), not only canonical equivalence.
        for (back, original) in zip(parsed.people, Self.staff.people) {
            #expect(Array(back.name.unicodeScalars) == Array(original.name.unicodeScalars))
        }
    }

    @Test func aHandWrittenFileParses() throws {
        let text = """
            # staff
            people:
              - id: hangoc
                name: Hà Ngọc
                email: hangoc@baothaibinh.vn
                roles: [editor]
              - id: cuubtv
                name: "Cựu: biên tập # viên"
                email: cuubtv@baothaibinh.vn
                roles: editor
                active: no
            """
        let people = try People.parse(text)
        #expect(people.people.map(\.id) == ["hangoc", "cuubtv"])
        #expect(people.person("cuubtv")?.name == "Cựu: biên tập # viên")
        #expect(people.person("cuubtv")?.roles == ["editor"])
        #expect(people.person("cuubtv")?.active == false)
        #expect(people.person("hangoc")?.active == true)
        #expect(people.person("nobody") == nil)
    }

    @Test func decomposedNamesAreStoredNFC() throws {
        let nfd = "Đặng Thị Hồng".decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > "Đặng Thị Hồng".unicodeScalars.count)
        let text = "people:\n  - id: hong\n    name: \"\(nfd)\"\n    email: h@x.vn\n    roles: [reporter]\n"
        let person = try #require(try People.parse(text).person("hong"))
        #expect(Array(person.name.unicodeScalars) == Array("Đặng Thị Hồng".precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test func anEmptyListIsNobody() throws {
        #expect(try People.parse("people:\n").people.isEmpty)
        #expect(try People.parse(People([]).rendered()).people.isEmpty)
    }

    @Test(arguments: ["Thanhphu", "thanh phu", "../x", "", "a/b", "đặng"])
    func anInvalidIDIsRefusedWithItsLine(_ id: String) throws {
        let text = """
            people:
              - id: ok
                name: OK
                email: ok@x.vn
                roles: [reporter]
              - id: "\(id)"
                name: Bad
                email: bad@x.vn
                roles: [reporter]
            """
        let error = try #require(throws: GalleyError.self) { try People.parse(text) }
        #expect(error.kind == .invalidInput)
        #expect(error.message.hasPrefix("people.yaml:6: "), "\(error.message)")
        #expect(error.message.contains("id"))
    }

    @Test func aMissingIDIsRefused() throws {
        let error = try #require(throws: GalleyError.self) {
            try People.parse("people:\n  - name: No Id\n    email: n@x.vn\n    roles: [reporter]\n")
        }
        #expect(error.message.hasPrefix("people.yaml:2: "), "\(error.message)")
    }

    @Test func aDuplicateIsRefusedWithTheLineOfTheSecond() throws {
        let text = """
            people:
              - id: hangoc
                name: Hà Ngọc
                email: hangoc@baothaibinh.vn
                roles: [editor]
              - id: thanhphu
                name: Thanh Phú
                email: thanhphu@baothaibinh.vn
                roles: [reporter]
              - id: hangoc
                name: Hà Ngọc (2)
                email: hangoc2@baothaibinh.vn
                roles: [reporter]
            """
        let error = try #require(throws: GalleyError.self) { try People.parse(text) }
        #expect(error.kind == .invalidInput)
        #expect(error.message.hasPrefix("people.yaml:10: "), "\(error.message)")
        #expect(error.message.contains("hangoc"))
        #expect(error.message.contains("twice"))
    }

    @Test(arguments: [
        ("people:\n  - id: a\n    email: a@x.vn\n", 2, "name"),
        ("people:\n  - id: a\n    name: A\n", 2, "email"),
        ("people:\n  - id: a\n    name: A\n    email: a@x.vn\n    role: [editor]\n", 5, "role"),
        ("people:\n  - id: a\n    name: A\n    email: a@x.vn\n    active: maybe\n", 5, "true or false"),
        ("staff:\n  - id: a\n", 2, "unknown key"),
        ("people:\n  - id: a\n    name: A\n    email: a@x.vn\n    roles: [editor\n", 6, "YAML"),
    ])
    func malformedEntriesNameTheLine(text: String, line: Int, mentions: String) throws {
        let error = try #require(throws: GalleyError.self) { try People.parse(text) }
        #expect(error.kind == .invalidInput)
        #expect(error.message.hasPrefix("people.yaml:\(line): "), "\(error.message)")
        #expect(error.message.contains(mentions), "\(error.message)")
    }

    @Test(arguments: [
        ("thanhphu", true), ("ha.ngoc", true), ("dang_thi-hong", true), ("a", true), ("0tbt", true), ("bt2019", true),
        ("", false), ("Thanhphu", false), ("THANHPHU", false), ("thanh phu", false), ("../x", false), ("..", false),
        (".hidden", false), ("-x", false), ("_x", false), ("a/b", false), ("a\\b", false), ("đặng", false), ("dang\u{0301}", false),
        ("x:y", false), ("tab\tbed", false), ("new\nline", false), ("ａ", false),
    ])
    func isValidID(_ id: String, valid: Bool) {
        #expect(Person.isValidID(id) == valid)
    }

    @Test func personByEmailIgnoresCaseAndDeactivatedPeople() {
        let people = People([
            Person(id: "old", name: "Old", email: "desk@baothaibinh.vn", roles: ["editor"], active: false),
            Person(id: "hangoc", name: "Hà Ngọc", email: "HaNgoc@BaoThaiBinh.vn", roles: ["editor"]),
            Person(id: "new", name: "New", email: "Desk@baothaibinh.vn", roles: ["editor"]),
            Person(id: "gone", name: "Gone", email: "gone@baothaibinh.vn", roles: ["editor"], active: false),
        ])
        #expect(people.person(email: "hangoc@baothaibinh.vn")?.id == "hangoc")
        #expect(people.person(email: "HANGOC@BAOTHAIBINH.VN")?.id == "hangoc")
        #expect(people.person(email: "DESK@baothaibinh.vn")?.id == "new")
        #expect(people.person(email: "gone@baothaibinh.vn") == nil)
        #expect(people.person(email: "nobody@baothaibinh.vn") == nil)
        #expect(people.person("gone")?.active == false, "a deactivated person is still listed by id")
    }

    @Test func hasRole() {
        let person = Person(id: "a", name: "A", email: "a@x.vn", roles: ["editor", "chief"])
        #expect(person.has(role: "chief"))
        #expect(!person.has(role: "admin"))
        #expect(!person.has(role: "author"), "author is a relation, never a role someone holds")
    }
}
