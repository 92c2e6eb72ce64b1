import ArgumentParser

/// `cunxue run`: the learner app (the default subcommand).
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start the learning app.")
    @OptionGroup var global: GlobalOptions
    func run() throws {}
}
