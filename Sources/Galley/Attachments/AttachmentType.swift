import Foundation

/// The kinds of file an article may carry, recognised by their first bytes
/// (never by the name a person gave): a shell script named `anh.jpg` is no photo.
public enum AttachmentType: String, Sendable, CaseIterable {
    case jpeg, png, webp, gif, pdf

    /// The extension Galley gives the file, whatever the name it came with.
    public var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .webp: "webp"
        case .gif: "gif"
        case .pdf: "pdf"
        }
    }

    public var mediaType: String {
        switch self {
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .webp: "image/webp"
        case .gif: "image/gif"
        case .pdf: "application/pdf"
        }
    }

    /// How people call the kind, in messages.
    public var displayName: String { self == .jpeg ? "JPEG" : rawValue == "webp" ? "WebP" : rawValue.uppercased() }

    public var isImage: Bool { self != .pdf }

    /// The kind `data` is by its signature, nil for anything else.
    public static func detect(_ data: Data) -> AttachmentType? {
        func starts(_ bytes: [UInt8], at offset: Int = 0) -> Bool {
            guard data.count >= offset + bytes.count else { return false }
            let start = data.startIndex + offset
            return data[start..<(start + bytes.count)].elementsEqual(bytes)
        }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return .webp }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        return nil
    }

    /// The kind a file name's extension claims (for serving a stored file), nil for others.
    public init?(fileName: String) {
        let ext = fileName.split(separator: ".").last.map { $0.lowercased() } ?? ""
        guard let type = AttachmentType.allCases.first(where: { $0.fileExtension == ext || (ext == "jpeg" && $0 == .jpeg) }) else { return nil }
        self = type
    }
}
