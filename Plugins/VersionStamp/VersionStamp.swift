import PackagePlugin

/// Turns the package's `VERSION` file into `CunxueVersion.swift` before `cunxue` is compiled,
/// so the version lives in one place and a plain `swift build` picks up a change to it.
@main
struct VersionStamp: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let versionFile = context.package.directoryURL.appending(path: "VERSION")
        let output = context.pluginWorkDirectoryURL.appending(path: "CunxueVersion.swift")
        return [
            .buildCommand(
                displayName: "Stamping the version from VERSION",
                executable: try context.tool(named: "cunxue-version-stamp").url,
                arguments: [versionFile.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: [versionFile],
                outputFiles: [output]
            ),
        ]
    }
}
