import Foundation
import PackagePlugin

/// Turns the package's `VERSION` file into `CunxueVersion.swift` before `cunxue` is compiled,
/// so the version lives in one place and a plain `swift build` picks up a change to it.
///
/// The command is a few lines of `/bin/sh`, not a tool built for the purpose: a built tool is
/// linked with every `-Xlinker` flag of the build, and those of a statically linked build
/// (scripts/lib/static-swift.sh) cannot link a host tool.
@main
struct VersionStamp: BuildToolPlugin {
    /// Reads `$1` (VERSION), checks it is one Debian native version (a digit first; digits,
    /// letters, `.`, `+`, `~`; at most 40 characters) and writes the Swift file `$2`.
    static let script = #"""
        set -eu
        version=$(cat "$1")
        case "$version" in
          [0-9]*) ;;
          *) version="" ;;
        esac
        case "$version" in
          ''|*[!0-9A-Za-z.+~]*)
            echo "$1 must hold one line such as 1.2.0 (a digit first; digits, letters, . + ~)" >&2
            exit 1 ;;
        esac
        if [ ${#version} -gt 40 ]; then echo "$1: the version is longer than 40 characters" >&2; exit 1; fi
        printf '%s\n' '// Generated from VERSION by the VersionStamp plugin; do not edit.' '' \
          '/// Cunxue'"'"'s version, from the package'"'"'s `VERSION` file.' 'enum CunxueVersion {' \
          '    /// The version, as `cunxue --version` prints it and the .deb is numbered.' \
          "    static let string = \"$version\"" '}' > "$2"
        """#

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let versionFile = context.package.directoryURL.appending(path: "VERSION")
        let output = context.pluginWorkDirectoryURL.appending(path: "CunxueVersion.swift")
        return [
            .buildCommand(
                displayName: "Stamping the version from VERSION",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", Self.script, "version-stamp",
                            versionFile.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: [versionFile],
                outputFiles: [output]
            ),
        ]
    }
}
