extension Strings {
    // MARK: - Answers that could not be saved (a full disk)

    /// Answers kept in memory after a failed save were written at a later try.
    var unsavedNowSaved: String {
        pick("之前没保存上的答案，现在已经保存好了。", "The answers that could not be saved before are saved now.")
    }

    /// A learner signed out (or the app ended) while her answers could still not be written to
    /// her file: they are in a recovery file instead.
    func answersInRecoveryFile(_ name: String, path: String) -> String {
        pick("磁盘满了，\(name) 的答案没能存进学习记录，已经另外存到恢复文件里，下次打开村学时会自动放回。请告诉老师腾出磁盘空间。恢复文件：\(path)",
             "The disk is full: \(name)'s answers could not go into the progress file, so they were kept in a recovery file; the next start puts them back. Please tell the instructor to free disk space. Recovery file: \(path)")
    }

    /// Not even a recovery file could be written: the answers stay in the running app.
    func answersOnlyInMemory(_ name: String) -> String {
        pick("磁盘满了，\(name) 的答案哪里都存不进去，现在只在这个程序里。请不要关掉村学，马上告诉老师腾出磁盘空间；有了空间，下一次保存会把它们写进去。",
             "The disk is full: \(name)'s answers could not be written anywhere and are only in this program now. Do not close Cunxue; tell the instructor at once to free disk space. The next save writes them once there is room.")
    }

    /// At start: answers from recovery files were merged back into learners' files.
    func recoveredAnswers(_ names: [String]) -> String {
        pick("上次磁盘满时没保存上的答案已经找回来，放回了学习记录：\(names.joined(separator: "、"))。",
             "Answers that could not be saved when the disk was full are back in the progress of: \(names.joined(separator: ", ")).")
    }

    /// At start: a recovery file could not be merged back yet.
    func recoveryNotMerged(_ path: String, reason: String) -> String {
        pick("恢复文件还没能放回学习记录（\(reason)）。文件留着没动，下次打开村学会再试；请告诉老师。文件：\(path)",
             "A recovery file could not be put back yet (\(reason)). It is kept as it is and the next start tries again; please tell the instructor. File: \(path)")
    }
}

extension Strings {
    /// The app ended while answers could be written neither to the learner's file nor to a
    /// recovery file.
    func answersLostAtExit(_ name: String) -> String {
        pick("磁盘满了，\(name) 最后的答案哪里都没能保存，没有留下来。请告诉老师腾出磁盘空间，再把这几题重做一遍。",
             "The disk is full: \(name)'s last answers could not be written anywhere and were not kept. Please tell the instructor to free disk space, then answer those questions again.")
    }
}
