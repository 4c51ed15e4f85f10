/// galley.yaml's limit on an attached file. It is a rule in force like the
/// workflow: `attach`, `verify` and the hook read it from the same commit.
extension NewsroomConfig {
    public static let attachmentLimitKey = "attachment_max_mb"
    public static let defaultAttachmentLimitMB = 20
    /// Far above any photo; a larger file belongs in an archive, not in every clone.
    public static let maximumAttachmentLimitMB = 500

    /// The largest file `attach` takes, in bytes.
    public var attachmentLimitBytes: Int {
        (value(of: Self.attachmentLimitKey).flatMap(Self.attachmentLimitMB) ?? Self.defaultAttachmentLimitMB) * 1_048_576
    }

    /// A valid `attachment_max_mb` value, nil for anything else.
    static func attachmentLimitMB(_ text: String) -> Int? {
        guard let value = Int(text), (1...maximumAttachmentLimitMB).contains(value) else { return nil }
        return value
    }
}
