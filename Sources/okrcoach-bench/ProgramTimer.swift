import Foundation

/// Times real programs from start to exit, or to their first output, with nothing between
/// but posix_spawn, a pipe and waitpid.
struct ProgramTimer {
    let clock = ContinuousClock()

    /// Milliseconds from start to exit; standard output and error go to /dev/null. `environment`
    /// entries are set for the program on top of this one's.
    func toExit(_ program: String, _ arguments: [String], environment: [String: String] = [:]) -> Double {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let start = clock.now
        guard let pid = spawn(program, arguments, &actions, environment: environment) else { return .nan }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return milliseconds(clock.now - start)
    }

    /// Milliseconds from start to the first bytes on standard output, standard input a pipe
    /// (as when a script drives the program); then standard input is closed and the program
    /// waited for.
    func toFirstOutput(_ program: String, _ arguments: [String]) -> Double {
        var input: [Int32] = [0, 0]
        var output: [Int32] = [0, 0]
        guard pipe(&input) == 0, pipe(&output) == 0 else { return .nan }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for descriptor in input + output { posix_spawn_file_actions_addclose(&actions, descriptor) }
        defer { posix_spawn_file_actions_destroy(&actions) }
        let start = clock.now
        let pid = spawn(program, arguments, &actions)
        close(input[0])
        close(output[1])
        var buffer = [UInt8](repeating: 0, count: 4_096)
        let count = read(output[0], &buffer, buffer.count)
        let elapsed = milliseconds(clock.now - start)
        close(input[1])
        while read(output[0], &buffer, buffer.count) > 0 {}
        close(output[0])
        guard let pid else { return .nan }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return count > 0 ? elapsed : .nan
    }

    private func spawn(
        _ program: String, _ arguments: [String], _ actions: inout posix_spawn_file_actions_t,
        environment: [String: String] = [:]
    ) -> pid_t? {
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard !environment.isEmpty else {
            return posix_spawnp(&pid, program, &actions, nil, argv, environ) == 0 ? pid : nil
        }
        var merged = ProcessInfo.processInfo.environment
        merged.merge(environment) { _, given in given }
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        return posix_spawnp(&pid, program, &actions, nil, argv, envp) == 0 ? pid : nil
    }

    private func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}
