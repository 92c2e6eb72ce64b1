import Foundation
import Glibc

/// Speaks text through a speech engine that exists on the station PC, one utterance at a time,
/// never blocking the caller: the engine runs as a child process and `onFinish` is called when
/// it ends (spoken to the end, stopped, or failed).
///
/// Engines, in order: the command named by `CUNXUE_SPEAK` (text on standard input, the language
/// `zh` or `en` in `CUNXUE_SPEAK_LANG`, the speed in words a minute in `CUNXUE_SPEAK_RATE`);
/// speech-dispatcher's `spd-say` (the voice the station chose in the desktop's settings);
/// `espeak-ng` (`-v cmn` for Chinese, `-v en` for English).
public final class Speaker: @unchecked Sendable {
    /// A speech engine and how to run it.
    public enum Engine: Sendable, Equatable {
        /// `CUNXUE_SPEAK`: a command run through `/bin/sh -c`, text on standard input.
        case custom(String)
        /// speech-dispatcher's client at this path.
        case speechDispatcher(String)
        /// espeak-ng at this path.
        case espeak(String)
    }

    /// The engine, or nil when none was found.
    public let engine: Engine?
    private let lock = NSLock()
    private var current: pid_t?

    /// Creates a speaker with the engine `choose` finds.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.engine = Self.choose(environment: environment) { access($0, X_OK) == 0 }
    }

    /// Creates a speaker with a given engine (tests).
    public init(engine: Engine?) {
        self.engine = engine
    }

    /// The engine to use: `CUNXUE_SPEAK`, else `spd-say`, else `espeak-ng` on `PATH`.
    public static func choose(environment: [String: String], isExecutable: (String) -> Bool) -> Engine? {
        if let command = environment["CUNXUE_SPEAK"], !command.trimmingCharacters(in: .whitespaces).isEmpty {
            return .custom(command)
        }
        let path = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        func find(_ name: String) -> String? {
            path.lazy.map { "\($0)/\(name)" }.first(where: isExecutable)
        }
        if let spd = find("spd-say") { return .speechDispatcher(spd) }
        if let espeak = find("espeak-ng") { return .espeak(espeak) }
        return nil
    }

    /// Speaks `text`, stopping whatever is being spoken first.
    /// - Parameters:
    ///   - rate: words a minute (about 80–260; 160 is normal speech).
    ///   - onFinish: called once, from another thread, when the engine ends.
    /// - Returns: false when there is no engine or it could not be started.
    @discardableResult
    public func speak(_ text: String, language: UILanguage, rate: Int, onFinish: @escaping @Sendable (Bool) -> Void) -> Bool {
        stop()
        guard let engine else { return false }
        signal(SIGPIPE, SIG_IGN)  // an engine that quits early must not end the app through its pipe
        let (arguments, input, extraEnvironment) = Self.command(engine, text: text, language: language, rate: rate)
        guard let pid = Self.spawn(arguments, input: input, extraEnvironment: extraEnvironment) else { return false }
        lock.withLock { current = pid }
        Thread.detachNewThread { [weak self] in
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            let spokenToTheEnd = (status & 0x7f) == 0 && ((status >> 8) & 0xff) == 0
            let wasCurrent = self?.lock.withLock { () -> Bool in
                defer { if self?.current == pid { self?.current = nil } }
                return self?.current == pid
            } ?? false
            onFinish(spokenToTheEnd && wasCurrent)
        }
        return true
    }

    /// Stops the utterance being spoken, if any.
    public func stop() {
        guard let pid = lock.withLock({ () -> pid_t? in defer { current = nil }; return current }) else { return }
        kill(pid, SIGTERM)
        if case .speechDispatcher(let spd)? = engine {
            // The client only hands text to the daemon: tell the daemon to stop too.
            if let cancel = Self.spawn([spd, "--cancel"], input: nil, extraEnvironment: [:]) {
                Thread.detachNewThread { var status: Int32 = 0; while waitpid(cancel, &status, 0) < 0, errno == EINTR {} }
            }
        }
    }

    /// The command line, standard input and environment for one utterance.
    static func command(_ engine: Engine, text: String, language: UILanguage, rate: Int)
        -> (arguments: [String], input: String?, environment: [String: String]) {
        let rate = min(max(rate, 80), 260)
        switch engine {
        case .custom(let command):
            return (["/bin/sh", "-c", command], text,
                    ["CUNXUE_SPEAK_LANG": language == .zh ? "zh" : "en", "CUNXUE_SPEAK_RATE": String(rate)])
        case .speechDispatcher(let path):
            // spd-say's rate is -100…100 around the voice's normal speed (about 160 words a minute).
            let relative = min(max(rate - 160, -100), 100)
            return ([path, "--wait", "--language", language == .zh ? "zh" : "en", "--rate", String(relative), "--", text], nil, [:])
        case .espeak(let path):
            return ([path, "-v", language == .zh ? "cmn" : "en", "-s", String(rate), "--stdin"], text, [:])
        }
    }

    /// Starts a child with standard output and error going nowhere (the terminal belongs to the
    /// app) and `input` on standard input.
    private static func spawn(_ arguments: [String], input: String?, extraEnvironment: [String: String]) -> pid_t? {
        var pipeFDs: [Int32] = [-1, -1]
        if input != nil, pipe(&pipeFDs) != 0 { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if input != nil {
            posix_spawn_file_actions_adddup2(&actions, pipeFDs[0], STDIN_FILENO)
            posix_spawn_file_actions_addclose(&actions, pipeFDs[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The child starts with default signal handling, whatever the app installed.
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in extraEnvironment { environment[key] = value }
        let envStrings = environment.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let status = withCStrings(arguments) { argv in
            withCStrings(envStrings) { envp in
                posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
            }
        }
        if input != nil { close(pipeFDs[0]) }
        guard status == 0 else {
            if input != nil { close(pipeFDs[1]) }
            return nil
        }
        if let input {
            let writeEnd = pipeFDs[1]
            Thread.detachNewThread {
                let bytes = Array(input.utf8)
                var offset = 0
                while offset < bytes.count {
                    let written = bytes[offset...].withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
                    if written < 0, errno == EINTR { continue }
                    if written <= 0 { break }
                    offset += written
                }
                close(writeEnd)
            }
        }
        return pid
    }
}

/// Calls `body` with a NULL-terminated C array of `strings`.
private func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { pointers.forEach { free($0) } }
    return body(pointers)
}
