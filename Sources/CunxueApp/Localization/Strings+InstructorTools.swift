/// The instructor's tools added with the USB folder picker, the PIN change and the
/// confirmations before clearing a PIN or renaming; and `cunxue preview`.
extension Strings {
    // MARK: - Folder picker

    var pickerTitle: String { pick("导入课程：选文件夹", "Import: choose a folder") }
    var pickerSticks: String { pick("插着的 U 盘：", "USB sticks plugged in:") }
    var pickerNoSticks: String {
        pick("没有找到 U 盘。插上 U 盘，等几秒，按 R 再找；也可以按 T 输入文件夹的位置。",
             "No USB stick was found. Plug one in, wait a few seconds and press R; or press T to type the folder's path.")
    }
    var pickerUseThis: String { pick("【导入这个文件夹】", "[Import this folder]") }
    var pickerEmpty: String { pick("（这里没有子文件夹）", "(no folders here)") }
    var pickerLooking: String { pick("正在查看…", "Looking…") }
    var pickerHasLessons: String { pick("这里有课程（module.md）。", "There are lessons here (module.md).") }
    var keyPickerUp: String { pick("上一层", "Up") }
    var keyPickerType: String { pick("输入路径", "Type a path") }
    var keyPickerRefresh: String { pick("再找", "Look again") }
    func pickerFolderGone(_ path: String) -> String {
        pick("打不开 \(path)：U 盘拔掉了吗？已回到 U 盘列表。", "Cannot open \(path): was the USB stick pulled out? Back at the list of sticks.")
    }
    func pickerTooMany(_ shown: Int) -> String { pick("只列出前 \(shown) 个文件夹。", "Only the first \(shown) folders are listed.") }

    // MARK: - After an import

    var importDoneTitle: String { pick("导入完成", "Import done") }
    var importRunning: String { pick("正在导入，请稍等，先不要拔 U 盘……", "Importing. Please wait, and leave the USB stick in…") }
    var importLeftOutHeading: String { pick("没有拷进去的文件：", "Files left out:") }
    var importNothingLeftOut: String { pick("所有文件都拷进去了。", "Every file was copied.") }

    // MARK: - Instructor PIN change

    var menuChangePIN: String { pick("修改老师密码", "Change the instructor PIN") }
    var keyTypePIN: String { pick("输入数字", "Type digits") }
    var pinChangeTitle: String { pick("修改老师密码", "Change the instructor PIN") }
    var pinChangeOld: String { pick("现在的老师密码：", "Current instructor PIN: ") }
    var pinChangeNew: String { pick("新的老师密码：  ", "New instructor PIN:     ") }
    var pinChangeRepeat: String { pick("再输一次新密码：", "New PIN again:          ") }
    var pinChangeChecking: String { pick("正在核对…", "Checking…") }
    var pinChangeMismatch: String { pick("两次输入的新密码不一样，请重新输入新密码。", "The two new PINs differ. Type the new PIN again.") }
    var pinChangeWrongOld: String { pick("现在的老师密码不对，请再试。", "That is not the current instructor PIN. Try again.") }
    var pinChangeDone: String { pick("老师密码已修改。", "The instructor PIN was changed.") }
    func pinChangeWait(_ seconds: Int) -> String {
        pick("输错太多次了，请等 \(seconds) 秒再试。", "Too many wrong tries. Wait \(seconds) seconds and try again.")
    }

    // MARK: - Confirmations

    func confirmResetPIN(_ name: String) -> String {
        pick("确定要清除 \(name) 的密码吗？清除后不用密码就能进入 \(name) 的学习记录。",
             "Clear \(name)'s PIN? Afterwards anyone can open \(name)'s progress without a PIN.")
    }
    func confirmRename(_ old: String, _ new: String) -> String {
        pick("确定把 \(old) 改名为 \(new) 吗？", "Rename \(old) to \(new)?")
    }
    var keyClearPIN: String { pick("清除密码", "Clear the PIN") }
    var keyDoRename: String { pick("改名", "Rename") }
    var confirmHint: String { pick("按 1 或 Y 确定，按 Enter 或 Esc 返回。", "Press 1 or Y to go ahead, Enter or Esc to go back.") }

    // MARK: - Preview

    var previewBanner: String { pick("预览 — 不保存", "Preview — nothing is saved") }
}
