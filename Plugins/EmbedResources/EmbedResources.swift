import Foundation
import PackagePlugin

/// Embeds the package's `workflows/` and `repo-template/` folders into the
/// target that uses this plugin, as generated Swift source.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let tool = try context.tool(named: "GalleyResourceEmbedder")
        let packageDirectory = context.package.directoryURL
        let roots = ["workflows", "repo-template"]
        var inputs: [URL] = []
        for root in roots {
            let directory = packageDirectory.appending(path: root)
            if let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) {
                for case let url as URL in enumerator where !url.hasDirectoryPath {
                    inputs.append(url)
                }
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        return [
            .buildCommand(
                displayName: "Embedding workflows and repo-template",
                executable: tool.url,
                arguments: [output.path] + roots.map { "\($0):\(packageDirectory.appending(path: $0).path)" },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
