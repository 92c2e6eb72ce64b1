import ArgumentParser
import Foundation
import ProgressKit

/// `cunxue instructor`: the instructor's own settings.
struct Instructor: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "老师设置。The instructor's settings.",
        subcommands: [SetPIN.self, SetStation.self]
    )
}

extension Instructor {
    /// `cunxue instructor set-pin`: sets the 4-digit PIN of the instructor view.
    struct SetPIN: DataDirectoryCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-pin",
            abstract: "设置老师密码（4 位数字，输两次，不显示）。Set the instructor PIN (4 digits), asked twice without showing it.",
            discussion: """
                已经有密码时先问现在的密码；输错后要等的时间会越来越长。没有终端时，从标准输入每行读一个密码。\
                忘了密码：先关闭村学，删除数据文件夹里的 instructor.json。在老师界面里也可以改密码（要先输旧密码）。
                When a PIN is set already, the current one is asked first; after wrong tries the \
                wait before the next grows. Without a terminal, the PINs are read one a line \
                from standard input. A forgotten PIN: with Cunxue closed, delete instructor.json \
                in the data directory.
                """
        )

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let support = self.support
            let store = InstructorStore(directory: try dataDirectory())
            let prompt = PINPrompt()
            do {
                let profile: InstructorProfile
                do {
                    profile = try store.load()
                } catch {
                    throw support.fail(error.message())
                }
                if profile.hasPIN {
                    let wait = PINThrottle().remainingWait(profile.pinFailures, at: Date())
                    if wait > 0 { throw support.fail(InstructorPINCheck.mustWait(seconds: wait).message) }
                    let current = try prompt.read(support.pick(zh: "现在的老师密码：", en: "Current instructor PIN: "))
                    let check: InstructorPINCheck
                    do {
                        check = try store.checkPIN(current, at: Date())
                    } catch {
                        throw support.fail(error.message())
                    }
                    switch check {
                    case .accepted, .noPINSet: break
                    case .rejected, .mustWait: throw support.fail(check.message)
                    }
                }
                let first = try prompt.read(support.pick(zh: "新的老师密码（4 位数字）：", en: "New instructor PIN (4 digits): "))
                let hash: PINHash
                do {
                    hash = try PINHasher().hash(first)
                } catch {
                    throw support.fail(error.message)
                }
                let second = try prompt.read(support.pick(zh: "请再输入一次：", en: "Type it again: "))
                guard (try? PINHasher.normalize(second)) == (try? PINHasher.normalize(first)) else {
                    throw support.fail(BilingualText(
                        zh: "两次输入的密码不一样，密码没有改。请重新运行 cunxue instructor set-pin。",
                        en: "The two PINs differ; nothing was changed. Run cunxue instructor set-pin again."))
                }
                do {
                    try store.setPIN(hash, at: Date())
                } catch {
                    throw support.fail(error.message())
                }
            } catch is PINPrompt.Cancel {
                throw support.fail(BilingualText(zh: "已取消，密码没有改。", en: "Cancelled; nothing was changed."))
            }
            support.say(BilingualText(
                zh: "老师密码已设置。忘记密码时：先关闭村学，再删除 \(store.fileURL.path)。",
                en: "The instructor PIN is set. If it is forgotten: close Cunxue, then delete \(store.fileURL.path)."))
        }
    }
}

extension Instructor {
    /// `cunxue instructor set-station NAME`: the station's name, in every row of the report.
    struct SetStation: DataDirectoryCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-station",
            abstract: "设置服务站名称，培训报表的每一行都会写上它。 Set the station's name, shown in every row of the report.",
            discussion: """
                例如：cunxue instructor set-station 张庄服务站
                名称保存在数据文件夹的 station.json 里（同步到县里、备份时都带上）。
                县里把几个服务站的报表合在一起时，靠它分清两个同名的王芳。
                再运行一次就改成新名称。

                For example: cunxue instructor set-station 张庄服务站. The name is kept in the data \
                directory's station.json (synced to the county and backed up with the rest). When the \
                county puts several stations' reports together, it tells two learners of the same name \
                apart. Run it again to change the name.
                """
        )

        @OptionGroup var global: GlobalOptions

        /// The name.
        @Argument(help: ArgumentHelp("服务站名称，1 到 30 个字。 The station's name, 1–30 characters.", valueName: "NAME"))
        var name: [String]

        func run() throws {
            let support = self.support
            let clean: String
            do {
                clean = try StationName.sanitize(name.joined(separator: " "))
            } catch {
                throw support.fail(error.message)
            }
            let store = StationStore(directory: try dataDirectory())
            // A damaged station.json is simply replaced: it holds nothing but the name.
            let before = try? store.load()
            do {
                try store.save(clean)
            } catch {
                throw support.fail(error.message())
            }
            if let before = before ?? nil, before != clean {
                support.say(BilingualText(zh: "服务站名称已从“\(before)”改为“\(clean)”。以后的报表每一行都写“\(clean)”。",
                                          en: "The station's name is now “\(clean)” (was “\(before)”). Reports will show it in every row."))
            } else {
                support.say(BilingualText(zh: "服务站名称已设为“\(clean)”。以后的报表每一行都写上它。",
                                          en: "The station's name is set to “\(clean)”. Reports will show it in every row."))
            }
        }
    }
}
