import ArgumentParser

/// `cunxue learners`: placeholder, replaced by the progress issue.
struct Learners: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Manage learners.")
    @OptionGroup var global: GlobalOptions
    func run() throws {}
}
