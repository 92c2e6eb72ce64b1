import Foundation
import Testing

/// A person's steps on the real binary in a real terminal (a `TmuxSession`): keys pressed, text
/// typed, and a wait for text after each step that records an issue, with the screen, when the
/// text does not come. Every step waits for text; none sleeps.
struct Journey {
    /// The terminal the app runs in (for resizes, captures and waits of other kinds).
    let tmux: TmuxSession

    /// Starts the app on the data folder `data` with `arguments` in a window of `width` x
    /// `height`, under `LANG=C.UTF-8` and `environment`. `wrapper` goes before the app's path
    /// (`faketime -f …`). When the app ends, the shell prints `EXIT=` and its status on a line
    /// of its own and keeps the window open.
    init(data: URL, arguments: String = "", wrapper: String = "", width: Int = 80, height: Int = 24,
         environment: [String: String] = [:]) throws {
        // The status on a line of its own: bash's "Killed" notice may wrap it otherwise.
        let command = "\(wrapper)'\(cunxueBinary.path)' --data-dir '\(data.path)' \(arguments); s=$?; printf '\\r\\nEXIT=%s\\r\\n' $s; sleep 30"
        tmux = try TmuxSession(command: command, width: width, height: height,
                               environment: ["LANG": "C.UTF-8"].merging(environment) { $1 })
    }

    /// Whether the screen `lines` shows `text` (lines joined by new lines).
    static func shows(_ text: String) -> ([String]) -> Bool { { $0.joined(separator: "\n").contains(text) } }

    /// Presses keys (tmux key names: `Enter`, `Escape`, `C-c`, `F2`, or a digit or letter).
    func press(_ keys: String...) throws { try tmux.send(keys) }

    /// Presses keys, then waits for `text` on screen (see `waitFor(_:)`).
    /// - Returns: the last screen seen.
    @discardableResult
    func press(_ keys: String..., thenSee text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try tmux.send(keys)
        return try waitFor(text, sourceLocation: sourceLocation)
    }

    /// Types `text` literally (no key-name lookup).
    func type(_ text: String) throws { try tmux.sendLiteral(text) }

    /// Waits for `text` on screen, recording an issue with the screen when it does not come.
    /// - Returns: the last screen seen.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let (lines, ok) = try tmux.waitFor(seconds: seconds, Self.shows(text))
        #expect(ok, "no “\(text)” on screen:\n\(lines.joined(separator: "\n"))", sourceLocation: sourceLocation)
        return lines
    }

    /// Waits until `condition` holds for the screen, recording an issue with `what` and the
    /// screen when it does not.
    /// - Returns: the last screen seen.
    @discardableResult
    func waitUntil(_ what: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                   _ condition: ([String]) -> Bool) throws -> [String] {
        let (lines, ok) = try tmux.waitFor(seconds: seconds, condition)
        #expect(ok, "\(what):\n\(lines.joined(separator: "\n"))", sourceLocation: sourceLocation)
        return lines
    }

    /// From the sign-in screen with no learner yet (its only row is "new learner"): a new learner
    /// `name`, with `pin` typed twice or none, signed in. Waits for the home screen's greeting.
    @discardableResult
    func signUp(name: String, pin: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try waitFor("欢迎来到村学", sourceLocation: sourceLocation)
        try press("Enter", thenSee: "请写上你的名字", sourceLocation: sourceLocation)
        try type(name)
        try press("Enter", thenSee: "密码", sourceLocation: sourceLocation)
        if let pin {
            try type(pin)
            try press("Enter", thenSee: "请再输入一遍", sourceLocation: sourceLocation)
            try type(pin)
        }
        return try press("Enter", thenSee: "\(name)，你好", sourceLocation: sourceLocation)
    }

    /// From the home screen: Esc, the sign-out question answered with `yes`, back on the sign-in
    /// screen.
    func signOut(yes: String = "1", sourceLocation: SourceLocation = #_sourceLocation) throws {
        try press("Escape", thenSee: "要退出登录吗", sourceLocation: sourceLocation)
        try press(yes, thenSee: "欢迎来到村学", sourceLocation: sourceLocation)
    }

    /// From the sign-in screen: Esc, the quit question answered with `yes`, and the app ends
    /// with status 0.
    func quit(yes: String = "1", sourceLocation: SourceLocation = #_sourceLocation) throws {
        try press("Escape", thenSee: "要退出村学吗", sourceLocation: sourceLocation)
        try press(yes, thenSee: "EXIT=0", sourceLocation: sourceLocation)
    }

    /// Ends the terminal (the tmux server) and the app in it.
    func close() { tmux.close() }
}
