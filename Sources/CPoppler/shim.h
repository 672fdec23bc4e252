#include <poppler.h>
#include <glib.h>
#include <glib-object.h>
#include <cairo.h>
// cairo's FreeType backend: OFD pages are drawn with their embedded fonts (poppler-glib brings cairo and FreeType).
#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H
