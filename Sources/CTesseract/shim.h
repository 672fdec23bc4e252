// Tesseract's C API and leptonica (image decoding, deskew, scaling). pkg-config's tesseract omits -llept,
// so the module map links it.
#include <tesseract/capi.h>
#include <leptonica/allheaders.h>
