import ArgumentParser
import Galley

/// `--help` text in the reader's language (`CommandHelp` holds the Vietnamese).
enum Help {
    static func text(_ english: String) -> String { CommandHelp.text(english, in: Terminal.language) }

    /// An option's or argument's help line, translated like `text`; the value name stays as
    /// written (it is what the usage line and the man page show).
    static func argument(_ english: String, valueName: String? = nil) -> ArgumentHelp {
        ArgumentHelp(text(english), valueName: valueName)
    }

    /// A command's discussion (below the usage), both languages in the catalog.
    static func discussion(_ command: CommandDiscussion) -> String { CommandHelp.discussion(command, in: Terminal.language) }

    static var exitCodesTitle: String { text("Exit codes:") }

    /// A usage error's sentence in the reader's language (the catalog's `UsageMessage`).
    static func usage(_ message: UsageMessage) -> String { Catalog.render(.usage(message), in: Terminal.language) }

    /// The root command's discussion: what Galley is, a day at the desk, the global options, the exit codes.
    static var overview: String {
        switch Terminal.language {
        case .en:
            return """
                Every article is a Markdown file in a git repository; every step of its life \
                (draft, submission, editing, approval, publication, retraction) is one commit \
                that names who took it. The workflow in force (workflow.yaml) decides who may \
                take which step; a refused step writes nothing and says who may do what instead.

                A day at the desk (standard workflow):
                  galley init toa-soan --admin quantri --admin-name "Nguyễn Quản Trị"
                  cd toa-soan
                  galley --as quantri people add phu --name "Thanh Phú" \\
                      --email phu@example.vn --role reporter
                  galley --as phu new "Kiểm tra công tác dân vận" --body-file bai.md
                  galley --as phu submit ID
                  galley --as ngoc approve ID        (an editor)
                  galley --as tbt approve ID         (the editor-in-chief)
                  galley --as tbt publish ID
                  galley log ID                      (the article's history)
                  galley verify                      (was every step legal?)

                The acting person is --as, else $GALLEY_USER, else the person whose email \
                is git's user.email. --repo names the repository; otherwise it is found from \
                the current directory upwards, like git. A bare repository works too. \
                --lang vi|en chooses the language of messages. These global options may stand \
                anywhere before `--`, before or after the command.

                An article id may be shortened to any beginning of it that no other id shares. \
                A mistyped command or option is answered with the nearest real ones.

                \(Help.exitCodesTitle)
                \(CommandHelp.exitCodes(in: Terminal.language))
                """
        case .vi:
            return """
                Mỗi bài là một tệp Markdown trong một kho git; mỗi bước trong đời bài \
                (bản nháp, gửi, biên tập, duyệt, xuất bản, gỡ) là một commit ghi tên người \
                làm. Quy trình đang hiệu lực (workflow.yaml) quyết định ai được làm bước nào; \
                bước bị từ chối không ghi gì và nói rõ ai được làm gì thay thế.

                Một ngày ở tòa soạn (quy trình standard):
                  galley init toa-soan --admin quantri --admin-name "Nguyễn Quản Trị"
                  cd toa-soan
                  galley --as quantri people add phu --name "Thanh Phú" \\
                      --email phu@example.vn --role reporter
                  galley --as phu new "Kiểm tra công tác dân vận" --body-file bai.md
                  galley --as phu submit MÃ
                  galley --as ngoc approve MÃ        (biên tập viên)
                  galley --as tbt approve MÃ         (tổng biên tập)
                  galley --as tbt publish MÃ
                  galley log MÃ                      (lịch sử của bài)
                  galley verify                      (mọi bước có hợp lệ không?)

                Người thực hiện là --as, nếu không thì $GALLEY_USER, nếu không thì người có \
                email trùng user.email của git. --repo chỉ kho; nếu không, kho được tìm từ \
                thư mục hiện tại trở lên, như git. Kho bare cũng dùng được. --lang vi|en chọn \
                ngôn ngữ thông báo. Các tùy chọn chung này đặt ở đâu cũng được trước `--`, \
                trước hay sau lệnh.

                Mã bài có thể viết tắt bằng bất kỳ phần đầu nào không trùng với mã khác. \
                Lệnh hay tùy chọn gõ sai sẽ được gợi ý những cái gần nhất.

                \(Help.exitCodesTitle)
                \(CommandHelp.exitCodes(in: .vi))
                """
        }
    }
}
