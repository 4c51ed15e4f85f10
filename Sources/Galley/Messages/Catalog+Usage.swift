/// `UsageMessage` in both languages (see `Catalog`).
extension Catalog {
    static func english(_ message: UsageMessage) -> String {
        switch message {
        case .limitTooSmall(let given): "--limit takes a number of 1 or more, not \(given)"
        case .unknownLanguage(let given, let languages): "--lang takes \(languages.joined(separator: " or ")), not '\(given)'"
        case .photoOptionsGoTogether: "--replace-photo NAME and --photo FILE go together"
        case .photoDetailsNeedPhoto: "--caption, --credit and --alt describe the --photo that replaces one"
        case .untilOrLift: "give --until TIME, or --lift (not both)"
        case .titleOrFromText: "give the TITLE, or --from-text FILE"
        case .bodyFileOrFromText: "--body-file and --from-text both give the body: choose one"
        case .passwordNeedsStdin: "give --stdin and the password on standard input (a password on the command line would be seen by others)"
        case .loginOrClear: "give a login, or --clear (not both)"
        case .proxyHeaderNeedsAddress: "--proxy-user-header needs --proxy-address ADDR: the header is believed only from the proxy's address"
        case .badProxyHeader(let given): "--proxy-user-header takes a header name such as X-Remote-User, not '\(given)'"
        case .badProxyAddress(let given): "--proxy-address takes an IP address such as 127.0.0.1, not '\(given)'"
        case .badListenAddress(let given): "--listen takes ADDR:PORT, e.g. 127.0.0.1:8080, not '\(given)'"
        }
    }

    static func vietnamese(_ message: UsageMessage) -> String {
        switch message {
        case .limitTooSmall(let given): "--limit nhận một số từ 1 trở lên, không phải \(given)"
        case .unknownLanguage(let given, let languages): "--lang nhận \(languages.joined(separator: " hoặc ")), không phải '\(given)'"
        case .photoOptionsGoTogether: "--replace-photo TÊN và --photo TỆP phải đi cùng nhau"
        case .photoDetailsNeedPhoto: "--caption, --credit và --alt mô tả ảnh --photo dùng để thay ảnh cũ"
        case .untilOrLift: "hãy nêu --until THỜI_ĐIỂM, hoặc --lift (không cả hai)"
        case .titleOrFromText: "hãy nêu TIÊU_ĐỀ, hoặc --from-text TỆP"
        case .bodyFileOrFromText: "--body-file và --from-text đều đưa nội dung bài: hãy chọn một"
        case .passwordNeedsStdin: "hãy dùng --stdin và đưa mật khẩu qua đầu vào chuẩn (mật khẩu trên dòng lệnh thì người khác nhìn thấy được)"
        case .loginOrClear: "hãy nêu tên đăng nhập, hoặc --clear (không cả hai)"
        case .proxyHeaderNeedsAddress: "--proxy-user-header cần --proxy-address ĐỊA_CHỈ: chỉ tin tiêu đề đến từ địa chỉ của proxy"
        case .badProxyHeader(let given): "--proxy-user-header nhận tên một tiêu đề như X-Remote-User, không phải '\(given)'"
        case .badProxyAddress(let given): "--proxy-address nhận một địa chỉ IP như 127.0.0.1, không phải '\(given)'"
        case .badListenAddress(let given): "--listen nhận ĐỊA_CHỈ:CỔNG, ví dụ 127.0.0.1:8080, không phải '\(given)'"
        }
    }
}
