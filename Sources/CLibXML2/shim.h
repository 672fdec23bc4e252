// Debian's libxml2 headers pull in the system ICU, whose UErrorCode clashes with the one Foundation carries.
// encoding.h needs only these two names, so declare them and keep ucnv.h out.
#ifndef UCNV_H
#define UCNV_H
typedef struct UConverter UConverter;
typedef unsigned short UChar;
#endif
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
