/// The name an attached file gets in the article's folder: a URL- and
/// shell-safe form of the name a person gave (Vietnamese marks dropped,
/// lowercase, '-' for anything else) with the extension of its real kind.
/// Applying it to a name it produced gives that name back, so `verify` can
/// run the same function on the name stored in the tree.
public enum AttachmentName {
    /// Base names are cut here: a file name is not a caption.
    static let maximumBaseLength = 60

    /// nil for a name that must be refused rather than cleaned: one with a folder, `..`, a leading
    /// dot or a control character (the person meant something we should not guess).
    public static func sanitized(_ given: String, as type: AttachmentType) -> String? {
        guard !given.isEmpty, !given.contains("/"), !given.contains("\\"), !given.contains(".."), !given.hasPrefix("."),
            !given.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return nil }
        var stem = Substring(given)
        if let dot = stem.lastIndex(of: ".") { stem = stem[..<dot] }
        var base = ""
        var pendingHyphen = false
        for scalar in stem.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let folded: Unicode.Scalar
            switch scalar {
            case "đ", "Đ": folded = "d"
            case "A"..."Z": folded = Unicode.Scalar(scalar.value + 32) ?? scalar
            default: folded = scalar
            }
            if ("a"..."z").contains(folded) || ("0"..."9").contains(folded) || folded == "_" {
                if pendingHyphen && !base.isEmpty { base.append("-") }
                pendingHyphen = false
                base.unicodeScalars.append(folded)
            } else {
                pendingHyphen = true
            }
        }
        if base.count > maximumBaseLength { base = String(base.prefix(maximumBaseLength)) }
        while base.hasSuffix("-") { base.removeLast() }
        if base.isEmpty { base = type.isImage ? "anh" : "tep" }
        return "\(base).\(type.fileExtension)"
    }
}
