import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starts `arguments[0]` with standard input and error on /dev/null and standard output on a
/// pipe, with `posix_spawn` (not Foundation's `Process`: the tmux server that `new-session`
/// forks would inherit its child-watching descriptor).
/// - Parameters:
///   - arguments: the program and its arguments.
///   - searchPath: whether to look the program up in `PATH`.
///   - environment: the child's environment.
/// - Returns: the child's pid and the read end of its output pipe.
func spawnWithOutputPipe(_ arguments: [String], searchPath: Bool,
                         environment: [String: String]) -> (pid: pid_t, output: Int32) {
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { fail("pipe: \(String(cString: strerror(errno)))") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
    let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        for pointer in argv { free(pointer) }
        for pointer in envp { free(pointer) }
    }
    var pid: pid_t = 0
    let spawned = searchPath
        ? posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        : posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
    close(pipeEnds[1])
    guard spawned == 0 else {
        close(pipeEnds[0])
        fail("cannot run \(arguments[0]): \(String(cString: strerror(spawned)))")
    }
    return (pid, pipeEnds[0])
}
