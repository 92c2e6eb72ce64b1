import ArgumentParser

/// `cunxue`: the learning app and the instructor's tools.
@main
struct Cunxue: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cunxue",
        abstract: "村学：给村里学员的电商课程。不带命令时打开学习程序。Cunxue — e-commerce lessons for village learners.",
        discussion: "每条命令都可以加 --help 看说明，例如 cunxue backup --help。Add --help to any command for its help, e.g. cunxue backup --help.",
        version: CunxueVersion.string,
        subcommands: [Run.self, Validate.self, Learners.self, Import.self, Lessons.self, Report.self, Backup.self, Restore.self, Preview.self, Instructor.self, Sheets.self],
        defaultSubcommand: Run.self
    )
}
