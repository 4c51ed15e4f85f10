import Foundation
import GitKit
import Testing
import TestSupport

@testable import Galley

/// `ArticleFolders` is what the replay's directory and the hook's cache of it both read. Checked
/// against git's own listing (`git ls-tree -r -d`), and `changes` against `all`: from any tree
/// to any other, the folders it reports turn the one listing into the other. The trees include
/// what a hostile history could hold: an id in two days, a folder with no index.md, an empty
/// folder, a file where a folder belongs, names that are not ids.
@Suite("Article folders: one definition for the scan and the hook's cache")
struct ArticleFoldersTests {
    final class Repo {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-folders-\(UUID().uuidString)")
        let repository: Repository

        init() throws {
            repository = try Repository.create(at: folder.path, bare: true, initialBranch: "main")
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        func tree(from base: ObjectID?, _ changes: [(path: String, text: String?)]) throws -> ObjectID {
            var treeChanges: [TreeChange] = []
            for change in changes {
                if let text = change.text {
                    treeChanges.append(.upsert(path: change.path, blob: try repository.writeBlob(Data(text.utf8))))
                } else {
                    treeChanges.append(.remove(path: change.path))
                }
            }
            return try repository.updatedTree(from: base, applying: treeChanges)
        }

        func git(_ arguments: [String], input: String? = nil) throws -> String {
            let result = try runTool("git", ["--git-dir", folder.path] + arguments, input: input.map { Data($0.utf8) })
            guard result.status == 0 else { throw FixtureError("git \(arguments): \(result)") }
            return result.stdout.trimmingCharacters(in: .newlines)
        }

        /// git's answer: folders four levels under articles/ named by a valid id.
        func gitFolders(_ tree: ObjectID) throws -> Set<ArticleFolders.Folder> {
            let listing = try git(["ls-tree", "-r", "-d", "--name-only", "-z", tree.hex])
            var found: Set<ArticleFolders.Folder> = []
            for path in listing.split(separator: "\0").map(String.init) {
                let parts = path.split(separator: "/", omittingEmptySubsequences: false)
                guard parts.count == 5, parts[0] == "articles", ArticleID.isValid(String(parts[4])) else { continue }
                found.insert(ArticleFolders.Folder(id: String(parts[4]), path: path + "/index.md"))
            }
            return found
        }
    }

    struct FixtureError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    @Test func allAgreesWithGitAndChangesTurnAnyTreeIntoAnyOther() throws {
        let repo = try Repo()
        var trees: [ObjectID] = []
        let empty = try repo.tree(from: nil, [("galley.yaml", "name: x\n")])
        trees.append(empty)
        let one = try repo.tree(from: empty, [("articles/2026/12/01/bai-mot/index.md", "a\n")])
        trees.append(one)
        let two = try repo.tree(from: one, [
            ("articles/2026/12/01/bai-hai/index.md", "b\n"),
            ("articles/2026/12/02/chi-anh/photo.jpg", "jpg"),  // a folder without index.md
        ])
        trees.append(two)
        let hostile = try repo.tree(from: two, [
            ("articles/2026/12/01/bai-mot/index.md", nil),
            ("articles/2001/02/03/bai-hai/index.md", "twin\n"),  // the same id in another day
            ("articles/2026/12/01/KHÔNG HỢP LỆ/index.md", "x\n"),  // not an id
            ("articles/2026/12/01/tep.md", "a file among the folders\n"),
            ("articles/2026/x/index.md", "too shallow\n"),
            ("articles/2026/12/01/bai-ba/sau/index.md", "too deep\n"),
        ])
        trees.append(hostile)
        // A file where the 2026/12 folder was, and an empty folder named as an id (plain git can make both).
        let emptyTree = try repo.git(["hash-object", "-w", "-t", "tree", "--stdin"], input: "")
        let dayTree = try repo.git(["mktree"], input: "040000 tree \(emptyTree)\trong\n")
        let monthTree = try repo.git(["mktree"], input: "040000 tree \(dayTree)\t09\n")
        let yearTree = try repo.git(["mktree"], input: "040000 tree \(monthTree)\t01\n100644 blob \(try repo.git(["hash-object", "-w", "--stdin"], input: "x"))\t12\n")
        let articlesTree = try repo.git(["mktree"], input: "040000 tree \(yearTree)\t2026\n")
        let odd = try #require(ObjectID(hex: try repo.git(["mktree"], input: "040000 tree \(articlesTree)\tarticles\n")))
        trees.append(odd)

        for tree in trees {
            #expect(Set(try ArticleFolders.all(in: tree, repo.repository)) == (try repo.gitFolders(tree)), "tree \(tree.short)")
        }
        #expect(try repo.gitFolders(odd) == [ArticleFolders.Folder(id: "rong", path: "articles/2026/01/09/rong/index.md")])
        for old in trees {
            for new in trees {
                let changes = try ArticleFolders.changes(from: old, to: new, repo.repository)
                var folders = Set(try ArticleFolders.all(in: old, repo.repository))
                folders.subtract(changes.removed)
                folders.formUnion(changes.added)
                #expect(folders == Set(try ArticleFolders.all(in: new, repo.repository)), "\(old.short) → \(new.short)")
                #expect(Set(changes.removed).isDisjoint(with: changes.added))
            }
        }
    }

    /// A scan keeps, for an id in several folders, the last in tree order; the cache's lookup
    /// (the greatest path, bytewise) must give the same one, or the hook's messages would differ.
    @Test func theCacheNamesTheSameFolderAsTheScanForATwinnedID() throws {
        let repo = try Repo()
        let tree = try repo.tree(from: nil, [
            ("articles/2001/02/03/bai-hai/index.md", "older\n"),
            ("articles/2026/12/01/bai-hai/index.md", "newer\n"),
            ("articles/2026-/12/01/bai-hai/index.md", "a year name that sorts before 2026/ in git\n"),
        ])
        var scanned: [String: String] = [:]
        for folder in try ArticleFolders.all(in: tree, repo.repository) { scanned[folder.id] = folder.path }
        let described = try DirectoryCache(gitDirectory: repo.folder.path).describing(tree, in: repo.repository)
        #expect(try described.path(of: "bai-hai") == scanned["bai-hai"])
        #expect(scanned["bai-hai"] == "articles/2026/12/01/bai-hai/index.md")
        #expect(try described.path(of: "khong-co") == nil)
    }
}
