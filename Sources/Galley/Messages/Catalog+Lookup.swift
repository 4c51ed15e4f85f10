/// `LookupMessage` in both languages (see `Catalog`). The English keeps the sentences scripts and
/// tests already read.
extension Catalog {
    static func english(_ message: LookupMessage) -> String {
        switch message {
        case .notANewsroom(let location, let branch):
            return "\(location) is a git repository but not a Galley newsroom (no galley.yaml on \(branch))"
        case .branchHasNoCommits(let branch):
            return "the branch \(branch) has no commits: this is not a newsroom yet (run `galley init`)"
        case .noFileAtCommit(let path, let commit):
            return "no file \(path) at \(commit)"
        case .noKeptStep(let article, let number):
            return "no kept step for '\(article)'\(number.map { " number \($0)" } ?? ""): `galley conflicts` lists them"
        case .keptStepHoldsNoArticle(let reference, let article):
            return "the kept step \(reference) holds no article '\(article)'"
        case .nothingKept(let reference):
            return "nothing kept in \(reference)"
        case .keptStepNotAGalleyStep(let reference):
            return "\(reference) is not a Galley step: drop it"
        case .keptStepHasNoParent(let reference):
            return "\(reference) has no parent"
        case .articleDidNotExistYet(let commit):
            return "the article did not exist yet at \(commit)"
        case .neverEnteredState(let article, let state):
            return "'\(article)' has never entered state \(state)"
        case .neitherStateNorCommit(let given, let workflow):
            return "'\(given)' is neither a state of the \(workflow) workflow nor a commit"
        case .noSuchKey(let person, let fingerprint, let known):
            return "\(person) has no key \(fingerprint)\(known.isEmpty ? " (no keys at all)" : "; their keys: \(known.joined(separator: ", "))")"
        case .noSetting(let key):
            return "galley.yaml has no setting '\(key)'"
        case .noWorkflowFile:
            return "no workflow.yaml"
        case .unknownListState(let state, let workflow, let states):
            return "unknown state '\(state)': the \(workflow) workflow has \(states.joined(separator: ", "))"
        case .notAStartCommit(let start, let cause):
            return "\(start) is not a newsroom commit to start from: \(cause.text(in: .en))"
        case .missingFromWorkTree(let path):
            return "\(path) is missing from the work tree: restore it with `git checkout -- \(path)`"
        case .noWorkTree(let article):
            return article.map { "this repository has no work tree: give the new text with --body-file FILE (or use `galley edit \($0)`)" }
                ?? "this repository has no work tree: give the text with --body-file FILE, or use `galley edit`"
        case .ambiguousArticleReference(let reference, let count, let shown, let more):
            return "'\(reference)' begins \(count) article ids: \(shown.joined(separator: ", "))\(more ? ", …" : ""); give more of the id"
        case .noAttachedFile(let name, let article):
            return "no file \(name) beside \(article)"
        case .givenFileNotRead(let kind, let path):
            let what = switch kind {
            case .body: "body file"
            case .publicKey: "public key file"
            case .newsText: "news text"
            case .edited: "edited file"
            case .workflow: "workflow file"
            }
            return "cannot read \(what) \(path): no such readable file"
        }
    }

    static func vietnamese(_ message: LookupMessage) -> String {
        switch message {
        case .notANewsroom(let location, let branch):
            return "\(location) là kho git nhưng không phải tòa soạn Galley (nhánh \(branch) không có galley.yaml)"
        case .branchHasNoCommits(let branch):
            return "Nhánh \(branch) chưa có commit nào: đây chưa phải là tòa soạn (hãy chạy `galley init`)"
        case .noFileAtCommit(let path, let commit):
            return "Không có tệp \(path) ở commit \(commit)"
        case .noKeptStep(let article, let number):
            return "Không có bước nào được giữ lại cho '\(article)'\(number.map { " với số \($0)" } ?? ""): `galley conflicts` liệt kê các bước đó"
        case .keptStepHoldsNoArticle(let reference, let article):
            return "Bước được giữ lại \(reference) không chứa bài '\(article)'"
        case .nothingKept(let reference):
            return "Không có gì được giữ lại trong \(reference)"
        case .keptStepNotAGalleyStep(let reference):
            return "\(reference) không phải một bước của Galley: hãy bỏ nó đi"
        case .keptStepHasNoParent(let reference):
            return "\(reference) không có commit cha"
        case .articleDidNotExistYet(let commit):
            return "Ở commit \(commit), bài viết này chưa tồn tại"
        case .neverEnteredState(let article, let state):
            return "'\(article)' chưa từng ở trạng thái \(state)"
        case .neitherStateNorCommit(let given, let workflow):
            return "'\(given)' không phải trạng thái của quy trình \(workflow), cũng không phải một commit"
        case .noSuchKey(let person, let fingerprint, let known):
            return "\(person) không có khóa \(fingerprint)\(known.isEmpty ? " (chưa có khóa nào)" : "; các khóa của người này: \(known.joined(separator: ", "))")"
        case .noSetting(let key):
            return "galley.yaml không có thiết lập '\(key)'"
        case .noWorkflowFile:
            return "Không có tệp workflow.yaml"
        case .unknownListState(let state, let workflow, let states):
            return "Không có trạng thái '\(state)': quy trình \(workflow) có \(states.joined(separator: ", "))"
        case .notAStartCommit(let start, let cause):
            return "\(start) không phải commit của tòa soạn để bắt đầu kiểm tra: \(cause.text(in: .vi))"
        case .missingFromWorkTree(let path):
            return "Thư mục làm việc thiếu tệp \(path): hãy khôi phục bằng `git checkout -- \(path)`"
        case .noWorkTree(let article):
            return article.map { "Kho này không có thư mục làm việc: hãy đưa văn bản mới bằng --body-file TỆP (hoặc dùng `galley edit \($0)`)" }
                ?? "Kho này không có thư mục làm việc: hãy đưa văn bản bằng --body-file TỆP, hoặc dùng `galley edit`"
        case .ambiguousArticleReference(let reference, let count, let shown, let more):
            return "Có \(count) mã bài viết bắt đầu bằng '\(reference)': \(shown.joined(separator: ", "))\(more ? ", …" : ""); hãy ghi mã dài hơn"
        case .noAttachedFile(let name, let article):
            return "Không có tệp \(name) đi kèm bài \(article)"
        case .givenFileNotRead(let kind, let path):
            let what = switch kind {
            case .body: "tệp nội dung"
            case .publicKey: "tệp khóa công khai"
            case .newsText: "tệp tin bài"
            case .edited: "tệp đã sửa"
            case .workflow: "tệp quy trình"
            }
            return "Không đọc được \(what) \(path): không có tệp đó hoặc không có quyền đọc"
        }
    }
}
