import ArgumentParser

/// `cunxue`: the learning app and the instructor's tools.
@main
struct Cunxue: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cunxue",
        abstract: "村学 Cunxue — e-commerce lessons for village learners.",
        version: CunxueVersion.string,
        subcommands: [Run.self, Validate.self, Learners.self, Import.self, Lessons.self, Report.self, Backup.self, Instructor.self, Sheets.self],
        defaultSubcommand: Run.self
    )
}
