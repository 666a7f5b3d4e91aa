// The declaration in include/FuzzerDriver.h is all there is: the driver is libFuzzer's.
#include "FuzzerDriver.h"
