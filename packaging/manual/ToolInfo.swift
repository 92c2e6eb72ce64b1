/// The part of swift-argument-parser's `--experimental-dump-help` JSON that a manual page needs.
struct ToolInfo: Decodable {
    /// The top-level command.
    var command: CommandInfo
}

/// One command or subcommand.
struct CommandInfo: Decodable {
    var commandName: String
    var superCommands: [String]?
    var abstract: String?
    var discussion: String?
    var shouldDisplay: Bool?
    var subcommands: [CommandInfo]?
    var arguments: [ArgumentInfo]?

    /// The words that start the command, e.g. `cunxue learners add`.
    var fullName: String { ((superCommands ?? []) + [commandName]).joined(separator: " ") }
}

/// One option, flag or positional argument.
struct ArgumentInfo: Decodable {
    /// `option`, `flag` or `positional`.
    var kind: String
    var shouldDisplay: Bool
    var isOptional: Bool
    var isRepeating: Bool
    var names: [NameInfo]?
    var preferredName: NameInfo?
    var valueName: String?
    var defaultValue: String?
    var abstract: String?
    var discussion: String?
}

/// A name such as `-h` or `--data-dir`.
struct NameInfo: Decodable {
    /// `short`, `long` or `longWithSingleDash`.
    var kind: String
    var name: String

    /// The name as typed on the command line.
    var spelled: String {
        switch kind {
        case "short", "longWithSingleDash": return "-" + name
        default: return "--" + name
        }
    }
}
