internal import CGit2

/// Trailer parsing delegated to libgit2, so callers read exactly what git itself treats as trailers.
public enum Trailers {
    /// The trailers of `message` (`git_message_trailers`), in order.
    public static func parse(_ message: String) throws(GitError) -> [Trailer] {
        try GitRuntime.ensureInitialised()
        var array = git_message_trailer_array()
        let rc = message.withCString { git_message_trailers(&array, $0) }
        try check(rc, "git_message_trailers")
        defer { git_message_trailer_array_free(&array) }
        var result: [Trailer] = []
        result.reserveCapacity(array.count)
        guard let trailers = array.trailers else { return [] }
        for index in 0..<array.count {
            let trailer = trailers[index]
            result.append(Trailer(key: trailer.key.map { String(cString: $0) } ?? "",
                                  value: trailer.value.map { String(cString: $0) } ?? ""))
        }
        return result
    }
}
