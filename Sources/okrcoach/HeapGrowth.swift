/// How the C heap grows while `check` reads a big input: in steps of 64 MiB rather than glibc's
/// 128 KiB, each step a system call and a lock.
///
/// A 10,000-key-result file allocates a few hundred megabytes in small pieces on two threads;
/// growing the heap in small steps was about a tenth of the wall time (`mprotect`, page faults).
/// The pad is address space, not memory: pages count only once they are touched.
enum HeapGrowth {
    /// Sets the step; once, before any thread of the check starts.
    static func inLargeSteps() {
        #if os(Linux)
            _ = glibcMallopt(topPad, 64 << 20)
        #endif
    }

    /// glibc's `M_TOP_PAD` (malloc.h, which the Glibc module does not bring in).
    private static let topPad: Int32 = -2
}

#if os(Linux)
    /// glibc's `mallopt(3)`, declared here because the Glibc module leaves malloc.h out.
    @_silgen_name("mallopt")
    private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
