#ifndef OKRCOACH_FUZZER_DRIVER_H
#define OKRCOACH_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, in the runtime `-sanitize=fuzzer` links in: it parses libFuzzer's
/// options from argv and calls `test` with each input until the run ends.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));

#endif
