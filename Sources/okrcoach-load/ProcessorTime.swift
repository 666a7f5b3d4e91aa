import Foundation

/// CPU time (user and system) a process has used so far, in seconds: what each phase costs the
/// coach's server and the load generator itself (its clients and, in the echo phases, the echo
/// server), so a run shows what limits it on a machine with few cores.
enum ProcessorTime {
    /// This process's.
    static func own() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Another process's, from Linux's `/proc/PID/stat`; nil where it cannot be read.
    static func of(_ pid: pid_t) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let nameEnd = stat.lastIndex(of: ")")
        else { return nil }
        // After the name: state (field 3) onwards; utime and stime are fields 14 and 15.
        let fields = stat[stat.index(after: nameEnd)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    private static func seconds(_ time: timeval) -> Double {
        Double(time.tv_sec) + Double(time.tv_usec) / 1e6
    }
}
