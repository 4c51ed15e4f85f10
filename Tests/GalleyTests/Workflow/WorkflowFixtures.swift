import Testing

@testable import Galley

/// The cast of the standard-workflow tests. `author` writes every article under test.
enum ActorKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case author, otherReporter, editor, chief, admin, auditor, deactivatedEditor

    var person: Person {
        switch self {
        case .author: Person(id: "thanhphu", name: "Thanh Phú", email: "thanhphu@baothaibinh.vn", roles: ["reporter"])
        case .otherReporter: Person(id: "minhanh", name: "Minh Anh", email: "minhanh@baothaibinh.vn", roles: ["reporter"])
        case .editor: Person(id: "hangoc", name: "Hà Ngọc", email: "hangoc@baothaibinh.vn", roles: ["editor"])
        case .chief: Person(id: "tbt", name: "Tổng Biên Tập", email: "tbt@baothaibinh.vn", roles: ["chief"])
        case .admin: Person(id: "quantri", name: "Quản Trị", email: "quantri@baothaibinh.vn", roles: ["admin"])
        case .auditor: Person(id: "kiemtoan", name: "Kiểm Toán", email: "kiemtoan@baothaibinh.vn", roles: ["auditor"])
        case .deactivatedEditor:
            Person(id: "cuubtv", name: "Cựu Biên Tập", email: "cuubtv@baothaibinh.vn", roles: ["editor"], active: false)
        }
    }

    /// The single role each person holds (the author's is `reporter`).
    var role: String { person.roles[0] }

    var testDescription: String { rawValue }
}

enum WorkflowFixtures {
    static let articleID = "kiem-tra-viec-thuc-hien-nam-dan-van-chinh-quyen-2019"

    static func builtIn(_ name: String) throws -> Workflow {
        let text = try #require(BuiltIn.workflow(named: name), "built-in workflow '\(name)' is embedded")
        return try WorkflowLoader.load(text)
    }

    static func standard() throws -> Workflow { try builtIn("standard") }

    /// An article by `ActorKind.author` in `state`; from `edited` on, the editor's approval of this round is recorded.
    static func standing(_ state: String, author: String = ActorKind.author.person.id, approvals: [String]? = nil) -> ArticleStanding {
        let defaultApprovals = ["edited", "approved"].contains(state) ? [ActorKind.editor.person.id] : []
        return ArticleStanding(id: articleID, state: state, author: author, approvals: approvals ?? defaultApprovals)
    }
}

extension Permission {
    var grantedRole: String? {
        if case .allowed(_, let role) = self { return role }
        return nil
    }

    var grantedTransition: Workflow.Transition? {
        if case .allowed(let transition, _) = self { return transition }
        return nil
    }

    var refusal: String? {
        if case .refused(let reason) = self { return reason.english }
        return nil
    }
}
