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
                active: false
            """
        let people = try People.parse(text)
        // YAML 1.1's `no` is text, as in front matter (one reading of a boolean, YAMLBool): refused with the line.
        let no = text.replacingOccurrences(of: "active: false", with: "active: no")
        #expect(throws: GalleyError.self) { try People.parse(no) }
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

    // MARK: names and emails a git signature can hold

    /// A name or email that no signature `Name <email> time zone` can carry, and a word the refusal must hold.
    struct BadIdentity: CustomTestStringConvertible, Sendable {
        var name: String
        var email: String
        var mentions: String
        var why: String
        var testDescription: String { why }
    }

    static let badIdentities: [BadIdentity] = [
        BadIdentity(name: "Eve", email: "e@x> <tbt@x", mentions: "'>'", why: "email smuggling a second address"),
        BadIdentity(name: "Eve", email: "e@x>", mentions: "'>'", why: "email with >"),
        BadIdentity(name: "Eve", email: "<e@x.vn", mentions: "'<'", why: "email with <"),
        BadIdentity(name: "Eve", email: "e @x.vn", mentions: "space", why: "email with a space"),
        BadIdentity(name: "Eve", email: "e\u{00A0}@x.vn", mentions: "U+00A0", why: "email with a no-break space"),
        BadIdentity(name: "Eve", email: "e@x.vn\u{1B}[31m", mentions: "ESC", why: "email with an escape"),
        BadIdentity(name: "Eve", email: "e@\u{202E}nv.x", mentions: "U+202E", why: "email with a bidi override"),
        BadIdentity(name: "Eve", email: "ex.vn", mentions: "'@'", why: "email without @"),
        BadIdentity(name: "Eve", email: "e@x@y.vn", mentions: "'@'", why: "email with two @"),
        BadIdentity(name: "Eve", email: "@x.vn", mentions: "'@'", why: "email without a local part"),
        BadIdentity(name: "Eve", email: "e@", mentions: "'@'", why: "email without a domain"),
        BadIdentity(name: "Eve", email: String(repeating: "e", count: 250) + "@x.vn", mentions: "limit", why: "email too long"),
        BadIdentity(name: "", email: "e@x.vn", mentions: "empty", why: "empty name"),
        BadIdentity(name: "Eve <e@x.vn>", email: "e@x.vn", mentions: "'<'", why: "name with an address"),
        BadIdentity(name: "Eve >", email: "e@x.vn", mentions: "'>'", why: "name with >"),
        BadIdentity(name: "Eve\nGalley-Actor: tbt", email: "e@x.vn", mentions: "single line", why: "two-line name"),
        BadIdentity(name: "Eve\u{2028}Tbt", email: "e@x.vn", mentions: "single line", why: "name with a line separator"),
        BadIdentity(name: "Eve\u{0}Tbt", email: "e@x.vn", mentions: "NUL", why: "name with NUL"),
        BadIdentity(name: "Eve\tTbt", email: "e@x.vn", mentions: "U+0009", why: "name with a tab"),
        BadIdentity(name: "Eve\u{1B}[2J", email: "e@x.vn", mentions: "ESC", why: "name with an escape"),
        BadIdentity(name: "Eve\u{85}", email: "e@x.vn", mentions: "single line", why: "name with NEL"),
        BadIdentity(name: "\u{202E}evE", email: "e@x.vn", mentions: "U+202E", why: "name with a bidi override"),
        BadIdentity(name: " Eve", email: "e@x.vn", mentions: "space", why: "name with a leading space"),
        BadIdentity(name: String(repeating: "Ê", count: 201), email: "e@x.vn", mentions: "limit", why: "name too long"),
    ]

    @Test(arguments: badIdentities)
    func anIdentityNoSignatureCanHoldIsInvalid(_ bad: BadIdentity) throws {
        let error = try #require(throws: GalleyError.self) { try PersonIdentity.validate(name: bad.name, email: bad.email) }
        #expect(error.kind == .invalidInput)
        #expect(error.message.contains(bad.mentions), "\(bad.why): \(error.message)")
    }

    /// The same identity in people.yaml is a parse error naming the person and the line of the bad field.
    @Test(arguments: badIdentities)
    func peopleYAMLWithABadIdentityNamesTheLine(_ bad: BadIdentity) throws {
        let text = """
            people:
              - id: ok
                name: OK
                email: ok@x.vn
                roles: [reporter]
              - id: eve
                name: \(StringLiteral.quoted(bad.name))
                email: \(StringLiteral.quoted(bad.email))
                roles: [reporter]
            """
        let error = try #require(throws: GalleyError.self) { try People.parse(text) }
        #expect(error.kind == .invalidInput)
        let badName = (try? PersonIdentity.validate(name: bad.name)) == nil
        let line = bad.name.isEmpty ? 6 : badName ? 7 : 8
        #expect(error.message.hasPrefix("people.yaml:\(line): "), "\(bad.why): \(error.message)")
        if !bad.name.isEmpty {
            #expect(error.message.contains("eve") && error.message.contains(bad.mentions), "\(bad.why): \(error.message)")
        }
    }

    @Test(arguments: [
        ("Thanh Phú", "thanhphu@baothaibinh.vn"), ("Đặng Thị Hồng \"Hà\"", "Hong.Ha@BaoThaiBinh.vn"),
        ("--- Kiểm toán: 'viên' ---", "\"ai\"@example.vn"), ("Nguyễn Văn Ái: #1 \\ phóng viên", "ai+tin.bai@sub.example.vn"),
        ("Lê", "le@xn--bo-mu-lta.vn"), ("Trần Văn Bình", "bình@báo.vn"),
    ])
    func aPlausibleIdentityIsValid(name: String, email: String) throws {
        try PersonIdentity.validate(name: name, email: email)
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

/// One server name, one person, in a hand-written people.yaml: a login is nobody else's login or id,
/// in whichever order the two are listed; and the server's name matches a login scalar for scalar.
struct PeopleLoginTests {
    static func file(_ people: [(id: String, login: String?)]) -> String {
        "people:\n" + people.enumerated().map { index, person in
            "  - id: \(person.id)\n    name: Người \(index)\n    email: p\(index)@example.vn\n    roles: [reporter]\n"
                + (person.login.map { "    login: \"\($0)\"\n" } ?? "")
        }.joined()
    }

    @Test(arguments: [
        [("hangoc", "ngoc.ha"), ("thanhphu", "hangoc")],  // a login that is another person's id (listed first)
        [("thanhphu", "hangoc"), ("hangoc", "ngoc.ha")],  // the same, the id listed second
        [("thanhphu", "phu"), ("phu", nil)],  // an id that is another person's login
        [("thanhphu", "x"), ("hangoc", "x")],  // one login for two
    ] as [[(String, String?)]])
    func aNameForTwoIsRefused(_ people: [(String, String?)]) throws {
        #expect(throws: GalleyError.self) { try People.parse(Self.file(people.map { (id: $0.0, login: $0.1) })) }
    }

    @Test func aLoginMatchesScalarForScalar() throws {
        let people = try People.parse(Self.file([(id: "hangoc", login: "ng\u{1ECD}c"), (id: "thanhphu", login: nil)]))
        #expect(people.person(login: "ng\u{1ECD}c")?.id == "hangoc")
        #expect(people.person(login: "ngo\u{0323}c") == nil)
        #expect(people.person(login: "thanhphu")?.id == "thanhphu")
        #expect(people.person(login: "Thanhphu") == nil)
    }
}
