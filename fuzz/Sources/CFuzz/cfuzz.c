// The declaration of LLVMFuzzerRunDriver is all this module holds (include/cfuzz.h); libFuzzer defines it.
#include "cfuzz.h"
