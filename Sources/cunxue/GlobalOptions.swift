import ArgumentParser

/// Options every subcommand accepts after its name, and the default `run` without its name.
struct GlobalOptions: ParsableArguments {
    /// Where learners' progress is kept (else `CUNXUE_DATA_DIR`, `XDG_DATA_HOME/cunxue`, `~/.local/share/cunxue`).
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("学习记录的数据文件夹（默认 ~/.local/share/cunxue）。Folder for learners' progress.", valueName: "DIR"))
    var dataDir: String?

    /// Extra lesson folders, loaded after the bundled course.
    @Option(name: .customLong("lessons"), help: ArgumentHelp("再加载一个课程文件夹（可以写几次）。A lesson folder to load (repeatable).", valueName: "DIR"))
    var lessons: [String] = []

    /// Interface language: `zh` (default) or `en`.
    @Option(name: .customLong("lang"), help: ArgumentHelp("界面语言：zh（中文，默认）或 en。Interface language: zh or en.", valueName: "zh|en"))
    var lang: String?
}
