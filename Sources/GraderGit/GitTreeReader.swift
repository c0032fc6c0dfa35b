import CGit2
import Foundation

/// Reads the files below one folder of one commit straight from the object database
/// (`Git.files`); no work tree is ever checked out.
struct GitTreeReader {
    let cache: URL
    let commit: String
    /// The folder's path components; empty for the commit's root.
    let folder: [String]

    init(cache: URL, commit: String, folder: String) {
        self.cache = cache
        self.commit = commit
        self.folder = folder.split(separator: "/").map(String.init).filter { $0 != "." }
    }

    func read() throws(GitError) -> [GitFile] {
        try LibGit2.initialize()
        var repository: OpaquePointer?
        try LibGit2.check(
            git_repository_open_ext(
                &repository, cache.path, UInt32(GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue), nil),
            "open", cache.path)
        defer { git_repository_free(repository) }

        let root = try rootTree(in: repository)
        defer { git_tree_free(root) }
        guard let tree = try folderTree(below: root, in: repository) else {
            return []
        }
        defer { if tree != root { git_tree_free(tree) } }

        var files: [GitFile] = []
        try collect(tree, prefix: "", in: repository, into: &files)
        return files.sorted { $0.path < $1.path }
    }

    /// The tree of `commit`, which may be a full or abbreviated id (or any revision libgit2 parses).
    private func rootTree(in repository: OpaquePointer?) throws(GitError) -> OpaquePointer? {
        var object: OpaquePointer?
        try LibGit2.check(git_revparse_single(&object, repository, commit), "lookup commit", commit)
        defer { git_object_free(object) }
        var peeled: OpaquePointer?
        try LibGit2.check(git_object_peel(&peeled, object, GIT_OBJECT_COMMIT), "lookup commit", commit)
        defer { git_object_free(peeled) }
        var tree: OpaquePointer?
        try LibGit2.check(git_commit_tree(&tree, peeled), "read tree", commit)
        return tree
    }

    /// The tree at `folder`; nil when the commit has no such folder (or it is not a folder).
    private func folderTree(below root: OpaquePointer?, in repository: OpaquePointer?)
        throws(GitError) -> OpaquePointer?
    {
        guard !folder.isEmpty else {
            return root
        }
        let path = folder.joined(separator: "/")
        var entry: OpaquePointer?
        let found = git_tree_entry_bypath(&entry, root, path)
        if found == GIT_ENOTFOUND.rawValue {
            git_error_clear()
            return nil
        }
        try LibGit2.check(found, "read tree", "\(commit):\(path)")
        defer { git_tree_entry_free(entry) }
        guard git_tree_entry_type(entry) == GIT_OBJECT_TREE else {
            return nil
        }
        var tree: OpaquePointer?
        try LibGit2.check(
            git_tree_lookup(&tree, repository, git_tree_entry_id(entry)), "read tree",
            "\(commit):\(path)")
        return tree
    }

    private func collect(
        _ tree: OpaquePointer?, prefix: String, in repository: OpaquePointer?,
        into files: inout [GitFile]
    ) throws(GitError) {
        for index in 0..<git_tree_entrycount(tree) {
            guard let entry = git_tree_entry_byindex(tree, index) else { continue }
            let name = String(cString: git_tree_entry_name(entry))
            let path = prefix + name
            guard Self.isSafe(name) else {
                throw GitError.other(
                    "the tree has an entry named '\(name)', which no checkout could create",
                    operation: "read tree", target: "\(commit):\(path)", errorClass: GIT_ERROR_TREE)
            }
            switch git_tree_entry_filemode(entry) {
            case GIT_FILEMODE_TREE:
                var subtree: OpaquePointer?
                try LibGit2.check(
                    git_tree_lookup(&subtree, repository, git_tree_entry_id(entry)), "read tree",
                    "\(commit):\(path)")
                defer { git_tree_free(subtree) }
                try collect(subtree, prefix: path + "/", in: repository, into: &files)
            case GIT_FILEMODE_COMMIT:
                files.append(GitFile(path: path, kind: .submodule, contents: Data()))
            case GIT_FILEMODE_LINK:
                let target = try blob(git_tree_entry_id(entry), path: path, in: repository)
                files.append(GitFile(path: path, kind: .symlink, contents: target))
            case GIT_FILEMODE_BLOB_EXECUTABLE:
                let contents = try blob(git_tree_entry_id(entry), path: path, in: repository)
                files.append(GitFile(path: path, kind: .executable, contents: contents))
            default:
                let contents = try blob(git_tree_entry_id(entry), path: path, in: repository)
                files.append(GitFile(path: path, kind: .regular, contents: contents))
            }
        }
    }

    private func blob(_ id: UnsafePointer<git_oid>?, path: String, in repository: OpaquePointer?)
        throws(GitError) -> Data
    {
        var blob: OpaquePointer?
        try LibGit2.check(git_blob_lookup(&blob, repository, id), "read blob", "\(commit):\(path)")
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let bytes = git_blob_rawcontent(blob) else {
            return Data()
        }
        return Data(bytes: bytes, count: size)
    }

    /// A name that is one path component and cannot climb out of the folder.
    static func isSafe(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
    }
}
