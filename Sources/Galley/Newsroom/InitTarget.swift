import Foundation

/// Where `galley init` makes a newsroom, and how to take it back: init refuses a folder
/// that is not new or empty, so when it fails half-way (a signature that cannot be made,
/// a full disk) everything under the target is its own and removing it leaves the
/// machine as it was.
struct InitTarget {
    let path: String
    /// The outermost folder init creates; nil when `path` already existed (empty).
    let outermostCreated: String?

    /// Checks that `path` is new or an empty folder, and notes which folders init will create.
    static func check(_ path: String) throws(GalleyError) -> InitTarget {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw GalleyError(refusal: .workspace(.initTargetIsFile(path: path))) }
            let contents = (try? fileManager.contentsOfDirectory(atPath: path)) ?? []
            guard contents.isEmpty else {
                throw GalleyError(refusal: .workspace(.initTargetNotEmpty(path: path)))
            }
            return InitTarget(path: path, outermostCreated: nil)
        }
        var folder = URL(fileURLWithPath: path).standardizedFileURL
        var outermost = folder.path
        while !fileManager.fileExists(atPath: folder.path), folder.path != "/" {
            outermost = folder.path
            folder = folder.deletingLastPathComponent()
        }
        return InitTarget(path: path, outermostCreated: outermost)
    }

    /// Removes what init created (best effort: the error that led here is the one to report).
    func undo() {
        let fileManager = FileManager.default
        if let outermostCreated {
            try? fileManager.removeItem(atPath: outermostCreated)
            return
        }
        for name in (try? fileManager.contentsOfDirectory(atPath: path)) ?? [] {
            try? fileManager.removeItem(atPath: (path as NSString).appendingPathComponent(name))
        }
    }
}
