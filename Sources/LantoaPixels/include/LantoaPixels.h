#ifndef LANTOA_PIXELS_H
#define LANTOA_PIXELS_H

#include <stdint.h>

/// Whether every pixel of cairo's ARGB32 image (blue, green, red, alpha in memory on a
/// little-endian machine; a row every `stride` bytes) is opaque.
int lantoa_argb_opaque(const uint8_t *argb, int width, int height, int stride);

/// PNG's scanlines of that image into `out`, `(width * bpp + 1) * height` bytes: each row its
/// filter type, then its bytes filtered the way whose bytes, read as signed, sum least (None,
/// Sub, Up or Paeth, as libpng chooses). `bpp` 3 writes RGB (for an opaque image), 4 RGBA with
/// the colours unpremultiplied as cairo's own PNG writer does. Returns 0, or -1 without memory.
int lantoa_png_scanlines(const uint8_t *argb, int width, int height, int stride, int bpp, uint8_t *out);

#endif
