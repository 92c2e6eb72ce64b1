import ArgumentParser

/// `cunxue validate`: placeholder, replaced by the lessons issue.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check lesson folders.")
    @OptionGroup var global: GlobalOptions
    func run() throws {}
}
