import Foundation

/// A `multipart/form-data` body (RFC 7578), as a browser sends a form with a file input:
/// each part's field name, its file name if it is a file, and its bytes. Only what the
/// desk's upload form sends is read; anything malformed gives nil, and the upload is refused.
struct MultipartForm {
    struct Part {
        var name: String
        var fileName: String?
        var data: Data
    }

    var parts: [Part]

    /// The boundary of a `Content-Type: multipart/form-data; boundary=…` header.
    static func boundary(contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() where piece.lowercased().hasPrefix("boundary=") {
            var value = String(piece.dropFirst("boundary=".count))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            // RFC 2046: 1 to 70 characters.
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    init?(_ body: Data, boundary: String) {
        let delimiter = Data("--\(boundary)".utf8)
        let separator = Data("\r\n--\(boundary)".utf8)
        guard let first = body.range(of: delimiter), first.lowerBound == body.startIndex else { return nil }
        var parts: [Part] = []
        var cursor = first.upperBound
        while true {
            // After a delimiter: "--" ends the body, "\r\n" starts a part.
            let rest = body[cursor...]
            if rest.starts(with: Data("--".utf8)) { break }
            guard rest.starts(with: Data("\r\n".utf8)) else { return nil }
            let headerStart = cursor + 2
            guard let headerEnd = body.range(of: Data("\r\n\r\n".utf8), in: headerStart..<body.endIndex) else { return nil }
            let head = String(decoding: body[headerStart..<headerEnd.lowerBound], as: UTF8.self)
            guard let next = body.range(of: separator, in: headerEnd.upperBound..<body.endIndex) else { return nil }
            guard let disposition = Self.disposition(head), let name = disposition["name"] else { return nil }
            parts.append(Part(name: name, fileName: disposition["filename"], data: Data(body[headerEnd.upperBound..<next.lowerBound])))
            cursor = next.upperBound
        }
        self.parts = parts
    }

    /// The text of field `name` (the first one), nil when absent.
    subscript(_ name: String) -> String? {
        parts.first { $0.name == name && $0.fileName == nil }.map { String(decoding: $0.data, as: UTF8.self) }
    }

    /// The text of field `name`, nil when absent or only blanks.
    func filled(_ name: String) -> String? {
        self[name].flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
    }

    /// The file sent as field `name`, nil when absent or empty (no file chosen).
    func file(_ name: String) -> Part? { parts.first { $0.name == name && $0.fileName != nil && !($0.fileName ?? "").isEmpty } }

    /// `Content-Disposition: form-data; name="…"; filename="…"`'s parameters.
    private static func disposition(_ head: String) -> [String: String]? {
        guard let line = head.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-disposition:") }) else { return nil }
        var values: [String: String] = [:]
        var rest = Substring(line.dropFirst("content-disposition:".count))
        while let semicolon = rest.firstIndex(of: ";") {
            rest = rest[rest.index(after: semicolon)...].drop { $0 == " " }
            guard let equals = rest.firstIndex(of: "=") else { break }
            let key = rest[..<equals].lowercased()
            var value = rest[rest.index(after: equals)...]
            if value.first == "\"" {
                value = value.dropFirst()
                // Browsers send `"` in a file name as %22 and never a raw quote inside.
                guard let close = value.firstIndex(of: "\"") else { return nil }
                values[key] = String(value[..<close]).replacingOccurrences(of: "%22", with: "\"")
                rest = value[value.index(after: close)...]
            } else {
                let end = value.firstIndex(of: ";") ?? value.endIndex
                values[key] = String(value[..<end])
                rest = value[end...]
            }
        }
        return values
    }
}
